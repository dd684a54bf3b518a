"""Appointments and the calendar on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.appointments import AppointmentsService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import Appointment
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
UTC = dt.UTC


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao", timezone="America/New_York").id


@pytest.fixture
def appts(store: Store) -> AppointmentsService:
    return AppointmentsService(store)


def rows(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Appointment)) or 0)


def test_add_with_defaults_and_local_time(appts: AppointmentsService, pid: str) -> None:
    a = appts.add(pid, " Diabetes review ", "2026-03-20T10:00", clinician="Dr Lee")
    # New York is on daylight time (UTC-4) from 8 March 2026.
    assert a.start_at == dt.datetime(2026, 3, 20, 14, 0, tzinfo=UTC)
    assert (a.title, a.status, a.duration_minutes, a.visit_type) == (
        "Diabetes review", "scheduled", 30, "in_person")
    assert a.reminder_offsets == (1440, 120)
    assert a.reminder_times == (dt.datetime(2026, 3, 19, 14, 0, tzinfo=UTC),
                                dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    assert a.end_at == dt.datetime(2026, 3, 20, 14, 30, tzinfo=UTC)
    assert appts.get(a.id) == a


def test_aware_start_kept_and_offsets_normalised(appts: AppointmentsService, pid: str) -> None:
    a = appts.add(pid, "Eye test", dt.datetime(2026, 4, 2, 9, 0, tzinfo=UTC),
                  reminder_offsets=[60, 1440, 60, 0], visit_type="Video")
    assert a.start_at == dt.datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
    assert a.reminder_offsets == (1440, 60, 0)
    assert a.visit_type == "video"
    assert appts.add(pid, "No reminders", "2026-04-03T09:00Z",
                     reminder_offsets=None).reminder_offsets == ()


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"title": " "}, "title", "Title is required."),
    ({"title": "t" * 201}, "title", "Title must be at most 200 characters"),
    ({"start_at": "next tuesday"}, "start_at", "Start at must be a date and time like"),
    ({"start_at": None}, "start_at", "Start at is required."),
    ({"duration_minutes": 0}, "duration_minutes",
     "Duration minutes must be a whole number between 1 and 1440."),
    ({"duration_minutes": 1441}, "duration_minutes", "between 1 and 1440"),
    ({"visit_type": "spa"}, "visit_type", "Visit type must be one of: in_person, video"),
    ({"reminder_offsets": [43201]}, "reminder_offsets", "between 0 and 43200 (30 days)"),
    ({"reminder_offsets": [-5]}, "reminder_offsets", "between 0 and 43200"),
    ({"reminder_offsets": [1, 2, 3, 4, 5, 6]}, "reminder_offsets", "at most 5 per appointment"),
    ({"reminder_offsets": 60}, "reminder_offsets", "a list of minutes"),
    ({"place": "p" * 301}, "place", "Place must be at most 300 characters"),
    ({"clinician": "c" * 201}, "clinician", "Clinician must be at most 200 characters"),
])
def test_validation_names_field_and_saves_nothing(store: Store, appts: AppointmentsService,
                                                  pid: str, kwargs: dict[str, Any], field: str,
                                                  message: str) -> None:
    args = {"title": "Review", "start_at": "2026-03-20T10:00", **kwargs}
    with pytest.raises(ValidationError) as err:
        appts.add(pid, args.pop("title"), args.pop("start_at"), **args)
    assert err.value.field == field
    assert message in str(err.value)
    assert rows(store) == 0


def test_upcoming_and_past_follow_the_clock(appts: AppointmentsService, pid: str,
                                            clock: Any) -> None:
    now = clock()
    soon = appts.add(pid, "Soon", now + dt.timedelta(days=1))
    later = appts.add(pid, "Later", now + dt.timedelta(days=10))
    earlier = appts.add(pid, "Earlier", now - dt.timedelta(days=3))
    assert [a.title for a in appts.upcoming(pid)] == ["Soon", "Later"]
    assert [a.title for a in appts.upcoming(pid, limit=1)] == ["Soon"]
    assert [a.title for a in appts.past(pid)] == ["Earlier"]
    clock.advance(days=2)
    assert [a.id for a in appts.upcoming(pid)] == [later.id]
    assert [a.id for a in appts.past(pid)] == [soon.id, earlier.id]  # newest first
    assert [a.id for a in appts.past(pid, limit=1)] == [soon.id]
    clock.advance(days=30)
    assert appts.upcoming(pid) == []


def test_cancel_and_complete(appts: AppointmentsService, pid: str, clock: Any) -> None:
    a = appts.add(pid, "Dentist", clock() + dt.timedelta(days=3))
    b = appts.add(pid, "GP", clock() + dt.timedelta(days=4))
    assert appts.cancel(a.id).status == "cancelled"
    assert [x.id for x in appts.upcoming(pid)] == [b.id]
    done = appts.complete(b.id, visit_notes=" Increase metformin to 1 g ")
    assert (done.status, done.visit_notes) == ("completed", "Increase metformin to 1 g")
    assert appts.upcoming(pid) == []
    with pytest.raises(ValidationError) as err:
        appts.cancel(b.id)
    assert err.value.field == "status" and "already completed" in str(err.value)
    assert appts.get(b.id).status == "completed"
    reopened = appts.update(a.id, status="scheduled", start_at="2026-03-20T09:00")
    assert reopened.status == "scheduled"
    assert reopened.start_at == dt.datetime(2026, 3, 20, 13, 0, tzinfo=UTC)


def test_update_changes_fields_and_refuses_bad_ones(appts: AppointmentsService,
                                                    pid: str) -> None:
    a = appts.add(pid, "GP", "2026-03-20T10:00", place="Surgery", notes="bring list")
    u = appts.update(a.id, duration_minutes="45", place=None, reminder_offsets=[30])
    assert (u.duration_minutes, u.place, u.reminder_offsets, u.notes) == (
        45, None, (30,), "bring list")
    with pytest.raises(ValidationError) as err:
        appts.update(a.id, duration_minutes=5000)
    assert err.value.field == "duration_minutes"
    with pytest.raises(ValidationError) as err:
        appts.update(a.id, colour="blue")
    assert err.value.field == "colour"
    with pytest.raises(ValidationError) as err:
        appts.update(a.id, title="Changed", start_at="soon")
    assert err.value.field == "start_at"
    assert appts.get(a.id) == u  # nothing half-written


def test_delete_and_restore(appts: AppointmentsService, pid: str, clock: Any) -> None:
    a = appts.add(pid, "GP", clock() + dt.timedelta(days=1))
    appts.delete(a.id)
    assert appts.upcoming(pid) == []
    assert appts.in_month(pid, 2026, 3) == []
    with pytest.raises(NotFoundError):
        appts.get(a.id)
    assert appts.restore(a.id) == a
    with pytest.raises(NotFoundError):
        appts.add("no-such-profile", "GP", "2026-03-20T10:00")


def test_month_calendar_uses_profile_days(appts: AppointmentsService, pid: str) -> None:
    # 02:00 UTC on 1 April is still 31 March (22:00) in New York.
    edge = appts.add(pid, "Late call", dt.datetime(2026, 4, 1, 2, 0, tzinfo=UTC),
                     visit_type="phone")
    first = appts.add(pid, "Bloods", "2026-03-01T08:00", visit_type="lab")
    twice = appts.add(pid, "GP", "2026-03-17T09:00")
    appts.add(pid, "GP again", "2026-03-17T15:00")
    cancelled = appts.add(pid, "Dentist", "2026-03-24T10:00")
    appts.cancel(cancelled.id)
    appts.add(pid, "April", "2026-04-01T09:00")
    march = appts.in_month(pid, 2026, 3)
    assert [a.title for a in march] == ["Bloods", "GP", "GP again", "Dentist", "Late call"]
    assert march[0].id == first.id and march[1].id == twice.id and march[-1].id == edge.id
    assert appts.days_with_appointments(pid, 2026, 3) == {
        dt.date(2026, 3, 1), dt.date(2026, 3, 17), dt.date(2026, 3, 31)}
    assert appts.days_with_appointments(pid, 2026, 4) == {dt.date(2026, 4, 1)}
    assert appts.days_with_appointments(pid, 2026, 12) == set()
    with pytest.raises(ValidationError) as err:
        appts.in_month(pid, 2026, 13)
    assert err.value.field == "month" and "between 1 and 12" in str(err.value)
