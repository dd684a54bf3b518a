"""One tick of everything the notification centre adds, for 5 people x 30 medicines.

    python bench/bench_notifications.py [--pairs 10]

A: the app's minute tick as it now is: the caregiver alert scan, then every producer
   (missed doses, caregiver alerts, refills, appointments, readings, sync problem), then
   one delivery pass (nothing due: the steady state), plus the reminder engine's due-now.
B (the mark): the reminder tick before the notification centre (alert scan + due now).

Store: bench_doses.thirty_medicines (a month of dose history, mixed schedules), plus two
emergency contacts, an appointment tomorrow and a reading each. Paired and alternating
(bench/paired.py); the ratio is what the notification centre costs on top.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_doses import PASS, thirty_medicines
from paired import Side, print_table, run_pairs, write_markdown

from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams

UTC = dt.UTC


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--markdown", metavar="FILE")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-notify-"))
    now = dt.datetime.now(UTC)
    rec, _ = HealthRecord.create(tmp / "store", PASS, kdf=KdfParams.FAST_FOR_TESTS)
    pids = thirty_medicines(rec, now)
    for pid in pids:
        rec.contacts.add(pid, "First contact", email="first@example.com", priority=1)
        rec.contacts.add(pid, "Second contact", phone="+44 20 7946 0000", priority=2)
        rec.appointments.add(pid, "Clinic", now + dt.timedelta(hours=20))
        rec.readings.record(pid, "blood_pressure", {"systolic": 128, "diastolic": 82})
    raised = len(rec.producers.tick())  # the first tick raises the month's backlog once
    zone = "Europe/London"

    def full() -> dict[str, float]:
        import time

        t = time.perf_counter()
        rec.producers.tick()
        rec.delivery.deliver_once()
        rec.reminders.due_now(zone)
        return {"tick": time.perf_counter() - t}

    def mark() -> dict[str, float]:
        import time

        t = time.perf_counter()
        rec.alerts.scan()
        rec.reminders.due_now(zone)
        return {"tick": time.perf_counter() - t}

    result = run_pairs(f"minute tick, 5 people x 30 medicines ({raised} raised by the first)",
                       Side("with notifications", full), Side("reminders only", mark),
                       pairs=args.pairs)
    rec.close()
    print_table([result])
    if args.markdown:
        write_markdown([result], args.markdown)


if __name__ == "__main__":
    main()
