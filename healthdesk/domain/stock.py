"""Stock on hand and when it runs out, derived from append-only facts.

A stock number decremented on every dose loses decrements when two synced devices both
record doses (each writes "29" over "30"). So the stock is never stored as a running
total: it is a counted baseline (how many the person had at ``counted_at``) plus the
refills recorded since, minus the doses taken since. Refills and doses are append-only
events that sync without conflict; a new count simply replaces the baseline.

The forecast uses what the person actually took recently (a medicine taken twice a day
that is really taken once lasts twice as long), and falls back to the prescribed rate
only when there is no recent intake to go on.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

LOOKBACK_DAYS = 14
#: Fewer days of history than this and the prescribed rate is the better guess.
MIN_HISTORY_DAYS = 3


def on_hand(baseline: float | None, counted_at: dt.datetime | None,
            refills: Iterable[tuple[dt.datetime, float]],
            taken: Iterable[tuple[dt.datetime, float]]) -> float | None:
    """Stock now: the baseline plus refills and minus doses after ``counted_at``.

    A count is a snapshot: whatever happened at or before its instant is in it. None when
    the stock is not tracked (no baseline). Never below zero: a dose taken from a pack
    the app did not know about does not make the count negative.
    """
    if baseline is None:
        return None
    since = counted_at
    total = baseline
    total += sum(q for at, q in refills if since is None or at > since)
    total -= sum(q for at, q in taken if since is None or at > since)
    return max(0.0, round(total, 6))


def balance(baseline: float | None, refilled: float, used: float) -> float | None:
    """``on_hand`` when the refills and doses since the count are already summed."""
    if baseline is None:
        return None
    return max(0.0, round(baseline + refilled - used, 6))


@dataclass(frozen=True)
class RefillForecast:
    stock: float | None
    daily_use: float | None  # units a day
    basis: str  # "recent" (actual intake), "prescribed", or "unknown"
    days_left: float | None
    runs_out_on: dt.date | None
    below_threshold: bool

    @property
    def warn(self) -> bool:
        return self.below_threshold


def daily_use(taken: Iterable[tuple[dt.datetime, float]], now: dt.datetime,
              tracking_since: dt.datetime | None, lookback_days: int = LOOKBACK_DAYS
              ) -> float | None:
    """Units a day actually taken over the last ``lookback_days`` (shorter when the
    medicine is newer); None when there are fewer than MIN_HISTORY_DAYS of history."""
    start = now - dt.timedelta(days=lookback_days)
    if tracking_since is not None and tracking_since > start:
        start = tracking_since
    span_days = (now - start).total_seconds() / 86400
    if span_days < MIN_HISTORY_DAYS:
        return None
    amount = sum(q for at, q in taken if start <= at <= now)
    return amount / span_days


def forecast(stock: float | None, threshold: float | None, now: dt.datetime,
             recent_use: float | None, prescribed_per_day: float | None,
             local_today: dt.date) -> RefillForecast:
    """Days left at the recent rate of use (else the prescribed one), and the warning."""
    below = stock is not None and threshold is not None and stock <= threshold
    if recent_use:
        rate, basis = recent_use, "recent"
    elif prescribed_per_day:
        rate, basis = prescribed_per_day, "prescribed"
    else:
        rate, basis = None, "unknown"
    if stock is None or rate is None:
        return RefillForecast(stock, rate, basis, None, None, below)
    days = stock / rate
    runs_out = local_today + dt.timedelta(days=math.floor(days))
    return RefillForecast(stock, rate, basis, round(days, 1), runs_out, below)
