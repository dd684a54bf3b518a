"""The append-only dose log on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from healthdesk.services.doses import DosesService, DoseWarning
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.medications import MedicationsService, MedicationView, ScheduleInput
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import AuditEvent, DoseEvent
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
UTC = dt.UTC
EIGHT = dt.datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # the clock starts at 09:00 UTC
PRN = ScheduleInput(kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3)


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao", timezone="Europe/London").id


@pytest.fixture
def meds(store: Store) -> MedicationsService:
    return MedicationsService(store)


@pytest.fixture
def doses(store: Store) -> DosesService:
    return DosesService(store)


def counted_before(clock: Any, add: Any) -> MedicationView:
    """Add a medicine a minute ago: its stock is a count made then, and a count holds
    what happened at its own instant, so doses at 'now' come after it."""
    clock.advance(minutes=-1)
    try:
        return add()
    finally:
        clock.advance(minutes=1)


@pytest.fixture
def metformin(meds: MedicationsService, pid: str, clock: Any) -> MedicationView:
    return counted_before(clock, lambda: meds.add(
        pid, "Metformin", stock_count=10,
        schedule=ScheduleInput(times_of_day=["08:00", "20:00"], dose_amount=2)))


@pytest.fixture
def ibuprofen(meds: MedicationsService, pid: str, clock: Any) -> MedicationView:
    return counted_before(clock, lambda: meds.add(pid, "Ibuprofen", stock_count=20,
                                                  schedule=PRN))


def dose_rows(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(DoseEvent)) or 0)


def test_taken_uses_schedule_dose_and_decrements_stock(
        doses: DosesService, meds: MedicationsService, metformin: MedicationView,
        clock: Any) -> None:
    e = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    assert (e.action, e.amount, e.at, e.by_person) == ("taken", 2.0, clock(), "Test User")
    assert e.schedule_id == metformin.schedule.id  # type: ignore[union-attr]
    assert e.medication_name == "Metformin" and not e.superseded
    assert meds.get(metformin.id).stock_count == 8


def test_stock_never_goes_below_zero(doses: DosesService, meds: MedicationsService,
                                     pid: str, clock: Any) -> None:
    m = counted_before(clock, lambda: meds.add(pid, "Insulin", dose_unit="unit", stock_count=3,
                                               schedule=ScheduleInput(times_of_day=["08:00"])))
    doses.record(m.id, "taken", scheduled_for=EIGHT, amount=5)
    assert meds.get(m.id).stock_count == 0


def test_undo_appends_event_and_returns_stock(store: Store, doses: DosesService,
                                              meds: MedicationsService,
                                              metformin: MedicationView, clock: Any) -> None:
    taken = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    clock.advance(minutes=5)
    undone = doses.undo(taken.id)
    assert (undone.action, undone.supersedes, undone.scheduled_for) == (
        "undone", taken.id, EIGHT)
    assert meds.get(metformin.id).stock_count == 10
    assert dose_rows(store) == 2
    with pytest.raises(ValidationError, match="already undone"):
        doses.undo(taken.id)
    with pytest.raises(ValidationError, match="cannot itself be undone"):
        doses.undo(undone.id)
    with pytest.raises(NotFoundError):
        doses.undo("no-such-event")


def test_double_take_refused_until_undone(store: Store, doses: DosesService,
                                          meds: MedicationsService,
                                          metformin: MedicationView, clock: Any) -> None:
    first = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    clock.advance(minutes=30)
    with pytest.raises(ValidationError) as err:
        doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    assert err.value.field == "scheduled_for"
    assert str(err.value).startswith("This dose was already recorded as taken at 09:00;")
    assert dose_rows(store) == 1
    assert meds.get(metformin.id).stock_count == 8  # no second decrement
    # The evening dose is a different dose.
    doses.record(metformin.id, "taken", scheduled_for=EIGHT + dt.timedelta(hours=12))
    doses.undo(first.id)
    again = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    assert again.action == "taken"
    assert meds.get(metformin.id).stock_count == 6


def test_prn_min_interval_warns_then_override_is_audited(
        store: Store, doses: DosesService, ibuprofen: MedicationView, clock: Any) -> None:
    doses.record(ibuprofen.id, "taken")
    clock.advance(hours=1, minutes=30)
    before = dose_rows(store)
    with pytest.raises(DoseWarning) as err:
        doses.record(ibuprofen.id, "taken")
    assert isinstance(err.value, ValidationError)
    assert err.value.field == "at"
    assert err.value.rules == ("prn_min_interval",)
    assert "at least 4 h apart" in str(err.value)
    assert "taken at 09:00, 1 h 30 min from this one" in str(err.value)
    assert dose_rows(store) == before
    e = doses.record(ibuprofen.id, "taken", override_confirmed=True)
    assert e.override_confirmed
    with store.read() as s:
        audit = [(a.entity, a.entity_id, a.fields, a.actor) for a in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "override"))]
    assert audit == [
        ("dose_events", e.id, ["prn_min_interval"], "Test User")]
    clock.advance(hours=4)
    assert not doses.record(ibuprofen.id, "taken").override_confirmed


def test_prn_daily_max(store: Store, doses: DosesService, ibuprofen: MedicationView,
                       clock: Any) -> None:
    for _ in range(3):
        doses.record(ibuprofen.id, "taken")
        clock.advance(hours=5)
    with pytest.raises(DoseWarning) as err:
        doses.record(ibuprofen.id, "taken")
    assert err.value.rules == ("prn_max_per_day",)
    assert "at most 3 times in 24 hours" in str(err.value)
    e = doses.record(ibuprofen.id, "taken", override_confirmed=True)
    with store.read() as s:
        fields = s.scalar(select(AuditEvent.fields).where(AuditEvent.entity_id == e.id,
                                                          AuditEvent.action == "override"))
    assert fields == ["prn_max_per_day"]
    # Doses at 09:00, 14:00, 19:00 and 00:00: by 14:30 two have left the 24-hour window.
    clock.advance(hours=14, minutes=30)
    assert doses.record(ibuprofen.id, "taken").action == "taken"


def test_undone_prn_dose_does_not_count(doses: DosesService, ibuprofen: MedicationView,
                                        clock: Any) -> None:
    e = doses.record(ibuprofen.id, "taken")
    doses.undo(e.id)
    clock.advance(minutes=10)
    assert not doses.record(ibuprofen.id, "taken").override_confirmed


def test_dose_rows_only_grow_and_refuse_update(store: Store, doses: DosesService,
                                               metformin: MedicationView, clock: Any) -> None:
    counts = [dose_rows(store)]
    e = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    counts.append(dose_rows(store))
    doses.record(metformin.id, "snoozed", scheduled_for=EIGHT + dt.timedelta(hours=12),
                 snooze_until=clock() + dt.timedelta(minutes=15))
    counts.append(dose_rows(store))
    doses.undo(e.id)
    counts.append(dose_rows(store))
    assert counts == [0, 1, 2, 3]
    with store.read() as s:
        original = s.get(DoseEvent, e.id)
        assert original is not None and original.action == "taken" and original.amount == 2
    with pytest.raises(DBAPIError, match="append-only"), store.write() as s:
        s.execute(text("UPDATE dose_events SET note = 'edited'"))
    with store.read() as s:
        assert s.scalar(select(func.count()).where(DoseEvent.note.is_not(None))) == 0


def test_history_newest_first_with_superseded(doses: DosesService, metformin: MedicationView,
                                              clock: Any) -> None:
    a = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    clock.advance(hours=11)
    b = doses.record(metformin.id, "skipped", scheduled_for=EIGHT + dt.timedelta(hours=12))
    clock.advance(minutes=1)
    u = doses.undo(b.id)
    h = doses.history(metformin.id)
    assert [(v.id, v.superseded) for v in h] == [(u.id, False), (b.id, True), (a.id, False)]
    assert [v.id for v in doses.history(metformin.id, limit=1)] == [u.id]
    assert [v.id for v in doses.history(metformin.id, end=clock() - dt.timedelta(hours=1))] \
        == [a.id]
    assert [v.id for v in doses.history(metformin.id, start=b.at)] == [u.id, b.id]


def test_last_taken_by_name_skips_undone(doses: DosesService, meds: MedicationsService,
                                         pid: str, metformin: MedicationView,
                                         clock: Any) -> None:
    assert doses.last_taken(pid, "metformin") is None
    first = doses.record(metformin.id, "taken", scheduled_for=EIGHT)
    clock.advance(hours=11)
    second = doses.record(metformin.id, "taken", scheduled_for=EIGHT + dt.timedelta(hours=12))
    assert doses.last_taken(pid, "METFORMIN ") == second
    assert doses.last_taken(pid, metformin.id) == second
    doses.undo(second.id)
    last = doses.last_taken(pid, "Metformin")
    assert last is not None and last.id == first.id and last.at == EIGHT + dt.timedelta(hours=1)
    assert doses.last_taken(pid, "aspirin") is None
    meds.add(pid, "Aspirin")
    assert doses.last_taken(pid, "aspirin") is None
    assert doses.last_taken(pid, "metf") == last  # partial name when none is exact


def test_events_for_day_uses_local_day(doses: DosesService, meds: MedicationsService,
                                       pid: str, clock: Any) -> None:
    m = meds.add(pid, "Metformin", schedule=ScheduleInput(times_of_day=["08:00"]))
    # 23:30 UTC on 10 March is 10:30 next day in Auckland (UTC+13).
    clock.t = dt.datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    late = doses.record(m.id, "taken", scheduled_for=dt.datetime(2026, 3, 10, 23, 0, tzinfo=UTC))
    clock.t = dt.datetime(2026, 3, 11, 0, 30, tzinfo=UTC)
    skipped = doses.record(m.id, "skipped",
                           scheduled_for=dt.datetime(2026, 3, 11, 20, 0, tzinfo=UTC))
    utc_10 = doses.events_for_day(pid, dt.date(2026, 3, 10), "UTC")
    assert [e.id for e in utc_10] == [late.id]
    utc_11 = doses.events_for_day(pid, dt.date(2026, 3, 11), "UTC")
    assert [e.id for e in utc_11] == [skipped.id]  # done and due that day
    auckland = doses.events_for_day(pid, dt.date(2026, 3, 11), "pacific/auckland")
    assert [e.id for e in auckland] == [late.id, skipped.id]
    doses.undo(skipped.id)
    standing = doses.events_for_day(pid, dt.date(2026, 3, 11), "UTC", include_superseded=False)
    assert standing == []
    with pytest.raises(ValidationError) as err:
        doses.events_for_day(pid, dt.date(2026, 3, 11), "Nowhere/Land")
    assert err.value.field == "tz"


@pytest.mark.parametrize(("action", "kwargs", "field", "message"), [
    ("eaten", {}, "action", "Action must be one of: taken, skipped, missed, snoozed."),
    ("skipped", {}, "scheduled_for", "Scheduled for is required"),
    ("snoozed", {"scheduled_for": EIGHT}, "snooze_until", "Snooze until is required"),
    ("snoozed", {"scheduled_for": EIGHT, "snooze_until": EIGHT}, "snooze_until",
     "after now and at most 24 hours later"),
    ("snoozed", {"scheduled_for": EIGHT,
                 "snooze_until": EIGHT + dt.timedelta(hours=26)}, "snooze_until",
     "at most 24 hours later"),
    ("taken", {"snooze_until": EIGHT}, "snooze_until", "only for a snoozed dose"),
    ("taken", {"amount": -1}, "amount", "Amount must be between 0 and 10000."),
    ("skipped", {"scheduled_for": EIGHT, "amount": 1}, "amount", "only for a dose taken"),
    ("taken", {"at": "2026-03-11T09:00:00+00:00"}, "at", "cannot be in the future"),
    ("taken", {"scheduled_for": "tomorrow"}, "scheduled_for", "must be a date and time"),
    ("taken", {"note": "x" * 2001}, "note", "Note must be at most 2000 characters"),
    ("taken", {"by_person": "y" * 201}, "by_person", "at most 200 characters"),
])
def test_record_validation_saves_nothing(store: Store, doses: DosesService,
                                         meds: MedicationsService, metformin: MedicationView,
                                         action: str, kwargs: dict[str, Any], field: str,
                                         message: str) -> None:
    with pytest.raises(ValidationError) as err:
        doses.record(metformin.id, action, **kwargs)
    assert err.value.field == field
    assert message in str(err.value)
    assert dose_rows(store) == 0
    assert meds.get(metformin.id).stock_count == 10


def test_snooze_and_caregiver_name(doses: DosesService, metformin: MedicationView,
                                   clock: Any) -> None:
    until = clock() + dt.timedelta(minutes=10)
    e = doses.record(metformin.id, "snoozed", scheduled_for=EIGHT, snooze_until=until)
    assert e.snooze_until == until and e.amount is None
    m = doses.record(metformin.id, "taken", scheduled_for=EIGHT, by_person="Ravi (son)",
                     note="with breakfast")
    assert (m.by_person, m.note) == ("Ravi (son)", "with breakfast")


def test_deleted_medication_cannot_take_doses(doses: DosesService, meds: MedicationsService,
                                              metformin: MedicationView) -> None:
    meds.delete(metformin.id)
    with pytest.raises(NotFoundError):
        doses.record(metformin.id, "taken", scheduled_for=EIGHT)
