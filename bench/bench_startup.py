"""Start to Today painted, paired with a bare PySide6 window (A B A B ..., bench/paired.py).

    python bench/bench_startup.py [--pairs 7] [--markdown FILE] [--source] [--rss-starts 3]
                                  [--against OLD_CHECKOUT]

Each run is a fresh interpreter, so imports are paid as a user pays them. HealthDesk
opens the demo store with its data key known (no Argon2id; what a start with the key
remembered on the device costs), goes the way ``healthdesk gui`` goes (QApplication,
GC guard, appearance, translation, main window, reminders and backup timers) and writes
the first-paint marker (healthdesk/ui/first_paint.py) once Today has its data and has
painted. The mark is a bare QLabel window timed to its own first paint the same way.
Both are timed from just before the process is spawned to the marker, not to process
exit (shutdown is not what anyone waits for).

By default the sources are compiled first (``python -m compileall``) and the children
may use their bytecode, as an installed app ships it; ``--source`` sets
PYTHONDONTWRITEBYTECODE and removes the checkout's bytecode so every start compiles.
DESIGN.md / issue 19: <= 3x the bare window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from paired import Side, print_table, run_pairs, write_markdown

MARK = "HEALTHDESK_FIRST_PAINT"
ROOT = Path(__file__).resolve().parent.parent
RSS_KB: list[int] = []  # the app's peak RSS per start (the window, Today, the demo store)

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello"); w.resize(800, 600)
class Watch(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if not self.done and obj is w and ev.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: (print("%s %.6f" % (MARK, time.time()),
                                                file=sys.stderr, flush=True),
                                          print("HEALTHDESK_CPU_S", time.process_time(),
                                                file=sys.stderr, flush=True), app.quit()))
        return False
watch = Watch(); app.installEventFilter(watch)
w.show(); app.exec()
""".replace("MARK", repr(MARK))

APP = """
import sys
from healthdesk.app.start import _apply_saved_appearance, make_app
from healthdesk.services.record import HealthRecord
from healthdesk.store.vault import open_store
from healthdesk.ui.context import UiContext
from healthdesk.ui.first_paint import watch_today
from healthdesk.ui.gc_guard import GcGuard
from healthdesk.ui.i18n import install_translation
from healthdesk.ui.main_window import MainWindow
from healthdesk.ui.ops import TaskManager
from healthdesk.ui.qt import QTimer
app = make_app()
guard = GcGuard(app)
record = HealthRecord(open_store(sys.argv[1], data_key=bytes.fromhex(sys.argv[2])))
_apply_saved_appearance(app, record)
install_translation(app, record.preferences.get("language"))
ctx = UiContext(record, TaskManager())
w = MainWindow(ctx)
import time
def _painted():
    print("HEALTHDESK_CPU_S", time.process_time(), file=sys.stderr, flush=True)
    app.quit()
w.first_paint = watch_today(w, then=_painted)
w.show()
from healthdesk.ui.reminders import ReminderCenter
w.reminders = ReminderCenter(ctx, w)
QTimer.singleShot(800, w.reminders.start)
from healthdesk.ui.backup_timer import BackupTimer
w.backups = BackupTimer(ctx, w); w.backups.start()
app.exec()
import resource
print("HEALTHDESK_MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
ctx.tasks.wait_idle(); record.close(); guard.release()
"""

# The same start, staying up: resident memory at Today's first paint and SETTLE_MS later
# (the reminder centre, the notify bar's first tick and the sync status line have run).
SETTLE_MS = 6000
APP_RSS = APP.replace("w.first_paint = watch_today(w, then=_painted)", """
def _rss_kb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
def _painted():
    print("HEALTHDESK_RSS_PAINT_KB", _rss_kb(), file=sys.stderr, flush=True)
    def settled():
        print("HEALTHDESK_RSS_SETTLED_KB", _rss_kb(), file=sys.stderr, flush=True)
        app.quit()
    QTimer.singleShot(SETTLE_MS, settled)
w.first_paint = watch_today(w, then=_painted)""".replace("SETTLE_MS", str(SETTLE_MS)))


def resident(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """MiB resident at the first paint and SETTLE_MS after it, one start."""
    p = subprocess.run([sys.executable, "-c", APP_RSS, *args], capture_output=True, text=True,
                       env=env, timeout=120)
    got = {line.split()[0]: int(line.split()[1]) / 1024 for line in p.stderr.splitlines()
           if line.startswith("HEALTHDESK_RSS_")}
    if p.returncode != 0 or len(got) != 2:
        raise RuntimeError(f"no RSS lines (exit {p.returncode}):\n{p.stderr[-3000:]}")
    return got["HEALTHDESK_RSS_PAINT_KB"], got["HEALTHDESK_RSS_SETTLED_KB"]


def _env(source: bool) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTHDESK_FIRST_PAINT": "1"}
    env.pop("HEALTHDESK_QUIT_AFTER_MS", None)
    if source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def first_paint(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to its first-paint marker, and to its exit."""
    t0 = time.time()
    p = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                       env=env, timeout=120)
    t_exit = time.time()
    marks = [float(line.split()[1]) for line in p.stderr.splitlines()
             if line.startswith(MARK + " ")]
    if p.returncode != 0 or not marks:
        raise RuntimeError(f"no first-paint marker (exit {p.returncode}):\n{p.stderr[-3000:]}")
    cpu = [float(line.split()[1]) for line in p.stderr.splitlines()
           if line.startswith("HEALTHDESK_CPU_S ")]
    RSS_KB.extend(int(line.split()[1]) for line in p.stderr.splitlines()
                  if line.startswith("HEALTHDESK_MAXRSS_KB "))
    out = {"to first paint": marks[0] - t0, "to process exit": t_exit - t0}
    if cpu:
        # CPU seconds of the whole process (all threads) up to the marker: what the start
        # costs, steadier than the wall clock when other sessions load the cores.
        out["CPU to first paint"] = cpu[0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=7)
    ap.add_argument("--markdown", help="also write the table to this file")
    ap.add_argument("--source", action="store_true",
                    help="no bytecode: every start compiles the sources (an editable checkout)")
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--against", metavar="DIR",
                    help="pair with the app from another checkout instead of the bare window")
    ap.add_argument("--this", metavar="DIR", help="with --against: side A from this checkout")
    ap.add_argument("--rss-starts", type=int, default=3,
                    help="starts that stay up to measure resident memory (0: none)")
    args = ap.parse_args()
    from healthdesk.demo import fill_record
    from healthdesk.services.record import HealthRecord

    if args.source:
        for cache in (ROOT / "healthdesk").rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
    else:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "healthdesk")],
                       check=True)
    d = Path(tempfile.mkdtemp(prefix="hd-start-")) / "data"
    rec, _ = HealthRecord.create(d, "benchmark passphrase")
    fill_record(rec, years=args.years)
    key = rec.store.data_key.hex()
    rec.close()
    env = _env(args.source)
    app = Side("HealthDesk, Today painted (demo store, key known)",
               lambda: first_paint(APP, [str(d), key], env))
    bare = Side("bare PySide6 QLabel window painted", lambda: first_paint(BARE, [], env))
    if args.against:
        if args.this:
            mine = {**env, "PYTHONPATH": str(Path(args.this).resolve())}
            subprocess.run([sys.executable, "-m", "compileall", "-q",
                            str(Path(args.this) / "healthdesk")], check=True)
            app = Side(f"HealthDesk from {args.this}",
                       lambda: first_paint(APP, [str(d), key], mine))
        # Before / after: the same start from another checkout (PYTHONPATH wins over the
        # editable install), e.g. `git archive REV healthdesk resources migrations`.
        other = {**env, "PYTHONPATH": str(Path(args.against).resolve())}
        subprocess.run([sys.executable, "-m", "compileall", "-q",
                        str(Path(args.against) / "healthdesk")], check=True)
        bare = Side(f"HealthDesk from {args.against}",
                    lambda: first_paint(APP, [str(d), key], other))
    res = run_pairs("start-up" + (" (compiling sources)" if args.source else " (bytecode)"),
                    app, bare, pairs=args.pairs)
    print_table([res])
    if RSS_KB:
        import statistics

        print(f"HealthDesk peak RSS at Today (demo store open): median "
              f"{statistics.median(RSS_KB) / 1024:.0f} MiB, max {max(RSS_KB) / 1024:.0f} MiB "
              f"over {len(RSS_KB)} starts (goal <= 150 MiB)")
    if args.rss_starts:
        import statistics

        seen = [resident([str(d), key], env) for _ in range(args.rss_starts)]
        paint = [a for a, _b in seen]
        settled = [b for _a, b in seen]
        print(f"HealthDesk RSS (demo store open), {len(seen)} starts: at Today's first paint "
              f"median {statistics.median(paint):.0f} MiB (max {max(paint):.0f}); "
              f"{SETTLE_MS / 1000:.0f} s later, reminders and status started, median "
              f"{statistics.median(settled):.0f} MiB (max {max(settled):.0f}); goal <= 150 MiB; "
              f"load {os.getloadavg()[0]:.2f}")
    if args.markdown:
        write_markdown([res], args.markdown)
    shutil.rmtree(d.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
