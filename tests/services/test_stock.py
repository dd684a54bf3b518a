"""Derived stock, refills and the refill forecast on the real store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store.models import DoseEvent, Medication, OutboxEntry

UTC = dt.UTC
T0 = dt.datetime(2026, 3, 1, 7, 0, tzinfo=UTC)


def at(days: float, h: int = 8) -> dt.datetime:
    return dt.datetime(2026, 3, 1, h, tzinfo=UTC) + dt.timedelta(days=days)


@pytest.fixture
def med(record: HealthRecord, clock: Any) -> str:
    clock.t = T0
    pid = record.profiles.create(name="Asha Rao", timezone="Europe/London").id
    return record.medications.add(pid, "Metformin", stock_count=30, refill_threshold=10,
                                  start_date="2026-03-01", schedule=ScheduleInput(
                                      times_of_day=["08:00", "20:00"])).id


def test_taking_a_dose_never_writes_the_medicine(record: HealthRecord, med: str,
                                                 clock: Any) -> None:
    with record.store.read() as s:
        version = s.get(Medication, med).version
        before = len(list(s.scalars(select(OutboxEntry.seq))))
    clock.t = at(0, 9)
    record.doses.record(med, "taken", scheduled_for=at(0))
    with record.store.read() as s:
        assert s.get(Medication, med).version == version
        tables = [e.table_name for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.seq > before))]
    assert "medications" not in tables and "dose_events" in tables
    assert record.stock.on_hand(med) == 29


def test_doses_recorded_on_two_devices_both_count(record: HealthRecord, med: str,
                                                  clock: Any) -> None:
    clock.t = at(0, 21)
    record.doses.record(med, "taken", scheduled_for=at(0))
    # The evening dose arrives from another device (as a pulled row would).
    with record.store.write() as s:
        s.add(DoseEvent(profile_id=record.medications.get(med).profile_id, medication_id=med,
                        scheduled_for=at(0, 20), action="taken", at=at(0, 20), amount=1.0,
                        device_id="phone"))
    assert record.stock.on_hand(med) == 28
    assert record.medications.get(med).stock_count == 28


def test_refills_undo_and_a_new_count(record: HealthRecord, med: str, clock: Any) -> None:
    clock.t = at(0, 9)
    taken = record.doses.record(med, "taken", scheduled_for=at(0))
    clock.t = at(0, 10)
    refill = record.stock.refill(med, 60, note="pharmacy")
    assert record.stock.on_hand(med) == 89
    record.doses.undo(taken.id)
    assert record.stock.on_hand(med) == 90
    record.stock.delete_refill(refill.id)
    assert record.stock.on_hand(med) == 30
    assert record.stock.refills(med) == []
    with pytest.raises(NotFoundError):
        record.stock.delete_refill(refill.id)
    clock.t = at(0, 11)
    record.stock.count(med, 12)
    clock.t = at(0, 21)
    record.doses.record(med, "taken", scheduled_for=at(0, 20))
    assert record.stock.on_hand(med) == 11


@pytest.mark.parametrize(("quantity", "when", "field", "words"), [
    (0, None, "quantity", "more than 0 and at most 10000"),
    ("a box", None, "quantity", "more than 0 and at most 10000"),
    (10, at(3), "at", "cannot be in the future"),
    (10_000, None, "quantity", "Stock would be 10030"),
])
def test_refill_validation(record: HealthRecord, med: str, quantity: Any,
                           when: dt.datetime | None, field: str, words: str) -> None:
    record.stock.count(med, 30)
    if field == "quantity" and "Stock" in words:
        record.stock.count(med, 90_030)
        words = "Stock would be 100030"
    with pytest.raises(ValidationError) as err:
        record.stock.refill(med, quantity, at=when)
    assert err.value.field == field and words in str(err.value)


def test_forecast_from_actual_intake_warns_below_threshold(record: HealthRecord, med: str,
                                                           clock: Any) -> None:
    # Prescribed twice a day, but only the morning dose is taken, for two weeks.
    for day in range(14):
        clock.t = at(day, 9)
        record.doses.record(med, "taken", scheduled_for=at(day))
    clock.t = at(14, 7)
    f = record.stock.forecast(med, per_day=2.0)
    assert (f.stock, f.basis, f.below_threshold) == (16, "recent", False)
    assert f.daily_use == pytest.approx(1.0, abs=0.02)
    assert f.days_left == pytest.approx(16, abs=0.5)
    assert record.medications.days_left(med) == f.days_left  # not 8 (the prescribed rate)
    for day in range(14, 20):
        clock.t = at(day, 9)
        record.doses.record(med, "taken", scheduled_for=at(day))
    f = record.stock.forecast(med, per_day=2.0)
    assert (f.stock, f.below_threshold, f.warn) == (10, True, True)
    assert record.medications.get(med).needs_refill


def test_saving_the_form_with_the_stock_as_shown_keeps_the_count(
        record: HealthRecord, med: str, clock: Any) -> None:
    clock.t = at(0, 9)
    record.doses.record(med, "taken", scheduled_for=at(0))
    clock.t = at(0, 12)
    shown = record.medications.get(med)
    record.medications.update(med, name="Metformin XR", stock_count=shown.stock_count)
    assert record.medications.get(med).stock_counted_at == T0  # not a new count
    # A dose taken at 10:00 on another device arrives after the edit: it still counts.
    with record.store.write() as s:
        s.add(DoseEvent(profile_id=shown.profile_id, medication_id=med, action="taken",
                        at=at(0, 10), amount=1.0, device_id="phone"))
    assert record.stock.on_hand(med) == 28
    record.medications.update(med, stock_count=50)  # a real recount
    assert record.medications.get(med).stock_counted_at == at(0, 12)
    assert record.stock.on_hand(med) == 50
