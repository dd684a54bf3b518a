"""The Insights page in a real window: the week's summary, what needs attention, the
relation, the assistant's answers, and a chart."""

from __future__ import annotations

import datetime as dt

from healthdesk.services.assistant import Assistant

from .conftest import settle


def test_insights_page_shows_the_week(qtbot, ctx, window, record, profile_id, clock):  # type: ignore[no-untyped-def]
    from healthdesk.ui.main_window import PAGES

    now = clock()
    for i, s in enumerate((150, 140)):
        record.readings.record(profile_id, "blood_pressure", {"systolic": s, "diastolic": 90},
                               taken_at=now - dt.timedelta(days=i + 1))
    record.symptoms.log(profile_id, "Chest pain", 4, onset_at=now - dt.timedelta(hours=3))
    Assistant(record).ask("latest blood pressure", profile_id)
    window.go(PAGES.index("Insights"))
    page = window.page("Insights")
    settle(qtbot, ctx)
    text = page.summary_label.text()
    assert "Blood pressure</b>: average 145 mmHg from 2 reading" in text  # %n: readings
    assert "2 out of range" in text and "1 logged, 1 needing attention" in text
    assert page.attention_label.isVisible()
    assert "chest pain can be a heart attack" in page.attention_label.text()
    assert "readings · 1 sources" in page.history_label.text()  # the intent in words
    assert page.chart is not None and page.chart.isVisible()
    assert "Not enough" in page.relation_label.text()  # no medicines: nothing to compare
    record.readings.record(profile_id, "blood_pressure", {"systolic": 100, "diastolic": 70},
                           taken_at=now - dt.timedelta(hours=1))
    page.refresh()
    settle(qtbot, ctx)
    assert "from 3 reading" in page.summary_label.text()
