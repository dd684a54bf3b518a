"""The day's doses (shared by Today, the CLI and reminders) on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.services.errors import NotFoundError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 09:00 in London (GMT)


def at(h: int, m: int = 0, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, h, m, tzinfo=UTC)


@pytest.fixture
def asha(record: HealthRecord) -> str:
    return record.profiles.create(name="Asha Rao", timezone="Europe/London").id


def states(record: HealthRecord, pid: str, **kw: Any) -> list[tuple[str, str, str]]:
    day = record.dose_day.for_day(pid, **kw)
    return [(d.title, d.scheduled_for.astimezone(UTC).strftime("%H:%M"), d.state)
            for d in day.doses]


def test_states_follow_events_and_the_clock(record: HealthRecord, asha: str,
                                            clock: Any) -> None:
    met = record.medications.add(asha, "Metformin", strength="500 mg", schedule=ScheduleInput(
        times_of_day=["07:00", "08:45", "13:00", "20:00"], start_date="2026-01-01"))
    record.doses.record(met.id, "taken", scheduled_for=at(7), at=at(7, 5))
    assert states(record, asha) == [
        ("Metformin 500 mg", "07:00", "taken"), ("Metformin 500 mg", "08:45", "due"),
        ("Metformin 500 mg", "13:00", "upcoming"), ("Metformin 500 mg", "20:00", "upcoming")]
    record.doses.record(met.id, "snoozed", scheduled_for=at(8, 45), snooze_until=at(9, 30))
    clock.advance(hours=1, minutes=30)  # 10:30: the snooze ran out an hour ago
    day = record.dose_day.for_day(asha)
    assert [d.state for d in day.doses] == ["taken", "late", "upcoming", "upcoming"]
    late = day.doses[1]
    assert late.advice is not None and late.advice.action == "take"
    assert late.event is not None and late.event.action == "snoozed"
    clock.advance(hours=3, minutes=30)  # 14:00: 08:45 is past its 2-hour window
    day = record.dose_day.for_day(asha)
    assert [d.state for d in day.doses] == ["taken", "missed", "late", "upcoming"]
    assert day.doses[1].advice is not None and day.doses[1].advice.action == "skip"


def test_a_given_day_and_undo(record: HealthRecord, asha: str) -> None:
    met = record.medications.add(asha, "Metformin", schedule=ScheduleInput(
        times_of_day=["08:00"], start_date="2026-01-01"))
    taken = record.doses.record(met.id, "taken", scheduled_for=at(8, day=9), at=at(8, day=9))
    assert states(record, asha, day=dt.date(2026, 3, 9)) == [("Metformin", "08:00", "taken")]
    record.doses.undo(taken.id)
    assert states(record, asha, day=dt.date(2026, 3, 9)) == [("Metformin", "08:00", "missed")]
    assert states(record, asha, day=dt.date(2025, 12, 31)) == []  # before the start


def test_stopped_and_deleted_medicines_are_left_out(record: HealthRecord, asha: str) -> None:
    a = record.medications.add(asha, "A", schedule=ScheduleInput(times_of_day=["10:00"]))
    b = record.medications.add(asha, "B", schedule=ScheduleInput(times_of_day=["10:00"]))
    record.medications.add(asha, "C", schedule=ScheduleInput(times_of_day=["10:00"]))
    record.medications.set_active(a.id, False)
    record.medications.delete(b.id)
    assert [t for t, _, _ in states(record, asha)] == ["C"]


def test_as_needed_counts_the_last_24_hours(record: HealthRecord, asha: str,
                                            clock: Any) -> None:
    ibu = record.medications.add(asha, "Ibuprofen", schedule=ScheduleInput(
        kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3))
    record.doses.record(ibu.id, "taken", at=at(8, day=9))   # 25 hours ago: not counted
    record.doses.record(ibu.id, "taken", at=at(7))
    [item] = record.dose_day.for_day(asha).as_needed
    assert (item.taken_today, item.max_per_day, item.last_taken) == (1, 3, at(7))
    assert item.next_allowed == at(11)  # four hours after 07:00
    assert record.dose_day.for_day(asha).doses == []


def test_follow_my_time_zone_does_not_repeat_a_dose_after_a_flight(
        record: HealthRecord, asha: str, clock: Any) -> None:
    clock.t = at(6)
    med = record.medications.add(asha, "Tacrolimus", schedule=ScheduleInput(
        times_of_day=["08:00"], tz_policy="local", timezone="Europe/London",
        start_date="2026-03-01"))
    assert states(record, asha, current_zone="Europe/London") == [
        ("Tacrolimus", "08:00", "upcoming")]
    clock.t = at(8, 5)
    record.doses.record(med.id, "taken", scheduled_for=at(8))
    # Landed in New York at 14:00 UTC (10:00 EDT): today's dose is the one already
    # taken in London, not a second one at 08:00 New York time.
    clock.t = at(14)
    assert states(record, asha, current_zone="America/New_York") == [
        ("Tacrolimus", "08:00", "taken")]
    # Tomorrow it is due at 08:00 New York time.
    clock.t = at(9, day=11)
    assert states(record, asha, current_zone="America/New_York") == [
        ("Tacrolimus", "12:00", "upcoming")]


def test_keep_home_time_stays_at_home_time_abroad(record: HealthRecord, asha: str) -> None:
    record.medications.add(asha, "Levothyroxine", schedule=ScheduleInput(
        times_of_day=["08:00"], tz_policy="home", timezone="Europe/London"))
    day = record.dose_day.for_day(asha, current_zone="Asia/Kolkata")
    assert [(d.scheduled_for, d.zone) for d in day.doses] == [(at(8), "Europe/London")]


def test_unknown_profile(record: HealthRecord) -> None:
    with pytest.raises(NotFoundError):
        record.dose_day.for_day("nobody")
