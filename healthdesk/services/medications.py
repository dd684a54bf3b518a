"""Medicines: add, edit, stop and restart them, their schedules, and the stock on hand.

This is the storage layer the reminder engine sits on: a schedule here is the validated
rule (times, days, interval, as-needed limits, time zone); expanding it into dose times
is the engine's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.validation import (
    field_label,
    float_in_range,
    int_in_range,
    one_of,
    optional_text,
    parse_date,
    parse_datetime_utc,
    parse_number,
    require_text,
    timezone_name,
)
from healthdesk.store.models import Medication, MedicationSchedule
from healthdesk.store.models.medications import FORMS, ROUTES, SCHEDULE_KINDS, TZ_POLICIES

from .base import ServiceBase
from .errors import NotFoundError

MAX_DOSE = 10_000.0
MAX_STOCK = 100_000.0
MAX_REFILL = 10_000.0
MAX_TIMES = 12
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_PLURAL = {"tablet": "tablets", "capsule": "capsules", "puff": "puffs", "drop": "drops",
           "patch": "patches", "spray": "sprays", "suppository": "suppositories",
           "unit": "units", "dose": "doses", "sachet": "sachets", "injection": "injections",
           "application": "applications", "lozenge": "lozenges", "pen": "pens"}


@dataclass(frozen=True)
class ScheduleInput:
    """What the person asks for; the service validates and normalises it."""

    kind: str = "fixed"
    times_of_day: Sequence[str | dt.time] | str = ()
    weekdays: Sequence[int] | None = None
    interval_days: int = 1
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None
    dose_amount: float | str | None = None
    prn_min_interval_minutes: int | None = None
    prn_max_per_day: int | None = None
    timezone: str | None = None
    tz_policy: str = "home"


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
        if self.kind != "fixed":
            return None
        share = len(self.weekdays) / 7 if self.weekdays else 1 / self.interval_days
        return len(self.times_of_day) * share


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
    stock_count: float | None
    refill_threshold: float | None
    missed_dose_window_hours: float
    caregiver_alert_minutes: int | None
    active: bool
    notes: str | None
    schedule: ScheduleView | None

    @property
    def needs_refill(self) -> bool:
        return (self.stock_count is not None and self.refill_threshold is not None
                and self.stock_count <= self.refill_threshold)


# -- formatting --------------------------------------------------------------------------


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def format_dose(amount: float, unit: str) -> str:
    """"1 tablet", "2 tablets", "2.5 ml"."""
    word = _PLURAL.get(unit, unit) if amount != 1 else unit
    return f"{_num(amount)} {word}"


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest} min"


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe(kind: str, times: Sequence[str], weekdays: Sequence[int] | None, interval: int,
             amount: float, unit: str, prn_interval: int | None, prn_max: int | None,
             end_date: dt.date | None = None) -> str:
    """A schedule in words, e.g. "1 tablet at 08:00 and 20:00, every day"."""
    dose = format_dose(amount, unit)
    if kind == "as_needed":
        parts = [f"{dose}, as needed"]
        if prn_interval:
            parts.append(f"at least {format_minutes(prn_interval)} apart")
        if prn_max:
            parts.append(f"at most {prn_max} a day")
        text = ", ".join(parts)
    elif weekdays:
        text = f"{dose}, {', '.join(DAY_NAMES[d] for d in weekdays)} at {_join(times)}"
    elif interval > 1:
        text = f"{dose}, every {interval} days at {_join(times)}"
    else:
        text = f"{dose} at {_join(times)}, every day"
    return f"{text}, until {end_date.isoformat()}" if end_date else text


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


def to_view(med: Medication, schedule: MedicationSchedule | None) -> MedicationView:
    return MedicationView(
        id=med.id, profile_id=med.profile_id, name=med.name, strength=med.strength,
        form=med.form, dose_amount=med.dose_amount, dose_unit=med.dose_unit, route=med.route,
        prescriber=med.prescriber, instructions=med.instructions, start_date=med.start_date,
        end_date=med.end_date, stock_count=med.stock_count,
        refill_threshold=med.refill_threshold,
        missed_dose_window_hours=med.missed_dose_window_hours,
        caregiver_alert_minutes=med.caregiver_alert_minutes, active=med.active,
        notes=med.notes, schedule=None if schedule is None else schedule_view(schedule, med),
    )


# -- validation --------------------------------------------------------------------------


def _labelled(label: str, check: Callable[..., Any], field: str, *args: Any) -> Any:
    """Run a validator, showing ``label`` instead of the bare field name."""
    try:
        return check(field, *args)
    except ValidationError as err:
        raise ValidationError(field, err.message.replace(field_label(field), label, 1)) from None


def positive_amount(field: str, value: Any, label: str = "Dose amount",
                    hi: float = MAX_DOSE) -> float:
    """A number with 0 < x <= hi ("2", "2,5" and 2.5 pass). Raises ValidationError."""
    message = f"{label} must be more than 0 and at most {_num(hi)}."
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, f"{label} is required.")
    try:
        number = parse_number(field, value)
    except ValidationError:
        raise ValidationError(field, message) from None
    if number is None or not 0 < number <= hi:
        raise ValidationError(field, message)
    return number


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
    "missed_dose_window_hours": lambda f, v: _labelled(
        "Missed-dose window", float_in_range, f, v, 0, 48, "hours"),
    "caregiver_alert_minutes": _opt(lambda f, v: _labelled(
        "Caregiver alert delay (minutes)", int_in_range, f, v, 5, 1440)),
    "notes": lambda f, v: optional_text(f, v, 4000),
}


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate medication fields by name. Raises ValidationError."""
    out = {}
    for key, value in fields.items():
        if key not in _FIELDS:
            raise ValidationError(key, f"{field_label(key)} is not a medication field.")
        out[key] = _FIELDS[key](key, value)
    return out


def _check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            "end_date", f"End date must be on or after the start date ({start.isoformat()}).")


def _times(value: Sequence[str | dt.time] | str) -> list[str]:
    message = "Times of day must be 24-hour times like 08:00 or 20:30 (HH:MM)."
    items = value.replace(",", " ").split() if isinstance(value, str) else value
    out = set()
    for item in items or ():
        if isinstance(item, dt.time):
            out.add(f"{item.hour:02d}:{item.minute:02d}")
            continue
        match = _TIME.fullmatch(item.strip()) if isinstance(item, str) else None
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValidationError("times_of_day", message)
        out.add(f"{int(match[1]):02d}:{match[2]}")
    if len(out) > MAX_TIMES:
        raise ValidationError("times_of_day", f"Times of day can be at most {MAX_TIMES} a day.")
    return sorted(out)


def _weekdays(value: Sequence[int] | None) -> list[int] | None:
    if value is None:
        return None
    message = "Weekdays must be numbers from 0 (Monday) to 6 (Sunday)."
    if isinstance(value, str | bytes) or not value:
        raise ValidationError("weekdays", "Choose at least one weekday, or none for every day.")
    days = set()
    for d in value:
        if isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6:
            raise ValidationError("weekdays", message)
        days.add(d)
    return None if len(days) == 7 else sorted(days)


def clean_schedule(inp: ScheduleInput, default_tz: str, default_start: dt.date | None,
                   now: dt.datetime) -> dict[str, Any]:
    """Validate a ScheduleInput into MedicationSchedule columns. Raises ValidationError."""
    kind = one_of("kind", inp.kind, SCHEDULE_KINDS)
    tz_policy = _labelled("Time zone policy", one_of, "tz_policy", inp.tz_policy, TZ_POLICIES)
    zone = _labelled("Time zone", timezone_name, "timezone", inp.timezone or default_tz)
    start = (parse_date("start_date", inp.start_date) if inp.start_date not in (None, "")
             else default_start or now.astimezone(ZoneInfo(zone)).date())
    end = _opt(parse_date)("end_date", inp.end_date)
    _check_dates(start, end)
    dose = _opt(positive_amount)("dose_amount", inp.dose_amount)
    times = _times(inp.times_of_day)
    weekdays = _weekdays(inp.weekdays)
    interval = _labelled("Interval (days)", int_in_range, "interval_days", inp.interval_days,
                         1, 366)
    prn_interval, prn_max = inp.prn_min_interval_minutes, inp.prn_max_per_day
    if kind == "fixed":
        if not times:
            raise ValidationError("times_of_day", "Times of day: add at least one time, "
                                  "like 08:00, for a medicine taken on a schedule.")
        if weekdays is not None and interval != 1:
            raise ValidationError("interval_days", "Interval (days) must be 1 when weekdays "
                                  "are chosen: pick either weekdays or every N days.")
        if prn_interval is not None or prn_max is not None:
            field = "prn_min_interval_minutes" if prn_interval is not None else "prn_max_per_day"
            raise ValidationError(field, "As-needed limits apply only to as-needed medicines.")
    else:
        if times:
            raise ValidationError("times_of_day", "Times of day must be empty for an "
                                  "as-needed medicine (it has no set times).")
        if weekdays is not None or interval != 1:
            field = "weekdays" if weekdays is not None else "interval_days"
            raise ValidationError(field, "An as-needed medicine has no set days; leave "
                                  "weekdays and the interval empty.")
        prn_interval = _labelled("Minimum time between doses (minutes)", int_in_range,
                                 "prn_min_interval_minutes", prn_interval, 0, 2880)
        prn_max = _labelled("Most doses a day", int_in_range, "prn_max_per_day", prn_max, 1, 48)
    return {"kind": kind, "times_of_day": times, "weekdays": weekdays, "interval_days": interval,
            "start_date": start, "end_date": end, "dose_amount": dose,
            "prn_min_interval_minutes": prn_interval, "prn_max_per_day": prn_max,
            "timezone": zone, "tz_policy": tz_policy}


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
            notes: str | None = None, schedule: ScheduleInput | None = None) -> MedicationView:
        """Add a medicine and its first schedule in one transaction.

        Raises ValidationError (field and allowed range) and NotFoundError (profile).
        """
        fields = clean_fields({
            "name": name, "strength": strength, "form": form, "dose_amount": dose_amount,
            "dose_unit": dose_unit, "route": route, "prescriber": prescriber,
            "instructions": instructions, "start_date": start_date, "end_date": end_date,
            "stock_count": stock_count, "refill_threshold": refill_threshold,
            "missed_dose_window_hours": missed_dose_window_hours,
            "caregiver_alert_minutes": caregiver_alert_minutes, "notes": notes})
        _check_dates(fields["start_date"], fields["end_date"])
        with self._store.write() as s:
            profile = self.require_profile(s, profile_id)
            sched = None if schedule is None else clean_schedule(
                schedule, profile.timezone or "UTC", fields["start_date"], self.now())
            med = Medication(profile_id=profile_id, active=True, **fields)
            s.add(med)
            s.flush()
            sc = None
            if sched is not None:
                sc = MedicationSchedule(profile_id=profile_id, medication_id=med.id, **sched)
                s.add(sc)
                s.flush()
            return to_view(med, sc)

    def update(self, medication_id: str, **fields: Any) -> MedicationView:
        """Change medication fields by name; a field given as None is cleared.

        Raises ValidationError, NotFoundError.
        """
        cleaned = clean_fields(fields)

        def change(med: Medication) -> None:
            _check_dates(cleaned.get("start_date", med.start_date),
                         cleaned.get("end_date", med.end_date))
            for key, value in cleaned.items():
                setattr(med, key, value)

        return self._change(medication_id, change)

    def set_active(self, medication_id: str, active: bool) -> MedicationView:
        """Stop (False) or restart (True) a medicine; stopped ones get no reminders."""
        return self._change(medication_id, lambda med: setattr(med, "active", bool(active)))

    def _change(self, medication_id: str, change: Callable[[Medication], None]) -> MedicationView:
        """Apply ``change`` to the live medication in one transaction."""
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            change(med)
            s.flush()
            return to_view(med, current_schedule(s, med.id))

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
            return to_view(med, sc)

    def get(self, medication_id: str) -> MedicationView:
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            return to_view(med, current_schedule(s, med.id))

    def list(self, profile_id: str, active_only: bool = True) -> list[MedicationView]:
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
            views = [to_view(m, scheds.get(m.id)) for m in meds]
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

    # -- stock ---------------------------------------------------------------------------

    def record_refill(self, medication_id: str, quantity: float | str,
                      at: dt.datetime | str | None = None) -> MedicationView:
        """Add a refill to the stock on hand (sets it when it was unknown).

        ``at`` is checked (not in the future) but there is no refill log yet; the change
        itself is in the audit trail. Raises ValidationError, NotFoundError.
        """
        qty = positive_amount("quantity", quantity, "Refill quantity", MAX_REFILL)
        if at is not None and parse_datetime_utc("at", at) > self.now() + dt.timedelta(minutes=10):
            raise ValidationError("at", "Refill date cannot be in the future.")

        def change(med: Medication) -> None:
            total = (med.stock_count or 0.0) + qty
            if total > MAX_STOCK:
                raise ValidationError("quantity", f"Stock would be {_num(total)}; stock must "
                                      f"be between 0 and {_num(MAX_STOCK)}.")
            med.stock_count = total

        return self._change(medication_id, change)

    def adjust_stock(self, medication_id: str, count: float | str) -> MedicationView:
        """Set the stock to what the person counted."""
        value = float_in_range("stock_count", count, 0, MAX_STOCK)
        return self._change(medication_id, lambda med: setattr(med, "stock_count", value))

    def days_left(self, medication_id: str) -> float | None:
        """Days the stock lasts at the prescribed dose; None when stock or rate is unknown."""
        med = self.get(medication_id)
        sc = med.schedule
        per_day = None if sc is None else sc.occurrences_per_day
        if med.stock_count is None or not per_day:
            return None
        return round(med.stock_count / (sc.dose_amount * per_day), 1)

    def needs_refill(self, medication_id: str) -> bool:
        """True when the stock is at or below the refill threshold."""
        return self.get(medication_id).needs_refill
