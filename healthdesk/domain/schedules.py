"""Medicine schedules: the rule a person asks for, validated, put in words, and expanded
into dose instants for any window of time.

A schedule says which local days (every day, chosen weekdays, every N days, between a
start and an end date; days come from ``dateutil.rrule``) and which wall-clock times
("08:00") a dose falls on. It is read in one of two ways (``tz_policy``):

- "home": the times are read in the schedule's own zone whatever the device's clock
  says (a transplant patient keeps taking tacrolimus at 08:00 home time abroad);
- "local": the times follow the person (08:00 wherever they are), through a
  ``ZoneTimeline`` of the zones they were in.

One rule covers daylight saving and travel. Each (day, time) slot is a dose that happens
exactly once, at the first instant the person's wall clock reaches it:

- a time the clock jumps over (the spring-forward gap, or flying east) happens at the
  instant of the jump: 02:30 in New York on 8 March 2026 is 03:00 EDT;
- a time the clock shows twice (fall-back, or flying west) happens the first time only;
- two slots that land on the same instant are one dose (``scheduled_for`` names a dose).

As-needed (PRN) schedules have no slots; their limits are checked by ``dose_rules``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, rrule

from .errors import ValidationError
from .i18n import N_, _, ngettext
from .validation import (
    field_label,
    int_in_range,
    one_of,
    parse_date,
    parse_number,
    timezone_name,
)
from .zones import ZoneTimeline as ZoneTimeline
from .zones import resolve_local as resolve_local
from .zones import zone_info as zone_info

UTC = dt.UTC
SCHEDULE_KINDS = ("fixed", "as_needed")
TZ_POLICIES = ("home", "local")
MAX_TIMES = 12
MAX_DOSE = 10_000.0
DAY_NAMES = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
#: How far before a window expansion starts: a wall clock never runs more than a day
#: and a few hours away from UTC, so no slot's fate depends on anything earlier.
LEAD = dt.timedelta(days=2)
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
# Singular and plural msgids per dose unit; ngettext picks the language's form (Hindi
# and Tamil do not pluralise as English does). Other units ("ml", "mg") stay as typed.
_DOSE_WORDS: dict[str, Callable[[int], str]] = {
    "tablet": lambda n: ngettext("{n} tablet", "{n} tablets", n),
    "capsule": lambda n: ngettext("{n} capsule", "{n} capsules", n),
    "puff": lambda n: ngettext("{n} puff", "{n} puffs", n),
    "drop": lambda n: ngettext("{n} drop", "{n} drops", n),
    "patch": lambda n: ngettext("{n} patch", "{n} patches", n),
    "spray": lambda n: ngettext("{n} spray", "{n} sprays", n),
    "suppository": lambda n: ngettext("{n} suppository", "{n} suppositories", n),
    "unit": lambda n: ngettext("{n} unit", "{n} units", n),
    "dose": lambda n: ngettext("{n} dose", "{n} doses", n),
    "sachet": lambda n: ngettext("{n} sachet", "{n} sachets", n),
    "injection": lambda n: ngettext("{n} injection", "{n} injections", n),
    "application": lambda n: ngettext("{n} application", "{n} applications", n),
    "lozenge": lambda n: ngettext("{n} lozenge", "{n} lozenges", n),
    "pen": lambda n: ngettext("{n} pen", "{n} pens", n),
}


# -- the rule ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleInput:
    """What the person asks for; ``clean_schedule`` validates and normalises it."""

    kind: str = "fixed"
    times_of_day: Sequence[str | dt.time] | str = ()
    weekdays: Sequence[int] | None = None
    interval_days: int = 1
    start_date: dt.date | str | None = None
    end_date: dt.date | str | None = None
    dose_amount: float | str | None = None
    prn_min_interval_minutes: int | None = None
    prn_max_per_day: int | None = None
    timezone: str | None = None
    tz_policy: str = "home"


@dataclass(frozen=True)
class Schedule:
    """A validated rule, as expansion needs it (``times_of_day`` sorted "HH:MM")."""

    start_date: dt.date
    times_of_day: tuple[str, ...] = ()
    kind: str = "fixed"
    weekdays: tuple[int, ...] | None = None
    interval_days: int = 1
    end_date: dt.date | None = None
    timezone: str = "UTC"
    tz_policy: str = "home"
    prn_min_interval_minutes: int | None = None
    prn_max_per_day: int | None = None
    _clock: tuple[dt.time, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "times_of_day", tuple(sorted(set(self.times_of_day))))
        if self.weekdays is not None:
            object.__setattr__(self, "weekdays", tuple(sorted(set(self.weekdays))) or None)
        object.__setattr__(self, "_clock", tuple(parse_clock(t) for t in self.times_of_day))

    @property
    def as_needed(self) -> bool:
        return self.kind == "as_needed"

    @property
    def per_day(self) -> float | None:
        """Doses a day averaged over a week; None for as-needed (no prescribed count)."""
        if self.as_needed:
            return None
        share = len(self.weekdays) / 7 if self.weekdays else 1 / self.interval_days
        return len(self.times_of_day) * share

    def ending(self, other_end: dt.date | None) -> Schedule:
        """This rule, stopping at ``other_end`` too (a medicine's own end date)."""
        end = last_day(self.end_date, other_end)
        if end == self.end_date:
            return self
        return Schedule(self.start_date, self.times_of_day, self.kind, self.weekdays,
                        self.interval_days, end, self.timezone, self.tz_policy,
                        self.prn_min_interval_minutes, self.prn_max_per_day)


def parse_clock(text: str) -> dt.time:
    hours, _, minutes = text.strip().partition(":")
    return dt.time(int(hours), int(minutes or 0))


def last_day(*ends: dt.date | None) -> dt.date | None:
    """The earliest of the given end dates (a medicine's and its schedule's); None if none."""
    given = [d for d in ends if d is not None]
    return min(given) if given else None


# -- validation --------------------------------------------------------------------------


def num_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def labelled(label: str, check: Callable[..., Any], field_name: str, *args: Any) -> Any:
    """Run a validator, showing ``label`` instead of the bare field name."""
    try:
        return check(field_name, *args)
    except ValidationError as err:
        raise ValidationError(field_name, err.message.replace(field_label(field_name),
                                                              _(label), 1)) from None


def positive_amount(field_name: str, value: Any, label: str = N_("Dose amount"),
                    hi: float = MAX_DOSE) -> float:
    """A number with 0 < x <= hi ("2", "2,5" and 2.5 pass). Raises ValidationError.

    ``label`` is the English label (marked with ``N_``); it is shown translated."""
    message = _("{field} must be more than 0 and at most {max}.").format(
        field=_(label), max=num_text(hi))
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field_name, _("{field} is required.").format(field=_(label)))
    try:
        number = parse_number(field_name, value)
    except ValidationError:
        raise ValidationError(field_name, message) from None
    if number is None or not 0 < number <= hi:
        raise ValidationError(field_name, message)
    return number


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            "end_date", _("End date must be on or after the start date ({date}).").format(
                date=start.isoformat()))


def _times(value: Sequence[str | dt.time] | str) -> list[str]:
    message = _("Times of day must be 24-hour times like 08:00 or 20:30 (HH:MM).")
    items = value.replace(",", " ").split() if isinstance(value, str) else value
    out = set()
    for item in items or ():
        if isinstance(item, dt.time):
            out.add(f"{item.hour:02d}:{item.minute:02d}")
            continue
        match = _TIME.fullmatch(item.strip()) if isinstance(item, str) else None
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValidationError("times_of_day", message)
        out.add(f"{int(match[1]):02d}:{match[2]}")
    if len(out) > MAX_TIMES:
        raise ValidationError("times_of_day", _("Times of day can be at most {n} a day.")
                              .format(n=MAX_TIMES))
    return sorted(out)


def _weekdays(value: Sequence[int] | None) -> list[int] | None:
    if value is None:
        return None
    message = _("Weekdays must be numbers from 0 (Monday) to 6 (Sunday).")
    if isinstance(value, str | bytes) or not value:
        raise ValidationError("weekdays",
                              _("Choose at least one weekday, or none for every day."))
    days = set()
    for d in value:
        if isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6:
            raise ValidationError("weekdays", message)
        days.add(d)
    return None if len(days) == 7 else sorted(days)


def _optional_date(field_name: str, value: Any) -> dt.date | None:
    return None if value in (None, "") else parse_date(field_name, value)


def clean_schedule(inp: ScheduleInput, default_tz: str, default_start: dt.date | None,
                   now: dt.datetime) -> dict[str, Any]:
    """Validate a ScheduleInput into schedule columns. Raises ValidationError."""
    kind = one_of("kind", inp.kind, SCHEDULE_KINDS)
    tz_policy = labelled(N_("Time zone policy"), one_of, "tz_policy", inp.tz_policy, TZ_POLICIES)
    zone = labelled(N_("Time zone"), timezone_name, "timezone", inp.timezone or default_tz)
    start = (parse_date("start_date", inp.start_date) if inp.start_date not in (None, "")
             else default_start or now.astimezone(ZoneInfo(zone)).date())
    end = _optional_date("end_date", inp.end_date)
    check_dates(start, end)
    dose = (None if inp.dose_amount in (None, "")
            else positive_amount("dose_amount", inp.dose_amount))
    times = _times(inp.times_of_day)
    weekdays = _weekdays(inp.weekdays)
    interval = labelled(N_("Interval (days)"), int_in_range, "interval_days", inp.interval_days,
                        1, 366)
    prn_interval, prn_max = inp.prn_min_interval_minutes, inp.prn_max_per_day
    if kind == "fixed":
        if not times:
            raise ValidationError("times_of_day", _("Times of day: add at least one time, "
                                  "like 08:00, for a medicine taken on a schedule."))
        if weekdays is not None and interval != 1:
            raise ValidationError("interval_days", _("Interval (days) must be 1 when weekdays "
                                  "are chosen: pick either weekdays or every N days."))
        if prn_interval is not None or prn_max is not None:
            name = "prn_min_interval_minutes" if prn_interval is not None else "prn_max_per_day"
            raise ValidationError(name,
                                  _("As-needed limits apply only to as-needed medicines."))
    else:
        if times:
            raise ValidationError("times_of_day", _("Times of day must be empty for an "
                                  "as-needed medicine (it has no set times)."))
        if weekdays is not None or interval != 1:
            name = "weekdays" if weekdays is not None else "interval_days"
            raise ValidationError(name, _("An as-needed medicine has no set days; leave "
                                  "weekdays and the interval empty."))
        prn_interval = labelled(N_("Minimum time between doses (minutes)"), int_in_range,
                                "prn_min_interval_minutes", prn_interval, 0, 2880)
        prn_max = labelled(N_("Most doses a day"), int_in_range, "prn_max_per_day", prn_max, 1, 48)
    return {"kind": kind, "times_of_day": times, "weekdays": weekdays, "interval_days": interval,
            "start_date": start, "end_date": end, "dose_amount": dose,
            "prn_min_interval_minutes": prn_interval, "prn_max_per_day": prn_max,
            "timezone": zone, "tz_policy": tz_policy}


# -- in words ----------------------------------------------------------------------------


def format_dose(amount: float, unit: str) -> str:
    """"1 tablet", "2 tablets", "2.5 ml"."""
    words = _DOSE_WORDS.get(unit)
    if words is None:
        return f"{num_text(amount)} {unit}"
    # A fraction takes the plural in English ("0.5 tablets"); ngettext needs a whole n.
    count = 1 if amount == 1 else max(2, math.ceil(amount))
    return words(count).format(n=num_text(amount))


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("{minutes} min").format(minutes=rest)
    if not rest:
        return _("{hours} h").format(hours=hours)
    return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def _join(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def describe(kind: str, times: Sequence[str], weekdays: Sequence[int] | None, interval: int,
             amount: float, unit: str, prn_interval: int | None, prn_max: int | None,
             end_date: dt.date | None = None) -> str:
    """A schedule in words, e.g. "1 tablet at 08:00 and 20:00, every day"."""
    dose = format_dose(amount, unit)
    if kind == "as_needed":
        parts = [_("{dose}, as needed").format(dose=dose)]
        if prn_interval:
            parts.append(_("at least {interval} apart").format(
                interval=format_minutes(prn_interval)))
        if prn_max:
            parts.append(_("at most {n} a day").format(n=prn_max))
        text = ", ".join(parts)
    elif weekdays:
        text = _("{dose}, {days} at {times}").format(
            dose=dose, days=", ".join(_(DAY_NAMES[d]) for d in weekdays), times=_join(times))
    elif interval > 1:
        text = ngettext("{dose}, every {n} day at {times}", "{dose}, every {n} days at {times}",
                        interval).format(dose=dose, n=interval, times=_join(times))
    else:
        text = _("{dose} at {times}, every day").format(dose=dose, times=_join(times))
    if end_date:
        return _("{schedule}, until {date}").format(schedule=text, date=end_date.isoformat())
    return text


# -- expansion ---------------------------------------------------------------------------


def _aligned_start(start: dt.date, interval: int, first: dt.date) -> dt.date:
    """The first day on or after ``first`` that is a whole number of intervals from the
    start date (so the rrule need not walk years of days to get there)."""
    if first <= start:
        return start
    return start + dt.timedelta(days=-(-(first - start).days // interval) * interval)


#: Longer spans than this take the arithmetic path in ``dose_days`` (years of history
#: for adherence); tests hold it equal to the rrule's answer.
RRULE_SPAN_DAYS = 62


def dose_days(schedule: Schedule, first: dt.date, last: dt.date) -> list[dt.date]:
    """The local days in ``first..last`` (inclusive) the schedule has doses on: its
    ``rrule(DAILY, interval, byweekday)`` from the start date to the end date."""
    if schedule.as_needed or not schedule.times_of_day:
        return []
    return list(_rule_days(schedule.start_date, schedule.weekdays, schedule.interval_days,
                           schedule.end_date, first, last))


@lru_cache(maxsize=8192)
def _rule_days(start: dt.date, weekdays: tuple[int, ...] | None, interval: int,
               end: dt.date | None, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    # Cached: Today, the reminder tick and the CLI ask for the same few windows of the
    # same rules over and over, and building an rrule costs more than the rest.
    last = min(last, end) if end else last
    begin = _aligned_start(start, interval, max(first, start))
    if begin > last:
        return ()
    if (last - begin).days > RRULE_SPAN_DAYS:
        return tuple(_days_by_arithmetic(weekdays, interval, begin, last))
    rule = rrule(DAILY, interval=interval, byweekday=weekdays,
                 dtstart=dt.datetime.combine(begin, dt.time()),
                 until=dt.datetime.combine(last, dt.time()))
    return tuple(d.date() for d in rule)


def _days_by_arithmetic(weekdays: tuple[int, ...] | None, interval: int, begin: dt.date,
                        last: dt.date) -> list[dt.date]:
    """The same days as the rrule, stepping by the interval (about 10x faster)."""
    step = dt.timedelta(days=interval)
    n = (last - begin).days // interval + 1
    days = [begin + i * step for i in range(n)]
    if weekdays:
        wanted = set(weekdays)
        days = [d for d in days if d.weekday() in wanted]
    return days


def runs_on(schedule: Schedule, day: dt.date) -> bool:
    """Whether the schedule has doses on ``day`` (the same days as its rrule, in O(1))."""
    if schedule.as_needed or day < schedule.start_date or (
            schedule.end_date is not None and day > schedule.end_date):
        return False
    if schedule.weekdays and day.weekday() not in schedule.weekdays:
        return False
    return (day - schedule.start_date).days % schedule.interval_days == 0


def _slots(schedule: Schedule, first: dt.date, last: dt.date
           ) -> Iterable[tuple[dt.date, dt.datetime]]:
    for day in dose_days(schedule, first, last):
        for clock in schedule._clock:
            yield day, dt.datetime.combine(day, clock)


def _single_zone(schedule: Schedule, zone: ZoneInfo, first: dt.date, last: dt.date
                 ) -> list[tuple[dt.date, dt.datetime]]:
    """Every slot's (day, instant) in one zone, in order (equal instants only inside a
    DST gap).

    A day whose offset is the same at both ends (no DST change in it) shifts all its
    times by that offset; only the few days with a change resolve each time on its own.
    """
    offsets = [dt.timedelta(hours=c.hour, minutes=c.minute) for c in schedule._clock]
    day_len = dt.timedelta(days=1)
    midnight = dt.time()
    combine, utcoffset = dt.datetime.combine, zone.utcoffset
    out: list[tuple[dt.date, dt.datetime]] = []
    for day in dose_days(schedule, first, last):
        base = combine(day, midnight)
        off = utcoffset(base)
        if off == utcoffset(base + day_len):
            utc_base = combine(day, midnight, UTC) - off  # type: ignore[operator]
            out.extend([(day, utc_base + delta) for delta in offsets])
        else:
            out.extend([(day, resolve_local(base + delta, zone)) for delta in offsets])
    return out


def _instant(slot: tuple[dt.date, dt.datetime]) -> dt.datetime:
    return slot[1]


def _timeline(schedule: Schedule, timeline: ZoneTimeline | None) -> ZoneTimeline:
    if schedule.tz_policy == "local" and timeline is not None:
        return timeline
    return ZoneTimeline.fixed(schedule.timezone)


def occurrences(schedule: Schedule, start: dt.datetime, end: dt.datetime,
                timeline: ZoneTimeline | None = None) -> list[dt.datetime]:
    """Every dose instant ``t`` with ``start <= t < end`` (aware UTC), sorted, each once.

    ``timeline`` says where the person was; it matters only for the "local" policy (the
    "home" policy reads the schedule's own zone). See the module docstring for the rule.
    """
    return [moment for _day, moment in dated_occurrences(schedule, start, end, timeline)]


def dated_occurrences(schedule: Schedule, start: dt.datetime, end: dt.datetime,
                      timeline: ZoneTimeline | None = None
                      ) -> list[tuple[dt.date, dt.datetime]]:
    """``occurrences`` with the person's calendar day each dose belongs to (the day of
    its slot), for counting by day without converting every instant back."""
    if schedule.as_needed or not schedule.times_of_day or end <= start:
        return []
    lead = start - LEAD
    pieces = _timeline(schedule, timeline).segments(lead, end)
    if len(pieces) == 1:  # one zone: each slot is simply where its wall time first shows
        zone = zone_info(pieces[0][2])
        first = start.astimezone(zone).date() - dt.timedelta(days=1)
        last = end.astimezone(zone).date() + dt.timedelta(days=1)
        slots = _single_zone(schedule, zone, first, last)
        lo = bisect_left(slots, start, key=_instant)
        hi = bisect_left(slots, end, key=_instant)
        out = slots[lo:hi]
        if len({m for _, m in out}) != len(out):  # slots that share a DST gap: one dose
            out = [x for i, x in enumerate(out) if i == 0 or x[1] != out[i - 1][1]]
        return out
    found: dict[dt.datetime, dt.date] = {}
    fired: set[tuple[dt.date, dt.datetime]] = set()
    reached: dt.datetime | None = None  # the latest wall time shown so far
    for a, b, name in pieces:
        zone = zone_info(name)
        wall_a = a.astimezone(zone).replace(tzinfo=None)
        wall_b = b.astimezone(zone).replace(tzinfo=None)
        low = wall_a if reached is None else min(wall_a, reached)
        for slot in _slots(schedule, low.date() - dt.timedelta(days=1),
                           wall_b.date() + dt.timedelta(days=1)):
            if slot in fired:
                continue
            wall = slot[1]
            moment = resolve_local(wall, zone)
            if moment < a:
                # Before this zone began: the clock jumped over it on arrival, unless
                # it had been reached already (then it fired, or lies before the lead).
                if reached is None or wall <= reached:
                    continue
                moment = a
            elif moment >= b:
                continue
            fired.add(slot)
            if start <= moment < end:
                found.setdefault(moment, slot[0])
        shown = (b - dt.timedelta(microseconds=1)).astimezone(zone).replace(tzinfo=None)
        reached = shown if reached is None else max(reached, shown)
    return [(found[m], m) for m in sorted(found)]


def occurrences_on(schedule: Schedule, day: dt.date, zone: str | None = None
                   ) -> list[dt.datetime]:
    """The dose instants on a local ``day`` of ``zone`` (default: the schedule's zone)."""
    tz = zone_info(zone or schedule.timezone)
    lo = resolve_local(dt.datetime.combine(day, dt.time()), tz)
    hi = resolve_local(dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), tz)
    fixed = schedule if zone is None or zone == schedule.timezone else Schedule(
        schedule.start_date, schedule.times_of_day, schedule.kind, schedule.weekdays,
        schedule.interval_days, schedule.end_date, zone, "home")
    return occurrences(fixed, lo, hi)


def next_occurrence(schedule: Schedule, after: dt.datetime,
                    timeline: ZoneTimeline | None = None, horizon_days: int = 400
                    ) -> dt.datetime | None:
    """The first dose strictly after ``after`` (None if none within the horizon)."""
    if schedule.as_needed or not schedule.times_of_day:
        return None
    begin = after + dt.timedelta(microseconds=1)
    step = dt.timedelta(days=7)
    limit = after + dt.timedelta(days=horizon_days)
    while begin < limit:
        if schedule.end_date is not None and begin.date() > schedule.end_date + dt.timedelta(
                days=2):
            return None
        found = occurrences(schedule, begin, min(begin + step, limit), timeline)
        if found:
            return found[0]
        begin += step
    return None
