"""Adherence per medicine and overall, streaks, weekly series; on the real store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC)  # a Tuesday evening in London


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm), UTC)


@pytest.fixture
def pid(record: HealthRecord, clock: Any) -> str:
    clock.t = NOW
    return record.profiles.create(name="Asha Rao", timezone="Europe/London").id


def test_periods_streak_and_weeks(record: HealthRecord, pid: str) -> None:
    today = NOW.date()
    med = record.medications.add(pid, "Metformin", start_date=today - dt.timedelta(days=29),
                                 schedule=ScheduleInput(times_of_day=["08:00", "20:00"]))
    for back in range(30):
        day = today - dt.timedelta(days=back)
        for hh in (8, 20):
            if back == 3 and hh == 20:
                record.doses.record(med.id, "skipped", scheduled_for=at(day, hh))
            elif back in (10, 11) or (back == 0 and hh == 20):
                continue  # missed two whole days; tonight's dose still open (20:00 + 1 h)
            else:
                record.doses.record(med.id, "taken", scheduled_for=at(day, hh),
                                    at=at(day, hh, 5))
    ov = record.adherence.overview(pid)
    assert ov.today == today
    [m] = ov.medicines
    assert m.title == "Metformin"
    week = m.report.period(7)
    assert (week.taken, week.scheduled) == (12, 13)       # today's open dose not counted
    month = m.report.period(30)
    assert (month.taken, month.scheduled) == (54, 59)     # 2 missed days + 1 skip
    assert m.report.period(90).scheduled == 59            # nothing before the start
    assert m.report.current_streak == 3                   # today, yesterday, two days ago
    assert m.report.best_streak == 18                     # 29..12 days back
    last = m.report.weeks[-1]                              # Monday 9 and Tuesday 10 March
    assert (last.week_start, last.taken, last.scheduled) == (dt.date(2026, 3, 9), 3, 3)
    assert ov.overall.period(30) == month


def test_a_schedule_change_judges_old_doses_by_the_old_times(
        record: HealthRecord, pid: str, clock: Any) -> None:
    today = NOW.date()
    clock.t = NOW - dt.timedelta(days=5)
    med = record.medications.add(pid, "Amlodipine", start_date=today - dt.timedelta(days=5),
                                 schedule=ScheduleInput(times_of_day=["08:00"]))
    for back in range(5, 2, -1):
        day = today - dt.timedelta(days=back)
        clock.t = at(day, 8, 5)
        record.doses.record(med.id, "taken", scheduled_for=at(day, 8))
    clock.t = at(today - dt.timedelta(days=2), 12)
    record.medications.set_schedule(med.id, ScheduleInput(times_of_day=["21:00"]))
    clock.t = NOW
    report = record.adherence.for_medicine(med.id)
    assert report is not None
    # 08:00 on days 5, 4, 3 and 2 back (the change came at noon), then 21:00 on days 2
    # and 1 back; tonight's 21:00 is not due yet.
    assert (report.report.period(7).taken, report.report.period(7).scheduled) == (3, 6)


def test_as_needed_medicines_are_not_counted(record: HealthRecord, pid: str) -> None:
    record.medications.add(pid, "Ibuprofen", schedule=ScheduleInput(
        kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3))
    ov = record.adherence.overview(pid)
    assert ov.medicines == () and ov.overall.period(7).percent is None
