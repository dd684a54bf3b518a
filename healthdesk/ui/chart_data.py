"""What a readings chart plots, prepared without Qt or matplotlib.

Fetching arrays from the readings service, turning them into numpy, decimating long
series to about 2,000 points (MinMaxLTTB, plus the true minimum and maximum so a spike
is never smoothed away) and classifying each plotted point all happen here, on the
database worker thread. The chart widget only calls ``set_data`` with the result.

X values are matplotlib date numbers with the default epoch: days since 1970-01-01 UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from healthdesk.domain import units as u
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import get_kind, resolve_unit
from healthdesk.domain.ranges import Category, classify, normal_band
from healthdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

#: Points a line keeps after decimation: more than a chart's width in pixels.
TARGET_POINTS = 2000
#: Up to this many readings in a range are plotted raw; beyond it, the per-day roll-up.
RAW_LIMIT = 5000
#: Range buttons: key -> (label, days back from now; None = everything).
RANGES: dict[str, tuple[str, int | None]] = {
    "2w": (QT_TRANSLATE_NOOP("Labels", "2 weeks"), 14), "3m": (QT_TRANSLATE_NOOP("Labels",
            "3 months"), 91), "1y": (QT_TRANSLATE_NOOP("Labels", "1 year"), 365), "all": (
                    QT_TRANSLATE_NOOP("Labels", "All"), None),
}
#: Category codes stored per point: index into this tuple (0 = no reference range).
LEVELS: tuple[Category | None, ...] = (None, *Category)
_CODE = {level: i for i, level in enumerate(LEVELS)}
# Blood pressure is plotted as two lines; each point is judged on its own number, with a
# normal partner, so a systolic point is coloured by the systolic cut-offs alone.
_BP_PARTNER = {"systolic": ("diastolic", 70.0), "diastolic": ("systolic", 110.0)}
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Kinds whose reference ranges compare at more decimals than the value is shown with
#: (see ``healthdesk.domain.ranges``: HbA1c 47 mmol/mol = 6.45% must stay below 6.5%).
CLASSIFY_DECIMALS = {"hba1c": 2}


@dataclass(frozen=True)
class ComponentSeries:
    """One plotted line: positions, display values, category per point, normal band."""

    name: str
    label: str
    x: np.ndarray
    y: np.ndarray
    codes: np.ndarray
    labels: tuple[str, ...]
    decimals: int
    band: tuple[float, float] | None = None
    low: np.ndarray | None = None  # per-bucket daily minimum (roll-up charts only)
    high: np.ndarray | None = None

    def level(self, i: int) -> Category | None:
        return LEVELS[int(self.codes[i])]


@dataclass(frozen=True)
class ChartData:
    """Everything one redraw needs; ``daily`` means points are per-day averages."""

    kind: str
    kind_label: str
    unit: str
    range_key: str
    x_start: float | None
    x_end: float
    daily: bool = False
    source_points: int = 0
    components: tuple[ComponentSeries, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not any(len(c.x) for c in self.components)


def point_text(data: ChartData, i: int, j: int, when_text: Callable[[dt.datetime], str]
               ) -> str:
    """The words for point ``j`` of line ``i``: value and unit, time, category.

    ``when_text`` formats a time as the table does ("Tue 10 Mar 2026 08:00").
    """
    comp = data.components[i]
    moment = _EPOCH + dt.timedelta(days=float(comp.x[j]))
    value = u.with_unit(u.format_number(float(comp.y[j]), comp.decimals), data.unit)
    name = f"{comp.label}: " if len(data.components) > 1 else ""
    if data.daily and comp.low is not None and comp.high is not None:
        span = (f"lowest {u.format_number(float(comp.low[j]), comp.decimals)}, "
                f"highest {u.format_number(float(comp.high[j]), comp.decimals)}")
        return QCoreApplication.translate("ChartData",
                "{name}average {value}\n{span}\nfrom {0}\n{1}").format(when_text(moment)[:-6],
                        comp.labels[j], name=name, value=value, span=span)
    return f"{name}{value}\n{when_text(moment)}\n{comp.labels[j]}"


def to_days(moment: dt.datetime) -> float:
    """A datetime as a matplotlib date number (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - _EPOCH).total_seconds() / 86400.0


def times_to_days(times: Sequence[dt.datetime]) -> np.ndarray:
    """Many datetimes as date numbers, without a Python loop per arithmetic step."""
    stamps = np.fromiter((t.timestamp() for t in times), dtype=np.float64, count=len(times))
    return stamps / 86400.0


def range_bounds(range_key: str, now: dt.datetime) -> tuple[dt.datetime | None, dt.datetime]:
    """The start (None for "all") and end of a range button's window."""
    if range_key not in RANGES:
        raise KeyError(f"unknown chart range {range_key!r}")
    days = RANGES[range_key][1]
    return (None if days is None else now - dt.timedelta(days=days)), now


def plotted_components(kind: str) -> tuple[str, ...]:
    """Which numbers get a line: both blood pressure numbers, else the kind's one value."""
    spec = get_kind(kind)
    if spec.key == "blood_pressure":
        return ("systolic", "diastolic")
    return (spec.components[0].name,)


def display_transform(kind: str, component: str, unit: str | None
                      ) -> tuple[float, float, str, int]:
    """(offset, scale, unit, decimals) turning canonical values into the unit shown.

    Every conversion we have is affine (°F, mmol/mol included), so one multiply-add
    converts a whole array.
    """
    spec = get_kind(kind)
    part = spec.component(component)
    src = spec.unit_of(part)
    dst = part.unit or resolve_unit(spec, unit)
    a = u.convert(0.0, src, dst, analyte=spec.key)
    b = u.convert(1.0, src, dst, analyte=spec.key) - a
    decimals = part.decimals if dst == src else u.DISPLAY_DECIMALS[dst]
    return a, b, dst, decimals


def decimate(x: np.ndarray, y: np.ndarray, target: int = TARGET_POINTS) -> np.ndarray:
    """Indices of at most ``target`` points that keep the shape, the minimum and maximum.

    MinMaxLTTB (tsdownsample) keeps the visual shape and the first and last points; the
    global extremes are added explicitly, since a reader looks for exactly those.
    ``x`` must be ascending.
    """
    n = len(y)
    if n <= target:
        return np.arange(n)
    from tsdownsample import MinMaxLTTBDownsampler

    xs = np.ascontiguousarray(x, dtype=np.float64)
    ys = np.ascontiguousarray(y, dtype=np.float64)
    keep = max(target - 2, 4)
    idx = MinMaxLTTBDownsampler().downsample(xs, ys, n_out=keep).astype(np.int64)
    extra = np.array([int(np.argmin(ys)), int(np.argmax(ys))], dtype=np.int64)
    return np.union1d(idx, extra)  # sorted, unique, at most ``target`` long


def _classify_one(kind: str, component: str, value: float, context: str | None
                  ) -> tuple[Category | None, str]:
    if kind == "blood_pressure":
        partner = _BP_PARTNER.get(component)
        if partner is None:
            found = classify("pulse", {"pulse": value})
        else:
            found = classify(kind, {component: value, partner[0]: partner[1]})
    else:
        found = classify(kind, {component: value}, context)
    return found.level, found.label


def shown_values(kind: str, component: str, values: np.ndarray) -> np.ndarray:
    """Round half up to the precision reference ranges compare at, vectorised.

    ``ranges.classify`` compares values as shown (component decimals; HbA1c two), so two
    values that round alike always share a category: classifying each distinct rounded
    value once is exact and turns thousands of calls into a few hundred at most. Values
    whose binary form sits on a half are rounded by the domain's own function.
    """
    decimals = CLASSIFY_DECIMALS.get(kind, get_kind(kind).component(component).decimals)
    scale = 10.0 ** decimals
    scaled = np.asarray(values, dtype=np.float64) * scale
    rounded = np.floor(scaled + 0.5)
    tricky = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    if tricky.any():
        rounded[tricky] = [u.round_half_up(v, decimals) * scale
                           for v in np.asarray(values)[tricky].tolist()]
    return rounded / scale


def classify_points(kind: str, component: str, values: np.ndarray,
                    contexts: Sequence[str | None] | None = None
                    ) -> tuple[np.ndarray, tuple[str, ...]]:
    """Category code and label per canonical value; each distinct shown value once."""
    shown = shown_values(kind, component, values)
    if contexts is None:
        distinct, inverse = np.unique(shown, return_inverse=True)
        found = [_classify_one(kind, component, v, None) for v in distinct.tolist()]
        table = np.array([_CODE[f[0]] for f in found], dtype=np.int8)
        return table[inverse].astype(np.int8), tuple(found[i][1] for i in inverse.tolist())
    cache: dict[tuple[float, str | None], tuple[Category | None, str]] = {}
    codes = np.zeros(len(shown), dtype=np.int8)
    labels: list[str] = []
    for i, value in enumerate(shown.tolist()):
        key = (value, contexts[i])
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = _classify_one(kind, component, value, contexts[i])
        codes[i] = _CODE[hit[0]]
        labels.append(hit[1])
    return codes, tuple(labels)


def _band(kind: str, component: str, context: str | None, offset: float, scale: float
          ) -> tuple[float, float] | None:
    band = normal_band(kind, component, context)
    if band is None:
        return None
    lo, hi = sorted((offset + scale * band[0], offset + scale * band[1]))
    return lo, hi


def build_raw(kind: str, x: np.ndarray, columns: dict[str, np.ndarray], unit: str | None, *,
              contexts: Sequence[str | None] | None = None, target: int = TARGET_POINTS
              ) -> tuple[ComponentSeries, ...]:
    """Lines from individual readings (canonical values, NaN where a value is missing)."""
    spec = get_kind(kind)
    out = []
    for name in plotted_components(kind):
        y = np.asarray(columns[name], dtype=np.float64)
        mask = np.isfinite(y)
        whole = bool(mask.all())
        xs, ys = (x, y) if whole else (x[mask], y[mask])
        idx = decimate(xs, ys, target)
        ctx = contexts if contexts is None or whole else [
            c for c, m in zip(contexts, mask.tolist(), strict=True) if m]
        picked_ctx = None if ctx is None else [ctx[i] for i in idx.tolist()]
        codes, labels = classify_points(kind, name, ys[idx], picked_ctx)
        offset, scale, _unit, decimals = display_transform(kind, name, unit)
        out.append(ComponentSeries(
            name, _(spec.component(name).label), xs[idx], offset + scale * ys[idx], codes, labels,
            decimals, _band(kind, name, None, offset, scale)))
    return tuple(out)


def build_daily(kind: str, x: np.ndarray, mean: dict[str, np.ndarray],
                low: dict[str, np.ndarray], high: dict[str, np.ndarray], unit: str | None, *,
                target: int = TARGET_POINTS) -> tuple[ComponentSeries, ...]:
    """Lines from per-day roll-ups: the daily mean, decimated, inside a min-max envelope.

    Each kept point carries the lowest and highest reading of the days up to the next
    kept point, so no extreme day disappears from the envelope.
    """
    spec = get_kind(kind)
    out = []
    for name in plotted_components(kind):
        ys = np.asarray(mean[name], dtype=np.float64)
        mask = np.isfinite(ys)
        xs, ys = x[mask], ys[mask]
        lo_all = np.asarray(low[name], dtype=np.float64)[mask]
        hi_all = np.asarray(high[name], dtype=np.float64)[mask]
        idx = decimate(xs, ys, target)
        if len(idx):
            lo, hi = np.minimum.reduceat(lo_all, idx), np.maximum.reduceat(hi_all, idx)
        else:
            lo, hi = lo_all[:0], hi_all[:0]
        codes, labels = classify_points(kind, name, ys[idx])
        offset, scale, _unit, decimals = display_transform(kind, name, unit)
        lo, hi = np.minimum(offset + scale * lo, offset + scale * hi), np.maximum(
            offset + scale * lo, offset + scale * hi)
        out.append(ComponentSeries(
            name, _(spec.component(name).label), xs[idx], offset + scale * ys[idx], codes, labels,
            decimals, _band(kind, name, None, offset, scale), lo, hi))
    return tuple(out)


def _chart(kind: str, unit: str | None, range_key: str, start: dt.datetime | None,
           now: dt.datetime, **kw: Any) -> ChartData:
    spec = get_kind(kind)
    shown = display_transform(kind, plotted_components(kind)[0], unit)[2]
    return ChartData(spec.key, _(spec.label), shown, range_key,
                     None if start is None else to_days(start), to_days(now), **kw)


def load_chart_data(readings: Any, profile_id: str, kind: str, range_key: str,
                    now: dt.datetime, unit: str | None = None, *,
                    target: int = TARGET_POINTS) -> ChartData:
    """Fetch and prepare one chart (runs on the database worker, never the GUI thread).

    A range with at most ``RAW_LIMIT`` readings is plotted point by point; a longer one
    reads the stored per-day roll-up instead (reading a million raw rows out of SQLCipher
    would take about a second).
    """
    spec = get_kind(kind)
    start, _end = range_bounds(range_key, now)
    count = readings.count(profile_id, spec.key, start=start)
    if count == 0:
        return _chart(spec.key, unit, range_key, start, now)
    names = [c.name for c in spec.components]
    if count <= RAW_LIMIT:
        contexts: list[str | None] | None = None
        if spec.contexts:
            views = readings.for_profile(profile_id, spec.key, start=start, newest_first=False)
            times = [v.taken_at for v in views]
            raw = {n: [v.values.get(n) for v in views] for n in names}
            contexts = [v.context for v in views]
        else:
            times, raw = readings.series(profile_id, spec.key, start=start)
        columns = {n: np.array([np.nan if v is None else v for v in raw[n]], dtype=np.float64)
                   for n in names}
        parts = build_raw(spec.key, times_to_days(times), columns, unit, contexts=contexts,
                          target=target)
        return _chart(spec.key, unit, range_key, start, now, source_points=count,
                      components=parts)
    cols = readings.daily_columns(profile_id, spec.key,
                                  start=None if start is None else start.date())
    # Noon UTC of each day, as date numbers, from the ISO dates in one numpy step.
    x = np.array(cols.days, dtype="datetime64[D]").astype(np.float64) + 0.5

    def column(by_name: dict[str, Sequence[float | None]], name: str) -> np.ndarray:
        # numpy reads None as NaN in a float64 array: a day without this component.
        return np.array(by_name[name], dtype=np.float64)

    plotted = plotted_components(spec.key)
    parts = build_daily(spec.key, x, {n: column(cols.mean, n) for n in plotted},
                        {n: column(cols.minimum, n) for n in plotted},
                        {n: column(cols.maximum, n) for n in plotted}, unit, target=target)
    return _chart(spec.key, unit, range_key, start, now, daily=True, source_points=count,
                  components=parts)
