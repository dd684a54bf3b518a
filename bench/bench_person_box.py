"""The window's person box on a clinic store of 10,000 patients, before and after it
stopped listing every profile: paired, alternating runs of the app as it was (a source
tree of the given commit, run with PYTHONPATH) and as it is, on one demo store.

    python bench/bench_person_box.py [--patients 10000] [--pairs 5] [--before fc6d8ab]

Each run is a fresh process (offscreen Qt): open the store, build the main window and
wait until its first reads are done (``open``), show a patient found in the register
(``switch``: what Enter in Find patient does), and reload the box as after a profile
change (``reload``: every registration used to reload all 10,000). Also prints how many
items the box held.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASS = "benchmark passphrase"


def one_run(data: Path, patient: str) -> dict[str, float]:
    """In this process: open, switch, reload; seconds each (and the box's item count)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from healthdesk.services.record import HealthRecord
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.main_window import MainWindow
    from healthdesk.ui.ops import TaskManager
    from healthdesk.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    record = HealthRecord.open(data, passphrase=PASS)
    tasks = TaskManager()
    ctx = UiContext(record, tasks)

    def idle() -> None:
        while tasks.pending:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    t0 = time.perf_counter()
    w = MainWindow(ctx)
    w.show()
    idle()
    t1 = time.perf_counter()
    w.clinic_bar.show_patient(patient)
    idle()
    t2 = time.perf_counter()
    assert ctx.profile_id == patient
    w.reload_profiles()
    idle()
    t3 = time.perf_counter()
    out = {"open": t1 - t0, "switch": t2 - t1, "reload": t3 - t2,
           "items": float(w.profile_box.count())}
    tasks.wait_idle()
    record.close()
    return out


def build(data: Path, patients: int) -> str:
    """The demo store; returns a patient near the end of the register."""
    from healthdesk.demo.clinic import build_clinic
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    record, _ = HealthRecord.create(data, PASS, kdf=KdfParams(time_cost=1, memory_cost=8192,
                                                               parallelism=1))
    build_clinic(record, patients=patients)
    pid = record.patients.search(f"{patients - 3:05d}")[0].profile_id
    record.close()
    return pid


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=10_000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--before", default="fc6d8ab")
    ap.add_argument("--one", nargs=2, metavar=("DATA", "PATIENT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_run(Path(args.one[0]), args.one[1])))
        return
    sys.path.insert(0, str(HERE))
    from paired import Side, print_table, run_pairs

    root = Path(tempfile.mkdtemp(prefix="hd-bench-person-box-"))
    old = root / "before"
    old.mkdir()
    # The app as it was: its source at that commit, nothing of the repository changed.
    archive = subprocess.run(["git", "-C", str(HERE.parent), "archive", args.before],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    data = root / "data"
    t = time.perf_counter()
    patient = build(data, args.patients)
    print(f"demo store of {args.patients} patients in {time.perf_counter() - t:.1f} s")

    items: dict[str, float] = {}

    def side(tree: Path) -> dict[str, float]:
        env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, str(HERE / "bench_person_box.py"), "--one",
                              str(data), patient], env=env, check=True,
                             capture_output=True, text=True, cwd=str(tree)).stdout
        result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
        items[str(tree)] = result.pop("items")  # a count, not a time
        return result

    result = run_pairs(f"person box, clinic of {args.patients}",
                       Side("now", lambda: side(HERE.parent)),
                       Side(f"before ({args.before})", lambda: side(old)), pairs=args.pairs)
    print_table([result])
    print(f"items in the person box: now {items[str(HERE.parent)]:.0f}, "
          f"before {items[str(old)]:.0f}")


if __name__ == "__main__":
    main()
