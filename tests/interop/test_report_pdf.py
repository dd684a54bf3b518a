"""The visit summary PDF: what it says (pypdf reads its text), its paper, its charts."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from healthdesk.domain.errors import ValidationError
from healthdesk.interop import report_pdf
from healthdesk.interop.transfer import Transfer

from .report_fixtures import fill_person


def _text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def test_summary_holds_every_section_as_real_text(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    summary = report_pdf.gather(record, pid, dt.date(2026, 2, 8), dt.date(2026, 3, 10))
    reader, text = _text(report_pdf.render(summary, "a4"))
    flat = " ".join(text.split())
    assert reader.metadata.title == "Visit summary: Asha Rao"
    for expected in ("Visit summary: Asha Rao", "born 1954-02-11", "blood type B+",
                     "Type 2 diabetes", "E11.9", "Penicillin", "hives",
                     "Metformin 500 mg", "Glucose: 30 readings", "Blood pressure: 30 readings",
                     "Headache", "Lower fasting glucose",
                     "Should the evening dose move earlier?",
                     "Period 2026-02-08 to 2026-03-10"):
        assert expected in flat, expected
    glucose = next(k for k in summary.readings if k.kind == "glucose")
    assert glucose.count == 30
    assert glucose.minimum["glucose"] == pytest.approx(6.0)
    assert glucose.maximum["glucose"] == pytest.approx(7.6)
    assert "lowest 6, highest 7.6" in flat
    assert summary.symptoms[0][:2] == ("Headache", 2)
    assert summary.symptoms[0][3] == 6
    # the medicine's adherence over 30 days is stated (no dose was taken: 0 %)
    assert "0 % (30 d)" in flat
    # readings outside the period are left out
    short = report_pdf.gather(record, pid, dt.date(2026, 3, 6), dt.date(2026, 3, 10))
    assert next(k for k in short.readings if k.kind == "glucose").count == 5


def test_charts_are_vector_lines_not_pictures(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    data = Transfer(record).visit_summary(pid, start=dt.date(2026, 2, 8))
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    resources = page["/Resources"]
    assert "/XObject" not in resources  # no embedded image
    stream = page.get_contents().get_data().decode("latin-1")
    assert stream.count(" l\n") + stream.count(" l ") > 20  # polyline segments


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)),
                                             ("letter", (612.0, 792.0))])
def test_paper_sizes(record, paper: str, size: tuple[float, float]) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    reader, _ = _text(report_pdf.build_visit_summary(record, pid, paper=paper))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.1)


def test_bad_period_and_paper_are_refused(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    with pytest.raises(ValidationError) as err:
        report_pdf.build_visit_summary(record, pid, start=dt.date(2026, 3, 1),
                                       end=dt.date(2026, 2, 1))
    assert err.value.field == "from"
    with pytest.raises(ValidationError) as err:
        report_pdf.build_visit_summary(record, pid, paper="a5")
    assert err.value.field == "paper"


def test_text_the_font_cannot_show_becomes_a_marked_question_mark(record) -> None:  # type: ignore[no-untyped-def]
    # Ethiopic: neither DejaVu nor the Devanagari/Tamil fallbacks have it.
    pid = record.profiles.create(name="Asha Rao").id
    record.conditions.add(pid, "ሰላም diabetes")
    _, text = _text(report_pdf.build_visit_summary(record, pid))
    assert "??? diabetes" in text
    assert "3 characters this font cannot show" in " ".join(text.split())


def test_an_empty_record_says_so(record) -> None:  # type: ignore[no-untyped-def]
    pid = record.profiles.create(name="Nobody Yet").id
    _, text = _text(report_pdf.build_visit_summary(record, pid))
    for line in ("No conditions recorded.", "No allergies recorded.", "No current medicines.",
                 "No readings in this period.", "No active goals."):
        assert line in text
