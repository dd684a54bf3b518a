"""Medicines: add, edit, stop and restart them, their schedules, and the stock on hand.

This is the storage layer the reminder engine sits on: a schedule here is the validated
rule (times, days, interval, as-needed limits, time zone); expanding it into dose times
is the engine's job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.schedules import (
    DAY_NAMES,
    MAX_DOSE,
    Schedule,
    ScheduleInput,
    check_dates,
    clean_schedule,
    describe,
    format_dose,
    format_minutes,
    labelled,
    positive_amount,
)
from healthdesk.domain.validation import (
    field_label,
    float_in_range,
    int_in_range,
    one_of,
    optional_text,
    parse_date,
    require_text,
)
from healthdesk.store.models import Medication, MedicationSchedule
from healthdesk.store.models.medications import FORMS, ROUTES

from .base import ServiceBase
from .batch import all_or_nothing
from .errors import NotFoundError
from .stock import StockService, stock_levels

# Re-exported: the editor dialog and older callers import these from here.
__all__ = ["DAY_NAMES", "FORMS", "MAX_DOSE", "ROUTES", "MedicationView", "MedicationsService",
           "ScheduleInput", "ScheduleView", "clean_fields", "clean_schedule", "describe",
           "format_dose", "format_minutes", "positive_amount"]

MAX_STOCK = 100_000.0
MAX_REFILL = 10_000.0
_UNCHANGED = object()


@dataclass(frozen=True)
class ScheduleView:
    id: str
    medication_id: str
    kind: str
    times_of_day: tuple[str, ...]
    weekdays: tuple[int, ...] | None
    interval_days: int
    start_date: dt.date
    end_date: dt.date | None
    dose_amount: float  # per occurrence: the schedule's override, else the medication's
    dose_unit: str
    prn_min_interval_minutes: int | None
    prn_max_per_day: int | None
    timezone: str
    tz_policy: str
    current: bool  # False for a schedule replaced by set_schedule (kept as history)
    created_at: dt.datetime
    summary: str

    @property
    def occurrences_per_day(self) -> float | None:
        """Doses a day averaged over a week; None for as-needed (no prescribed count)."""
        return self.rule.per_day

    @property
    def rule(self) -> Schedule:
        """The rule as the domain expands it (the medicine's end date is not applied)."""
        return Schedule(self.start_date, self.times_of_day, self.kind, self.weekdays,
                        self.interval_days, self.end_date, self.timezone, self.tz_policy,
                        self.prn_min_interval_minutes, self.prn_max_per_day)


@dataclass(frozen=True)
class MedicationView:
    id: str
    profile_id: str
    name: str
    strength: str | None
    form: str
    dose_amount: float
    dose_unit: str
    route: str
    prescriber: str | None
    instructions: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    stock_count: float | None  # on hand now (derived: see domain/stock.py)
    refill_threshold: float | None
    missed_dose_window_hours: float
    caregiver_alert_minutes: int | None
    active: bool
    notes: str | None
    schedule: ScheduleView | None
    caregiver_escalation_minutes: int | None = None
    reminder_urgent: bool = False
    stock_counted_at: dt.datetime | None = None

    @property
    def needs_refill(self) -> bool:
        return (self.stock_count is not None and self.refill_threshold is not None
                and self.stock_count <= self.refill_threshold)

    @property
    def title(self) -> str:
        """"Metformin 500 mg"."""
        return f"{self.name} {self.strength}" if self.strength else self.name

    @property
    def rule(self) -> Schedule | None:
        """The current schedule, ending with the medicine if that ends first."""
        return None if self.schedule is None else self.schedule.rule.ending(self.end_date)


# -- formatting --------------------------------------------------------------------------


def schedule_view(sc: MedicationSchedule, med: Medication) -> ScheduleView:
    amount = sc.dose_amount if sc.dose_amount is not None else med.dose_amount
    times = tuple(sc.times_of_day or ())
    weekdays = tuple(sc.weekdays) if sc.weekdays else None
    return ScheduleView(
        id=sc.id, medication_id=sc.medication_id, kind=sc.kind, times_of_day=times,
        weekdays=weekdays, interval_days=sc.interval_days, start_date=sc.start_date,
        end_date=sc.end_date, dose_amount=amount, dose_unit=med.dose_unit,
        prn_min_interval_minutes=sc.prn_min_interval_minutes,
        prn_max_per_day=sc.prn_max_per_day, timezone=sc.timezone, tz_policy=sc.tz_policy,
        current=not sc.deleted, created_at=sc.created_at,
        summary=describe(sc.kind, times, weekdays, sc.interval_days, amount, med.dose_unit,
                         sc.prn_min_interval_minutes, sc.prn_max_per_day, sc.end_date),
    )


def to_view(med: Medication, schedule: MedicationSchedule | None,
            stock: float | None = None) -> MedicationView:
    """``stock``: on hand now (from ``stock_levels``); the stored count if not given."""
    return MedicationView(
        id=med.id, profile_id=med.profile_id, name=med.name, strength=med.strength,
        form=med.form, dose_amount=med.dose_amount, dose_unit=med.dose_unit, route=med.route,
        prescriber=med.prescriber, instructions=med.instructions, start_date=med.start_date,
        end_date=med.end_date, stock_count=med.stock_count if stock is None else stock,
        refill_threshold=med.refill_threshold,
        missed_dose_window_hours=med.missed_dose_window_hours,
        caregiver_alert_minutes=med.caregiver_alert_minutes, active=med.active,
        notes=med.notes, schedule=None if schedule is None else schedule_view(schedule, med),
        caregiver_escalation_minutes=med.caregiver_escalation_minutes,
        reminder_urgent=bool(med.reminder_urgent), stock_counted_at=med.stock_counted_at,
    )


# -- validation --------------------------------------------------------------------------


def _opt(check: Callable[..., Any]) -> Callable[[str, Any], Any]:
    return lambda field, value: None if value is None or value == "" else check(field, value)


_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "name": lambda f, v: require_text(f, v, 200),
    "strength": lambda f, v: optional_text(f, v, 100),
    "form": lambda f, v: one_of(f, v, FORMS),
    "dose_amount": positive_amount,
    "dose_unit": lambda f, v: require_text(f, v, 32),
    "route": lambda f, v: one_of(f, v, ROUTES),
    "prescriber": lambda f, v: optional_text(f, v, 200),
    "instructions": lambda f, v: optional_text(f, v, 2000),
    "start_date": _opt(parse_date),
    "end_date": _opt(parse_date),
    "stock_count": _opt(lambda f, v: float_in_range(f, v, 0, MAX_STOCK)),
    "refill_threshold": _opt(lambda f, v: float_in_range(f, v, 0, MAX_STOCK)),
    "missed_dose_window_hours": lambda f, v: labelled(
        "Missed-dose window", float_in_range, f, v, 0, 48, "hours"),
    "caregiver_alert_minutes": _opt(lambda f, v: labelled(
        "Caregiver alert delay (minutes)", int_in_range, f, v, 5, 1440)),
    "caregiver_escalation_minutes": _opt(lambda f, v: labelled(
        "Next caregiver after (minutes)", int_in_range, f, v, 5, 1440)),
    "reminder_urgent": lambda f, v: _flag(f, v, "Remind even in quiet hours"),
    "notes": lambda f, v: optional_text(f, v, 4000),
}


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate medication fields by name. Raises ValidationError."""
    out = {}
    for key, value in fields.items():
        if key not in _FIELDS:
            raise ValidationError(key, _("{field_label} is not a medication field.").format(
                                           field_label=field_label(key)))
        out[key] = _FIELDS[key](key, value)
    return out


def _flag(field: str, value: Any, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, _("{label} must be true or false.").format(label=label))
    return value


def _check_dates(start: dt.date | None, end: dt.date | None) -> None:
    check_dates(start, end)


# -- service -----------------------------------------------------------------------------


def current_schedule(s: Session, medication_id: str) -> MedicationSchedule | None:
    """The live schedule of a medicine (set_schedule keeps at most one)."""
    return s.scalars(
        select(MedicationSchedule)
        .where(MedicationSchedule.medication_id == medication_id,
               MedicationSchedule.deleted.is_(False))
        .order_by(MedicationSchedule.created_at.desc(), MedicationSchedule.id.desc()).limit(1)
    ).first()


class MedicationsService(ServiceBase):
    def add(self, profile_id: str, name: str, *, strength: str | None = None,
            form: str = "tablet", dose_amount: float = 1.0, dose_unit: str = "tablet",
            route: str = "oral", prescriber: str | None = None, instructions: str | None = None,
            start_date: dt.date | str | None = None, end_date: dt.date | str | None = None,
            stock_count: float | None = None, refill_threshold: float | None = None,
            missed_dose_window_hours: float = 2.0, caregiver_alert_minutes: int | None = None,
            notes: str | None = None, schedule: ScheduleInput | None = None,
            caregiver_escalation_minutes: int | None = None,
            reminder_urgent: bool = False) -> MedicationView:
        """Add a medicine and its first schedule in one transaction.

        Raises ValidationError (field and allowed range) and NotFoundError (profile).
        """
        fields = clean_fields({
            "name": name, "strength": strength, "form": form, "dose_amount": dose_amount,
            "dose_unit": dose_unit, "route": route, "prescriber": prescriber,
            "instructions": instructions, "start_date": start_date, "end_date": end_date,
            "stock_count": stock_count, "refill_threshold": refill_threshold,
            "missed_dose_window_hours": missed_dose_window_hours,
            "caregiver_alert_minutes": caregiver_alert_minutes, "notes": notes,
            "caregiver_escalation_minutes": caregiver_escalation_minutes,
            "reminder_urgent": reminder_urgent})
        _check_dates(fields["start_date"], fields["end_date"])
        with self._store.write() as s:
            profile = self.require_profile(s, profile_id)
            sched = None if schedule is None else clean_schedule(
                schedule, profile.timezone or "UTC", fields["start_date"], self.now())
            med = Medication(profile_id=profile_id, active=True, **fields)
            if med.stock_count is not None:
                med.stock_counted_at = self.now()
            s.add(med)
            s.flush()
            sc = None
            if sched is not None:
                sc = MedicationSchedule(profile_id=profile_id, medication_id=med.id, **sched)
                s.add(sc)
                s.flush()
            return to_view(med, sc, _stock(s, med))

    def add_many(self, entries: Sequence[Mapping[str, Any]]) -> list[MedicationView]:
        """Add many medicines (each a mapping of ``add``'s arguments), all or none.

        Raises BatchItemError naming the entry refused (a ValidationError).
        """
        return all_or_nothing(self._store, entries, self.add)

    def update(self, medication_id: str, **fields: Any) -> MedicationView:
        """Change medication fields by name; a field given as None is cleared.

        Raises ValidationError, NotFoundError.
        """
        cleaned = clean_fields(fields)

        def change(med: Medication) -> None:
            _check_dates(cleaned.get("start_date", med.start_date),
                         cleaned.get("end_date", med.end_date))
            count = cleaned.pop("stock_count", _UNCHANGED)
            for key, value in cleaned.items():
                setattr(med, key, value)
            if count is not _UNCHANGED and count != self._on_hand(med):
                # A different stock typed in is a count made now: the new baseline. The
                # same number (a form saved as shown) is left alone, so doses another
                # device recorded meanwhile still count.
                med.stock_count = count
                med.stock_counted_at = None if count is None else self.now()

        return self._change(medication_id, change)

    def _on_hand(self, med: Medication) -> float | None:
        session = object_session(med)
        return None if session is None else stock_levels(session, [med]).get(med.id)

    def set_active(self, medication_id: str, active: bool) -> MedicationView:
        """Stop (False) or restart (True) a medicine; stopped ones get no reminders."""
        return self._change(medication_id, lambda med: setattr(med, "active", bool(active)))

    def _change(self, medication_id: str, change: Callable[[Medication], None]) -> MedicationView:
        """Apply ``change`` to the live medication in one transaction."""
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            change(med)
            s.flush()
            return to_view(med, current_schedule(s, med.id), _stock(s, med))

    def delete(self, medication_id: str) -> None:
        """Tombstone the medicine and its schedule; its dose history stays."""
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            med.deleted = True
            sc = current_schedule(s, med.id)
            if sc is not None:
                sc.deleted = True

    def restore(self, medication_id: str) -> MedicationView:
        """Undo a delete, bringing back the schedule that was current then."""
        with self._store.write() as s:
            med = s.get(Medication, medication_id)
            if med is None:
                raise NotFoundError("medication", medication_id)
            med.deleted = False
            sc = current_schedule(s, med.id)
            if sc is None:
                sc = s.scalars(
                    select(MedicationSchedule)
                    .where(MedicationSchedule.medication_id == med.id)
                    .order_by(MedicationSchedule.created_at.desc(),
                              MedicationSchedule.id.desc()).limit(1)).first()
                if sc is not None:
                    sc.deleted = False
            s.flush()
            return to_view(med, sc, _stock(s, med))

    def get(self, medication_id: str) -> MedicationView:
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            return to_view(med, current_schedule(s, med.id), _stock(s, med))

    def for_profile(self, profile_id: str, active_only: bool = True) -> list[MedicationView]:
        """The profile's medicines sorted by name (case-insensitive)."""
        q = select(Medication).where(Medication.profile_id == profile_id,
                                     Medication.deleted.is_(False))
        if active_only:
            q = q.where(Medication.active.is_(True))
        with self._store.read() as s:
            meds = list(s.scalars(q))
            scheds = {sc.medication_id: sc for sc in s.scalars(
                select(MedicationSchedule)
                .where(MedicationSchedule.profile_id == profile_id,
                       MedicationSchedule.deleted.is_(False))
                .order_by(MedicationSchedule.created_at, MedicationSchedule.id))}
            levels = stock_levels(s, meds)
            views = [to_view(m, scheds.get(m.id), levels.get(m.id)) for m in meds]
        return sorted(views, key=lambda v: (v.name.casefold(), v.id))

    # -- schedules -----------------------------------------------------------------------

    def set_schedule(self, medication_id: str, schedule: ScheduleInput) -> ScheduleView:
        """Replace the current schedule; the old one is kept as a tombstone (history).

        Raises ValidationError, NotFoundError.
        """
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            profile = self.require_profile(s, med.profile_id)
            sched = clean_schedule(schedule, profile.timezone or "UTC", None, self.now())
            old = current_schedule(s, med.id)
            if old is not None:
                old.deleted = True
            sc = MedicationSchedule(profile_id=med.profile_id, medication_id=med.id, **sched)
            s.add(sc)
            s.flush()
            return schedule_view(sc, med)

    def schedules(self, medication_id: str, include_history: bool = False) -> list[ScheduleView]:
        """The current schedule, or with ``include_history`` every schedule, newest first."""
        q = select(MedicationSchedule).where(MedicationSchedule.medication_id == medication_id)
        if not include_history:
            q = q.where(MedicationSchedule.deleted.is_(False))
        q = q.order_by(MedicationSchedule.created_at.desc(), MedicationSchedule.id.desc())
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            return [schedule_view(sc, med) for sc in s.scalars(q)]

    # -- stock (kept for older callers; StockService holds the rules) --------------------

    def record_refill(self, medication_id: str, quantity: float | str,
                      at: dt.datetime | str | None = None) -> MedicationView:
        """Record a refill (see StockService.refill) and return the medicine."""
        StockService(self._store).refill(medication_id, quantity, at)
        return self.get(medication_id)

    def adjust_stock(self, medication_id: str, count: float | str) -> MedicationView:
        """Set the stock to what the person counted."""
        StockService(self._store).count(medication_id, count)
        return self.get(medication_id)

    def days_left(self, medication_id: str) -> float | None:
        """Days the stock lasts at the recent rate of use (else the prescribed one); None
        when the stock or the rate is unknown."""
        med = self.get(medication_id)
        return StockService(self._store).forecast(medication_id, prescribed_per_day(med)
                                                  ).days_left

    def needs_refill(self, medication_id: str) -> bool:
        """True when the stock is at or below the refill threshold."""
        return self.get(medication_id).needs_refill


def prescribed_per_day(med: MedicationView) -> float | None:
    """Units a day the schedule prescribes (None for as-needed or no schedule)."""
    sc = med.schedule
    per_day = None if sc is None else sc.occurrences_per_day
    return None if not per_day or sc is None else per_day * sc.dose_amount


def _stock(s: Session, med: Medication) -> float | None:
    return stock_levels(s, [med]).get(med.id)
