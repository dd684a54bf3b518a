"""Insights: a person's week in numbers, and simple relations worth a doctor's question.

``weekly(profile_id)`` compares the last 7 days with the 7 before them: each reading kind's
average against its normal range (direction and size of the change), the readings out of
range, adherence and missed doses, the symptoms logged and those needing attention.
``missed_dose_relation`` sets the average systolic BP on days after a missed dose beside
the other days. These are observations to take to a clinician, not conclusions: no
causes are claimed. ``answer_history`` lists the assistant's recent answers (intent, what
they cited, how long they took) from the chat messages' metadata.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from healthdesk.domain.measurements import KINDS
from healthdesk.domain.ranges import Category, normal_band

from .symptoms import SymptomView

if TYPE_CHECKING:
    from .record import HealthRecord

WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class KindTrend:
    kind: str
    label: str
    unit: str
    count: int
    mean: float
    previous_mean: float | None
    change: float | None  # mean minus the previous week's
    direction: str  # "up", "down", "steady", "new"
    band: tuple[float, float] | None
    out_of_range: int
    daily: tuple[tuple[dt.date, float], ...]  # day, mean (for the chart)


@dataclass(frozen=True)
class WeeklySummary:
    profile_id: str
    start: dt.datetime
    end: dt.datetime
    trends: tuple[KindTrend, ...]
    doses_due: int
    doses_taken: int
    missed: int
    skipped: int
    symptoms: int
    attention: tuple[SymptomView, ...]

    @property
    def adherence_percent(self) -> int | None:
        settled = self.doses_taken + self.missed + self.skipped
        return None if not settled else round(100 * self.doses_taken / settled)


@dataclass(frozen=True)
class Relation:
    """Average systolic BP on days after a missed dose, and on the other days."""

    days_after_missed: int
    mean_after_missed: float | None
    other_days: int
    mean_other: float | None

    @property
    def difference(self) -> float | None:
        if self.mean_after_missed is None or self.mean_other is None:
            return None
        return round(self.mean_after_missed - self.mean_other, 1)


@dataclass(frozen=True)
class PastAnswer:
    message_id: str
    asked_at: dt.datetime
    intent: str
    sources: int
    response_ms: float


def _steady(change: float, mean: float) -> bool:
    return abs(change) < 0.02 * abs(mean)


def weekly(r: HealthRecord, profile_id: str) -> WeeklySummary:
    """The last 7 days (up to now) against the 7 before."""
    now = r.now()
    start, prev = now - WEEK, now - 2 * WEEK
    zone = ZoneInfo(r.profiles.get(profile_id).timezone or "UTC")
    trends = []
    for kind, spec in KINDS.items():
        rows = r.readings.for_profile(profile_id, kind, start=start, end=now, newest_first=False)
        if not rows:
            continue
        c = spec.components[0]
        vals = [v.values[c.name] for v in rows]
        mean = round(statistics.fmean(vals), c.decimals + 1)
        before = r.readings.series(profile_id, kind, start=prev, end=start)[1][c.name]
        pmean = round(statistics.fmean(before), c.decimals + 1) if before else None
        change = None if pmean is None else round(mean - pmean, c.decimals + 1)
        direction = ("new" if change is None else "steady" if _steady(change, mean)
                     else "up" if change > 0 else "down")
        per_day: dict[dt.date, list[float]] = {}
        for v in rows:
            per_day.setdefault(v.taken_at.astimezone(zone).date(), []).append(v.values[c.name])
        contexts = {v.context for v in rows}
        band = normal_band(kind, c.name, contexts.pop() if len(contexts) == 1 else None)
        bad = sum(1 for v in rows if v.classification.level not in (None, Category.NORMAL))
        trends.append(KindTrend(kind, spec.label, spec.unit_of(c), len(rows), mean, pmean,
                                change, direction, band, bad,
                                tuple((d, round(statistics.fmean(vs), c.decimals + 1))
                                      for d, vs in sorted(per_day.items()))))
    doses = r.dose_day.between([profile_id], start, now)
    states = [d.state for d in doses]
    symptoms = r.symptoms.for_profile(profile_id, start=start, end=now + dt.timedelta(minutes=10))
    return WeeklySummary(profile_id, start, now, tuple(trends), len(doses),
                         states.count("taken"), states.count("missed"), states.count("skipped"),
                         len(symptoms), tuple(s for s in symptoms if s.requires_attention))


def missed_dose_relation(r: HealthRecord, profile_id: str, days: int = 90) -> Relation:
    """Systolic BP on the local day after a day with a missed dose, against other days."""
    now = r.now()
    start = now - dt.timedelta(days=days)
    zone = ZoneInfo(r.profiles.get(profile_id).timezone or "UTC")
    missed_days = {d.scheduled_for.astimezone(zone).date()
                   for d in r.dose_day.between([profile_id], start, now) if d.state == "missed"}
    times, series = r.readings.series(profile_id, "blood_pressure", start=start, end=now)
    after: dict[dt.date, list[float]] = {}
    other: dict[dt.date, list[float]] = {}
    for t, v in zip(times, series.get("systolic", []), strict=False):
        day = t.astimezone(zone).date()
        (after if day - dt.timedelta(days=1) in missed_days else other).setdefault(
            day, []).append(v)

    def mean(groups: dict[dt.date, list[float]]) -> float | None:
        vals = [v for vs in groups.values() for v in vs]
        return round(statistics.fmean(vals), 1) if vals else None

    return Relation(len(after), mean(after), len(other), mean(other))


def answer_history(r: HealthRecord, profile_id: str, limit: int = 20) -> list[PastAnswer]:
    """The assistant's latest answers for this person, newest first."""
    out: list[PastAnswer] = []
    for session in r.chat.sessions(profile_id, kind="assistant"):
        for m in r.chat.messages(session.id, limit=limit):
            if m.role == "assistant" and m.metadata:
                out.append(PastAnswer(m.id, m.sent_at, str(m.metadata.get("intent", "")),
                                      len(m.metadata.get("sources", [])),
                                      float(m.metadata.get("response_ms", 0.0))))
    out.sort(key=lambda a: (a.asked_at, a.message_id), reverse=True)
    return out[:limit]
