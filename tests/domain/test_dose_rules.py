"""Missed-dose advice and as-needed limits: table tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthdesk.domain.dose_rules import (
    SKIP,
    TAKE,
    WAIT,
    missed_dose_advice,
    prn_next_allowed,
    prn_problems,
)

UTC = dt.UTC
T = dt.datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # an 08:00 dose (London is UTC in March)
EVENING = T + dt.timedelta(hours=12)


def at(hours: float) -> dt.datetime:
    return T + dt.timedelta(hours=hours)


@pytest.mark.parametrize(("now_h", "window", "next_dose", "action", "words"), [
    (-2, 2, EVENING, WAIT, "Not due yet: take it at 08:00."),
    (-0.25, 2, EVENING, TAKE, "Take the 08:00 dose now."),
    (1, 2, EVENING, TAKE, "The next dose is at 20:00."),
    (2, 2, EVENING, TAKE, "Take the 08:00 dose now."),          # the edge of the window
    (2.01, 2, EVENING, SKIP, "more than 2 hours past its time"),
    (5, 6, EVENING, TAKE, "Take"),
    (11.6, 12, EVENING, SKIP, "the next one is due now"),       # never a double dose
    (12, 24, EVENING, SKIP, "Do not take two doses"),
    (1.5, 1, None, SKIP, "more than 1 hour past"),
    (0.5, 0, None, SKIP, "more than 0 hours"),                 # a zero window: take on time only
    (30, 48, None, TAKE, "Take"),
])
def test_missed_dose_rule(now_h: float, window: float, next_dose: dt.datetime | None,
                          action: str, words: str) -> None:
    advice = missed_dose_advice(T, at(now_h), window, next_dose, "Europe/London")
    assert advice.action == action
    assert words in advice.message


def test_advice_shows_the_day_when_the_dose_was_yesterday() -> None:
    assert missed_dose_advice(T, at(15), 24, None, "Europe/London").message == (
        "Take the 08:00 dose now.")  # the same local day: the time is enough
    assert missed_dose_advice(T, at(20), 24, None, "Europe/London").message == (
        "Take the 2026-03-10 08:00 dose now.")
    advice = missed_dose_advice(T, at(30), 48, None, "Asia/Kolkata")
    assert advice.message == "Take the 2026-03-10 13:30 dose now."


@given(now=st.integers(-600, 3000), window=st.sampled_from((0, 1, 2, 6, 12, 24, 48)),
       gap=st.sampled_from((None, 240, 480, 720, 1440)))
def test_advice_never_says_take_once_the_next_dose_is_due(now: int, window: int,
                                                          gap: int | None) -> None:
    nxt = None if gap is None else T + dt.timedelta(minutes=gap)
    moment = T + dt.timedelta(minutes=now)
    advice = missed_dose_advice(T, moment, window, nxt, "UTC")
    if advice.action == TAKE:
        assert moment - T <= dt.timedelta(hours=window)
        assert nxt is None or moment < nxt - dt.timedelta(minutes=30)


# -- as-needed limits --------------------------------------------------------------------

NAME = "Ibuprofen"


@pytest.mark.parametrize(("taken_h", "when_h", "interval", "most", "rules"), [
    ([], 0, 240, 3, []),
    ([0], 4, 240, 3, []),                                 # exactly the minimum apart
    ([0], 3.99, 240, 3, ["prn_min_interval"]),
    ([0, 4, 8], 12, 240, 3, ["prn_max_per_day"]),        # a fourth in 24 h
    ([0, 4, 8], 24, 240, 3, []),                          # the first has left the 24 h
    ([0, 4, 8], 23.99, 240, 3, ["prn_max_per_day"]),
    ([0, 4, 8], 10, 240, 3, ["prn_min_interval", "prn_max_per_day"]),
    ([5], 4, 240, 3, ["prn_min_interval"]),               # a later dose recorded first
    ([0, 1, 2], 3, 0, None, []),                          # no limits set
    ([0], 1, None, 1, ["prn_max_per_day"]),
])
def test_prn_limits(taken_h: list[float], when_h: float, interval: int | None,
                    most: int | None, rules: list[str]) -> None:
    got = prn_problems(NAME, [at(h) for h in taken_h], at(when_h), interval, most, "UTC")
    assert [p.rule for p in got] == rules


def test_prn_messages_name_the_limit_and_the_last_dose() -> None:
    first, second = prn_problems(NAME, [at(0), at(2), at(4)], at(5), 240, 3, "UTC")
    assert first.message == ("Ibuprofen should be taken at least 4 h apart; a dose was taken "
                             "at 12:00, 1 h from this one.")
    assert second.message == ("Ibuprofen should be taken at most 3 times in 24 hours; 3 doses "
                              "were already taken.")


@pytest.mark.parametrize(("taken_h", "now_h", "interval", "most", "expected_h"), [
    ([], 0, 240, 3, None),
    ([0], 1, 240, 3, 4),
    ([0], 6, 240, 3, 6),
    ([0, 4, 8], 9, 240, 3, 24),
    ([0, 4, 8], 13, 60, 3, 24),
])
def test_prn_next_allowed(taken_h: list[float], now_h: float, interval: int, most: int,
                          expected_h: float | None) -> None:
    got = prn_next_allowed([at(h) for h in taken_h], at(now_h), interval, most)
    assert got == (None if expected_h is None else at(expected_h))
    if got is not None:
        assert prn_problems(NAME, [at(h) for h in taken_h], got, interval, most, "UTC") == []
