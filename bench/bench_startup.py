"""Cold start to a usable window, against a bare PySide6 window on the same machine.

    python bench/bench_startup.py [--runs 7]

Each run is a fresh interpreter (so imports are paid, as a user pays them): open the
demo store with the key remembered on the device, build the main window, show it, and
wait until the Today page has its data and has painted. The peer is a bare QLabel
window painted once. DESIGN.md's aim: <= 3x the bare window; issue #4: <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([]); w = QLabel("hello"); w.resize(800, 600); w.show()
app.processEvents(); w.grab()
print(time.perf_counter() - t0)
"""

APP = """
import sys, time; t0 = time.perf_counter()
from healthdesk.services.record import HealthRecord
from healthdesk.store.vault import open_store
from healthdesk.app.start import make_app
from healthdesk.ui.context import UiContext
from healthdesk.ui.main_window import MainWindow
from healthdesk.ui.ops import TaskManager
app = make_app()
record = HealthRecord(open_store(sys.argv[1], data_key=bytes.fromhex(sys.argv[2])))
ctx = UiContext(record, TaskManager())
w = MainWindow(ctx); w.resize(1180, 760); w.show()
while ctx.tasks.pending:
    app.processEvents(); ctx.tasks.db_pool.waitForDone(5)
app.processEvents(); w.grab()
print(time.perf_counter() - t0)
ctx.tasks.wait_idle(); record.close()
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True)
    wall = time.perf_counter() - t
    return min(wall, wall) if not out.stdout.strip() else wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from healthdesk.demo import fill_record
    from healthdesk.services.record import HealthRecord

    d = Path(tempfile.mkdtemp(prefix="hd-start-")) / "data"
    rec, _ = HealthRecord.create(d, "benchmark passphrase")
    fill_record(rec)
    key = rec.store.data_key.hex()
    rec.close()
    timed(APP, str(d), key)  # warm the OS file cache once, as a second launch would be
    bare = [timed(BARE) for _ in range(args.runs)]
    app = [timed(APP, str(d), key) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"| what | median of {args.runs} | ratio |\n|---|---|---|")
    print(f"| bare PySide6 window, process start to painted | {b * 1e3:.0f} ms | 1.0 |")
    print(f"| HealthDesk, process start to Today painted (demo store, remembered key) "
          f"| {a * 1e3:.0f} ms | {a / b:.2f}x bare; {a:.2f}x the 1 s goal |")


if __name__ == "__main__":
    main()
