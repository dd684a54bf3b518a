"""Adherence periods and streaks, stock and refill forecast, quiet hours, escalation."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.domain.adherence import merge_days, report, settled_taken, tally_days
from healthdesk.domain.reminders import (
    QuietHours,
    appointment_reminders,
    deliver_at,
    escalation,
    offset_words,
)
from healthdesk.domain.stock import daily_use, forecast, on_hand

UTC = dt.UTC
D = dt.date
TODAY = D(2026, 3, 10)  # a Tuesday
NOW = dt.datetime(2026, 3, 10, 9, tzinfo=UTC)


def days_back(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


# -- adherence ---------------------------------------------------------------------------


def test_settled_states() -> None:
    assert [settled_taken(s) for s in ("taken", "skipped", "missed", "due", "late",
                                       "upcoming", "snoozed")] == [
        True, False, False, None, None, None, None]


def test_periods_count_today_and_the_days_before() -> None:
    outcomes = [(days_back(n), n % 10 != 3) for n in range(100) for _ in range(2)]
    r = report(tally_days(outcomes), TODAY)
    assert (r.period(7).taken, r.period(7).scheduled) == (12, 14)   # day 3 missed twice
    assert (r.period(30).taken, r.period(30).scheduled) == (54, 60)
    assert (r.period(90).taken, r.period(90).scheduled) == (162, 180)
    assert r.period(7).percent == 86


def test_streaks_skip_days_without_doses_and_ignore_the_future() -> None:
    # Every other day; a miss 9 days ago; something recorded "tomorrow" is ignored.
    outcomes = [(days_back(n), n != 9) for n in range(0, 30, 1) if n % 2 == 1]
    outcomes.append((TODAY + dt.timedelta(days=1), False))
    r = report(tally_days(outcomes), TODAY)
    assert r.current_streak == 4   # days 1, 3, 5, 7
    assert r.best_streak == 10     # days 11..29 (odd ones)


def test_a_day_with_one_missed_dose_breaks_the_streak() -> None:
    outcomes = [(days_back(0), True), (days_back(1), True), (days_back(1), False),
                (days_back(2), True)]
    r = report(tally_days(outcomes), TODAY)
    assert (r.current_streak, r.best_streak) == (1, 1)


def test_weekly_series_starts_on_monday_and_can_be_cut() -> None:
    outcomes = [(days_back(n), n < 7) for n in range(21)]
    r = report(tally_days(outcomes), TODAY)
    assert [(w.week_start, w.taken, w.scheduled) for w in r.weeks] == [
        (D(2026, 2, 16), 0, 5), (D(2026, 2, 23), 0, 7), (D(2026, 3, 2), 5, 7),
        (D(2026, 3, 9), 2, 2)]
    assert [w.percent for w in report(tally_days(outcomes), TODAY, weeks=2).weeks] == [71, 100]


def test_merge_days_adds_medicines() -> None:
    a = tally_days([(TODAY, True), (TODAY, False)])
    b = tally_days([(TODAY, True), (days_back(1), True)])
    assert merge_days(a, b) == {TODAY: (2, 3), days_back(1): (1, 1)}


def test_nothing_scheduled_has_no_percent() -> None:
    r = report({}, TODAY)
    assert r.period(7).percent is None and r.current_streak == 0 and r.weeks == ()


# -- stock -------------------------------------------------------------------------------


def h(hours: float) -> dt.datetime:
    return NOW + dt.timedelta(hours=hours)


def test_stock_is_the_count_plus_refills_minus_doses_since() -> None:
    refills = [(h(-100), 30.0), (h(-10), 28.0)]
    taken = [(h(-60), 2.0), (h(-30), 1.0), (h(-5), 1.0)]
    assert on_hand(10, h(-48), refills, taken) == 10 + 28 - 1 - 1
    assert on_hand(None, h(-48), refills, taken) is None
    assert on_hand(1, h(-48), [], taken) == 0  # never negative


def test_two_devices_taking_doses_lose_nothing() -> None:
    # Each device appends its own dose; the derived stock sees both.
    taken = [(h(-2), 1.0), (h(-1), 1.0)]
    assert on_hand(30, h(-24), [], taken) == 28


def test_forecast_uses_recent_intake_before_the_prescribed_rate() -> None:
    # Prescribed 2 a day, but actually one a day for two weeks.
    taken = [(NOW - dt.timedelta(days=d, hours=1), 1.0) for d in range(14)]
    use = daily_use(taken, NOW, tracking_since=None)
    assert use == pytest.approx(1.0)
    f = forecast(10, 5, NOW, use, 2.0, TODAY)
    assert (f.basis, f.days_left, f.runs_out_on, f.below_threshold) == (
        "recent", 10.0, D(2026, 3, 20), False)
    g = forecast(10, 5, NOW, daily_use([], NOW, NOW - dt.timedelta(days=1)), 2.0, TODAY)
    assert (g.basis, g.days_left) == ("prescribed", 5.0)   # a new medicine: no history yet
    assert forecast(4, 5, NOW, None, None, TODAY).below_threshold
    assert forecast(4, 5, NOW, None, None, TODAY).days_left is None
    assert forecast(None, 5, NOW, 1.0, 1.0, TODAY).warn is False


def test_daily_use_over_a_shorter_history() -> None:
    taken = [(NOW - dt.timedelta(days=d), 2.0) for d in range(4)]
    assert daily_use(taken, NOW, NOW - dt.timedelta(days=4)) == pytest.approx(2.0)


# -- quiet hours, appointment reminders, escalation ---------------------------------------


@pytest.mark.parametrize(("start", "end", "at", "inside"), [
    ("22:00", "07:00", "23:30", True), ("22:00", "07:00", "06:59", True),
    ("22:00", "07:00", "07:00", False), ("22:00", "07:00", "21:59", False),
    ("13:00", "15:00", "14:00", True), ("13:00", "15:00", "15:00", False),
])
def test_quiet_hours_contain(start: str, end: str, at: str, inside: bool) -> None:
    quiet = QuietHours.parse(start, end)
    assert quiet is not None and quiet.contains(dt.time.fromisoformat(at)) is inside


def test_quiet_hours_defer_until_they_end_in_the_persons_zone() -> None:
    quiet = QuietHours.parse("22:00", "07:00")
    assert QuietHours.parse(None, "07:00") is None and QuietHours.parse("07:00", "07:00") is None
    late = dt.datetime(2026, 3, 10, 23, tzinfo=UTC)        # 23:00 London
    early = dt.datetime(2026, 3, 11, 5, tzinfo=UTC)        # 05:00 London
    assert deliver_at(late, False, quiet, "Europe/London") == dt.datetime(
        2026, 3, 11, 7, tzinfo=UTC)
    assert deliver_at(early, False, quiet, "Europe/London") == dt.datetime(
        2026, 3, 11, 7, tzinfo=UTC)
    assert deliver_at(late, True, quiet, "Europe/London") == late   # urgent: now
    assert deliver_at(NOW, False, quiet, "Europe/London") == NOW    # 09:00: not quiet
    # 23:00 UTC is 04:30 in Kolkata: quiet there too, ending 07:00 IST = 01:30 UTC.
    assert deliver_at(late, False, quiet, "Asia/Kolkata") == dt.datetime(
        2026, 3, 11, 1, 30, tzinfo=UTC)


def test_appointment_reminders_and_words() -> None:
    start = dt.datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert appointment_reminders(start, [120, 1440, 120]) == [
        (1440, dt.datetime(2026, 3, 11, 10, tzinfo=UTC)),
        (120, dt.datetime(2026, 3, 12, 8, tzinfo=UTC))]
    assert [offset_words(m) for m in (1440, 2880, 120, 60, 90, 1)] == [
        "1 day", "2 days", "2 hours", "1 hour", "90 minutes", "1 minute"]


def test_escalation_goes_down_the_list() -> None:
    t = dt.datetime(2026, 3, 10, 8, tzinfo=UTC)
    assert escalation(t, 60, 30, 3) == [(0, h(0)), (1, h(0.5)), (2, h(1))]
    assert escalation(t, 60, None, 3) == [(0, h(0))]
    assert escalation(t, 60, 30, 0) == []
