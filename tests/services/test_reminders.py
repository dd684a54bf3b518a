"""The reminder engine with an injected clock: due now, snooze, quiet hours, appointment
reminders, caregiver alerts, and catching up after the app was closed for three days."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.services.errors import ValidationError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord

UTC = dt.UTC
ZONE = "Europe/London"  # GMT in early March: UTC times read as local ones


def at(h: int, m: int = 0, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, h, m, tzinfo=UTC)


@pytest.fixture
def pid(record: HealthRecord, clock: Any) -> str:
    clock.t = at(6)
    return record.profiles.create(name="Asha Rao", timezone=ZONE).id


def keys(record: HealthRecord) -> list[str]:
    return [n.title for n in record.reminders.due_now(ZONE)]


def test_a_dose_is_due_announced_at_its_time_and_gone_once_taken(
        record: HealthRecord, pid: str, clock: Any) -> None:
    record.medications.add(pid, "Metformin", strength="500 mg", instructions="with food",
                           schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(7, 20)
    assert record.reminders.due_now(ZONE) == []
    clock.t = at(7, 40)
    [n] = record.reminders.due_now(ZONE)
    assert (n.kind, n.title, n.body) == ("dose", "Asha Rao: Metformin 500 mg",
                                         "1 tablet at 08:00 · with food")
    assert n.due_at == at(8) and not n.announce_now(clock.t)
    clock.t = at(8)
    assert record.reminders.due_now(ZONE)[0].announce_now(clock.t)
    record.reminders.take(n)
    assert record.reminders.due_now(ZONE) == []


def test_snooze_then_due_again_and_skip(record: HealthRecord, pid: str, clock: Any) -> None:
    record.medications.add(pid, "Metformin", schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(8, 5)
    [n] = record.reminders.due_now(ZONE)
    assert record.reminders.snooze(n, 30) == at(8, 35)
    assert record.reminders.due_now(ZONE) == []
    clock.t = at(8, 35)
    [again] = record.reminders.due_now(ZONE)
    assert again.due_at == at(8, 35) and again.announce_now(clock.t)
    with pytest.raises(ValidationError, match="10, 30 or 60"):
        record.reminders.snooze(again, 15)
    record.reminders.skip(again)
    assert record.reminders.due_now(ZONE) == []
    assert record.dose_day.for_day(pid).doses[0].state == "skipped"


def test_quiet_hours_hold_back_all_but_urgent_medicines(record: HealthRecord, pid: str,
                                                        clock: Any) -> None:
    record.preferences.set("quiet_hours_start", "22:00")
    record.preferences.set("quiet_hours_end", "07:00")
    record.medications.add(pid, "Vitamin D", schedule=ScheduleInput(times_of_day=["06:30"]))
    record.medications.add(pid, "Insulin", dose_unit="unit", dose_amount=8,
                           reminder_urgent=True,
                           schedule=ScheduleInput(times_of_day=["06:30"]))
    clock.t = at(6, 30, day=11)
    got = {n.title: n for n in record.reminders.due_now(ZONE)}
    assert got["Asha Rao: Insulin"].announce_at == at(6, 30, day=11)
    assert got["Asha Rao: Insulin"].announce_now(clock.t)
    assert got["Asha Rao: Vitamin D"].announce_at == at(7, day=11)
    assert not got["Asha Rao: Vitamin D"].announce_now(clock.t)
    assert got["Asha Rao: Insulin"].body == "8 units at 06:30"


def test_appointment_reminders_at_their_offsets(record: HealthRecord, pid: str,
                                                clock: Any) -> None:
    appt = record.appointments.add(pid, "Cardiology review", at(10, day=12),
                                   reminder_offsets=[1440, 120], place="St Thomas'")
    clock.t = at(9, 59, day=11)
    assert record.reminders.due_now(ZONE) == []
    clock.t = at(10, day=11)
    [n] = record.reminders.due_now(ZONE)
    assert (n.kind, n.appointment_id, n.body) == (
        "appointment", appt.id, "Thu 12 Mar at 10:00 (in 1 day) · St Thomas'")
    record.reminders.dismiss(n)
    assert record.reminders.due_now(ZONE) == []
    clock.t = at(8, day=12)
    [two_hours] = record.reminders.due_now(ZONE)
    assert two_hours.body == "today at 10:00 (in 2 hours) · St Thomas'"
    record.reminders.snooze(two_hours, 30)
    assert record.reminders.due_now(ZONE) == []
    clock.t = at(8, 30, day=12)
    assert [x.kind for x in record.reminders.due_now(ZONE)] == ["appointment"]
    clock.t = at(10, 1, day=12)
    assert record.reminders.due_now(ZONE) == []  # it has started


def test_catch_up_after_three_days_closed(record: HealthRecord, pid: str, clock: Any) -> None:
    med = record.medications.add(pid, "Metformin", missed_dose_window_hours=2,
                                 schedule=ScheduleInput(times_of_day=["08:00", "20:00"]))
    clock.t = at(9)
    record.doses.record(med.id, "taken", scheduled_for=at(8))
    assert record.reminders.last_run() is None
    record.reminders.mark_run()  # the app closes after this
    clock.t = at(8, 45, day=13)  # three days later
    catch = record.reminders.catch_up(ZONE)
    assert catch.since == at(9)
    got = [(d.scheduled_for, d.state, d.advice.action if d.advice else None)
           for d in catch.doses]
    missed = [at(20, day=10), at(8, day=11), at(20, day=11), at(8, day=12), at(20, day=12)]
    assert got == [(t, "missed", "skip") for t in missed] + [(at(8, day=13), "late", "take")]
    # The person says what happened: the morning dose on the 11th was taken after all.
    record.doses.record(med.id, "taken", scheduled_for=at(8, day=11), at=at(8, 10, day=11))
    record.doses.record(med.id, "missed", scheduled_for=at(20, day=12))
    left = [d.scheduled_for for d in record.reminders.catch_up(ZONE).doses]
    assert at(8, day=11) not in left and at(20, day=12) not in left and len(left) == 4
    record.reminders.mark_run()
    # Seen now: only the dose still within its window is left to act on.
    assert [d.scheduled_for for d in record.reminders.catch_up(ZONE).doses] == [
        at(8, day=13)]


def test_a_clock_that_went_back_does_not_trust_the_last_run(record: HealthRecord, pid: str,
                                                            clock: Any) -> None:
    record.medications.add(pid, "Metformin", schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(12, day=20)
    record.reminders.mark_run()
    clock.t = at(9)  # the clock was wrong, and is corrected backwards
    catch = record.reminders.catch_up(ZONE)
    assert catch.since is None
    assert [(d.scheduled_for, d.state) for d in catch.doses] == [(at(8), "late")]


def test_caregiver_alerts_reach_the_caregivers_profile(record: HealthRecord, pid: str,
                                                       clock: Any) -> None:
    meera = record.profiles.create(name="Meera Rao", timezone=ZONE).id
    record.caregivers.add(pid, caregiver_profile_id=meera)
    record.medications.add(pid, "Levetiracetam", caregiver_alert_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(8, 30)
    record.alerts.scan()
    got = record.reminders.due_now(ZONE, profile_ids=[meera])
    assert [(n.kind, n.title, n.urgent) for n in got] == [
        ("alert", "Asha Rao has not taken Levetiracetam", True)]
    record.reminders.dismiss(got[0])  # acknowledged
    assert record.reminders.due_now(ZONE, profile_ids=[meera]) == []
