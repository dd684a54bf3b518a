"""A long chart reads the per-day roll-up as columns (issue 19, chart p99): the arrays it
plots are the ones the per-day summaries gave, on a real store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import numpy as np
import pytest

from healthdesk.services.record import HealthRecord
from healthdesk.ui import chart_data as cd


@pytest.fixture
def person(record: HealthRecord, clock: Any) -> str:
    clock.t = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
    pid = record.profiles.create(name="Asha Rao").id
    start = dt.datetime(2026, 2, 1, 7, 30, tzinfo=dt.UTC)
    for day in range(0, 30, 3):  # gaps between days, several readings on some
        for k in range(1 + day % 2):
            record.readings.record(pid, "blood_pressure",
                                   {"systolic": 118 + day + 7 * k, "diastolic": 71 + k},
                                   taken_at=start + dt.timedelta(days=day, hours=5 * k))
        record.readings.record(pid, "weight", {"weight": 70.25 + day / 10},
                               taken_at=start + dt.timedelta(days=day))
    return pid


def _from_summaries(record: HealthRecord, pid: str, kind: str) -> dict[str, Any]:
    days = record.readings.daily_series(pid, kind)
    names = [c.name for c in cd.get_kind(kind).components]
    return {
        "x": np.array([cd.to_days(dt.datetime.combine(d.day, dt.time(12), dt.UTC))
                       for d in days]),
        **{f"{attr}.{n}": np.array([getattr(d, attr).get(n, np.nan) for d in days])
           for attr in ("mean", "minimum", "maximum") for n in names}}


@pytest.mark.parametrize("kind", ["blood_pressure", "weight"])
def test_daily_columns_hold_what_the_daily_summaries_hold(record: HealthRecord, person: str,
                                                          kind: str) -> None:
    want = _from_summaries(record, person, kind)
    cols = record.readings.daily_columns(person, kind)
    assert len(cols.days) == len(want["x"]) == 10
    x = np.array(cols.days, dtype="datetime64[D]").astype(np.float64) + 0.5
    np.testing.assert_array_equal(x, want["x"])
    for attr in ("mean", "minimum", "maximum"):
        for name, values in getattr(cols, attr).items():
            np.testing.assert_allclose(np.array(values, dtype=np.float64),
                                       want[f"{attr}.{name}"], rtol=1e-12)
    assert cols.days == tuple(sorted(cols.days))


def test_a_long_chart_plots_the_same_lines_from_the_columns(
        record: HealthRecord, person: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cd, "RAW_LIMIT", 0)  # ten years' worth, in a test's few readings
    now = record.now()
    got = cd.load_chart_data(record.readings, person, "blood_pressure", "all", now)
    assert got.daily
    want = _from_summaries(record, person, "blood_pressure")
    names = cd.plotted_components("blood_pressure")
    expected = cd.build_daily("blood_pressure", want["x"],
                              {n: want[f"mean.{n}"] for n in names},
                              {n: want[f"minimum.{n}"] for n in names},
                              {n: want[f"maximum.{n}"] for n in names}, None)
    assert len(got.components) == len(expected) == 2
    for a, b in zip(got.components, expected, strict=True):
        for f in dataclasses.fields(a):
            va, vb = getattr(a, f.name), getattr(b, f.name)
            if isinstance(va, np.ndarray):
                np.testing.assert_allclose(va, vb, rtol=1e-12)
            else:
                assert va == vb, f.name


def test_no_readings_give_empty_columns(record: HealthRecord, person: str) -> None:
    cols = record.readings.daily_columns(person, "glucose")
    assert cols.days == () and cols.mean == {"glucose": ()}
