"""Ten years of daily readings charted, query included, paired with the raw redraw.

    QT_QPA_PLATFORM=offscreen python bench/bench_chart_p99.py [--pairs 5] [--runs 40]
        [--python-gc] [--markdown FILE]

A: what the person waits for after pressing "All": read the per-day roll-up
(``ReadingsService.daily_columns``), prepare, ``set_data`` and draw (Agg, offscreen).
B, the mark, alternating with it: the same 3,650 points redrawn from memory (prepare +
``set_data`` + draw, nothing read). Each run is ``--runs`` charts, p50 / p99 / max.

The garbage collector runs as in the app (ui/gc_guard.py: automatic collection off,
collected on the GUI thread every 5 s, start-up's objects frozen) and its timer ticks
between charts; the longest collection pause of each run is reported too, because a
pause the user sees between two charts is as bad as one inside a chart.
``--python-gc`` leaves Python's automatic collection on instead (what the numbers were
before the guard froze start-up's objects, and what a script calling the services sees).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_charts import open_store
from paired import Side, pct, print_table, run_pairs, write_markdown


class Pauses:
    """The longest garbage-collection pause since the last ``take``."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._t = 0.0
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._t = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._t)

    def take(self) -> float:
        out, self.longest = self.longest, 0.0
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--python-gc", action="store_true")
    ap.add_argument("--store")
    ap.add_argument("--markdown")
    args = ap.parse_args()

    import numpy as np

    from healthdesk.ui import chart_data as cd
    from healthdesk.ui.charts import ReadingsChart
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.gc_guard import GcGuard
    from healthdesk.ui.ops import TaskManager
    from healthdesk.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    guard = None if args.python_gc else GcGuard(app)
    record, pid = open_store(args.store)
    readings, now = record.readings, record.now()  # type: ignore[attr-defined]
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
    kind = "blood_pressure"
    days = readings.daily_series(pid, kind)
    x = np.array([cd.to_days(cd.dt.datetime.combine(d.day, cd.dt.time(12), cd.dt.UTC))
                  for d in days])
    cols = {attr: {n: np.array([getattr(d, attr).get(n, np.nan) for d in days])
                   for n in ("systolic", "diastolic")} for attr in ("mean", "minimum", "maximum")}
    del days
    pauses = Pauses()

    def draw(data: cd.ChartData) -> None:
        chart.data = data
        chart.redraw()
        canvas.draw()

    def from_memory() -> None:
        parts = cd.build_daily(kind, x, cols["mean"], cols["minimum"], cols["maximum"], None)
        draw(cd.ChartData(kind, "Blood pressure", "mmHg", "all", None, cd.to_days(now),
                          daily=True, source_points=len(x), components=parts))

    def from_store() -> None:
        draw(cd.load_chart_data(readings, pid, kind, "all", now))

    def side(fn):  # type: ignore[no-untyped-def]
        def run() -> dict[str, float]:
            out = []
            pauses.take()
            for _ in range(args.runs):
                app.processEvents()  # the guard's timer, as between two clicks
                t = time.perf_counter()
                fn()
                out.append(time.perf_counter() - t)
            app.processEvents()
            return {"p50": pct(out, .5), "p99": pct(out, .99), "max": max(out),
                    "longest GC pause": pauses.take() or 1e-9}
        return run

    policy = "Python's automatic GC" if args.python_gc else "the app's GC guard"
    res = run_pairs(f"chart, 10 y daily ({policy})",
                    Side("HealthDesk: roll-up read + prepare + draw", side(from_store)),
                    Side("the same 3,650 points redrawn from memory", side(from_memory)),
                    pairs=args.pairs)
    print(f"{len(x):,} days; {readings.count(pid, kind):,} readings")
    print_table([res])
    if args.markdown:
        write_markdown([res], args.markdown)
    tasks.wait_idle()
    if guard is not None:
        guard.release()
    record.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
