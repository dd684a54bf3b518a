"""PDFs preview inside the app from the encrypted store, rendered in memory (no file on
disk); "Open in another app" says it writes a decrypted copy, which is removed after."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fpdf import FPDF

from healthdesk.ui.pdf_preview import render_pdf
from healthdesk.ui.qt import QDesktopServices

from .conftest import settle


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=28)
    for i in range(pages):
        pdf.add_page()
        pdf.set_fill_color(20, 20, 20)
        pdf.rect(20, 20, 100, 40, style="F")
        pdf.text(20, 100, f"Page {i + 1}")
    return bytes(pdf.output())


@pytest.fixture
def section(qtbot, ctx):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.records import RecordsPage

    page = RecordsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page, page.show_section("documents")


def test_pages_render_in_memory_and_nothing_is_written(qtbot, ctx, record, profile_id,  # type: ignore[no-untyped-def]
                                                       section, tmp_path, monkeypatch):
    page, docs = section
    record.documents.import_bytes(profile_id, _pdf(3), "scan.pdf", title="Three pages")
    spy = tmp_path / "tmp"
    spy.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy))
    page.refresh()
    settle(qtbot, ctx)
    docs.table.selectRow(0)
    settle(qtbot, ctx)
    preview = docs.preview
    assert preview.stack.currentWidget() is preview.pdf
    assert [lb.accessibleName() for lb in preview.pdf.labels] == [
        "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    pm = preview.pdf.page_pixmap(0)
    assert pm is not None and pm.width() > 100
    image = pm.toImage()
    # the black box drawn at the top left of the page is black in the picture
    box = image.pixelColor(int(pm.width() * 70 / 210), int(pm.height() * 40 / 297))
    assert box.lightness() < 60
    assert list(spy.iterdir()) == []  # no decrypted copy anywhere


def test_long_pdf_shows_first_pages_and_says_so() -> None:
    rendered = render_pdf(_pdf(4), width_px=200, max_pages=2)
    assert rendered.page_count == 4 and len(rendered.pages) == 2
    assert rendered.pages[0].width() == 200


def test_broken_pdf_says_why() -> None:
    rendered = render_pdf(b"%PDF-1.4 not really")
    assert rendered.pages == [] and "cannot be shown" in rendered.problem


def test_open_in_another_app_says_it_writes_a_copy_and_removes_it(  # type: ignore[no-untyped-def]
        qtbot, ctx, record, profile_id, section, monkeypatch):
    page, docs = section
    record.documents.import_bytes(profile_id, _pdf(1), "letter.pdf", title="Letter")
    opened: list[Path] = []

    def open_url(url):  # type: ignore[no-untyped-def]
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    page.refresh()
    settle(qtbot, ctx)
    docs.table.selectRow(0)
    settle(qtbot, ctx)
    assert "decrypted copy" in docs.preview.open_button.toolTip()
    docs.open_external_action()
    settle(qtbot, ctx)
    assert len(opened) == 1 and opened[0].read_bytes().startswith(b"%PDF")
    assert "decrypted copy" in docs.message.text() and "removed" in docs.message.text()
    record.documents.cleanup_temporary()
    assert not opened[0].exists()
