"""The safety rules around a dose: what to do about a late one, and as-needed limits.

Missed-dose rule (per medicine, ``window_hours``): a late dose is taken only while it is
within that many hours of its time and the next dose is not already due; otherwise it
is skipped. The advice never suggests a double dose: once the next dose is due, the late
one is skipped rather than taken with it.

As-needed (PRN) limits: a minimum time between doses and a most-per-24-hours. Breaking
one is allowed only after the person confirms (the services layer audits that); these
functions say which limits a dose would break and why, in words.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .dose_times import DUE_BEFORE
from .i18n import _, ngettext
from .schedules import format_minutes

DAY = dt.timedelta(hours=24)
TAKE, SKIP, WAIT = "take", "skip", "wait"


def clock_text(moment: dt.datetime, zone: str, reference: dt.datetime) -> str:
    """"08:00", or "2026-03-09 08:00" when not on ``reference``'s local day."""
    tz = ZoneInfo(zone)
    local, ref = moment.astimezone(tz), reference.astimezone(tz)
    text = local.strftime("%H:%M")
    return text if local.date() == ref.date() else f"{local.date().isoformat()} {text}"


@dataclass(frozen=True)
class MissedDoseAdvice:
    action: str  # TAKE, SKIP or WAIT
    message: str


def missed_dose_advice(scheduled_for: dt.datetime, now: dt.datetime, window_hours: float,
                       next_dose: dt.datetime | None, zone: str) -> MissedDoseAdvice:
    """What to do now about the dose due at ``scheduled_for`` that was not taken."""
    when = clock_text(scheduled_for, zone, now)
    if now < scheduled_for - DUE_BEFORE:
        return MissedDoseAdvice(WAIT, _("Not due yet: take it at {time}.").format(time=when))
    late = now - scheduled_for
    if late > dt.timedelta(hours=window_hours):
        hours = ngettext("{n} hour", "{n} hours", math.ceil(window_hours)).format(
            n=f"{window_hours:g}")
        return MissedDoseAdvice(
            SKIP, _("Skip the {time} dose: it is more than {hours} past its time. Take the "
                    "next dose as usual; do not take two doses to make up for it.").format(
                time=when, hours=hours))
    if next_dose is not None and now >= next_dose - DUE_BEFORE:
        return MissedDoseAdvice(
            SKIP, _("Skip the {time} dose: the next one is due now. Do not take two doses "
                    "to make up for it.").format(time=when))
    if next_dose is None:
        return MissedDoseAdvice(TAKE, _("Take the {time} dose now.").format(time=when))
    return MissedDoseAdvice(TAKE, _("Take the {time} dose now. The next dose is at {next}.")
                            .format(time=when, next=clock_text(next_dose, zone, now)))


@dataclass(frozen=True)
class PrnProblem:
    rule: str  # "prn_min_interval" or "prn_max_per_day"
    message: str


def prn_problems(name: str, taken_at: Iterable[dt.datetime], when: dt.datetime,
                 min_interval_minutes: int | None, max_per_day: int | None, zone: str
                 ) -> list[PrnProblem]:
    """The as-needed limits a dose of ``name`` taken at ``when`` would break, given the
    times of the other live doses (undone ones left out by the caller)."""
    others: Sequence[dt.datetime] = sorted(taken_at)
    out: list[PrnProblem] = []
    gap = dt.timedelta(minutes=min_interval_minutes or 0)
    close = [t for t in others if abs(t - when) < gap]
    if close:
        near = min(close, key=lambda t: abs(t - when))
        apart = int(abs(near - when).total_seconds() // 60)
        out.append(PrnProblem(
            "prn_min_interval",
            _("{name} should be taken at least {interval} apart; a dose was taken at "
              "{time}, {apart} from this one.").format(
                name=name, interval=format_minutes(min_interval_minutes or 0),
                time=clock_text(near, zone, when), apart=format_minutes(apart))))
    if max_per_day is not None:
        today = [t for t in others if when - DAY < t <= when]
        if len(today) >= max_per_day:
            out.append(PrnProblem(
                "prn_max_per_day",
                ngettext("{name} should be taken at most {max} time in 24 hours; "
                         "{taken} doses were already taken.",
                         "{name} should be taken at most {max} times in 24 hours; "
                         "{taken} doses were already taken.", max_per_day).format(
                    name=name, max=max_per_day, taken=len(today))))
    return out


def prn_next_allowed(taken_at: Iterable[dt.datetime], now: dt.datetime,
                     min_interval_minutes: int | None, max_per_day: int | None
                     ) -> dt.datetime | None:
    """The first instant from ``now`` on when another dose breaks no limit (``now`` if
    one may be taken now; None only if nothing was taken)."""
    times = sorted(taken_at)
    if not times:
        return None
    moment = now
    for _attempt in range(len(times) + 3):  # each pass clears at least one dose in the way
        later = [moment]
        gap = dt.timedelta(minutes=min_interval_minutes or 0)
        later += [t + gap for t in times if abs(t - moment) < gap]
        if max_per_day is not None:
            window = [t for t in times if moment - DAY < t <= moment]
            if len(window) >= max_per_day:
                later.append(window[len(window) - max_per_day] + DAY)
        nxt = max(later)
        if nxt == moment:
            return moment
        moment = nxt
    return moment
