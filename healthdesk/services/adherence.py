"""Adherence per medicine and overall: the last 7, 30 and 90 days, streaks, and week by
week for a chart (arithmetic in domain/adherence.py).

Each dose is judged against the schedule that was in force when it fell: a medicine's
schedules replace one another (``set_schedule`` keeps the old one as history), so last
month's doses are not counted against this month's times. Years of history are read as
two narrow columns (the times of doses taken) rather than as full event rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from healthdesk.domain.adherence import (
    PERIODS,
    AdherenceReport,
    merge_days,
    report,
    settled_taken,
)
from healthdesk.domain.dose_times import dose_state
from healthdesk.domain.schedules import Schedule, ZoneTimeline, dated_occurrences, zone_info
from healthdesk.store.models import DoseEvent, Medication, MedicationSchedule

from .base import ServiceBase
from .device_state import zone_timeline
from .dose_day import Plan, load_events, load_plans, marks_of, view_zone
from .medications import schedule_view
from .stock import live_taken_clause

#: A dose this long past its time is settled whatever happened (window <= 48 h, and a
#: snooze lasts at most 24 h), so a "taken" event or its absence decides it.
SETTLED_AFTER = dt.timedelta(hours=74)
DEFAULT_WEEKS = 26


@dataclass(frozen=True)
class MedicineAdherence:
    medication_id: str
    title: str
    report: AdherenceReport


@dataclass(frozen=True)
class AdherenceOverview:
    today: dt.date
    overall: AdherenceReport
    medicines: tuple[MedicineAdherence, ...]


def _rules_over_time(s: Session, plan: Plan) -> list[tuple[dt.datetime | None, Schedule]]:
    """(in force from, rule) for each schedule the medicine has had, oldest first; the
    first one holds from the beginning."""
    rows = list(s.scalars(select(MedicationSchedule).where(
        MedicationSchedule.medication_id == plan.med.id)
        .order_by(MedicationSchedule.created_at, MedicationSchedule.id)))
    live = [r for r in rows if r.created_at <= plan.schedule.created_at]
    out: list[tuple[dt.datetime | None, Schedule]] = []
    for i, row in enumerate(live):
        rule = plan.rule if row.id == plan.schedule.id else schedule_view(
            row, plan.med).rule.ending(plan.med.end_date)
        out.append((None if i == 0 else row.created_at, rule))
    return out


def _scheduled(s: Session, plan: Plan, since: dt.datetime, until: dt.datetime,
               timeline: ZoneTimeline | None) -> list[tuple[dt.date, dt.datetime]]:
    """(the person's day, instant) of every dose due, each by the rule then in force."""
    rules = _rules_over_time(s, plan)
    out: list[tuple[dt.date, dt.datetime]] = []
    for i, (begin, rule) in enumerate(rules):
        lo = since if begin is None else max(since, begin)
        hi = until if i + 1 == len(rules) else min(until, rules[i + 1][0] or until)
        if lo < hi and not rule.as_needed:
            out.extend(dated_occurrences(rule, lo, hi, timeline))
    return out


def _taken_times(s: Session, medication_ids: Sequence[str], since: dt.datetime
                 ) -> dict[str, set[dt.datetime]]:
    """``scheduled_for`` of live "taken" events since ``since``, by medicine (read as
    raw text and parsed in bulk: years of doses are tens of thousands of rows)."""
    when = type_coerce(DoseEvent.scheduled_for, String)
    rows = s.execute(select(DoseEvent.medication_id, when).where(
        DoseEvent.medication_id.in_(list(medication_ids)),
        DoseEvent.scheduled_for >= since, live_taken_clause()))
    out: dict[str, set[dt.datetime]] = defaultdict(set)
    parse = dt.datetime.fromisoformat
    for mid, text in rows:
        out[mid].add(parse(text))
    return out


class AdherenceService(ServiceBase):
    def overview(self, profile_id: str, *, weeks: int = DEFAULT_WEEKS,
                 since: dt.date | None = None, current_zone: str | None = None
                 ) -> AdherenceOverview:
        """Every scheduled medicine's adherence and the whole person's, over the last
        7/30/90 days, with streaks and the last ``weeks`` weeks (or every week from
        ``since``). As-needed medicines have no schedule to keep, so they are left out.
        Raises NotFoundError for an unknown profile."""
        now = self.now()
        with self._store.read() as s:
            timeline = zone_timeline(self._store, current_zone, now, s)
            home = self.require_profile(s, profile_id).timezone
            plans = [p for p in load_plans(s, [profile_id]).get(profile_id, [])
                     if not p.rule.as_needed]
            return self._overview(s, plans, now, timeline, weeks, since, home)

    def for_medicine(self, medication_id: str, *, weeks: int = DEFAULT_WEEKS,
                     current_zone: str | None = None) -> MedicineAdherence | None:
        """One medicine's adherence (None when it has no fixed schedule)."""
        now = self.now()
        with self._store.read() as s:
            timeline = zone_timeline(self._store, current_zone, now, s)
            med = self.get_live(s, Medication, medication_id, "medication")
            plans = [p for p in load_plans(s, [med.profile_id], active_only=False).get(
                med.profile_id, []) if p.med.id == medication_id and not p.rule.as_needed]
            if not plans:
                return None
            home = self.require_profile(s, med.profile_id).timezone
            return self._overview(s, plans, now, timeline, weeks, None, home).medicines[0]

    def _overview(self, s: Session, plans: list[Plan], now: dt.datetime,
                  timeline: ZoneTimeline | None, weeks: int, since_day: dt.date | None,
                  home: str | None) -> AdherenceOverview:
        zones = {p.med.id: view_zone(p, timeline, now) for p in plans}
        today = now.astimezone(zone_info(home or next(iter(zones.values()), "UTC"))).date()
        days_back = max(max(PERIODS), weeks * 7 + 7)
        first = since_day or today - dt.timedelta(days=days_back)
        since = dt.datetime.combine(first, dt.time(), dt.UTC) - dt.timedelta(days=1)
        taken = _taken_times(s, list(zones), since)
        recent_from = now - SETTLED_AFTER
        recent, gone = load_events(s, zones, recent_from, now + dt.timedelta(days=1))
        per_med: list[MedicineAdherence] = []
        tallies: list[dict[dt.date, tuple[int, int]]] = []
        for plan in plans:
            med = plan.med
            mine = taken.get(med.id, set())
            marks = marks_of(recent.get(med.id, []), gone)
            window = med.missed_dose_window_hours
            days: dict[dt.date, list[int]] = {}
            for day, when in _scheduled(s, plan, since, now + dt.timedelta(hours=1),
                                        timeline):
                # Up to an hour ahead: a dose taken early (while due) already counts.
                if day < first:
                    continue
                if when in mine:
                    result: bool | None = True
                elif when < recent_from:
                    result = False
                else:
                    result = settled_taken(dose_state(when, marks, now, window))
                if result is None:
                    continue
                counts = days.get(day)
                if counts is None:
                    counts = days[day] = [0, 0]
                counts[1] += 1
                counts[0] += result
            tally = {d: (c[0], c[1]) for d, c in days.items()}
            tallies.append(tally)
            per_med.append(MedicineAdherence(med.id, plan.title, report(
                tally, today, weeks=None if since_day else weeks)))
        overall = report(merge_days(*tallies), today, weeks=None if since_day else weeks)
        return AdherenceOverview(today, overall, tuple(per_med))
