"""Adherence: doses taken out of doses scheduled, over periods, streaks and a
week-by-week series, from settled doses.

Only settled doses count: taken, skipped or missed. A dose still upcoming, due, late or
snoozed has not had its chance yet, so it neither helps nor hurts. Days are the
person's local days; a day with no scheduled dose (every-other-day medicines, weekly
ones) neither extends nor breaks a streak.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

PERIODS = (7, 30, 90)
SETTLED = frozenset({"taken", "skipped", "missed"})


@dataclass(frozen=True)
class Adherence:
    """Doses taken out of doses scheduled; ``ratio`` is None when none were scheduled."""

    taken: int
    scheduled: int

    @property
    def ratio(self) -> float | None:
        return None if not self.scheduled else self.taken / self.scheduled

    @property
    def percent(self) -> int | None:
        ratio = self.ratio
        return None if ratio is None else round(ratio * 100)


def adherence(scheduled: Iterable[dt.datetime], taken_for: set[dt.datetime]) -> Adherence:
    """How many of the ``scheduled`` dose times have a "taken" event for them.

    Pass only doses already due (a dose later today is not yet missed), and ``taken_for``
    as the ``scheduled_for`` of live (not undone) "taken" events.
    """
    times = set(scheduled)
    return Adherence(taken=len(times & taken_for), scheduled=len(times))


def combine(parts: Iterable[Adherence]) -> Adherence:
    """Sum adherence over several medicines."""
    taken = scheduled = 0
    for p in parts:
        taken += p.taken
        scheduled += p.scheduled
    return Adherence(taken, scheduled)


def settled_taken(state: str) -> bool | None:
    """True for a taken dose, False for a skipped or missed one, None while still open."""
    if state == "taken":
        return True
    return False if state in SETTLED else None


@dataclass(frozen=True)
class WeekAdherence:
    week_start: dt.date  # a Monday
    taken: int
    scheduled: int

    @property
    def percent(self) -> int | None:
        return None if not self.scheduled else round(100 * self.taken / self.scheduled)


@dataclass(frozen=True)
class AdherenceReport:
    periods: dict[int, Adherence]  # days -> taken of scheduled over the last N days
    current_streak: int  # days in a row, up to today, with every dose taken
    best_streak: int
    weeks: tuple[WeekAdherence, ...]  # oldest first, weeks with a dose only

    def period(self, days: int) -> Adherence:
        return self.periods.get(days, Adherence(0, 0))


def tally_days(outcomes: Iterable[tuple[dt.date, bool]]) -> dict[dt.date, tuple[int, int]]:
    """(local day, taken?) pairs -> {day: (taken, scheduled)}."""
    days: dict[dt.date, list[int]] = {}
    for day, taken in outcomes:
        counts = days.get(day)
        if counts is None:
            counts = days[day] = [0, 0]
        counts[1] += 1
        if taken:
            counts[0] += 1
    return {d: (c[0], c[1]) for d, c in days.items()}


def merge_days(*parts: dict[dt.date, tuple[int, int]]) -> dict[dt.date, tuple[int, int]]:
    """Day tallies of several medicines added together (for "all medicines")."""
    out: dict[dt.date, tuple[int, int]] = {}
    for part in parts:
        for day, (taken, scheduled) in part.items():
            have = out.get(day, (0, 0))
            out[day] = (have[0] + taken, have[1] + scheduled)
    return out


def _streaks(days: dict[dt.date, tuple[int, int]], today: dt.date) -> tuple[int, int]:
    best = run = 0
    for day in sorted(d for d in days if d <= today):
        taken, scheduled = days[day]
        run = run + 1 if taken == scheduled else 0
        best = max(best, run)
    current = 0
    for day in sorted((d for d in days if d <= today), reverse=True):
        taken, scheduled = days[day]
        if taken != scheduled:
            break
        current += 1
    return current, best


def report(days: dict[dt.date, tuple[int, int]], today: dt.date,
           periods: Iterable[int] = PERIODS, weeks: int | None = None) -> AdherenceReport:
    """Adherence over the last N days (today included) for each period, streaks, and the
    series by week (the last ``weeks`` weeks, or all)."""
    spans = sorted(set(periods))
    today_o = today.toordinal()
    firsts = [today_o - n + 1 for n in spans]
    oldest = min(firsts, default=today_o + 1)
    sums = [[0, 0] for _ in spans]
    by_week: dict[int, list[int]] = {}  # Monday's ordinal -> [taken, scheduled]
    for day, (t, s) in days.items():  # one pass, however many periods and weeks
        o = day.toordinal()
        if o > today_o:
            continue
        if o >= oldest:
            for i, first in enumerate(firsts):
                if o >= first:
                    sums[i][0] += t
                    sums[i][1] += s
        monday = o - day.weekday()
        counts = by_week.get(monday)
        if counts is None:
            by_week[monday] = [t, s]
        else:
            counts[0] += t
            counts[1] += s
    out = {n: Adherence(sums[i][0], sums[i][1]) for i, n in enumerate(spans)}
    series = tuple(WeekAdherence(dt.date.fromordinal(m), c[0], c[1])
                   for m, c in sorted(by_week.items()))
    if weeks is not None:
        this_monday = today - dt.timedelta(days=today.weekday())
        since = this_monday - dt.timedelta(weeks=weeks - 1)
        series = tuple(w for w in series if w.week_start >= since)
    current, best = _streaks(days, today)
    return AdherenceReport(out, current, best, series)
