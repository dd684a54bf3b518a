"""What the Today page shows, gathered in one background call.

``load_today`` runs on the database worker (it calls services, never widgets) and
returns plain frozen data; the rules (where doses fall, their states, adherence) are the
domain's (``healthdesk.domain.dose_times``), this module only asks and assembles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from healthdesk.domain.dose_times import (
    STATE_ORDER,
    Adherence,
    DoseMark,
    adherence,
    combine,
    deciding_event,
    dose_state,
    last_day,
    occurrences_on,
    schedule_zone,
)
from healthdesk.services.appointments import AppointmentView
from healthdesk.services.doses import DoseEventView
from healthdesk.services.medications import MedicationView, format_dose
from healthdesk.services.profiles import ProfileView, profile_today
from healthdesk.services.readings import ReadingView
from healthdesk.services.record import HealthRecord

WEEK = 7
#: States that close a dose for adherence: open ones (due, late...) do not count yet.
SETTLED = frozenset({"taken", "skipped", "missed"})


@dataclass(frozen=True)
class DoseItem:
    """One scheduled dose today."""

    medication_id: str
    title: str  # "Metformin 500 mg"
    dose_text: str  # "2 tablets"
    instructions: str | None
    scheduled_for: dt.datetime  # UTC
    zone: str
    state: str
    event_id: str | None  # the event that settled it (to undo a "taken")

    @property
    def key(self) -> tuple[str, dt.datetime]:
        return (self.medication_id, self.scheduled_for)


@dataclass(frozen=True)
class AsNeededItem:
    medication_id: str
    title: str
    summary: str
    taken_today: int
    max_per_day: int | None
    last_taken: dt.datetime | None
    zone: str


@dataclass(frozen=True)
class RefillItem:
    title: str
    stock_text: str
    days_left: float | None


@dataclass(frozen=True)
class TodayData:
    profile: ProfileView
    now: dt.datetime
    today: dt.date
    doses: list[DoseItem] = field(default_factory=list)
    as_needed: list[AsNeededItem] = field(default_factory=list)
    appointments: list[AppointmentView] = field(default_factory=list)
    readings: list[ReadingView] = field(default_factory=list)
    week: Adherence = field(default_factory=lambda: Adherence(0, 0))
    refills: list[RefillItem] = field(default_factory=list)


def title_of(med: MedicationView) -> str:
    return f"{med.name} {med.strength}" if med.strength else med.name


def _marks(events: list[DoseEventView], medication_id: str) -> list[DoseMark]:
    return [DoseMark(e.action, e.at, e.scheduled_for, e.superseded, e.snooze_until, e.id)
            for e in events if e.medication_id == medication_id]


class _Events:
    """events_for_day, asked once per (zone, day)."""

    def __init__(self, record: HealthRecord, profile_id: str) -> None:
        self._record, self._pid = record, profile_id
        self._cache: dict[tuple[str, dt.date], list[DoseEventView]] = {}

    def on(self, zone: str, day: dt.date) -> list[DoseEventView]:
        key = (zone, day)
        if key not in self._cache:
            self._cache[key] = self._record.doses.events_for_day(self._pid, day, zone)
        return self._cache[key]


def _rule(med: MedicationView) -> dict[str, object]:
    sc = med.schedule
    assert sc is not None
    return {"times_of_day": list(sc.times_of_day), "weekdays": sc.weekdays,
            "interval_days": sc.interval_days, "start_date": sc.start_date,
            "end_date": last_day(sc.end_date, med.end_date)}


def _scheduled(med: MedicationView, zone: str, today: dt.date, now: dt.datetime,
               events: _Events) -> tuple[list[DoseItem], Adherence]:
    """Today's doses of a medicine, and its adherence over the last week."""
    rule = _rule(med)
    items: list[DoseItem] = []
    parts: list[Adherence] = []
    for back in range(WEEK):
        day = today - dt.timedelta(days=back)
        marks = _marks(events.on(zone, day), med.id)
        settled: list[dt.datetime] = []
        taken: set[dt.datetime] = set()
        for when in occurrences_on(day, timezone=zone, **rule):  # type: ignore[arg-type]
            state = dose_state(when, marks, now, med.missed_dose_window_hours)
            if state in SETTLED:
                settled.append(when)
                if state == "taken":
                    taken.add(when)
            if back == 0:
                mark = deciding_event(when, marks)
                items.append(DoseItem(
                    medication_id=med.id, title=title_of(med),
                    dose_text=format_dose(med.schedule.dose_amount,  # type: ignore[union-attr]
                                          med.dose_unit),
                    instructions=med.instructions, scheduled_for=when, zone=zone, state=state,
                    event_id=None if mark is None else mark.ref))
        parts.append(adherence(settled, taken))
    return items, combine(parts)


def _as_needed(med: MedicationView, zone: str, today: dt.date, events: _Events
               ) -> AsNeededItem:
    taken = [e for e in events.on(zone, today) if e.medication_id == med.id
             and e.action == "taken" and not e.superseded]
    sc = med.schedule
    assert sc is not None
    return AsNeededItem(
        medication_id=med.id, title=title_of(med), summary=sc.summary,
        taken_today=len(taken), max_per_day=sc.prn_max_per_day,
        last_taken=max((e.at for e in taken), default=None), zone=zone)


def sort_doses(items: list[DoseItem]) -> list[DoseItem]:
    """What needs doing first (late, due...), then by time."""
    return sorted(items, key=lambda d: (STATE_ORDER[d.state], d.scheduled_for, d.title))


def load_today(record: HealthRecord, profile_id: str, current_zone: str | None) -> TodayData:
    """Everything the Today page shows for one person. Runs on the worker thread."""
    profile = record.profiles.get(profile_id)
    now = record.now()
    events = _Events(record, profile_id)
    doses: list[DoseItem] = []
    prn: list[AsNeededItem] = []
    parts: list[Adherence] = []
    refills: list[RefillItem] = []
    for med in record.medications.list(profile_id, active_only=True):
        sc = med.schedule
        if med.needs_refill:
            stock = format_dose(med.stock_count or 0, med.dose_unit)
            refills.append(RefillItem(title_of(med), f"{stock} left",
                                      record.medications.days_left(med.id)))
        if sc is None:
            continue
        zone = schedule_zone(sc.tz_policy, sc.timezone, current_zone)
        today = now.astimezone(ZoneInfo(zone)).date()
        if sc.kind == "as_needed":
            prn.append(_as_needed(med, zone, today, events))
            continue
        items, week = _scheduled(med, zone, today, now, events)
        doses.extend(items)
        parts.append(week)
    latest = sorted(record.readings.latest_per_kind(profile_id).values(),
                    key=lambda r: r.taken_at, reverse=True)
    today = (profile_today(profile.timezone, now) if profile.timezone
             else now.astimezone().date())
    return TodayData(
        profile=profile, now=now, today=today, doses=sort_doses(doses), as_needed=prn,
        appointments=record.appointments.upcoming(profile_id, limit=3), readings=latest[:6],
        week=combine(parts), refills=refills)
