"""Chart data preparation (pure functions) and the chart widget's reuse of its artists."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from healthdesk.domain.ranges import Category
from healthdesk.ui import chart_data as cd
from tests.ui.conftest import settle

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def code(level: Category | None) -> int:
    return cd.LEVELS.index(level)


# -- decimation -------------------------------------------------------------------------


def test_decimating_a_million_points_keeps_min_max_and_at_most_the_target() -> None:
    rng = np.random.default_rng(3)
    x = np.arange(1_000_000, dtype=np.float64) / 96.0
    y = 130 + np.cumsum(rng.normal(0, 0.3, x.size))
    y[123_457] = y.max() + 55  # a single spike must survive
    y[654_321] = y.min() - 40  # and a single dip
    idx = cd.decimate(x, y, 2000)
    assert len(idx) <= 2000
    assert len(idx) > 1500
    assert np.all(np.diff(idx) > 0)  # sorted, no repeats
    assert 123_457 in idx and 654_321 in idx
    assert y[idx].max() == y.max() and y[idx].min() == y.min()
    assert idx[0] == 0 and idx[-1] == x.size - 1  # the ends stay too


@pytest.mark.parametrize("n", [0, 1, 5, 2000])
def test_short_series_are_kept_whole(n: int) -> None:
    x = np.arange(n, dtype=np.float64)
    assert list(cd.decimate(x, x * 2, 2000)) == list(range(n))


# -- classification and units -----------------------------------------------------------


def test_blood_pressure_points_are_judged_on_their_own_number() -> None:
    codes, labels = cd.classify_points("blood_pressure", "systolic",
                                       np.array([115.0, 125.0, 135.0, 85.0, 185.0]))
    assert list(codes) == [code(Category.NORMAL), code(Category.ELEVATED), code(Category.HIGH),
                           code(Category.LOW), code(Category.CRISIS)]
    assert labels[1] == "Elevated"
    codes, _labels = cd.classify_points("blood_pressure", "diastolic",
                                        np.array([75.0, 82.0, 95.0, 55.0]))
    assert list(codes) == [code(Category.NORMAL), code(Category.HIGH),
                           code(Category.VERY_HIGH), code(Category.LOW)]


def test_glucose_points_use_their_own_context_and_kinds_without_range_are_grey() -> None:
    codes, labels = cd.classify_points("glucose", "glucose", np.array([6.0, 6.0]),
                                       ["fasting", "after_meal"])
    assert list(codes) == [code(Category.ELEVATED), code(Category.NORMAL)]
    assert labels[0] == "Prediabetes range"
    codes, labels = cd.classify_points("weight", "weight", np.array([80.0]))
    assert list(codes) == [code(None)] and labels == ("No reference range",)


@pytest.mark.parametrize(("kind", "component", "context"), [
    ("blood_pressure", "systolic", None), ("blood_pressure", "diastolic", None),
    ("pulse", "pulse", None), ("glucose", "glucose", "fasting"), ("glucose", "glucose", None),
    ("hba1c", "hba1c", None), ("spo2", "spo2", None), ("temperature", "temperature", None),
    ("cholesterol", "total", None), ("respiratory_rate", "respiratory_rate", None),
])
def test_vectorised_classification_agrees_with_the_domain_on_every_boundary(
        kind: str, component: str, context: str | None) -> None:
    from healthdesk.domain.measurements import KINDS
    from healthdesk.domain.ranges import classify

    spec = KINDS[kind].component(component)
    step = 10.0 ** -(spec.decimals + 2)
    grid = np.round(np.arange(spec.plausible_min, spec.plausible_max, step * 7), 6)
    halves = np.round(np.arange(spec.plausible_min, spec.plausible_max,
                                10.0 ** -spec.decimals) + 0.5 * 10.0 ** -spec.decimals, 6)
    values = np.concatenate([grid[:20_000], halves, halves - step, halves + step,
                             [6.45, 6.449, 6.45 + 1e-9, 2.675]])
    values = values[(values >= spec.plausible_min) & (values <= spec.plausible_max)]
    contexts = None if context is None else [context] * len(values)
    codes, labels = cd.classify_points(kind, component, values, contexts)
    partner = {"systolic": ("diastolic", 70.0), "diastolic": ("systolic", 110.0)}
    for value, got, label in zip(values.tolist(), codes.tolist(), labels, strict=True):
        given = {component: value}
        if kind == "blood_pressure":
            given[partner[component][0]] = partner[component][1]
        expected = classify(kind, given, context)
        assert (cd.LEVELS[got], label) == (expected.level, expected.label), value


def test_display_transform_is_affine_per_unit() -> None:
    a, b, unit, decimals = cd.display_transform("glucose", "glucose", "mg/dL")
    assert (unit, decimals) == ("mg/dL", 0)
    assert a + b * 7.0 == pytest.approx(126.1, abs=0.01)
    a, b, unit, _ = cd.display_transform("temperature", "temperature", "°F")
    assert a + b * 37.0 == pytest.approx(98.6)
    assert cd.display_transform("blood_pressure", "pulse", None)[2] == "bpm"
    assert cd.display_transform("weight", "weight", None)[:3] == (0.0, 1.0, "kg")


# -- building series --------------------------------------------------------------------


def test_build_raw_drops_missing_values_and_converts_the_band() -> None:
    x = np.array([1.0, 2.0, 3.0])
    parts = cd.build_raw("glucose", x, {"glucose": np.array([5.0, np.nan, 8.0])}, "mg/dL")
    (glucose,) = parts
    assert list(glucose.x) == [1.0, 3.0]
    assert list(np.round(glucose.y)) == [90.0, 144.0]
    lo, hi = glucose.band  # type: ignore[misc]
    assert lo == pytest.approx(3.9 * 18.0156) and hi == pytest.approx(7.8 * 18.0156)
    assert list(glucose.codes) == [code(Category.NORMAL), code(Category.ELEVATED)]


def test_build_daily_keeps_every_extreme_in_its_envelope() -> None:
    days = 3650
    x = np.arange(days, dtype=np.float64) + 0.5
    rng = np.random.default_rng(1)
    mean = 130 + rng.normal(0, 5, days)
    low, high = mean - 8, mean + 8
    low[777], high[2222] = 60.0, 250.0
    (sys_part, dia_part) = cd.build_daily(
        "blood_pressure", x, {"systolic": mean, "diastolic": mean - 50},
        {"systolic": low, "diastolic": low - 50}, {"systolic": high, "diastolic": high - 50},
        None, target=500)
    assert len(sys_part.x) <= 500
    assert sys_part.low.min() == 60.0 and sys_part.high.max() == 250.0  # type: ignore[union-attr]
    assert len(sys_part.low) == len(sys_part.x)  # type: ignore[arg-type]
    assert dia_part.band == (60.0, 80.0) and sys_part.band == (90.0, 120.0)


def test_range_bounds() -> None:
    assert cd.range_bounds("2w", NOW) == (NOW - dt.timedelta(days=14), NOW)
    assert cd.range_bounds("all", NOW) == (None, NOW)
    with pytest.raises(KeyError):
        cd.range_bounds("5y", NOW)
    assert cd.to_days(dt.datetime(1970, 1, 2, tzinfo=dt.UTC)) == 1.0


# -- loading from a real record ---------------------------------------------------------


def test_load_uses_raw_points_then_the_daily_roll_up_for_long_ranges(
        record, profile_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    midnight = NOW.replace(hour=0)
    for day in range(1, 31):
        for hour in (8, 20):  # two readings on each UTC day
            record.readings.record(profile_id, "blood_pressure",
                                   {"systolic": 120 + hour, "diastolic": 80},
                                   taken_at=midnight - dt.timedelta(days=day) +
                                   dt.timedelta(hours=hour))
    raw = cd.load_chart_data(record.readings, profile_id, "blood_pressure", "all", NOW)
    assert not raw.daily and raw.source_points == 60
    assert len(raw.components[0].x) == 60
    assert sorted(set(raw.components[0].y)) == [128.0, 140.0]

    monkeypatch.setattr(cd, "RAW_LIMIT", 10)
    daily = cd.load_chart_data(record.readings, profile_id, "blood_pressure", "all", NOW)
    assert daily.daily and daily.source_points == 60
    systolic = daily.components[0]
    assert len(systolic.x) == 30  # one point per day
    assert set(np.round(systolic.y)) == {134.0}  # the mean of 128 and 140
    assert systolic.low.min() == 128 and systolic.high.max() == 140  # type: ignore[union-attr]

    empty = cd.load_chart_data(record.readings, profile_id, "weight", "2w", NOW)
    assert empty.empty and empty.x_start == cd.to_days(NOW - dt.timedelta(days=14))


# -- the widget -------------------------------------------------------------------------


def test_redraw_moves_the_same_artists(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.charts import ReadingsChart

    record.readings.record(profile_id, "blood_pressure", {"systolic": 121, "diastolic": 79},
                           taken_at=NOW)
    chart = ReadingsChart(ctx)
    qtbot.addWidget(chart)
    assert chart.canvas is None  # nothing drawn (nor imported) before it is shown
    chart.resize(700, 400)
    chart.show()
    qtbot.waitUntil(lambda: chart.canvas is not None and chart.data is not None, timeout=20_000)
    settle(qtbot, ctx)
    artists = (list(chart._ax.lines), list(chart._ax.patches), list(chart._ax.collections),
               list(chart.figure.axes))
    record.readings.record(profile_id, "blood_pressure", {"systolic": 141, "diastolic": 91},
                           taken_at=NOW - dt.timedelta(days=1))
    chart.reload()
    settle(qtbot, ctx)
    assert (list(chart._ax.lines), list(chart._ax.patches), list(chart._ax.collections),
            list(chart.figure.axes)) == artists  # moved with set_data, never re-created
    chart.set_range("all")
    settle(qtbot, ctx)
    assert list(chart._ax.collections) == artists[2]
    assert sorted(chart.current_points("systolic")[1]) == [121, 141]
    assert "Normal" in chart.legend.text() and "High" in chart.legend.text()
    chart.set_kind("weight")
    settle(qtbot, ctx)
    assert len(chart.current_points("weight")[0]) == 0
    assert chart._empty.get_text() == "No weight readings yet."  # range: all
