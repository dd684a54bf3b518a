"""Medicines, schedules and stock on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.medications import MedicationsService, ScheduleInput
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import Medication, MedicationSchedule
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
DAILY = ScheduleInput(times_of_day=["20:00", "08:00"])


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao", timezone="Europe/Paris").id


@pytest.fixture
def meds(store: Store) -> MedicationsService:
    return MedicationsService(store)


def count(store: Store, model: type) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_add_stores_medication_and_first_schedule_together(meds: MedicationsService,
                                                           pid: str) -> None:
    m = meds.add(pid, "  Metformin ", strength="500 mg", stock_count=60, refill_threshold=10,
                 schedule=DAILY)
    again = meds.get(m.id)
    assert again.name == "Metformin"
    assert again.strength == "500 mg"
    assert again.active
    assert again.schedule is not None
    assert again.schedule.times_of_day == ("08:00", "20:00")
    assert again.schedule.timezone == "Europe/Paris"  # the profile's zone by default
    assert again.schedule.start_date == dt.date(2026, 3, 10)  # today there
    assert again.schedule.summary == "1 tablet at 08:00 and 20:00, every day"


def test_schedule_zone_is_utc_when_profile_has_none(store: Store, meds: MedicationsService) -> None:
    other = ProfilesService(store).create("No Zone").id
    m = meds.add(other, "Aspirin", schedule=ScheduleInput(times_of_day=["09:00"]))
    assert m.schedule is not None and m.schedule.timezone == "UTC"


def test_medication_without_schedule(meds: MedicationsService, pid: str) -> None:
    m = meds.add(pid, "Vitamin D")
    assert m.schedule is None
    assert meds.schedules(m.id) == []
    assert meds.days_left(m.id) is None


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"name": "  "}, "name", "Name is required."),
    ({"name": "x" * 201}, "name", "Name must be at most 200 characters"),
    ({"dose_amount": 0}, "dose_amount", "Dose amount must be more than 0 and at most 10000."),
    ({"dose_amount": 10001}, "dose_amount", "Dose amount must be more than 0 and at most 10000."),
    ({"dose_amount": "two"}, "dose_amount", "Dose amount must be more than 0 and at most"),
    ({"stock_count": -1}, "stock_count", "Stock count must be between 0 and 100000."),
    ({"stock_count": 100001}, "stock_count", "Stock count must be between 0 and 100000."),
    ({"refill_threshold": -2}, "refill_threshold", "between 0 and 100000"),
    ({"missed_dose_window_hours": 49}, "missed_dose_window_hours",
     "Missed-dose window must be between 0 and 48 hours."),
    ({"caregiver_alert_minutes": 4}, "caregiver_alert_minutes",
     "Caregiver alert delay (minutes) must be a whole number between 5 and 1440."),
    ({"caregiver_alert_minutes": 1441}, "caregiver_alert_minutes", "between 5 and 1440"),
    ({"form": "pill"}, "form", "Form must be one of: tablet, capsule"),
    ({"route": "mouth"}, "route", "Route must be one of: oral, inhaled"),
    ({"start_date": "10/03/2026"}, "start_date", "Start date must be a date in the form"),
    ({"start_date": "2026-03-10", "end_date": "2026-03-01"}, "end_date",
     "End date must be on or after the start date (2026-03-10)."),
])
def test_medication_validation_names_field_and_range(
        store: Store, meds: MedicationsService, pid: str, kwargs: dict[str, Any], field: str,
        message: str) -> None:
    args = {"name": "Metformin", **kwargs}
    with pytest.raises(ValidationError) as err:
        meds.add(pid, args.pop("name"), schedule=DAILY, **args)
    assert err.value.field == field
    assert message in str(err.value)
    assert count(store, Medication) == 0
    assert count(store, MedicationSchedule) == 0


@pytest.mark.parametrize(("schedule", "field", "message"), [
    (ScheduleInput(times_of_day=["25:00"]), "times_of_day", "24-hour times like 08:00"),
    (ScheduleInput(times_of_day=["8am"]), "times_of_day", "(HH:MM)"),
    (ScheduleInput(), "times_of_day", "add at least one time"),
    (ScheduleInput(times_of_day=[f"{h:02d}:00" for h in range(13)]), "times_of_day",
     "at most 12 a day"),
    (ScheduleInput(times_of_day=["08:00"], weekdays=[7]), "weekdays",
     "0 (Monday) to 6 (Sunday)"),
    (ScheduleInput(times_of_day=["08:00"], weekdays=[]), "weekdays", "at least one weekday"),
    (ScheduleInput(times_of_day=["08:00"], interval_days=0), "interval_days",
     "Interval (days) must be a whole number between 1 and 366."),
    (ScheduleInput(times_of_day=["08:00"], interval_days=367), "interval_days",
     "between 1 and 366"),
    (ScheduleInput(times_of_day=["08:00"], weekdays=[0], interval_days=2), "interval_days",
     "either weekdays or every N days"),
    (ScheduleInput(times_of_day=["08:00"], start_date="2026-03-10", end_date="2026-03-09"),
     "end_date", "on or after the start date"),
    (ScheduleInput(times_of_day=["08:00"], dose_amount=0), "dose_amount",
     "more than 0 and at most 10000"),
    (ScheduleInput(times_of_day=["08:00"], timezone="Mars/Olympus"), "timezone",
     "Time zone must be a time zone name like Europe/London"),
    (ScheduleInput(times_of_day=["08:00"], tz_policy="away"), "tz_policy",
     "Time zone policy must be one of: home, local."),
    (ScheduleInput(kind="weekly", times_of_day=["08:00"]), "kind",
     "Kind must be one of: fixed, as_needed."),
    (ScheduleInput(times_of_day=["08:00"], prn_max_per_day=3), "prn_max_per_day",
     "only to as-needed"),
    (ScheduleInput(kind="as_needed", times_of_day=["08:00"], prn_min_interval_minutes=240,
                   prn_max_per_day=4), "times_of_day", "must be empty for an as-needed"),
    (ScheduleInput(kind="as_needed", prn_max_per_day=4), "prn_min_interval_minutes",
     "Minimum time between doses (minutes) is required."),
    (ScheduleInput(kind="as_needed", prn_min_interval_minutes=2881, prn_max_per_day=4),
     "prn_min_interval_minutes", "between 0 and 2880"),
    (ScheduleInput(kind="as_needed", prn_min_interval_minutes=240), "prn_max_per_day",
     "Most doses a day is required."),
    (ScheduleInput(kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=49),
     "prn_max_per_day", "Most doses a day must be a whole number between 1 and 48."),
])
def test_schedule_validation_saves_nothing(store: Store, meds: MedicationsService, pid: str,
                                           schedule: ScheduleInput, field: str,
                                           message: str) -> None:
    with pytest.raises(ValidationError) as err:
        meds.add(pid, "Metformin", schedule=schedule)
    assert err.value.field == field
    assert message in str(err.value)
    assert count(store, Medication) == 0
    assert count(store, MedicationSchedule) == 0


def test_times_are_normalised(meds: MedicationsService, pid: str) -> None:
    m = meds.add(pid, "A", schedule=ScheduleInput(times_of_day=["20:00", "8:00", "08:00"],
                                                   weekdays=[6, 0, 1, 2, 3, 4, 5]))
    assert m.schedule is not None
    assert m.schedule.times_of_day == ("08:00", "20:00")
    assert m.schedule.weekdays is None  # all seven days is every day


@pytest.mark.parametrize(("schedule", "unit", "summary"), [
    (ScheduleInput(times_of_day=["08:00", "20:00"]), "tablet",
     "1 tablet at 08:00 and 20:00, every day"),
    (ScheduleInput(times_of_day=["09:00"], weekdays=[4, 0, 2]), "tablet",
     "1 tablet, Mon, Wed, Fri at 09:00"),
    (ScheduleInput(times_of_day=["08:00"], interval_days=3), "tablet",
     "1 tablet, every 3 days at 08:00"),
    (ScheduleInput(times_of_day=["07:00", "13:00", "19:00"], dose_amount=2), "tablet",
     "2 tablets at 07:00, 13:00 and 19:00, every day"),
    (ScheduleInput(times_of_day=["08:00"], dose_amount=2.5, end_date="2026-04-01"), "ml",
     "2.5 ml at 08:00, every day, until 2026-04-01"),
    (ScheduleInput(kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=4),
     "tablet", "1 tablet, as needed, at least 4 h apart, at most 4 a day"),
    (ScheduleInput(kind="as_needed", prn_min_interval_minutes=90, prn_max_per_day=1),
     "puff", "1 puff, as needed, at least 1 h 30 min apart, at most 1 a day"),
])
def test_schedule_summaries(meds: MedicationsService, pid: str, schedule: ScheduleInput,
                            unit: str, summary: str) -> None:
    m = meds.add(pid, "A", dose_unit=unit, schedule=schedule)
    assert m.schedule is not None
    assert m.schedule.summary == summary


def test_set_schedule_keeps_old_one_as_tombstone(store: Store, meds: MedicationsService,
                                                 pid: str) -> None:
    m = meds.add(pid, "Metformin", schedule=DAILY)
    assert m.schedule is not None
    new = meds.set_schedule(m.id, ScheduleInput(times_of_day=["09:00"], weekdays=[0, 3]))
    assert meds.get(m.id).schedule == new
    assert [s.id for s in meds.schedules(m.id)] == [new.id]
    history = meds.schedules(m.id, include_history=True)
    assert [(s.id, s.current) for s in history] == [(new.id, True), (m.schedule.id, False)]
    with store.read() as s:
        old = s.get(MedicationSchedule, m.schedule.id)
        assert old is not None and old.deleted
        assert old.times_of_day == ["08:00", "20:00"]


def test_bad_set_schedule_keeps_current_one(meds: MedicationsService, pid: str) -> None:
    m = meds.add(pid, "Metformin", schedule=DAILY)
    with pytest.raises(ValidationError):
        meds.set_schedule(m.id, ScheduleInput(times_of_day=["99:99"]))
    assert meds.get(m.id).schedule == m.schedule
    assert len(meds.schedules(m.id, include_history=True)) == 1


def test_delete_and_restore(meds: MedicationsService, pid: str) -> None:
    m = meds.add(pid, "Metformin", schedule=DAILY)
    current = meds.set_schedule(m.id, ScheduleInput(times_of_day=["07:30"]))
    meds.delete(m.id)
    assert meds.for_profile(pid) == []
    with pytest.raises(NotFoundError):
        meds.get(m.id)
    with pytest.raises(NotFoundError):
        meds.delete(m.id)
    restored = meds.restore(m.id)
    assert restored.schedule is not None and restored.schedule.id == current.id
    assert [s.id for s in meds.schedules(m.id)] == [current.id]


def test_list_sorted_by_name_and_stopped_medicines(meds: MedicationsService, pid: str) -> None:
    b = meds.add(pid, "bisoprolol")
    meds.add(pid, "Atorvastatin")
    meds.add(pid, "Zinc")
    assert [m.name for m in meds.for_profile(pid)] == ["Atorvastatin", "bisoprolol", "Zinc"]
    stopped = meds.set_active(b.id, False)
    assert not stopped.active
    assert [m.name for m in meds.for_profile(pid)] == ["Atorvastatin", "Zinc"]
    assert [m.name for m in meds.for_profile(pid, active_only=False)] == [
        "Atorvastatin", "bisoprolol", "Zinc"]
    assert meds.set_active(b.id, True).active


def test_update_changes_and_clears_fields(meds: MedicationsService, pid: str) -> None:
    m = meds.add(pid, "Metformin", prescriber="Dr Lee", start_date="2026-03-01")
    u = meds.update(m.id, dose_amount="2", prescriber=None, route="Sublingual")
    assert (u.dose_amount, u.prescriber, u.route) == (2.0, None, "sublingual")
    with pytest.raises(ValidationError) as err:
        meds.update(m.id, end_date="2026-02-01")
    assert err.value.field == "end_date"
    with pytest.raises(ValidationError) as err:
        meds.update(m.id, colour="red")
    assert err.value.field == "colour"
    with pytest.raises(ValidationError) as err:
        meds.update(m.id, name="")
    assert meds.get(m.id) == u


def test_refill_adjust_days_left_and_refill_flag(meds: MedicationsService, pid: str,
                                                 clock: Any) -> None:
    m = meds.add(pid, "Metformin", refill_threshold=10,
                 schedule=ScheduleInput(times_of_day=["08:00", "20:00"], dose_amount=2))
    assert meds.days_left(m.id) is None  # stock unknown
    assert meds.record_refill(m.id, 30).stock_count == 30  # sets an unknown stock
    clock.advance(hours=1)
    assert meds.record_refill(m.id, "10").stock_count == 40
    assert meds.days_left(m.id) == 10.0  # 2 tablets twice a day
    assert not meds.needs_refill(m.id)
    clock.advance(hours=1)
    assert meds.adjust_stock(m.id, 8).stock_count == 8
    assert meds.needs_refill(m.id)
    assert meds.get(m.id).needs_refill


def test_days_left_averages_weekdays_and_intervals(meds: MedicationsService, pid: str) -> None:
    weekly = meds.add(pid, "Methotrexate", stock_count=8,
                      schedule=ScheduleInput(times_of_day=["08:00"], weekdays=[0]))
    assert meds.days_left(weekly.id) == 56.0
    every3 = meds.add(pid, "B12", stock_count=10,
                      schedule=ScheduleInput(times_of_day=["08:00"], interval_days=3))
    assert meds.days_left(every3.id) == 30.0
    prn = meds.add(pid, "Ibuprofen", stock_count=10, schedule=ScheduleInput(
        kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3))
    assert meds.days_left(prn.id) is None  # no prescribed daily amount


@pytest.mark.parametrize(("quantity", "message"), [
    (0, "Refill quantity must be more than 0 and at most 10000."),
    (10001, "Refill quantity must be more than 0 and at most 10000."),
    ("lots", "Refill quantity must be more than 0 and at most 10000."),
])
def test_refill_validation(meds: MedicationsService, pid: str, quantity: Any,
                           message: str) -> None:
    m = meds.add(pid, "Metformin", stock_count=5)
    with pytest.raises(ValidationError) as err:
        meds.record_refill(m.id, quantity)
    assert (err.value.field, str(err.value)) == ("quantity", message)
    assert meds.get(m.id).stock_count == 5


def test_refill_cannot_overflow_stock_or_be_in_future(meds: MedicationsService, pid: str,
                                                      clock: Any) -> None:
    m = meds.add(pid, "Metformin", stock_count=95_000)
    with pytest.raises(ValidationError, match="between 0 and 100000"):
        meds.record_refill(m.id, 10_000)
    with pytest.raises(ValidationError, match="cannot be in the future"):
        meds.record_refill(m.id, 10, at=clock() + dt.timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        meds.adjust_stock(m.id, -1)
    assert err.value.field == "stock_count"
    assert meds.get(m.id).stock_count == 95_000


def test_unknown_ids(meds: MedicationsService, pid: str) -> None:
    with pytest.raises(NotFoundError):
        meds.add("no-such-profile", "Metformin")
    with pytest.raises(NotFoundError):
        meds.set_schedule("missing", DAILY)
    with pytest.raises(NotFoundError):
        meds.record_refill("missing", 3)
