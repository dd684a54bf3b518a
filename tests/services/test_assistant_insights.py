"""Insights: the week against the week before, and BP after missed doses, checked by hand."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from healthdesk.services import assistant_insights as insights
from healthdesk.services.assistant import Assistant
from healthdesk.services.medications import ScheduleInput


def test_weekly_trend_adherence_and_attention(record: Any, profile_id: str, clock: Any) -> None:
    now = clock()
    this_week = [150, 146, 142]
    before = [130, 128]
    for i, sys_ in enumerate(this_week):
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": sys_, "diastolic": 85},
                               taken_at=now - dt.timedelta(days=i + 1))
    for i, sys_ in enumerate(before):
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": sys_, "diastolic": 80},
                               taken_at=now - dt.timedelta(days=9 + i))
    record.symptoms.log(profile_id, "Headache", 9, onset_at=now - dt.timedelta(days=1))
    record.symptoms.log(profile_id, "Cough", 2, onset_at=now - dt.timedelta(days=2))
    w = insights.weekly(record, profile_id)
    [bp] = w.trends
    assert bp.count == 3 and bp.mean == round(statistics.fmean(this_week), 1)
    assert bp.previous_mean == round(statistics.fmean(before), 1)
    assert bp.change == round(bp.mean - bp.previous_mean, 1) and bp.direction == "up"
    assert bp.out_of_range == 3 and bp.band == (90.0, 120.0)
    assert w.symptoms == 2 and [s.symptom for s in w.attention] == ["Headache"]
    assert w.doses_due == 0 and w.adherence_percent is None


def test_bp_after_missed_doses_against_other_days(record: Any, profile_id: str,
                                                   clock: Any) -> None:
    now = clock()  # 2026-03-10 09:00 UTC; the profile has no zone: UTC days
    start = (now - dt.timedelta(days=20)).date()
    med = record.medications.add(profile_id, "Amlodipine", strength="5 mg",
                                 start_date=start.isoformat(),
                                 schedule=ScheduleInput(times_of_day=["08:00"], timezone="UTC"))
    missed_days = set()
    for i in range(20):
        day = start + dt.timedelta(days=i)
        due = dt.datetime.combine(day, dt.time(8), dt.UTC)
        if due >= now:
            continue
        if i % 4 == 0:
            missed_days.add(day)
            record.doses.record(med.id, "skipped", scheduled_for=due, at=due)  # not missed
        elif i % 4 != 1:
            record.doses.record(med.id, "taken", scheduled_for=due, at=due)
        # i % 4 == 1: nothing recorded: missed once its window has passed
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": 120 + i, "diastolic": 80},
                               taken_at=dt.datetime.combine(day, dt.time(7), dt.UTC))
    rel = insights.missed_dose_relation(record, profile_id, days=30)
    missed = {d.scheduled_for.date() for d in record.dose_day.between(
        [profile_id], now - dt.timedelta(days=30), now) if d.state == "missed"}
    assert missed  # the days nothing was recorded
    after = [120 + i for i in range(20)
             if start + dt.timedelta(days=i - 1) in missed and
             dt.datetime.combine(start + dt.timedelta(days=i), dt.time(7), dt.UTC) < now]
    other = [120 + i for i in range(20)
             if start + dt.timedelta(days=i - 1) not in missed and
             dt.datetime.combine(start + dt.timedelta(days=i), dt.time(7), dt.UTC) < now]
    assert rel.days_after_missed == len(after)
    assert rel.mean_after_missed == round(statistics.fmean(after), 1)
    assert rel.mean_other == round(statistics.fmean(other), 1)


def test_answer_history_lists_saved_answers(record: Any, profile_id: str) -> None:
    a = Assistant(record)
    first = a.ask("what are my allergies", profile_id)
    second = a.ask("latest weight", profile_id)
    hist = insights.answer_history(record, profile_id)
    assert [h.message_id for h in hist] == [second.message_id, first.message_id]
    assert [h.intent for h in hist] == ["reading_stats", "allergies"]


def test_assistant_tags_its_conversation_with_what_was_asked(record: Any,
                                                              profile_id: str) -> None:
    a = Assistant(record)
    ans = a.ask("what are my allergies", profile_id)
    a.ask("my allergies again", profile_id)
    a.ask("who won the match", profile_id)  # unknown: no tag
    a.ask("my conditions", profile_id)
    assert record.chat.session(ans.session_id).tags == ("allergies", "conditions")
