"""Where scheduled doses fall on a day (DST included, ``domain.schedules``), the states of
doses (``domain.dose_times``), and adherence arithmetic (``domain.adherence``)."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.rrule import DAILY, rrule
from hypothesis import given
from hypothesis import strategies as st

from healthdesk.domain.adherence import Adherence, adherence, combine
from healthdesk.domain.dose_times import (
    STATE_ORDER,
    STATES,
    DoseMark,
    deciding_event,
    dose_state,
    schedule_zone,
)
from healthdesk.domain.schedules import (
    Schedule,
    last_day,
    next_occurrence,
    occurrences_on,
    resolve_local,
    runs_on,
)

UTC = dt.UTC
D = dt.date


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def sched(times: list[str], zone: str = "UTC", *, weekdays: list[int] | None = None,
         interval: int = 1, start: dt.date = D(2026, 1, 1), end: dt.date | None = None
         ) -> Schedule:
    return Schedule(start, tuple(times), weekdays=None if not weekdays else tuple(weekdays),
                    interval_days=interval, end_date=end, timezone=zone)


def occ(day: dt.date, times: list[str], zone: str = "UTC", *, weekdays: list[int] | None = None,
        interval: int = 1, start: dt.date = D(2026, 1, 1), end: dt.date | None = None
        ) -> list[dt.datetime]:
    return occurrences_on(sched(times, zone, weekdays=weekdays, interval=interval, start=start,
                               end=end), day)


def between(schedule: Schedule, first: dt.date, last: dt.date) -> list[dt.datetime]:
    """Every dose on the local days ``first..last``, one day at a time."""
    out: list[dt.datetime] = []
    while first <= last:
        out.extend(occurrences_on(schedule, first))
        first += dt.timedelta(days=1)
    return out


# -- ordinary days -----------------------------------------------------------------------


def test_every_day_times_are_utc_and_sorted() -> None:
    got = occ(D(2026, 3, 10), ["20:00", "08:00"], "Asia/Kolkata")
    assert got == [utc(2026, 3, 10, 2, 30), utc(2026, 3, 10, 14, 30)]
    assert all(t.tzinfo is UTC for t in got)


def test_same_time_listed_twice_is_one_dose() -> None:
    assert occ(D(2026, 3, 10), ["08:00", "8:00"]) == [utc(2026, 3, 10, 8)]


def test_start_and_end_dates_bound_the_schedule() -> None:
    start, end = D(2026, 3, 5), D(2026, 3, 8)
    assert occ(D(2026, 3, 4), ["09:00"], start=start, end=end) == []
    assert occ(D(2026, 3, 5), ["09:00"], start=start, end=end) == [utc(2026, 3, 5, 9)]
    assert occ(D(2026, 3, 8), ["09:00"], start=start, end=end) == [utc(2026, 3, 8, 9)]
    assert occ(D(2026, 3, 9), ["09:00"], start=start, end=end) == []


def test_weekdays_monday_is_zero() -> None:
    # 2026-03-09 is a Monday.
    days = [D(2026, 3, 9) + dt.timedelta(days=i) for i in range(7)]
    hits = [d for d in days if occ(d, ["09:00"], weekdays=[0, 2, 4])]
    assert [d.strftime("%a") for d in hits] == ["Mon", "Wed", "Fri"]


def test_every_n_days_counts_from_the_start_date() -> None:
    start = D(2026, 3, 1)
    days = [start + dt.timedelta(days=i) for i in range(10)]
    hits = [d.day for d in days if occ(d, ["09:00"], interval=3, start=start)]
    assert hits == [1, 4, 7, 10]


@given(start=st.dates(D(2020, 1, 1), D(2030, 1, 1)),
       offset=st.integers(-20, 400),
       interval=st.integers(1, 30),
       weekdays=st.none() | st.sets(st.integers(0, 6), min_size=1).map(sorted),
       length=st.none() | st.integers(0, 300))
def test_runs_on_agrees_with_rrule(start: dt.date, offset: int, interval: int,
                                   weekdays: list[int] | None, length: int | None) -> None:
    day = start + dt.timedelta(days=offset)
    end = None if length is None else start + dt.timedelta(days=length)
    rule = rrule(DAILY, dtstart=dt.datetime.combine(start, dt.time()), interval=interval,
                 byweekday=weekdays, until=None if end is None else dt.datetime.combine(
                     end, dt.time()))
    moment = dt.datetime.combine(day, dt.time())
    expected = rule.after(moment, inc=True) == moment
    assert runs_on(sched(["00:00"], weekdays=weekdays, interval=interval, start=start, end=end),
                   day) is expected


def test_occurrences_between_spans_days() -> None:
    got = between(sched(["08:00", "20:00"], start=D(2026, 3, 10)), D(2026, 3, 9), D(2026, 3, 11))
    assert got == [utc(2026, 3, 10, 8), utc(2026, 3, 10, 20), utc(2026, 3, 11, 8),
                   utc(2026, 3, 11, 20)]


# -- daylight saving ---------------------------------------------------------------------


def test_new_york_spring_forward_gap_moves_to_first_valid_instant() -> None:
    day = D(2026, 3, 8)  # clocks jump 02:00 EST -> 03:00 EDT
    got = occ(day, ["01:30", "02:30", "03:30"], "America/New_York")
    assert got == [utc(2026, 3, 8, 6, 30),   # 01:30 EST
                   utc(2026, 3, 8, 7, 0),    # 02:30 does not exist -> 03:00 EDT
                   utc(2026, 3, 8, 7, 30)]   # 03:30 EDT


def test_two_times_in_the_gap_become_one_dose() -> None:
    got = occ(D(2026, 3, 8), ["02:10", "02:50"], "America/New_York")
    assert got == [utc(2026, 3, 8, 7, 0)]


def test_new_york_fall_back_ambiguous_time_happens_once_at_first_occurrence() -> None:
    day = D(2026, 11, 1)  # clocks go back 02:00 EDT -> 01:00 EST
    got = occ(day, ["00:30", "01:30", "02:30"], "America/New_York")
    assert got == [utc(2026, 11, 1, 4, 30),  # 00:30 EDT
                   utc(2026, 11, 1, 5, 30),  # 01:30 EDT, the first of two 01:30s
                   utc(2026, 11, 1, 7, 30)]  # 02:30 EST


def test_london_spring_forward_and_fall_back() -> None:
    spring = occ(D(2026, 3, 29), ["00:30", "01:30", "08:00"], "Europe/London")
    assert spring == [utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 0), utc(2026, 3, 29, 7)]
    autumn = occ(D(2026, 10, 25), ["01:30", "08:00"], "Europe/London")
    assert autumn == [utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 8)]


def test_day_after_dst_uses_the_new_offset() -> None:
    assert occ(D(2026, 3, 9), ["08:00"], "America/New_York") == [utc(2026, 3, 9, 12)]
    assert occ(D(2026, 3, 7), ["08:00"], "America/New_York") == [utc(2026, 3, 7, 13)]


def test_resolve_local_ordinary_time() -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/London")
    assert resolve_local(dt.datetime(2026, 7, 1, 9), zone) == utc(2026, 7, 1, 8)


def test_every_day_in_a_dst_year_has_each_dose_once() -> None:
    for zone in ("America/New_York", "Europe/London"):
        got = between(sched(["01:30", "09:00"], zone), D(2026, 1, 1), D(2026, 12, 31))
        assert len(got) == 365 * 2
        assert len(set(got)) == len(got)


# -- next dose, helpers ------------------------------------------------------------------


def test_next_occurrence_later_today_then_tomorrow_then_none() -> None:
    twice = sched(["08:00", "20:00"], start=D(2026, 3, 1), end=D(2026, 3, 11))
    assert next_occurrence(twice, utc(2026, 3, 10, 9)) == utc(2026, 3, 10, 20)
    assert next_occurrence(twice, utc(2026, 3, 10, 20)) == utc(2026, 3, 11, 8)
    assert next_occurrence(twice, utc(2026, 3, 11, 21)) is None


def test_next_occurrence_waits_for_start_and_weekday() -> None:
    sundays = sched(["09:00"], weekdays=[6], start=D(2026, 4, 1))
    assert next_occurrence(sundays, utc(2026, 3, 10, 9)) == utc(2026, 4, 5, 9)  # a Sunday


def test_next_occurrence_without_times_is_none() -> None:
    assert next_occurrence(sched([], start=D(2026, 3, 1)), utc(2026, 3, 10)) is None


def test_last_day_and_schedule_zone() -> None:
    assert last_day(None, None) is None
    assert last_day(D(2026, 5, 1), None, D(2026, 4, 1)) == D(2026, 4, 1)
    assert schedule_zone("home", "Europe/London", "Asia/Tokyo") == "Europe/London"
    assert schedule_zone("local", "Europe/London", "Asia/Tokyo") == "Asia/Tokyo"
    assert schedule_zone("local", "Europe/London", None) == "Europe/London"


# -- states ------------------------------------------------------------------------------

DUE = utc(2026, 3, 10, 9)


@pytest.mark.parametrize(("now", "state"), [
    (utc(2026, 3, 10, 8, 29), "upcoming"),
    (utc(2026, 3, 10, 8, 30), "due"),
    (utc(2026, 3, 10, 9, 30), "due"),
    (utc(2026, 3, 10, 9, 31), "late"),
    (utc(2026, 3, 10, 11, 0), "late"),
    (utc(2026, 3, 10, 11, 1), "missed"),
])
def test_state_follows_the_clock(now: dt.datetime, state: str) -> None:
    assert dose_state(DUE, [], now, 2.0) == state


def test_zero_window_goes_from_due_to_missed() -> None:
    assert dose_state(DUE, [], utc(2026, 3, 10, 9, 30), 0) == "due"
    assert dose_state(DUE, [], utc(2026, 3, 10, 9, 31), 0) == "missed"


def test_recorded_actions_win_over_the_clock() -> None:
    later = utc(2026, 3, 11)
    for action in ("taken", "skipped", "missed"):
        assert dose_state(DUE, [(action, utc(2026, 3, 10, 9, 5), DUE, False)], later, 2) == action


def test_events_for_other_doses_are_ignored() -> None:
    other = utc(2026, 3, 10, 20)
    assert dose_state(DUE, [("taken", DUE, other, False)], DUE, 2) == "due"


def test_undone_take_makes_the_dose_open_again() -> None:
    events = [("taken", utc(2026, 3, 10, 9, 1), DUE, True),
              ("undone", utc(2026, 3, 10, 9, 2), DUE, False)]
    assert dose_state(DUE, events, utc(2026, 3, 10, 9, 3), 2) == "due"


def test_taken_beats_a_later_snooze_or_skip() -> None:
    events = [DoseMark("taken", utc(2026, 3, 10, 9, 1), DUE),
              DoseMark("skipped", utc(2026, 3, 10, 9, 5), DUE)]
    assert dose_state(DUE, events, utc(2026, 3, 10, 9, 6), 2) == "taken"
    assert deciding_event(DUE, events).action == "taken"  # type: ignore[union-attr]


def test_snooze_then_due_again_then_late() -> None:
    snooze = DoseMark("snoozed", utc(2026, 3, 10, 9, 0), DUE,
                      snooze_until=utc(2026, 3, 10, 9, 30))
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 9, 10), 2) == "snoozed"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 9, 30), 2) == "due"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 10, 0), 2) == "due"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 10, 1), 2) == "late"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 11, 1), 2) == "missed"


def test_snooze_past_the_window_does_not_jump_to_missed() -> None:
    snooze = DoseMark("snoozed", utc(2026, 3, 10, 10, 50), DUE,
                      snooze_until=utc(2026, 3, 10, 11, 50))
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 11, 55), 2) == "due"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 12, 21), 2) == "missed"


def test_snooze_without_end_lasts_ten_minutes() -> None:
    snooze = ("snoozed", DUE, DUE, False)
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 9, 9), 2) == "snoozed"
    assert dose_state(DUE, [snooze], utc(2026, 3, 10, 9, 10), 2) == "due"


def test_state_order_covers_every_state() -> None:
    assert set(STATE_ORDER) == set(STATES)
    assert STATE_ORDER["late"] < STATE_ORDER["due"] < STATE_ORDER["upcoming"]


# -- adherence ---------------------------------------------------------------------------


def test_adherence_counts_taken_doses() -> None:
    scheduled = [utc(2026, 3, 9, 8), utc(2026, 3, 9, 20), utc(2026, 3, 10, 8)]
    result = adherence(scheduled, {utc(2026, 3, 9, 8), utc(2026, 3, 10, 8), utc(2026, 1, 1)})
    assert (result.taken, result.scheduled) == (2, 3)
    assert result.ratio == pytest.approx(2 / 3)
    assert result.percent == 67


def test_adherence_with_nothing_scheduled_has_no_ratio() -> None:
    assert adherence([], set()).ratio is None
    assert adherence([], set()).percent is None


def test_adherence_compares_instants_not_zones() -> None:
    from zoneinfo import ZoneInfo

    local = dt.datetime(2026, 3, 10, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    assert adherence([utc(2026, 3, 10, 8)], {local}).taken == 1


def test_combine_sums_medicines() -> None:
    assert combine([Adherence(1, 2), Adherence(3, 4)]) == Adherence(4, 6)
    assert combine([]) == Adherence(0, 0)
