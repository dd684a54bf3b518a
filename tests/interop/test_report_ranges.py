"""The visit summary's normal ranges: stated as the guideline states them (below 5.2, not
a made-up lower bound), and shaded for each line of a two-line chart (blood pressure)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from healthdesk.domain.ranges import normal_bounds
from healthdesk.interop import report_pdf

from .report_fixtures import fill_person


def test_open_ended_ranges_read_as_the_guideline_says() -> None:
    assert normal_bounds("cholesterol", "total") == (None, 5.2)
    lo, hi = normal_bounds("blood_pressure", "systolic") or (None, None)
    assert lo is not None and hi == 120
    assert report_pdf._range_words((None, 5.2)) == "below 5.2"
    assert report_pdf._range_words((95.0, None)) == "95 or more"


def test_cholesterol_and_blood_pressure_in_the_summary(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    record.readings.record(pid, "cholesterol", {"total": 5.9}, unit="mmol/L",
                           taken_at=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC))
    summary = report_pdf.gather(record, pid, dt.date(2026, 2, 8), dt.date(2026, 3, 10))
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(
        io.BytesIO(report_pdf.render(summary, "a4"))).pages).split())
    assert "normal range below 5.2 mmol/L" in text
    assert "1-5.2" not in text
    bp = next(k for k in summary.readings if k.kind == "blood_pressure")
    assert len(bp.chart) == 2 and all(b is not None for b in bp.chart_bands)
    assert bp.chart_bands[0] != bp.chart_bands[1]  # systolic's band, diastolic's band


def test_each_line_of_a_two_line_chart_gets_its_band() -> None:
    from healthdesk.interop.pdf_layout import Pdf, Series, draw_chart

    days = [dt.date(2026, 3, d) for d in (1, 2, 3)]
    series = [Series("Systolic", days, [130.0, 125.0, 140.0]),
              Series("Diastolic", days, [85.0, 82.0, 90.0])]

    def fills(bands: list[tuple[float, float] | None]) -> list[tuple[int, ...]]:
        pdf = Pdf()
        pdf.add_page()
        filled: list[tuple[int, ...]] = []
        rect, fill = pdf.rect, pdf.set_fill_color
        colour: list[tuple[int, ...]] = [()]
        pdf.set_fill_color = lambda *c: (colour.__setitem__(0, c), fill(*c))[1]  # type: ignore[method-assign]
        pdf.rect = lambda *a, style=None, **k: (  # type: ignore[method-assign]
            filled.append(colour[0]) if style == "F" else None, rect(*a, style=style, **k))[1]
        draw_chart(pdf, 10, 10, 180, 30, series, None, "mmHg", bands=bands)
        return filled

    two = fills([(90.0, 120.0), (60.0, 80.0)])
    assert len(two) == 2 and two[0] != two[1]  # each tinted like its own line
    assert fills([None, None]) == []
