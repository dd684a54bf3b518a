"""Appointments: plan, reschedule, cancel, complete, and the calendar's view of them.

Times are stored in UTC; a time typed without an offset is read in the profile's zone
(this computer's zone when the profile has none), and calendar days are that zone's days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    int_in_range,
    one_of,
    optional_text,
    parse_datetime_utc,
    require_text,
)
from healthdesk.store.models import Appointment, Profile
from healthdesk.store.models.appointments import APPOINTMENT_STATUSES, VISIT_TYPES

from .base import ServiceBase
from .errors import NotFoundError

MAX_OFFSET = 43_200  # 30 days, in minutes
MAX_REMINDERS = 5
MAX_NOTES = 5000
MAX_VISIT_NOTES = 20_000
UPDATABLE = frozenset({"title", "start_at", "duration_minutes", "clinician", "place",
                       "visit_type", "notes", "visit_notes", "reminder_offsets", "status"})


@dataclass(frozen=True)
class AppointmentView:
    id: str
    profile_id: str
    title: str
    clinician: str | None
    place: str | None
    start_at: dt.datetime
    duration_minutes: int
    visit_type: str
    status: str
    notes: str | None
    visit_notes: str | None
    reminder_offsets: tuple[int, ...]  # minutes before start, largest first

    @property
    def end_at(self) -> dt.datetime:
        return self.start_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def reminder_times(self) -> tuple[dt.datetime, ...]:
        """When to remind, earliest first."""
        return tuple(self.start_at - dt.timedelta(minutes=m) for m in self.reminder_offsets)


def to_view(a: Appointment) -> AppointmentView:
    return AppointmentView(
        id=a.id, profile_id=a.profile_id, title=a.title, clinician=a.clinician, place=a.place,
        start_at=a.start_at, duration_minutes=a.duration_minutes, visit_type=a.visit_type,
        status=a.status, notes=a.notes, visit_notes=a.visit_notes,
        reminder_offsets=tuple(a.reminder_offsets or ()),
    )


def reminder_offsets(value: Iterable[Any] | None) -> list[int]:
    """Minutes before the start, de-duplicated, largest first. Raises ValidationError."""
    if value is None:
        return []
    if isinstance(value, str | bytes | int):
        raise ValidationError("reminder_offsets", _("Reminders must be a list of minutes "
                              "before the appointment."))
    out = set()
    for item in value:
        try:
            out.add(int_in_range("reminder_offsets", item, 0, MAX_OFFSET))
        except ValidationError:
            raise ValidationError(
                "reminder_offsets", _("Each reminder must be a whole number of minutes before "
                                      "the appointment, between 0 and "
                                      "{max_offset} (30 days).").format(
                                        max_offset=MAX_OFFSET)) from None
    if len(out) > MAX_REMINDERS:
        raise ValidationError("reminder_offsets",
                              _("Reminders: at most {max_reminders} per appointment.").format(
                                  max_reminders=MAX_REMINDERS))
    return sorted(out, reverse=True)


_CLEAN: dict[str, Callable[[Any], Any]] = {
    "title": lambda v: require_text("title", v, 200),
    "clinician": lambda v: optional_text("clinician", v, 200),
    "place": lambda v: optional_text("place", v, 300),
    "duration_minutes": lambda v: int_in_range("duration_minutes", v, 1, 1440),
    "visit_type": lambda v: one_of("visit_type", v, VISIT_TYPES),
    "notes": lambda v: optional_text("notes", v, MAX_NOTES),
    "visit_notes": lambda v: optional_text("visit_notes", v, MAX_VISIT_NOTES),
    "reminder_offsets": reminder_offsets,
    "status": lambda v: one_of("status", v, APPOINTMENT_STATUSES),
}


def _zone(profile: Profile | None) -> ZoneInfo | None:
    """The profile's zone; None means this computer's zone."""
    return ZoneInfo(profile.timezone) if profile is not None and profile.timezone else None


def _local(moment: dt.datetime, zone: ZoneInfo | None) -> dt.datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _month_bounds(year: int, month: int, zone: ZoneInfo | None) -> tuple[dt.datetime, dt.datetime]:
    y = int_in_range("year", year, 1900, 2200)
    m = int_in_range("month", month, 1, 12)
    first = dt.datetime(y, m, 1)
    after = dt.datetime(y + (m == 12), m % 12 + 1, 1)
    if zone is None:
        return first.astimezone().astimezone(dt.UTC), after.astimezone().astimezone(dt.UTC)
    return (first.replace(tzinfo=zone).astimezone(dt.UTC),
            after.replace(tzinfo=zone).astimezone(dt.UTC))


class AppointmentsService(ServiceBase):
    def add(self, profile_id: str, title: str, start_at: dt.datetime | str, *,
            duration_minutes: int = 30, clinician: str | None = None, place: str | None = None,
            visit_type: str = "in_person", notes: str | None = None,
            reminder_offsets: Iterable[int] | None = (1440, 120),
            id: str | None = None) -> AppointmentView:
        """Plan an appointment. A naive ``start_at`` is read in the profile's zone.
        ``id`` is for imports that must stay idempotent (a calendar event's UID); an id
        already used, even by a deleted appointment, is refused.

        Raises ValidationError (field and allowed range), NotFoundError (profile).
        """
        fields = {k: _CLEAN[k](v) for k, v in {
            "title": title, "duration_minutes": duration_minutes, "clinician": clinician,
            "place": place, "visit_type": visit_type, "notes": notes,
            "reminder_offsets": reminder_offsets}.items()}
        with self._store.write() as s:
            profile = self.require_profile(s, profile_id)
            when = parse_datetime_utc("start_at", start_at, _zone(profile))
            if id is not None and s.get(Appointment, id) is not None:
                raise ValidationError("id", _("An appointment with this id is already in the "
                                            "record (it may have been deleted)."))
            extra = {} if id is None else {"id": id}
            a = Appointment(profile_id=profile_id, start_at=when, status="scheduled",
                            **fields, **extra)
            s.add(a)
            s.flush()
            return to_view(a)

    def update(self, appointment_id: str, **fields: Any) -> AppointmentView:
        """Change fields by name (None clears an optional one); moving ``start_at`` keeps
        the status. Raises ValidationError, NotFoundError."""
        for key in fields:
            if key not in UPDATABLE:
                raise ValidationError(key, _("{key} is not an appointment field; allowed: "
                                             "{sorted}.").format(
                                               key=key, sorted=', '.join(sorted(UPDATABLE))))
        cleaned = {k: _CLEAN[k](v) for k, v in fields.items() if k != "start_at"}
        with self._store.write() as s:
            a = self.get_live(s, Appointment, appointment_id, "appointment")
            if "start_at" in fields:
                cleaned["start_at"] = parse_datetime_utc(
                    "start_at", fields["start_at"], _zone(s.get(Profile, a.profile_id)))
            for key, value in cleaned.items():
                setattr(a, key, value)
            s.flush()
            return to_view(a)

    def cancel(self, appointment_id: str) -> AppointmentView:
        """Mark it cancelled (kept in the calendar's history, no more reminders)."""
        return self._set_status(appointment_id, "cancelled", None)

    def complete(self, appointment_id: str, visit_notes: str | None = None) -> AppointmentView:
        """Mark it done, optionally with what was said at the visit."""
        return self._set_status(appointment_id, "completed",
                                optional_text("visit_notes", visit_notes, MAX_VISIT_NOTES))

    def _set_status(self, appointment_id: str, status: str,
                    visit_notes: str | None) -> AppointmentView:
        with self._store.write() as s:
            a = self.get_live(s, Appointment, appointment_id, "appointment")
            if a.status in ("cancelled", "completed") and a.status != status:
                raise ValidationError("status", _("This appointment is already {status}; set "
                                                  "its status back to scheduled first.").format(
                                                    status=a.status))
            a.status = status
            if visit_notes is not None:
                a.visit_notes = visit_notes
            s.flush()
            return to_view(a)

    def delete(self, appointment_id: str) -> None:
        with self._store.write() as s:
            self.get_live(s, Appointment, appointment_id, "appointment").deleted = True

    def restore(self, appointment_id: str) -> AppointmentView:
        """Undo a delete."""
        with self._store.write() as s:
            a = s.get(Appointment, appointment_id)
            if a is None:
                raise NotFoundError("appointment", appointment_id)
            a.deleted = False
            s.flush()
            return to_view(a)

    def get(self, appointment_id: str) -> AppointmentView:
        with self._store.read() as s:
            return to_view(self.get_live(s, Appointment, appointment_id, "appointment"))

    def _query(self, s: Session, profile_id: str, *conds: Any, newest_first: bool = False,
               limit: int | None = None) -> list[AppointmentView]:
        order = Appointment.start_at.desc() if newest_first else Appointment.start_at.asc()
        q = (select(Appointment)
             .where(Appointment.profile_id == profile_id, Appointment.deleted.is_(False), *conds)
             .order_by(order, Appointment.id))
        if limit is not None:
            q = q.limit(limit)
        return [to_view(a) for a in s.scalars(q)]

    def for_profile(self, profile_id: str) -> list[AppointmentView]:
        """Every appointment of the person, any status, oldest first."""
        with self._store.read() as s:
            return self._query(s, profile_id)

    def upcoming(self, profile_id: str, limit: int | None = None) -> list[AppointmentView]:
        """Scheduled appointments starting now or later, soonest first."""
        with self._store.read() as s:
            return self._query(s, profile_id, Appointment.status == "scheduled",
                               Appointment.start_at >= self.now(), limit=limit)

    def past(self, profile_id: str, limit: int | None = None) -> list[AppointmentView]:
        """Appointments that started before now, whatever their status, newest first."""
        with self._store.read() as s:
            return self._query(s, profile_id, Appointment.start_at < self.now(),
                               newest_first=True, limit=limit)

    def in_month(self, profile_id: str, year: int, month: int) -> list[AppointmentView]:
        """Every appointment (any status) starting in that month of the profile's zone."""
        with self._store.read() as s:
            zone = _zone(self.require_profile(s, profile_id))
            lo, hi = _month_bounds(year, month, zone)
            return self._query(s, profile_id, Appointment.start_at >= lo,
                               Appointment.start_at < hi)

    def days_with_appointments(self, profile_id: str, year: int, month: int) -> set[dt.date]:
        """Local days of the month holding an appointment that is not cancelled."""
        with self._store.read() as s:
            zone = _zone(self.require_profile(s, profile_id))
            lo, hi = _month_bounds(year, month, zone)
            rows = self._query(s, profile_id, Appointment.start_at >= lo,
                               Appointment.start_at < hi, Appointment.status != "cancelled")
        return {_local(a.start_at, zone).date() for a in rows}
