"""Appointments as .ics: alarms, stable UIDs, idempotent import, zones, refusals."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from healthdesk.interop import calendar_ics
from healthdesk.interop.transfer import Transfer

FOREIGN = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinic//EN
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:20251102T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20260308T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:visit-1@clinic.example
DTSTAMP:20260301T000000Z
DTSTART;TZID=America/New_York:20260402T103000
DTEND;TZID=America/New_York:20260402T111500
SUMMARY:Eye exam
LOCATION:Vision Centre
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-P1D
END:VALARM
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT30M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:visit-2@clinic.example
DTSTAMP:20260301T000000Z
DTSTART:20260405T090000
DURATION:PT20M
SUMMARY:Floating time
END:VEVENT
BEGIN:VEVENT
UID:weekly@clinic.example
DTSTAMP:20260301T000000Z
DTSTART:20260406T090000Z
DTEND:20260406T093000Z
RRULE:FREQ=WEEKLY;COUNT=10
SUMMARY:Physio
END:VEVENT
BEGIN:VEVENT
UID:allday@clinic.example
DTSTAMP:20260301T000000Z
DTSTART;VALUE=DATE:20260410
SUMMARY:Lab closed
END:VEVENT
END:VCALENDAR
"""


def _person(record, name: str = "Asha Rao", zone: str = "Asia/Kolkata") -> str:  # type: ignore[no-untyped-def]
    pid = record.profiles.create(name=name).id
    record.profiles.update(pid, timezone=zone)
    return pid


def test_export_has_alarms_and_stable_uids(record, clock) -> None:  # type: ignore[no-untyped-def]
    pid = _person(record)
    a = record.appointments.add(pid, "Diabetes review", "2026-04-02T10:30",
                                clinician="Dr Mehta", place="City Clinic",
                                reminder_offsets=[1440, 120])
    gone = record.appointments.add(pid, "Old plan", "2026-04-09T10:30")
    record.appointments.cancel(gone.id)
    first = Transfer(record).export_ics([pid])
    clock.advance(days=1)
    again = Transfer(record).export_ics([pid])
    events = {str(e["uid"]): e for e in Calendar.from_ical(first).walk("VEVENT")}
    assert set(events) == {f"{a.id}@healthdesk", f"{gone.id}@healthdesk"}
    assert [str(e["uid"]) for e in Calendar.from_ical(again).walk("VEVENT")] == list(events)
    e = events[f"{a.id}@healthdesk"]
    assert e.decoded("dtstart") == dt.datetime(2026, 4, 2, 5, 0, tzinfo=dt.UTC)
    assert e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(minutes=30)
    assert str(e["location"]) == "City Clinic" and "Dr Mehta" in str(e["description"])
    triggers = sorted(al.decoded("trigger") for al in e.walk("VALARM"))
    assert triggers == [-dt.timedelta(minutes=1440), -dt.timedelta(minutes=120)]
    cancelled = events[f"{gone.id}@healthdesk"]
    assert str(cancelled["status"]) == "CANCELLED" and not cancelled.walk("VALARM")


def test_export_of_everyone_names_the_person(record) -> None:  # type: ignore[no-untyped-def]
    one, two = _person(record, "Asha Rao"), _person(record, "Ravi Rao")
    record.appointments.add(one, "Review", "2026-04-02T10:30")
    record.appointments.add(two, "Dentist", "2026-04-03T10:30")
    cal = Calendar.from_ical(Transfer(record).export_ics())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == [
        "Dentist (Ravi Rao)", "Review (Asha Rao)"]


def test_import_honours_zones_and_is_idempotent(record) -> None:  # type: ignore[no-untyped-def]
    pid = _person(record)
    report = calendar_ics.import_ics(record, pid, FOREIGN)
    assert len(report.imported) == 2 and report.already_there == []
    why = dict(report.skipped)
    assert any("repeats" in w for w in why.values())
    assert any("all-day" in w for w in why.values())
    by_title = {a.title: a for a in record.appointments.for_profile(pid)}
    eye = by_title["Eye exam"]
    assert eye.start_at == dt.datetime(2026, 4, 2, 14, 30, tzinfo=dt.UTC)  # EDT, UTC-4
    assert eye.duration_minutes == 45 and eye.place == "Vision Centre"
    assert eye.reminder_offsets == (1440, 30)
    floating = by_title["Floating time"]  # no zone: the person's (IST, UTC+5:30)
    assert floating.start_at == dt.datetime(2026, 4, 5, 3, 30, tzinfo=dt.UTC)
    assert floating.duration_minutes == 20 and floating.reminder_offsets == ()
    again = calendar_ics.import_ics(record, pid, FOREIGN)
    assert again.imported == [] and len(again.already_there) == 2
    assert len(record.appointments.for_profile(pid)) == 2


def test_own_export_round_trips_and_a_deleted_import_stays_deleted(record) -> None:  # type: ignore[no-untyped-def]
    pid = _person(record)
    a = record.appointments.add(pid, "Review", "2026-04-02T10:30")
    data = calendar_ics.export_ics(record, [pid])
    assert calendar_ics.import_ics(record, pid, data).already_there == [
        "Review (2026-04-02T05:00:00+00:00)"]
    record.appointments.delete(a.id)
    report = calendar_ics.import_ics(record, pid, data)
    assert report.imported == [] and "deleted" in report.skipped[0][1]
    assert record.appointments.for_profile(pid) == []


def test_a_file_that_is_not_a_calendar_is_refused(record, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from healthdesk.domain.errors import ValidationError

    pid = _person(record)
    bad = tmp_path / "notes.ics"
    bad.write_text("hello, this is not a calendar\n")
    with pytest.raises(ValidationError) as err:
        calendar_ics.import_ics(record, pid, bad)
    assert err.value.field == "file"
    assert record.appointments.for_profile(pid) == []
