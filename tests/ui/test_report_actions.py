"""File > Visit summary… and Emergency card…: a save dialog, the PDF built off the GUI
thread for the current person, the status bar says where it went."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from healthdesk.ui.qt import QFileDialog

from .conftest import settle


def test_file_menu_makes_both_pdfs(qtbot, window, ctx, record, profile_id, tmp_path,  # type: ignore[no-untyped-def]
                                   monkeypatch) -> None:
    from healthdesk.ui.report_actions import ReportActions

    record.allergies.add(profile_id, "Penicillin", reaction="hives")
    actions = window.findChild(ReportActions, "reportActions")
    assert actions is not None
    menus = [m for m in actions.summary_act.associatedObjects() if hasattr(m, "title")]
    assert any(m.title() == "&File" for m in menus)
    asked: list[str] = []

    def save(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).stem), "PDF (*.pdf)"  # typed without .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    periods: list[tuple[dt.date, str]] = []

    def options(_parent, today, paper):  # type: ignore[no-untyped-def]
        periods.append((today, paper))
        return today - dt.timedelta(days=30), today, "letter"

    actions.ask_options = options
    messages: list[str] = []
    ctx.status_event.connect(messages.append)
    actions.summary_act.trigger()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    summary = tmp_path / (Path(asked[0]).stem + ".pdf")
    assert asked[0].startswith("Visit summary Asha Rao ")
    reader = PdfReader(summary)
    text = reader.pages[0].extract_text()
    assert periods and periods[0][1] in ("a4", "letter")
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as chosen
    assert "Visit summary: Asha Rao" in text and "Penicillin" in text
    assert str(summary) in messages[-1]
    actions.card_act.trigger()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: len(messages) >= 2, timeout=10_000)
    card = tmp_path / "Emergency card Asha Rao.pdf"
    assert "Penicillin" in PdfReader(card).pages[0].extract_text()
    assert actions.summary_act.isEnabled() and actions.card_act.isEnabled()


def test_cancelled_save_dialog_writes_nothing(qtbot, window, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.report_actions import ReportActions

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ("", "")))
    actions = window.findChild(ReportActions, "reportActions")
    actions.card_act.trigger()
    settle(qtbot, ctx)
    assert actions.card_act.isEnabled() and list(tmp_path.rglob("*.pdf")) == []


def test_the_period_dialog_refuses_a_period_that_ends_before_it_starts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.dialogs.visit_summary_options import VisitSummaryOptions
    from healthdesk.ui.qt import QDate, QDialogButtonBox

    today = dt.date(2026, 3, 10)
    dialog = VisitSummaryOptions(None, today, "a4")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.choice() == (dt.date(2025, 12, 10), today, "a4")
    dialog.start.setDate(QDate(2026, 3, 20))
    assert not ok.isEnabled()
    assert dialog.error.text() == "From must be on or before To (2026-03-10)."
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 2, 1))
    assert dialog.error.text() == "From must be on or before To (2026-02-01)."
    assert not ok.isEnabled()
    dialog.end.setDate(QDate(2026, 3, 5))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    assert ok.isEnabled() and dialog.choice() == (dt.date(2026, 3, 1), dt.date(2026, 3, 5),
                                                  "letter")
