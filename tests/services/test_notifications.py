"""The notification centre on the real store: producers raise each event once, read
state, settings and quiet hours, the out-of-range reading at once (injected clock)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.domain import notification_rules as rules
from healthdesk.services.errors import ValidationError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord

UTC = dt.UTC


def at(h: int, m: int = 0, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, h, m, tzinfo=UTC)


@pytest.fixture
def mother(record: HealthRecord, clock: Any) -> str:
    clock.t = at(7)
    return record.profiles.create(name="Asha Rao", timezone="Europe/London").id


def kinds(record: HealthRecord) -> list[str]:
    return sorted(n.kind for n in record.notifications.for_profile())


def test_a_crisis_reading_notifies_at_once_urgent_with_its_source(
        record: HealthRecord, mother: str) -> None:
    r = record.readings.record(mother, "blood_pressure", {"systolic": 192, "diastolic": 124})
    [n] = record.notifications.for_profile(mother)
    assert (n.kind, n.priority, n.link_table, n.link_id) == (
        "out_of_range", "urgent", "measurements", r.id)
    assert n.title.startswith("Seek medical care now: Asha Rao")
    assert "ACC/AHA" in (n.body or "")
    record.readings.record(mother, "blood_pressure", {"systolic": 120, "diastolic": 80})
    assert record.producers.tick() == []  # the tick finds the same event: nothing new
    assert record.notifications.unread_count() == 1


def test_missed_dose_refill_and_appointment_each_notify_once(
        record: HealthRecord, mother: str, clock: Any) -> None:
    med = record.medications.add(mother, "Metformin", strength="500 mg",
                                 schedule=ScheduleInput(times_of_day=["08:00"]),
                                 stock_count=5, refill_threshold=10)
    record.appointments.add(mother, "Diabetes clinic", at(9, day=11))
    clock.t = at(11)  # the 08:00 dose is past its 2 h window
    first = record.producers.tick()
    assert kinds(record) == ["appointment", "missed_dose", "refill_due"]
    assert len(first) == 3 and record.producers.tick() == []
    missed = next(n for n in record.notifications.for_profile() if n.kind == "missed_dose")
    assert (missed.link_table, missed.link_id) == ("medications", med.id)
    assert "08:00" in missed.title
    record.stock.refill(med.id, 60)  # a refill ends the "running low" episode
    assert record.producers.tick() == []


def test_mark_read_everywhere_and_expiry(record: HealthRecord, mother: str,
                                          clock: Any) -> None:
    record.readings.record(mother, "spo2", {"spo2": 86})
    [n] = record.notifications.for_profile(mother, unread_only=True)
    record.notifications.mark_read(n.id)
    assert record.notifications.unread_count() == 0
    got = record.notifications.get(n.id)
    assert got.read_at == clock.t and got.read_by == "Test User"
    clock.advance(days=8)  # out-of-range notices expire after 7 days
    assert record.notifications.for_profile(mother) == []
    assert len(record.notifications.for_profile(mother, include_expired=True)) == 1


def test_settings_validate_and_quiet_hours_hold_email_but_not_urgent(
        record: HealthRecord, mother: str, clock: Any) -> None:
    with pytest.raises(ValidationError, match="quiet_start must be a time of day"):
        record.notifications.set_settings(mother, quiet_start="25:00", quiet_end="07:00")
    with pytest.raises(ValidationError, match="Channel must be one of"):
        record.notifications.set_settings(mother, channels={"refill_due": ["pigeon"]})
    record.contacts.add(mother, "Meera Rao", email="meera@example.com")
    record.notifications.set_settings(
        mother, quiet_start="22:00", quiet_end="07:00",
        channels={"refill_due": ["in_app", "email"], "out_of_range": ["in_app", "email"]})
    s = record.notifications.settings(mother)
    assert s.channels["refill_due"] == ("in_app", "email") and s.quiet_start == "22:00"
    clock.t = at(23)
    record.medications.add(mother, "Insulin", stock_count=2, refill_threshold=5)
    record.producers.tick()
    [held] = record.delivery.pending()
    assert held.next_attempt_at == at(7, day=11)  # London is on GMT: the quiet end
    record.readings.record(mother, "glucose", {"glucose": 2.4}, unit="mmol/L")
    urgent = [d for d in record.delivery.pending() if d.id != held.id]
    assert len(urgent) == 1 and urgent[0].next_attempt_at is None  # urgent: at once


def test_escalation_chain_timing_reaches_each_caregiver_by_email_in_turn(
        record: HealthRecord, mother: str, clock: Any) -> None:
    record.caregivers.add(mother, "Meera", contact="meera@example.com")
    record.caregivers.add(mother, "Ravi", contact="ravi@example.com")
    record.medications.add(mother, "Levetiracetam", caregiver_alert_minutes=60,
                           caregiver_escalation_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(8, 59)
    record.producers.tick()
    assert record.delivery.pending() == []
    clock.t = at(9, 0)
    record.producers.tick()
    assert [d.address for d in record.delivery.pending()] == ["meera@example.com"]
    clock.t = at(9, 29)
    record.producers.tick()
    assert len(record.delivery.pending()) == 1
    clock.t = at(9, 30)
    record.producers.tick()
    assert sorted(d.address for d in record.delivery.pending()) == [
        "meera@example.com", "ravi@example.com"]
    assert kinds(record).count("caregiver_alert") == 2


def test_ids_are_derived_from_the_event() -> None:
    a = rules.notification_id("missed_dose", "m1|2026-03-10T08:00:00+00:00")
    assert a == rules.notification_id("missed_dose", "m1|2026-03-10T08:00:00+00:00")
    assert a != rules.notification_id("missed_dose", "m1|2026-03-10T20:00:00+00:00")
    assert rules.backoff(1) == dt.timedelta(minutes=1)
    assert rules.backoff(4) == dt.timedelta(minutes=8)
    assert rules.backoff(30) == rules.BACKOFF_CAP
    q = rules.QuietHours(dt.time(22), dt.time(7))
    assert q.contains(dt.time(23)) and q.contains(dt.time(6, 59))
    assert not q.contains(dt.time(7)) and not q.contains(dt.time(12))


def test_a_sync_failing_for_six_hours_notifies_once_per_streak(
        record: HealthRecord, mother: str, clock: Any) -> None:
    from healthdesk.sync.account import Account
    from tests.smtp_server import free_port

    def sync_problems() -> list[Any]:
        return [n for n in record.notifications.for_profile(mother) if n.kind == "sync_problem"]

    # Signed in to a server that is not there: every round fails for real.
    record.sync._accounts.sign_in(Account(f"http://127.0.0.1:{free_port()}", "asha", "pc"),
                                  "token-not-used")
    record.sync._accounts.put(last_success=(clock.t - dt.timedelta(hours=1)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"))
    with pytest.raises(Exception):  # noqa: B017 - whatever the transport raises
        record.sync.sync_now()
    record.producers.tick()
    assert sync_problems() == []  # an hour without sync: not yet worth a notification
    clock.advance(hours=6)
    with pytest.raises(Exception):  # noqa: B017
        record.sync.sync_now()
    record.producers.tick()
    [n] = sync_problems()
    assert n.priority == "low" and n.title.startswith("This device has not synced")
    clock.advance(hours=1)
    with pytest.raises(Exception):  # noqa: B017
        record.sync.sync_now()
    assert record.producers.tick() == []  # the same streak: nothing new


def test_what_pops_up_follows_the_tray_channel_and_quiet_hours(
        record: HealthRecord, mother: str, clock: Any) -> None:
    record.notifications.set_settings(mother, quiet_start="22:00", quiet_end="07:00",
                                      channels={"appointment": ["in_app"]})
    record.medications.add(mother, "Insulin", stock_count=2, refill_threshold=5)
    record.appointments.add(mother, "Clinic", at(9, day=11))
    clock.t = at(23)
    raised = record.producers.tick()
    assert record.notifications.to_announce(raised) == []  # quiet; appointment: no tray
    record.readings.record(mother, "spo2", {"spo2": 85})
    urgent = [n.id for n in record.notifications.for_profile(mother)
              if n.kind == "out_of_range"]
    assert [n.kind for n in record.notifications.to_announce(urgent)] == ["out_of_range"]
    clock.t = at(8, day=11)
    assert [n.kind for n in record.notifications.to_announce(raised)] == ["refill_due"]


def test_a_due_dose_is_a_reminder_notification_then_its_miss_another(
        record: HealthRecord, mother: str, clock: Any) -> None:
    med = record.medications.add(mother, "Metformin", strength="500 mg",
                                 schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(7, 20)  # 40 minutes early: not due yet
    assert record.producers.tick() == []
    clock.t = at(7, 45)
    assert len(record.producers.tick()) == 1 and record.producers.tick() == []
    [reminder] = record.notifications.for_profile(mother)
    assert (reminder.kind, reminder.link_table, reminder.link_id) == (
        "reminder", "medications", med.id)
    assert reminder.title == "Asha Rao: Metformin 500 mg is due at 08:00"
    clock.t = at(11)
    record.producers.tick()
    assert kinds(record) == ["missed_dose", "reminder"]
