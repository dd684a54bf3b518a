"""How long the Readings page's chart and table make a person wait.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_charts.py [--runs 20] [--store DIR]``

Measures, p50/p99 over ``--runs`` runs, on a real encrypted demo store (one person,
ten years, built with ``healthdesk.demo.fill_record`` unless ``--store`` names one):

a. decimating 1,000,000 points to 2,000 (MinMaxLTTB + the true min and max);
b. a full chart redraw, prepare + ``set_data`` + ``canvas.draw()`` (Agg, offscreen):
   - ten years of blood pressure from the store's per-day roll-up, both without and
     with the fetch (what the user waits for after pressing "All"),
   - a synthetic 1,000,000-point series (prepare = decimate + classify);
   the floor is the same canvas drawing an empty chart, measured in the same run;
c. one 200-row page of the table model, at the top and deep in the list.

Prints the machine (``platform``, ``os.cpu_count()``) first.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

BUDGET_MS = 150.0
PASSPHRASE = "bench passphrase"


def timed(fn: Callable[[], object], runs: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def report(name: str, samples: list[float], budget: float | None = None,
           floor: float | None = None) -> None:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    extra = ""
    if budget:
        extra += f"  p99 = {p99 / budget:.2f}x the {budget:.0f} ms budget"
    if floor:
        extra += f"  ({p50 / floor:.1f}x an empty redraw)"
    print(f"{name:<58} p50 {p50:8.2f} ms   p99 {p99:8.2f} ms{extra}")


def open_store(path: str | None) -> tuple[object, str]:
    from healthdesk.services.record import HealthRecord

    if path:
        record = HealthRecord.open(Path(path), passphrase=PASSPHRASE)
        return record, record.profiles.all()[0].id  # type: ignore[attr-defined]
    data = Path(tempfile.mkdtemp(prefix="bench-charts-")) / "data"
    t0 = time.perf_counter()
    record, _ = HealthRecord.create(data, PASSPHRASE)
    from healthdesk.demo import fill_record

    summary = fill_record(record, profiles=1, years=10)
    print(f"demo store: {summary.counts['measurements']:,} readings, built in "
          f"{time.perf_counter() - t0:.1f} s at {data}")
    return record, summary.profile_ids[0]


def synthetic(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = 20_000 + np.arange(n, dtype=np.float64) * (3650 / n)
    y = np.clip(128 + np.cumsum(rng.normal(0, 0.05, n)) + rng.normal(0, 6, n), 60, 260)
    return x, y


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--store", help="an existing store (passphrase 'bench passphrase')")
    args = parser.parse_args()
    runs = args.runs
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")

    from healthdesk.ui import chart_data as cd
    from healthdesk.ui.charts import ReadingsChart
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.ops import TaskManager
    from healthdesk.ui.qt import QApplication
    from healthdesk.ui.readings_model import ReadingsSource

    app = QApplication.instance() or QApplication([])
    x1m, y1m = synthetic(1_000_000)

    # (a) decimation
    report("a. decimate 1,000,000 -> 2,000 points",
           timed(lambda: cd.decimate(x1m, y1m, 2000), runs))

    record, pid = open_store(args.store)
    readings = record.readings  # type: ignore[attr-defined]
    now = record.now()  # type: ignore[attr-defined]
    tasks = TaskManager()
    ctx = UiContext(record, tasks)  # type: ignore[arg-type]
    ctx.set_profile(pid)
    chart = ReadingsChart(ctx)
    chart.resize(900, 420)
    chart.range_key = "all"
    chart.show()
    deadline = time.time() + 60
    while (chart.canvas is None or tasks.pending) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.005)
    canvas = chart.canvas

    def draw(data: cd.ChartData) -> None:
        chart.data = data
        chart.redraw()
        canvas.draw()

    empty = cd.load_chart_data(readings, pid, "weight", "2w", now.replace(year=1990))
    floor_samples = timed(lambda: draw(empty), runs)
    report("   floor: redraw an empty chart (set_data + draw)", floor_samples)
    floor = statistics.median(floor_samples)

    # (b) ten years of daily roll-ups from the store
    kind = "blood_pressure"
    days = readings.daily_series(pid, kind)
    x = np.array([cd.to_days(cd.dt.datetime.combine(d.day, cd.dt.time(12), cd.dt.UTC))
                  for d in days])
    cols = {attr: {n: np.array([getattr(d, attr).get(n, np.nan) for d in days])
                   for n in ("systolic", "diastolic")} for attr in ("mean", "minimum", "maximum")}
    print(f"   ten years of {kind}: {readings.count(pid, kind):,} readings, {len(days):,} days")

    def prepare_daily() -> cd.ChartData:
        parts = cd.build_daily(kind, x, cols["mean"], cols["minimum"], cols["maximum"], None)
        return cd.ChartData(kind, "Blood pressure", "mmHg", "all", None, cd.to_days(now),
                            daily=True, source_points=len(days), components=parts)

    report("b. 10 y daily: prepare only (decimate + classify)", timed(prepare_daily, runs))
    report("b. 10 y daily: prepare + set_data + draw",
           timed(lambda: draw(prepare_daily()), runs), BUDGET_MS, floor)
    report("b. 10 y daily: fetch roll-up + prepare + set_data + draw",
           timed(lambda: draw(cd.load_chart_data(readings, pid, kind, "all", now)), runs),
           BUDGET_MS, floor)
    report("   (of which: daily_series fetch alone)",
           timed(lambda: readings.daily_series(pid, kind), runs))
    report("b. 1 y raw points: fetch + prepare + set_data + draw",
           timed(lambda: draw(cd.load_chart_data(readings, pid, kind, "1y", now)), runs),
           BUDGET_MS, floor)

    def prepare_million() -> cd.ChartData:
        parts = cd.build_raw(kind, x1m, {"systolic": y1m, "diastolic": y1m * 0.62}, None)
        return cd.ChartData(kind, "Blood pressure", "mmHg", "all", None, float(x1m[-1]),
                            source_points=len(x1m), components=parts)

    report("b. 1,000,000 synthetic points: prepare only", timed(prepare_million, runs))
    report("b. 1,000,000 synthetic points: prepare + set_data + draw",
           timed(lambda: draw(prepare_million()), runs), BUDGET_MS, floor)

    # (c) the table model's page read
    source = ReadingsSource(readings, pid, None)
    total = source.count()
    report("c. table page: 200 rows at offset 0", timed(lambda: source.page(0, 200), runs))
    deep = max(0, total - 400)
    report(f"c. table page: 200 rows at offset {deep:,}",
           timed(lambda: source.page(deep, 200), runs))
    report("c. table count (all kinds)", timed(source.count, runs))
    tasks.wait_idle()
    record.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
