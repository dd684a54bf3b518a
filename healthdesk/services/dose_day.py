"""The day's doses of one person, with their states: what the Today page, the command
line (``healthdesk doses``) and the reminder engine all show.

Where doses fall is ``domain.schedules``; their states ``domain.dose_times``; what to do
about a late one ``domain.dose_rules``. This module reads the record (medicines, their
current schedules, the day's dose events) with a few plain queries and asks them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from healthdesk.domain.dose_rules import MissedDoseAdvice, missed_dose_advice, prn_next_allowed
from healthdesk.domain.dose_times import STATE_ORDER, DoseMark, deciding_event, dose_state
from healthdesk.domain.schedules import (
    Schedule,
    ZoneTimeline,
    format_dose,
    next_occurrence,
    occurrences,
    resolve_local,
    zone_info,
)
from healthdesk.store.models import DoseEvent, Medication, MedicationSchedule, Profile

from .base import ServiceBase
from .device_state import zone_timeline
from .doses import DoseEventView
from .doses import to_view as event_view
from .medications import schedule_view

DAY = dt.timedelta(days=1)
_UNDO = aliased(DoseEvent)
# Built once: an aliased entity per call costs more than the query it is in.
_UNDONE = exists().where(_UNDO.supersedes == DoseEvent.id, _UNDO.action == "undone")
#: As-needed doses are counted over the last 24 hours, like their daily limit.
PRN_SPAN = dt.timedelta(hours=24)


@dataclass(frozen=True)
class DoseItem:
    """One scheduled dose on the day."""

    profile_id: str
    medication_id: str
    title: str  # "Metformin 500 mg"
    dose_text: str  # "2 tablets"
    instructions: str | None
    scheduled_for: dt.datetime  # UTC
    zone: str  # the zone its time is shown in
    state: str
    event_id: str | None  # the event that settled it (to undo a "taken")
    event: DoseEventView | None = None
    advice: MissedDoseAdvice | None = None  # for a late or missed dose
    urgent: bool = False  # remind even in quiet hours
    window_hours: float = 2.0

    @property
    def key(self) -> tuple[str, dt.datetime]:
        return (self.medication_id, self.scheduled_for)


@dataclass(frozen=True)
class AsNeededItem:
    profile_id: str
    medication_id: str
    title: str
    summary: str
    taken_today: int  # in the last 24 hours
    max_per_day: int | None
    last_taken: dt.datetime | None
    zone: str
    next_allowed: dt.datetime | None = None  # None: nothing in the way now


@dataclass(frozen=True)
class DayDoses:
    profile_id: str
    profile_name: str
    day: dt.date | None  # None: each medicine's own today
    now: dt.datetime
    doses: list[DoseItem] = field(default_factory=list)
    as_needed: list[AsNeededItem] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    """A medicine as the day's doses need it (read once, shared by every question)."""

    med: Any  # a medications row (attribute access, like the ORM entity)
    schedule: Any  # its current medication_schedules row
    rule: Schedule
    title: str
    dose_text: str
    summary: str


def title_of(name: str, strength: str | None) -> str:
    return f"{name} {strength}" if strength else name


_MEDS = Medication.__table__
_SCHEDULES = MedicationSchedule.__table__
_EVENTS = DoseEvent.__table__


def load_plans(s: Session, profile_ids: Sequence[str], active_only: bool = True
               ) -> dict[str, list[Plan]]:
    """Each profile's live medicines with a current schedule, by profile id.

    Read as plain rows (Core, not ORM entities): they have the same attribute names and
    cost a fraction to build, and nothing here writes them back.
    """
    ids = list(profile_ids)
    mq = select(_MEDS).where(_MEDS.c.profile_id.in_(ids), _MEDS.c.deleted.is_(False))
    if active_only:
        mq = mq.where(_MEDS.c.active.is_(True))
    # Plain rows, not ORM objects; schedule_view reads them by attribute all the same.
    meds: dict[str, Any] = {m.id: m for m in s.execute(mq).all()}
    latest: dict[str, Any] = {}
    for sc in s.execute(select(_SCHEDULES).where(
            _SCHEDULES.c.profile_id.in_(ids), _SCHEDULES.c.deleted.is_(False))
            .order_by(_SCHEDULES.c.created_at, _SCHEDULES.c.id)).all():
        if sc.medication_id in meds:
            latest[sc.medication_id] = sc  # ordered by creation: the newest wins
    out: dict[str, list[Plan]] = defaultdict(list)
    for mid, sc in latest.items():
        med = meds[mid]
        view = schedule_view(sc, med)
        rule = view.rule.ending(med.end_date)
        out[med.profile_id].append(Plan(
            med, sc, rule, title_of(med.name, med.strength),
            format_dose(view.dose_amount, med.dose_unit), view.summary))
    for plans in out.values():
        plans.sort(key=lambda p: (p.title.casefold(), p.med.id))
    return out


def local_day_bounds(day: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
    tz = zone_info(zone)
    return (resolve_local(dt.datetime.combine(day, dt.time()), tz),
            resolve_local(dt.datetime.combine(day + DAY, dt.time()), tz))


def view_zone(plan: Plan, timeline: ZoneTimeline | None, now: dt.datetime) -> str:
    """The zone a medicine's times are read (and shown) in right now."""
    if plan.rule.tz_policy == "local" and timeline is not None:
        return timeline.zone_at(now)
    return plan.rule.timezone


def load_events(s: Session, medication_ids: Iterable[str], lo: dt.datetime, hi: dt.datetime
                ) -> tuple[dict[str, list[Any]], set[str]]:
    """Events (dose_events rows) due (``scheduled_for``) or, for as-needed ones, done
    (``at``) in [lo, hi), by medicine; and which of them were undone (asked in the same
    query)."""
    ids = list(medication_ids)
    if not ids:
        return {}, set()
    e = _EVENTS.c
    rows = s.execute(select(_EVENTS, _UNDONE.label("gone")).where(
        e.medication_id.in_(ids), e.deleted.is_(False),
        or_(and_(e.scheduled_for >= lo, e.scheduled_for < hi),
            and_(e.scheduled_for.is_(None), e.at >= lo, e.at < hi)))
        .order_by(e.at, e.id)).all()
    gone = {r.id for r in rows if r.gone}
    by_med: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_med[r.medication_id].append(r)
    return by_med, gone


def marks_of(events: Iterable[Any], gone: set[str]) -> list[DoseMark]:
    return [DoseMark(e.action, e.at, e.scheduled_for, e.id in gone, e.snooze_until, e.id)
            for e in events]


def dose_items(plan: Plan, times: Iterable[dt.datetime], events: list[Any],
               gone: set[str], now: dt.datetime, zone: str,
               timeline: ZoneTimeline | None) -> list[DoseItem]:
    """A DoseItem for each of ``times`` of one medicine."""
    med = plan.med
    marks = marks_of(events, gone)
    by_id = {e.id: e for e in events}
    out = []
    for when in times:
        state = dose_state(when, marks, now, med.missed_dose_window_hours)
        mark = deciding_event(when, marks)
        event = None if mark is None else by_id.get(mark.ref or "")
        advice = None
        if state in ("late", "missed"):
            nxt = next_occurrence(plan.rule, when, timeline, horizon_days=60)
            advice = missed_dose_advice(when, now, med.missed_dose_window_hours, nxt, zone)
        out.append(DoseItem(
            profile_id=med.profile_id, medication_id=med.id, title=plan.title,
            dose_text=plan.dose_text, instructions=med.instructions, scheduled_for=when,
            zone=zone, state=state, event_id=None if mark is None else mark.ref,
            event=None if event is None else event_view(event, med, event.id in gone),
            advice=advice, urgent=bool(med.reminder_urgent),
            window_hours=med.missed_dose_window_hours))
    return out


def sort_doses(items: list[DoseItem]) -> list[DoseItem]:
    """What needs doing first (late, due...), then by time."""
    return sorted(items, key=lambda d: (STATE_ORDER[d.state], d.scheduled_for, d.title))


class DoseDayService(ServiceBase):
    def for_day(self, profile_id: str, day: dt.date | None = None,
                current_zone: str | None = None) -> DayDoses:
        """The doses of ``day`` (each medicine's own local day; default: its today), in
        time order, and the as-needed medicines with how much was taken in 24 hours.

        ``current_zone`` is where the device is now: medicines that follow the person
        read their times there. Raises NotFoundError for an unknown profile.
        """
        return self.for_days([profile_id], day, current_zone)[0]

    def for_days(self, profile_ids: Sequence[str], day: dt.date | None = None,
                 current_zone: str | None = None) -> list[DayDoses]:
        """``for_day`` for several people at once (one read, three queries), in the
        order given. Raises NotFoundError for an unknown profile."""
        now = self.now()
        with self._store.read() as s:
            timeline = zone_timeline(self._store, current_zone, now, s)
            names = {pid: self.require_profile(s, pid).name for pid in profile_ids}
            plans = load_plans(s, list(profile_ids))
            every = [p for pid in profile_ids for p in plans.get(pid, [])]
            windows: dict[str, tuple[str, dt.datetime, dt.datetime]] = {}
            for plan in every:
                zone = view_zone(plan, timeline, now)
                when = day or now.astimezone(zone_info(zone)).date()
                lo, hi = local_day_bounds(when, zone)
                if plan.rule.as_needed:
                    lo, hi = now - PRN_SPAN, now + dt.timedelta(microseconds=1)
                windows[plan.med.id] = (zone, lo, hi)
            lo_all = min((w[1] for w in windows.values()), default=now)
            hi_all = max((w[2] for w in windows.values()), default=now)
            events, gone = load_events(s, windows, lo_all, hi_all)
            out = []
            for pid in profile_ids:
                doses: list[DoseItem] = []
                prn: list[AsNeededItem] = []
                for plan in plans.get(pid, []):
                    zone, lo, hi = windows[plan.med.id]
                    mine = events.get(plan.med.id, [])
                    if plan.rule.as_needed:
                        prn.append(self._as_needed(plan, mine, gone, now, zone))
                        continue
                    times = occurrences(plan.rule, lo, hi, timeline)
                    doses.extend(dose_items(plan, times, mine, gone, now, zone, timeline))
                doses.sort(key=lambda d: (d.scheduled_for, d.title))
                out.append(DayDoses(pid, names[pid], day, now, doses, prn))
        return out

    def between(self, profile_ids: Sequence[str] | None, start: dt.datetime,
                end: dt.datetime, current_zone: str | None = None) -> list[DoseItem]:
        """Scheduled doses due in ``[start, end)`` of these people (default: everyone
        here), with their states now, in time order: what reminders ask about."""
        now = self.now()
        with self._store.read() as s:
            timeline = zone_timeline(self._store, current_zone, now, s)
            ids = list(profile_ids) if profile_ids is not None else list(s.scalars(
                select(Profile.id).where(Profile.deleted.is_(False))))
            plans = [p for mine in load_plans(s, ids).values() for p in mine
                     if not p.rule.as_needed]
            events, gone = load_events(s, [p.med.id for p in plans], start, end)
            out: list[DoseItem] = []
            for plan in plans:
                times = occurrences(plan.rule, start, end, timeline)
                if times:
                    out.extend(dose_items(plan, times, events.get(plan.med.id, []), gone, now,
                                          view_zone(plan, timeline, now), timeline))
        out.sort(key=lambda d: (d.scheduled_for, d.title, d.profile_id))
        return out

    @staticmethod
    def _as_needed(plan: Plan, events: list[Any], gone: set[str], now: dt.datetime,
                   zone: str) -> AsNeededItem:
        taken = [e.at for e in events if e.action == "taken" and e.id not in gone
                 and now - PRN_SPAN < e.at <= now]
        rule = plan.rule
        nxt = prn_next_allowed(taken, now, rule.prn_min_interval_minutes, rule.prn_max_per_day)
        return AsNeededItem(
            profile_id=plan.med.profile_id, medication_id=plan.med.id, title=plan.title,
            summary=plan.summary, taken_today=len(taken), max_per_day=rule.prn_max_per_day,
            last_taken=max(taken, default=None), zone=zone,
            next_allowed=None if nxt is None or nxt <= now else nxt)

    def profile_zone(self, profile_id: str) -> str:
        with self._store.read() as s:
            p = s.get(Profile, profile_id)
            return p.timezone if p is not None and p.timezone else "UTC"
