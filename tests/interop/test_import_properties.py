"""Properties of reading devices' dates, clocks and units (bounded Hypothesis runs)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.import_report import SourceReport
from healthdesk.interop.import_run import (
    Context,
    LocalClock,
    infer_day_first,
    local_time,
    number,
)

moments = st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2030, 12, 31))


def written(t: dt.datetime, dayfirst: bool) -> str:
    return t.strftime("%d-%m-%Y %H:%M") if dayfirst else t.strftime("%m/%d/%Y %I:%M %p")


@given(st.lists(moments, min_size=1, max_size=30), st.booleans())
def test_date_order_is_read_from_the_data_and_times_round_trip(times: list[dt.datetime],
                                                               dayfirst: bool) -> None:
    texts = [written(t, dayfirst) for t in times]
    telling = any(t.day > 12 for t in times)
    found = infer_day_first(texts, default=not dayfirst)
    assert found == (dayfirst if telling else not dayfirst)
    if telling:
        assert [local_time(x, found) for x in texts] == [t.replace(second=0, microsecond=0)
                                                         for t in times]


@given(st.lists(moments, min_size=2, max_size=10))
def test_a_file_mixing_both_orders_is_refused(times: list[dt.datetime]) -> None:
    day_first = [t for t in times if t.day > 12]
    if not day_first:
        return
    texts = [written(day_first[0], True), written(day_first[0], False)]
    with pytest.raises(ValidationError, match="mix day-first"):
        infer_day_first(texts, default=True)


TRANSITIONS = [dt.datetime(2025, 10, 26, 0, 0, tzinfo=dt.UTC),  # Berlin falls back at 01:00
               dt.datetime(2025, 3, 30, 0, 0, tzinfo=dt.UTC),
               dt.datetime(2025, 11, 2, 4, 0, tzinfo=dt.UTC),  # New York
               dt.datetime(2025, 3, 9, 5, 0, tzinfo=dt.UTC)]


@given(st.sampled_from(TRANSITIONS), st.integers(0, 180), st.integers(1, 30),
       st.sampled_from(["Europe/Berlin", "America/New_York"]))
def test_a_device_clock_read_in_order_gives_back_every_instant(
        transition: dt.datetime, before: int, step: int, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    start = transition - dt.timedelta(minutes=before)
    instants = [start + dt.timedelta(minutes=step * i) for i in range(400 // step)]
    clock = LocalClock(zone)
    walls = [t.astimezone(zone).replace(tzinfo=None) for t in instants]
    assert [clock.utc(w) for w in walls] == instants


@given(st.floats(9, 1080), st.booleans())
def test_glucose_units_and_decimal_commas(mg_dl: float, comma: bool) -> None:
    text = f"{mg_dl:.1f}"
    value = number(text.replace(".", ",") if comma else text)
    assert value == pytest.approx(round(mg_dl, 1))
    ctx = Context(SourceReport("t", "t", "f"), LocalClock(None),
                  dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    assert value is not None
    got = ctx.reading("glucose", value, "mg/dL", when)
    assert got is not None and got.unit == "mmol/L"
    assert got.values["glucose"] == pytest.approx(value / 18.0156, abs=1e-3)
    mmol = ctx.reading("glucose", round(value / 18.0156, 1), "mmol/L", when)
    assert mmol is not None
    assert mmol.values["glucose"] == pytest.approx(round(value / 18.0156, 1))
