"""What reminding while locked costs, for 5 people x 30 medicines.

    python bench/bench_locked.py [--pairs 10] [--markdown FILE]

1. At lock time: A = the reminder plan of the coming four days, the sealing key and the
   plan written encrypted for a start before the unlock (an in-memory keyring); B (the
   mark) = one ordinary reminder tick (caregiver alert scan + due now).
2. While locked, every 30 s: A = the locked tick (the plan's lines, no database); B = the
   unlocked tick again.
3. At unlock: A = opening, checking and applying the answers sealed for the next three
   hours' doses (up to 30); B = the catch-up query that runs at every unlock anyway.

Store: bench_doses.thirty_medicines (a month of history, mixed schedules). Paired and
alternating (bench/paired.py): the ratios are the numbers to read, not the milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_doses import PASS, thirty_medicines
from paired import Side, print_table, run_pairs, write_markdown

from healthdesk.services.record import HealthRecord
from healthdesk.services.reminder_plan import ReminderPlanService, lock_lines
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.keys import KdfParams
from tests.keyring_memory import MemoryKeyring

UTC = dt.UTC
ZONE = "Europe/London"


def _timed(fn) -> dict[str, float]:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return {"run": time.perf_counter() - t}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--markdown", metavar="FILE")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-locked-"))
    now = dt.datetime.now(UTC)
    rec, _ = HealthRecord.create(tmp / "store", PASS, kdf=KdfParams.FAST_FOR_TESTS)
    thirty_medicines(rec, now)
    rec.preferences.set("record_doses_while_locked", True)
    plans = ReminderPlanService(rec.store, DeviceKeyring(MemoryKeyring()))

    def lock() -> None:
        plan = plans.build(ZONE)
        rec.locked_doses.prepare()
        plans.save(plan)

    def tick() -> None:
        rec.alerts.scan()
        rec.reminders.due_now(ZONE)

    plan = plans.build(ZONE)
    later = now + dt.timedelta(hours=3)
    sealer = rec.locked_doses.prepare()
    doses = [d for d in plan.doses if d.scheduled_for <= later][:30]

    def seal_then_apply() -> dict[str, float]:
        for d in doses:  # sealing is what the locked app does, one click at a time
            sealer.record(d.medication_id, d.scheduled_for, "snoozed", now, 10)
        t = time.perf_counter()
        report = rec.locked_doses.apply_pending()
        took = time.perf_counter() - t
        assert len(report.settled) == len(doses)
        return {"run": took}

    results = [
        run_pairs(f"at lock: plan of {len(plan.doses)} doses, key, encrypted copy",
                  Side("lock", lambda: _timed(lock)), Side("one tick", lambda: _timed(tick)),
                  pairs=args.pairs),
        run_pairs("while locked: a tick", Side("locked tick", lambda: _timed(
            lambda: lock_lines(plan, later, {}))), Side("unlocked tick", lambda: _timed(tick)),
                  pairs=args.pairs),
        run_pairs(f"at unlock: apply {len(doses)} sealed answers",
                  Side("apply", seal_then_apply),
                  Side("catch-up", lambda: _timed(lambda: rec.reminders.catch_up(ZONE))),
                  pairs=args.pairs),
    ]
    rec.close()
    print_table(results)
    if args.markdown:
        write_markdown(results, args.markdown)


if __name__ == "__main__":
    main()
