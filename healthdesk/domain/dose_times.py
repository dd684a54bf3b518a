"""When scheduled doses fall, what state each one is in, and adherence arithmetic.

Pure Python (zoneinfo only): the Today page, the medicines list and, later,
the reminder engine all ask the same questions and must get the same answers.

Time-zone rules for a dose time written as a local wall-clock time ("08:00"):

- a time that does not exist on a spring-forward day (it falls in the DST gap) is moved
  forward to the first instant that exists, the moment the clocks jump (02:30 in New York
  on 8 March 2026 becomes 03:00 EDT); two times in the same gap become one dose;
- a time that happens twice on a fall-back day is taken once, at its first occurrence
  (01:30 in New York on 1 November 2026 is 01:30 EDT, not 01:30 EST).

Dose states, for a dose scheduled at ``T`` with a missed-dose window of ``W`` hours:

- "taken" / "skipped": an event (not undone) says so; "missed" also when recorded;
- "snoozed": the latest event is a snooze that has not yet run out;
- "upcoming": more than ``DUE_BEFORE`` (30 min) before ``T``;
- "due": from 30 min before to ``DUE_AFTER`` (30 min) after ``T``; reminders in common
  medicine apps fire in the same half-hour band, so "due" means "take it now";
- "late": after that, while still inside the window (``T + W``): take it, but late;
- "missed": past the window with nothing recorded (the missed-dose rule says skip it).

After a snooze runs out the dose is "due" again for 30 minutes, and the window is
stretched so a snooze never turns a dose straight into "missed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

UTC = dt.UTC
DUE_BEFORE = dt.timedelta(minutes=30)
DUE_AFTER = dt.timedelta(minutes=30)
#: A snooze recorded without its end is taken to last this long.
DEFAULT_SNOOZE = dt.timedelta(minutes=10)
STATES = ("upcoming", "due", "late", "missed", "taken", "skipped", "snoozed")
#: Order for lists: what needs doing now first, what is settled last.
STATE_ORDER = {"late": 0, "due": 1, "snoozed": 2, "upcoming": 3, "missed": 4, "taken": 5,
               "skipped": 6}
STATE_LABELS = {"upcoming": "Upcoming", "due": "Due now", "late": "Late", "missed": "Missed",
                "taken": "Taken", "skipped": "Skipped", "snoozed": "Snoozed"}


class DoseMark(NamedTuple):
    """One logged event as far as states go; a plain 4-tuple works too."""

    action: str
    at: dt.datetime
    scheduled_for: dt.datetime | None
    superseded: bool = False
    snooze_until: dt.datetime | None = None
    ref: str | None = None  # the caller's id for the event (to undo it)


# -- where doses fall --------------------------------------------------------------------


def _parse_time(text: str) -> dt.time:
    hours, _, minutes = text.strip().partition(":")
    return dt.time(int(hours), int(minutes or 0))


def _first_valid_instant(low: dt.datetime, high: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant (UTC) in ``(low, high]`` where the zone's offset changes: the gap's end."""
    after = high.astimezone(zone).utcoffset()
    while high - low > dt.timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(zone).utcoffset() == after:
            high = mid
        else:
            low = mid
    return high.replace(microsecond=0)


def resolve_local(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A wall-clock time in ``zone`` as an aware UTC instant, by the module's DST rules."""
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    u0, u1 = first.astimezone(UTC), second.astimezone(UTC)
    if u0 == u1 or u0.astimezone(zone).replace(tzinfo=None) == naive:
        return u0  # an ordinary time, or an ambiguous one at its first occurrence
    # Nonexistent: fold=1 reads it with the later offset, giving the earlier instant.
    return _first_valid_instant(min(u0, u1), max(u0, u1), zone)


def runs_on(day: dt.date, *, weekdays: Sequence[int] | None, interval_days: int,
            start_date: dt.date, end_date: dt.date | None) -> bool:
    """Whether a schedule has doses on ``day`` (weekdays: 0 = Monday)."""
    if day < start_date or (end_date is not None and day > end_date):
        return False
    if weekdays and day.weekday() not in weekdays:
        return False
    # The same days as dateutil's rrule(DAILY, interval=N, byweekday=...), in O(1).
    return (day - start_date).days % max(1, interval_days) == 0


def occurrences_on(day: dt.date, *, times_of_day: Sequence[str], weekdays: Sequence[int] | None,
                   interval_days: int, start_date: dt.date, end_date: dt.date | None,
                   timezone: str) -> list[dt.datetime]:
    """The scheduled dose times on a local ``day`` of ``timezone``, as aware UTC, sorted."""
    if not runs_on(day, weekdays=weekdays, interval_days=interval_days,
                   start_date=start_date, end_date=end_date):
        return []
    zone = ZoneInfo(timezone)
    found = {resolve_local(dt.datetime.combine(day, _parse_time(t)), zone)
             for t in times_of_day}
    return sorted(found)


def occurrences_between(first_day: dt.date, last_day: dt.date, **rule: object
                        ) -> list[dt.datetime]:
    """Every occurrence on the local days ``first_day..last_day`` (inclusive)."""
    out: list[dt.datetime] = []
    day = first_day
    while day <= last_day:
        out.extend(occurrences_on(day, **rule))  # type: ignore[arg-type]
        day += dt.timedelta(days=1)
    return out


def next_occurrence(after: dt.datetime, *, times_of_day: Sequence[str],
                    weekdays: Sequence[int] | None, interval_days: int, start_date: dt.date,
                    end_date: dt.date | None, timezone: str,
                    horizon_days: int = 400) -> dt.datetime | None:
    """The first scheduled dose strictly after ``after`` (None if none within the horizon)."""
    if not times_of_day:
        return None
    zone = ZoneInfo(timezone)
    day = max(after.astimezone(zone).date(), start_date)
    for _ in range(horizon_days):
        if end_date is not None and day > end_date:
            return None
        for moment in occurrences_on(day, times_of_day=times_of_day, weekdays=weekdays,
                                     interval_days=interval_days, start_date=start_date,
                                     end_date=end_date, timezone=timezone):
            if moment > after:
                return moment
        day += dt.timedelta(days=1)
    return None


def last_day(*ends: dt.date | None) -> dt.date | None:
    """The earliest of the given end dates (a medicine's and its schedule's); None if none."""
    given = [d for d in ends if d is not None]
    return min(given) if given else None


def schedule_zone(tz_policy: str, home_zone: str, current_zone: str | None) -> str:
    """The zone a schedule's times are read in: home, or wherever the device now is."""
    return current_zone if tz_policy == "local" and current_zone else home_zone


# -- states ------------------------------------------------------------------------------


def _marks(events: Iterable[tuple[object, ...]]) -> list[DoseMark]:
    return [e if isinstance(e, DoseMark) else DoseMark(*e) for e in events]  # type: ignore[arg-type]


def deciding_event(scheduled_for: dt.datetime, events: Iterable[tuple[object, ...]]
                   ) -> DoseMark | None:
    """The event that settles this dose: a live "taken" if any, else the latest live one."""
    live = [m for m in _marks(events)
            if m.scheduled_for == scheduled_for and not m.superseded and m.action != "undone"]
    if not live:
        return None
    taken = [m for m in live if m.action == "taken"]
    pool = taken or live
    return max(pool, key=lambda m: m.at)


def dose_state(scheduled_for: dt.datetime, events: Iterable[tuple[object, ...]],
               now: dt.datetime, missed_window_hours: float) -> str:
    """One of STATES for the dose due at ``scheduled_for`` (see the module docstring).

    ``events`` are ``(action, at, scheduled_for, superseded[, snooze_until])`` tuples or
    DoseMark; events for other doses are ignored.
    """
    mark = deciding_event(scheduled_for, events)
    effective = scheduled_for
    if mark is not None:
        if mark.action in ("taken", "skipped", "missed"):
            return mark.action
        if mark.action == "snoozed":
            until = mark.snooze_until or (mark.at + DEFAULT_SNOOZE)
            if now < until:
                return "snoozed"
            effective = until
    window_end = max(scheduled_for + dt.timedelta(hours=missed_window_hours),
                     effective + DUE_AFTER)
    if now < effective - DUE_BEFORE:
        return "upcoming"
    if now <= effective + DUE_AFTER:
        return "due"
    if now <= window_end:
        return "late"
    return "missed"


def needs_action(state: str) -> bool:
    """Whether the person should act on a dose in this state now."""
    return state in ("due", "late")


# -- adherence ---------------------------------------------------------------------------


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
