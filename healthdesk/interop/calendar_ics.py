"""Appointments to and from calendar files (.ics, RFC 5545), so they show in a phone's
calendar and visits booked elsewhere arrive here.

Export: one VEVENT per appointment with a stable UID (``<appointment id>@healthdesk``),
so importing the file again into a calendar app updates the events instead of doubling
them; each reminder offset becomes a VALARM. Times are written in UTC.

Import: each VEVENT becomes an appointment whose id is derived from the event's UID (our
own UIDs map back to their appointment), so importing the same file twice adds nothing.
A time with a TZID or Z is honoured; a floating time is read in the person's zone.
Repeating events (RRULE/RDATE) are refused with a reason: HealthDesk keeps single visits,
and guessing how many repeats to make would invent appointments. All-day events have no
time to remind at and are skipped likewise.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.appointments import AppointmentView
from healthdesk.services.errors import NotFoundError
from healthdesk.services.record import HealthRecord

PRODID = "-//HealthDesk//Appointments//EN"
UID_SUFFIX = "@healthdesk"
UID_NAMESPACE = uuid.UUID("6f0c1d2e-8c1b-4f53-9a55-2b7c4a8e1f10")
MAX_BYTES = 20 * 1024 * 1024
MAX_MINUTES = 1440
_OWN_UID = re.compile(r"^([0-9a-f-]{36})" + re.escape(UID_SUFFIX) + "$")
_STATUS = {"scheduled": "CONFIRMED", "completed": "CONFIRMED", "cancelled": "CANCELLED"}


def event_uid(appointment_id: str) -> str:
    return appointment_id + UID_SUFFIX


def _event(a: AppointmentView, person: str | None, stamp: dt.datetime) -> Event:
    e = Event()
    e.add("uid", event_uid(a.id))
    e.add("dtstamp", stamp)
    e.add("dtstart", a.start_at.astimezone(dt.UTC))
    e.add("dtend", a.end_at.astimezone(dt.UTC))
    e.add("summary", f"{a.title} ({person})" if person else a.title)
    if a.place:
        e.add("location", a.place)
    details = [f"With {a.clinician}" if a.clinician else "", a.notes or "",
               f"Visit notes: {a.visit_notes}" if a.visit_notes else ""]
    if any(details):
        e.add("description", "\n".join(d for d in details if d))
    e.add("status", _STATUS.get(a.status, "CONFIRMED"))
    if a.status == "scheduled":
        for minutes in a.reminder_offsets:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Reminder: {a.title}")
            alarm.add("trigger", -dt.timedelta(minutes=minutes))
            e.add_component(alarm)
    return e


def export_ics(record: HealthRecord, profile_ids: list[str] | None = None) -> bytes:
    """Every appointment (any status) of the given people, or of everyone; with more than
    one person each event's title names whose it is."""
    people = ([record.profiles.get(p) for p in profile_ids] if profile_ids
              else record.profiles.all())
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "HealthDesk" if len(people) != 1
            else f"HealthDesk: {people[0].name}")
    stamp = record.now().astimezone(dt.UTC).replace(microsecond=0)
    for p in people:
        for a in record.appointments.for_profile(p.id):
            cal.add_component(_event(a, p.name if len(people) > 1 else None, stamp))
    return cal.to_ical()


@dataclass
class IcsImportReport:
    imported: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (event, why)

    def summary(self) -> str:
        return (f"{len(self.imported)} imported, {len(self.already_there)} already there, "
                f"{len(self.skipped)} skipped")


def appointment_id_for(uid: str) -> str:
    """Our own UIDs map back to their appointment; any other UID to a fixed UUID."""
    own = _OWN_UID.match(uid.strip())
    return own.group(1) if own else str(uuid.uuid5(UID_NAMESPACE, uid.strip()))


def _minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _reminders(e: Event, start: dt.datetime) -> list[int]:
    out: list[int] = []
    for alarm in e.walk("VALARM"):
        trigger = alarm.get("trigger")
        if trigger is None:
            continue
        value = trigger.dt
        if isinstance(value, dt.timedelta):
            if str(trigger.params.get("RELATED", "START")).upper() == "END":
                continue  # after the end: no use as a reminder to go
            before = -_minutes(value)
        elif isinstance(value, dt.datetime) and value.tzinfo is not None:
            before = _minutes(start - value)
        else:
            continue
        if 0 <= before <= 43200:
            out.append(before)
    return sorted(set(out), reverse=True)[:5]


def _label(e: Event) -> str:
    title = str(e.get("summary", "") or "").strip() or "(untitled event)"
    start = e.get("dtstart")
    return f"{title} ({start.dt.isoformat() if start is not None else 'no start'})"


def _import_event(record: HealthRecord, profile_id: str, e: Event,
                  report: IcsImportReport) -> None:
    label = _label(e)
    uid = str(e.get("uid", "") or "").strip()
    if not uid:
        report.skipped.append((label, "it has no UID, so importing it again would double it"))
        return
    if e.get("rrule") is not None or e.get("rdate") is not None:
        report.skipped.append((label, "it repeats (RRULE); HealthDesk keeps single "
                                      "appointments: add each visit on its own"))
        return
    start_prop = e.get("dtstart")
    if start_prop is None:
        report.skipped.append((label, "it has no start time"))
        return
    start = start_prop.dt
    if not isinstance(start, dt.datetime):
        report.skipped.append((label, "it is an all-day event with no time"))
        return
    end_prop, duration = e.get("dtend"), e.get("duration")
    if end_prop is not None and isinstance(end_prop.dt, dt.datetime):
        end = end_prop.dt
        if (end.tzinfo is None) != (start.tzinfo is None):
            end = end.replace(tzinfo=start.tzinfo)
        minutes = _minutes(end - start)
    elif duration is not None:
        minutes = _minutes(duration.dt)
    else:
        minutes = 30
    if not 1 <= minutes <= MAX_MINUTES:
        report.skipped.append((label, f"it lasts {minutes} minutes; an appointment lasts "
                                      f"1 to {MAX_MINUTES}"))
        return
    aid = appointment_id_for(uid)
    try:
        record.appointments.get(aid)
        report.already_there.append(label)
        return
    except NotFoundError:
        pass
    status = str(e.get("status", "") or "").upper()
    try:
        record.appointments.add(
            profile_id, str(e.get("summary", "") or "").strip() or "Appointment",
            start if start.tzinfo is not None else start.replace(tzinfo=None),
            duration_minutes=minutes,
            place=(str(e.get("location")).strip()[:300] or None) if e.get("location")
            else None,
            notes=(str(e.get("description")).strip()[:2000] or None)
            if e.get("description") else None,
            reminder_offsets=_reminders(e, start if start.tzinfo else start.astimezone()),
            id=aid)
    except ValidationError as exc:
        why = ("it was imported before and has since been deleted here"
               if exc.field == "id" else str(exc))
        report.skipped.append((label, why))
        return
    if status == "CANCELLED":
        record.appointments.cancel(aid)
    report.imported.append(label)


def import_ics(record: HealthRecord, profile_id: str, source: Path | bytes
               ) -> IcsImportReport:
    """Import a calendar file's events as ``profile_id``'s appointments."""
    record.profiles.get(profile_id)
    if isinstance(source, Path):
        if not source.is_file():
            raise ValidationError("file", _("No calendar file at {source}.").format(source=source))
        if source.stat().st_size > MAX_BYTES:
            raise ValidationError("file", _("{name} is larger than 20 MB; a calendar of "
                                            "appointments is far smaller.").format(
                                              name=source.name))
        data = source.read_bytes()
    else:
        data = source
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValidationError("file",
            _("This is not a readable iCalendar (.ics) file: {exc}.").format(
                                          exc=exc)) from None
    report = IcsImportReport()
    for cal in calendars:
        for e in cal.walk("VEVENT"):
            _import_event(record, profile_id, e, report)
    return report
