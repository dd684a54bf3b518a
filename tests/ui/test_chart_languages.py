"""Charts in the window's language: the date axes' month names come from Babel in the
chosen language (not the computer's locale), and at 200 % text in Tamil the adherence
chart's labels never overlap each other, the bars or the widget's edge."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from healthdesk.domain.adherence import WeekAdherence
from healthdesk.domain.i18n import language
from healthdesk.ui.chart_dates import tick_labels
from tests.ui.conftest import settle

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
ENGLISH_MONTHS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
MONTHS = {"hi": ("दिस॰", "जन॰", "फ़र॰"), "ta": ("டிச.", "ஜன.", "பிப்.")}


def test_tick_labels_follow_the_language_not_the_system_locale() -> None:
    months = [dt.datetime(2025, 12, 1), dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1)]
    assert tick_labels(months, "en") == ["Dec 2025", "Jan 2026", "Feb"]
    assert tick_labels(months, "hi") == ["दिस॰ 2025", "जन॰ 2026", "फ़र॰"]
    assert tick_labels(months, "ta") == ["டிச. 2025", "ஜன. 2026", "பிப்."]
    hours = [dt.datetime(2026, 3, 9, 18), dt.datetime(2026, 3, 10, 0), dt.datetime(2026, 3, 10, 6)]
    assert tick_labels(hours, "hi") == ["9 मार्च 18:00", "10 मार्च 00:00", "06:00"]


@pytest.mark.parametrize("lang", ["hi", "ta"])
def test_readings_chart_months_in_the_language(qtbot, ctx, record, profile_id,  # type: ignore[no-untyped-def]
                                               lang: str) -> None:
    from healthdesk.ui.charts import ReadingsChart

    for days in range(0, 120, 3):
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": 120 + days % 17, "diastolic": 80},
                               taken_at=NOW - dt.timedelta(days=days))
    chart = ReadingsChart(ctx)
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitUntil(lambda: chart.canvas is not None and chart.data is not None, timeout=20_000)
    chart.set_range("all")
    settle(qtbot, ctx)
    with language(lang):
        chart.canvas.draw()
        labels = [t.get_text() for t in chart._ax.get_xticklabels() if t.get_text()]
    assert labels, "no ticks drawn"
    assert not any(ENGLISH_MONTHS.search(t) for t in labels), labels
    assert any(m in t for t in labels for m in MONTHS[lang]), labels


@pytest.mark.parametrize("lang", ["hi", "ta"])
def test_insights_chart_days_in_the_language(qtbot, record, profile_id, lang: str  # type: ignore[no-untyped-def]
                                             ) -> None:
    from healthdesk.services.assistant_insights import missed_dose_relation, weekly
    from healthdesk.ui.pages.insights_charts import canvas

    now = record.now()
    for hours in range(0, 24 * 7, 12):
        record.readings.record(profile_id, "glucose", {"glucose": 5.5 + hours % 5 / 10},
                               taken_at=now - dt.timedelta(hours=hours))
    with language(lang):
        c = canvas(weekly(record, profile_id), missed_dose_relation(record, profile_id))
        qtbot.addWidget(c)
        c.figure.canvas.draw()
        labels = [t.get_text() for t in c.figure.axes[0].get_xticklabels() if t.get_text()]
    months = {"hi": ("जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुल॰", "अग॰", "सित॰",
                     "अक्तू॰", "नव॰", "दिस॰"),
              "ta": ("ஜன.", "பிப்.", "மார்.", "ஏப்.", "மே", "ஜூன்", "ஜூலை", "ஆக.", "செப்.",
                     "அக்.", "நவ.", "டிச.")}[lang]
    assert labels and not any(ENGLISH_MONTHS.search(t) for t in labels), labels
    assert any(m in t for t in labels for m in months), labels


def test_adherence_labels_never_overlap_at_200_percent_tamil(qtbot) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.adherence_chart import WeeklyAdherenceChart
    from healthdesk.ui.qt import QApplication, QFont, QLocale

    old = QLocale()
    QLocale.setDefault(QLocale("ta_IN"))
    try:
        chart = WeeklyAdherenceChart()
        qtbot.addWidget(chart)
        font = QFont(QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * 2)
        chart.setFont(font)
        monday = dt.date(2025, 9, 1)
        chart.set_weeks([WeekAdherence(monday + dt.timedelta(weeks=i), 10 + i % 5, 14)
                         for i in range(26)])
        for width in (300, 420, 700, 1100):
            chart.resize(width, chart.minimumHeight())
            chart.show()
            qtbot.waitExposed(chart)
            box = chart.layout_boxes()
            rects = [r for _t, r in box.y_labels] + [r for _i, _t, r in box.x_labels]
            assert box.x_labels, width
            for a, b in itertools.combinations(rects, 2):
                assert not a.intersects(b), (width, a, b)
            for _i, text, r in box.x_labels:
                assert chart.fontMetrics().horizontalAdvance(text) <= r.width()
                assert r.top() > box.plot.bottom()  # under the bars, not on them
                assert chart.rect().contains(r), (width, text, r)  # not on the line below
            for _t, r in box.y_labels:
                assert chart.rect().contains(r) and r.right() < box.plot.left()
            chart.grab()  # paints with the same boxes
    finally:
        QLocale.setDefault(old)


def test_medicines_details_never_overlap_at_200_percent(qtbot, ctx, record, profile_id  # type: ignore[no-untyped-def]
                                                        ) -> None:
    """The details pane scrolls rather than squeeze: the stock line under the adherence
    chart stays under it (at 200 % it was drawn over the chart)."""
    from healthdesk.domain.schedules import ScheduleInput
    from healthdesk.ui.pages.medications import MedicationsPage
    from healthdesk.ui.qt import QApplication, QRect, QWidget

    med = record.medications.add(profile_id, "Amlodipine", stock_count=20, refill_threshold=7,
                                 schedule=ScheduleInput(times_of_day=["08:00"], timezone="UTC"))
    record.doses.record(med.id, "taken", scheduled_for=record.now().replace(hour=8))
    app = QApplication.instance()
    old = QApplication.font()
    big = QApplication.font()
    big.setPointSizeF(old.pointSizeF() * 2)
    app.setFont(big)  # type: ignore[union-attr]
    try:
        holder = QWidget()  # a short window: the page gets less than its contents want
        qtbot.addWidget(holder)
        p = MedicationsPage(ctx)
        p.setParent(holder)
        holder.resize(1000, 300)
        p.setGeometry(0, 0, 1000, 300)
        holder.show()
        settle(qtbot, ctx)
        settle(qtbot, ctx)
        p.table.selectRow(0)
        settle(qtbot, ctx)
        widgets = [p.history_title, p.adherence_label, p.chart, p.stock_label]
        boxes = [QRect(w.mapTo(p, w.rect().topLeft()), w.size()) for w in widgets]
        for (a, wa), (b, wb) in itertools.combinations(zip(boxes, widgets, strict=True), 2):
            assert not a.intersects(b), (wa, a, wb, b)
        assert p.chart.height() >= p.chart.minimumHeight()
    finally:
        app.setFont(old)  # type: ignore[union-attr]
