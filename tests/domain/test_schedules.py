"""Schedule expansion for any window: days (rrule), DST, travel, window boundaries.

The property tests compare against a brute-force oracle that walks the person's wall
clock minute by minute (every zone offset, DST shift and dose time is a whole number of
minutes) and fires each (day, time) slot the first minute the clock has reached it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.schedules import (
    Schedule,
    ScheduleInput,
    ZoneTimeline,
    clean_schedule,
    describe,
    dose_days,
    next_occurrence,
    occurrences,
    occurrences_on,
    runs_on,
)

UTC = dt.UTC
D = dt.date
ZONES = ("America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe")
MINUTE = dt.timedelta(minutes=1)
NOW = dt.datetime(2026, 3, 10, 9, tzinfo=UTC)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def sched(times: tuple[str, ...], zone: str = "UTC", **kw: object) -> Schedule:
    kw.setdefault("start_date", D(2025, 1, 1))
    return Schedule(times_of_day=times, timezone=zone, **kw)  # type: ignore[arg-type]


# -- the oracle --------------------------------------------------------------------------


def _day_ok(s: Schedule, day: dt.date) -> bool:
    if day < s.start_date or (s.end_date and day > s.end_date):
        return False
    if s.weekdays and day.weekday() not in s.weekdays:
        return False
    return (day - s.start_date).days % s.interval_days == 0


def oracle(s: Schedule, start: dt.datetime, end: dt.datetime, timeline: ZoneTimeline
           ) -> list[dt.datetime]:
    lead = start - dt.timedelta(days=2)
    zones = {z: ZoneInfo(z) for _, z in timeline.changes}

    def wall(x: dt.datetime) -> dt.datetime:
        return x.astimezone(zones[timeline.zone_at(x)]).replace(tzinfo=None)

    reached = wall(lead)
    slots = sorted(dt.datetime.combine(lead.date() + dt.timedelta(days=i),
                                       dt.time.fromisoformat(t))
                   for i in range(-2, (end - lead).days + 4)
                   if _day_ok(s, lead.date() + dt.timedelta(days=i))
                   for t in s.times_of_day)
    slots = [w for w in slots if w > reached]
    out: set[dt.datetime] = set()
    x, i = lead, 0
    while x < end and i < len(slots):
        w = wall(x)
        if w > reached:
            reached = w
            while i < len(slots) and slots[i] <= reached:
                if start <= x:
                    out.add(x)
                i += 1
        x += MINUTE
    return sorted(out)


# -- strategies --------------------------------------------------------------------------

times_st = st.lists(st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23),
                              st.sampled_from((0, 15, 30, 45, 5, 59))),
                    min_size=1, max_size=4).map(lambda ts: tuple(sorted(set(ts))))
# Windows around the 2026 DST changes of the four zones, and ordinary days.
anchors = st.sampled_from((utc(2026, 3, 8, 6), utc(2026, 11, 1, 5), utc(2026, 3, 29, 0),
                           utc(2026, 10, 25, 0), utc(2026, 4, 4, 14), utc(2026, 10, 3, 15),
                           utc(2026, 6, 15, 12)))


@st.composite
def schedules(draw: st.DrawFn, policy: str = "home", near: dt.date = D(2026, 6, 1)
              ) -> Schedule:
    """Mostly running around ``near`` (a window's first day), so windows hold doses."""
    zone = draw(st.sampled_from(ZONES))
    weekdays = draw(st.none() | st.none() | st.sets(st.integers(0, 6), min_size=1,
                                                    max_size=6))
    interval = 1 if weekdays else draw(st.sampled_from((1, 1, 2, 3)))
    start = near - dt.timedelta(days=draw(st.integers(-2, 20)))
    end = draw(st.none() | st.none() | st.integers(0, 6).map(
        lambda n: start + dt.timedelta(days=n)))
    return Schedule(start, draw(times_st), "fixed",
                    None if weekdays is None else tuple(sorted(weekdays)), interval, end, zone,
                    policy)


@st.composite
def windows(draw: st.DrawFn) -> tuple[dt.datetime, dt.datetime]:
    anchor = draw(anchors)
    start = anchor + dt.timedelta(minutes=draw(st.integers(-36 * 60, 12 * 60)))
    return start, start + dt.timedelta(minutes=draw(st.integers(1, 60 * 60)))


@st.composite
def travels(draw: st.DrawFn, start: dt.datetime, end: dt.datetime) -> ZoneTimeline:
    first = draw(st.sampled_from(ZONES))
    span = int((end - start).total_seconds() // 60) + 24 * 60
    moves = draw(st.lists(st.tuples(st.integers(-24 * 60, span), st.sampled_from(ZONES)),
                          max_size=3))
    return ZoneTimeline(((dt.datetime.min.replace(tzinfo=UTC), first),
                         *((start + dt.timedelta(minutes=m), z) for m, z in moves)))


# -- properties --------------------------------------------------------------------------


@given(data=st.data(), window=windows())
def test_home_zone_expansion_matches_the_wall_clock_oracle(
        data: st.DataObject, window: tuple[dt.datetime, dt.datetime]) -> None:
    start, end = window
    s = data.draw(schedules("home", start.date()))
    got = occurrences(s, start, end)
    assert got == oracle(s, start, end, ZoneTimeline.fixed(s.timezone))
    assert all(start <= t < end and t.tzinfo is UTC for t in got)
    assert got == sorted(set(got))  # ordered, no duplicates


@given(data=st.data(), window=windows())
def test_travelling_never_skips_or_doubles_a_dose(
        data: st.DataObject, window: tuple[dt.datetime, dt.datetime]) -> None:
    start, end = window
    s = data.draw(schedules("local", start.date()))
    timeline = data.draw(travels(start, end))
    got = occurrences(s, start, end, timeline)
    assert got == oracle(s, start, end, timeline)
    assert got == sorted(set(got))


@given(data=st.data(), window=windows(), cut=st.floats(0, 1))
def test_a_window_split_in_two_gives_the_same_doses(
        data: st.DataObject, window: tuple[dt.datetime, dt.datetime], cut: float) -> None:
    start, end = window
    s = data.draw(schedules("local", start.date()))
    timeline = data.draw(travels(start, end))
    middle = start + (end - start) * cut
    whole = occurrences(s, start, end, timeline)
    assert whole == occurrences(s, start, middle, timeline) + occurrences(
        s, middle, end, timeline)


@given(data=st.data(), day=st.integers(0, 400))
def test_each_local_day_has_each_distinct_time_once(data: st.DataObject, day: int) -> None:
    when = D(2026, 1, 1) + dt.timedelta(days=day)
    s = data.draw(schedules("home", when))
    got = occurrences_on(s, when)
    zone = ZoneInfo(s.timezone)
    expected_slots = len(s.times_of_day) if runs_on(s, when) else 0
    # Only slots that share a DST gap collapse into one instant, so never more than asked.
    assert len(got) <= expected_slots
    assert all(t.astimezone(zone).date() == when for t in got)
    if expected_slots and all(dt.datetime.combine(when, dt.time.fromisoformat(t)).replace(
            tzinfo=zone).utcoffset() == dt.datetime.combine(
            when, dt.time.fromisoformat(t)).replace(tzinfo=zone, fold=1).utcoffset()
            for t in s.times_of_day):
        assert len(got) == expected_slots  # no DST change near: every time, once


# -- DST: the 02:30 dose on the night the clocks change happens exactly once ----------


@pytest.mark.parametrize(("zone", "night", "expected"), [
    # New York: 02:00 EST -> 03:00 EDT; 02:30 does not exist, happens at the jump.
    ("America/New_York", D(2026, 3, 8), [utc(2026, 3, 8, 7)]),
    # New York: 02:00 EDT -> 01:00 EST; 02:30 exists once (EST).
    ("America/New_York", D(2026, 11, 1), [utc(2026, 11, 1, 7, 30)]),
    # London: 01:00 -> 02:00 BST (02:30 exists); 02:00 BST -> 01:00 GMT.
    ("Europe/London", D(2026, 3, 29), [utc(2026, 3, 29, 1, 30)]),
    ("Europe/London", D(2026, 10, 25), [utc(2026, 10, 25, 2, 30)]),
    # Lord Howe shifts by half an hour: 02:00 -> 02:30 in October, 02:00 -> 01:30 in April.
    ("Australia/Lord_Howe", D(2026, 10, 4), [utc(2026, 10, 3, 15, 30)]),
    ("Australia/Lord_Howe", D(2026, 4, 5), [utc(2026, 4, 4, 16)]),
    ("Asia/Kolkata", D(2026, 3, 8), [utc(2026, 3, 7, 21)]),
])
def test_a_0230_dose_on_a_dst_night_happens_once(zone: str, night: dt.date,
                                                 expected: list[dt.datetime]) -> None:
    s = sched(("02:30",), zone)
    assert occurrences_on(s, night) == expected
    lo = dt.datetime.combine(night, dt.time(), ZoneInfo(zone)) - dt.timedelta(hours=6)
    assert occurrences(s, lo, lo + dt.timedelta(hours=36))[:2] == (
        expected + occurrences_on(s, night + dt.timedelta(days=1)))[:2]


def test_fall_back_dose_in_the_repeated_hour_is_the_first_one() -> None:
    s = sched(("01:30",), "America/New_York")
    assert occurrences_on(s, D(2026, 11, 1)) == [utc(2026, 11, 1, 5, 30)]  # 01:30 EDT


def test_lord_howe_half_hour_gap_moves_a_0215_dose_to_the_jump() -> None:
    s = sched(("02:15", "08:00"), "Australia/Lord_Howe")
    # 02:00 LHST (+10:30) jumps to 02:30 LHDT (+11): 02:15 happens at 15:30 UTC.
    assert occurrences_on(s, D(2026, 10, 4)) == [utc(2026, 10, 3, 15, 30),
                                                 utc(2026, 10, 3, 21)]


# -- days --------------------------------------------------------------------------------


def test_weekdays_interval_start_and_end() -> None:
    mwf = sched(("09:00",), weekdays=(0, 2, 4), start_date=D(2026, 3, 9))
    got = dose_days(mwf, D(2026, 3, 9), D(2026, 3, 15))
    assert [d.strftime("%a") for d in got] == ["Mon", "Wed", "Fri"]
    every3 = sched(("09:00",), interval_days=3, start_date=D(2026, 3, 1),
                   end_date=D(2026, 3, 9))
    assert [d.day for d in dose_days(every3, D(2026, 2, 1), D(2026, 4, 1))] == [1, 4, 7]
    # Asking from far after the start does not change the alignment.
    long_ago = sched(("09:00",), interval_days=3, start_date=D(2016, 3, 1))
    days = dose_days(long_ago, D(2026, 3, 1), D(2026, 3, 10))
    assert all((d - D(2016, 3, 1)).days % 3 == 0 for d in days) and len(days) == 3


def test_as_needed_has_no_occurrences_and_no_next() -> None:
    prn = Schedule(D(2026, 1, 1), kind="as_needed", prn_min_interval_minutes=240,
                   prn_max_per_day=3)
    assert occurrences(prn, NOW, NOW + dt.timedelta(days=30)) == []
    assert next_occurrence(prn, NOW) is None and prn.per_day is None


def test_next_occurrence_later_today_tomorrow_and_after_the_end() -> None:
    s = sched(("08:00", "20:00"), "Europe/London", end_date=D(2026, 3, 11))
    assert next_occurrence(s, NOW) == utc(2026, 3, 10, 20)
    assert next_occurrence(s, utc(2026, 3, 10, 20)) == utc(2026, 3, 11, 8)
    assert next_occurrence(s, utc(2026, 3, 11, 20)) is None


def test_home_policy_ignores_where_the_person_is() -> None:
    s = sched(("08:00",), "Europe/London")
    abroad = ZoneTimeline.fixed("Asia/Kolkata")
    day = (utc(2026, 7, 1), utc(2026, 7, 2))
    assert occurrences(s, *day, abroad) == [utc(2026, 7, 1, 7)]
    local = Schedule(s.start_date, s.times_of_day, timezone="Europe/London", tz_policy="local")
    assert occurrences(local, *day, abroad) == [utc(2026, 7, 1, 2, 30)]


def test_flying_west_does_not_repeat_the_morning_dose() -> None:
    # 08:00 in London (07:00 UTC), then land in New York at 12:00 UTC (08:00 EDT).
    s = Schedule(D(2026, 1, 1), ("08:00", "20:00"), timezone="Europe/London",
                 tz_policy="local")
    trip = ZoneTimeline(((dt.datetime.min.replace(tzinfo=UTC), "Europe/London"),
                         (utc(2026, 7, 1, 11), "America/New_York")))
    got = occurrences(s, utc(2026, 7, 1), utc(2026, 7, 2, 6))
    assert got == [utc(2026, 7, 1, 7), utc(2026, 7, 1, 19)]
    assert occurrences(s, utc(2026, 7, 1), utc(2026, 7, 2, 6), trip) == [
        utc(2026, 7, 1, 7), utc(2026, 7, 2, 0)]  # 08:00 London, then 20:00 New York


def test_flying_east_takes_a_jumped_over_dose_on_arrival() -> None:
    # 20:00 New York would be 00:00 UTC; the clock jumps from 18:00 EDT to 23:00 BST at
    # 22:00 UTC, over 20:00: that dose is due on arrival, not skipped.
    s = Schedule(D(2026, 1, 1), ("20:00",), timezone="America/New_York", tz_policy="local")
    trip = ZoneTimeline(((dt.datetime.min.replace(tzinfo=UTC), "America/New_York"),
                         (utc(2026, 7, 1, 22), "Europe/London")))
    assert occurrences(s, utc(2026, 7, 1, 12), utc(2026, 7, 2, 23), trip) == [
        utc(2026, 7, 1, 22), utc(2026, 7, 2, 19)]


# -- validation and words ----------------------------------------------------------------


@pytest.mark.parametrize(("inp", "field", "words"), [
    (ScheduleInput(times_of_day=["25:00"]), "times_of_day", "HH:MM"),
    (ScheduleInput(times_of_day=[]), "times_of_day", "at least one time"),
    (ScheduleInput(times_of_day=["08:00"], interval_days=400), "interval_days", "1 and 366"),
    (ScheduleInput(times_of_day=["08:00"], weekdays=[7]), "weekdays", "0 (Monday)"),
    (ScheduleInput(times_of_day=["08:00"], weekdays=[1], interval_days=2), "interval_days",
     "must be 1"),
    (ScheduleInput(times_of_day=["08:00"], timezone="Mars/Base"), "timezone", "Time zone"),
    (ScheduleInput(times_of_day=["08:00"], tz_policy="roaming"), "tz_policy", "home, local"),
    (ScheduleInput(kind="as_needed", prn_max_per_day=99, prn_min_interval_minutes=60),
     "prn_max_per_day", "1 and 48"),
    (ScheduleInput(times_of_day=["08:00"], start_date="2026-03-10", end_date="2026-03-01"),
     "end_date", "on or after"),
])
def test_bad_schedules_name_the_field_and_the_range(inp: ScheduleInput, field: str,
                                                    words: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_schedule(inp, "Europe/London", None, NOW)
    assert err.value.field == field and words in err.value.message


def test_clean_schedule_normalises() -> None:
    got = clean_schedule(ScheduleInput(times_of_day="20:00, 8:00", weekdays=list(range(7)),
                                       timezone="europe/london"), "UTC", None, NOW)
    assert got["times_of_day"] == ["08:00", "20:00"] and got["weekdays"] is None
    assert got["timezone"] == "Europe/London" and got["start_date"] == D(2026, 3, 10)


def test_describe() -> None:
    assert describe("fixed", ["08:00", "20:00"], None, 1, 2, "tablet", None, None) == (
        "2 tablets at 08:00 and 20:00, every day")
    assert describe("as_needed", [], None, 1, 1, "tablet", 240, 3) == (
        "1 tablet, as needed, at least 4 h apart, at most 3 a day")


@given(start=st.dates(D(2015, 1, 1), D(2027, 1, 1)), offset=st.integers(-30, 800),
       span=st.integers(0, 900), interval=st.integers(1, 30),
       weekdays=st.none() | st.sets(st.integers(0, 6), min_size=1, max_size=6).map(sorted),
       length=st.none() | st.integers(0, 2000))
def test_dose_days_are_the_rrule_days_for_short_and_long_spans(
        start: dt.date, offset: int, span: int, interval: int, weekdays: list[int] | None,
        length: int | None) -> None:
    from dateutil.rrule import DAILY, rrule

    interval = 1 if weekdays else interval
    end = None if length is None else start + dt.timedelta(days=length)
    s = Schedule(start, ("08:00",), weekdays=None if weekdays is None else tuple(weekdays),
                 interval_days=interval, end_date=end)
    first = start + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=span)
    rule = rrule(DAILY, dtstart=dt.datetime.combine(start, dt.time()), interval=interval,
                 byweekday=weekdays,
                 until=None if end is None else dt.datetime.combine(end, dt.time()))
    expected = [d.date() for d in rule.between(dt.datetime.combine(first, dt.time()),
                                               dt.datetime.combine(last, dt.time()), inc=True)]
    assert dose_days(s, first, last) == expected


def test_two_moves_at_one_instant_count_as_the_last_one() -> None:
    # Found by the travel property: New York -> Lord Howe -> New York at one instant
    # crossed Lord Howe's midnight for no time at all and fired a dose nobody's clock
    # reached.
    s = Schedule(dt.date(2026, 3, 8), ("00:00",), "fixed", timezone="America/New_York",
                 tz_policy="local")
    at = dt.datetime(2026, 3, 8, 13, 1, tzinfo=UTC)
    timeline = ZoneTimeline(((dt.datetime.min.replace(tzinfo=UTC), "America/New_York"),
                             (at, "Australia/Lord_Howe"), (at, "America/New_York")))
    assert timeline.changes == ((dt.datetime.min.replace(tzinfo=UTC), "America/New_York"),)
    start, end = dt.datetime(2026, 3, 8, 6, 0, tzinfo=UTC), at + dt.timedelta(minutes=1)
    assert occurrences(s, start, end, timeline) == oracle(s, start, end, timeline) == []
