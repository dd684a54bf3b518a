"""How long the visit summary and the emergency card make a person wait.

Run: ``python bench/bench_reports.py [--runs 10] [--store DIR --passphrase P]``

On a ``healthdesk demo`` store (5 people, 10 years; made in a temporary folder unless
``--store`` names one), p50/p99 over ``--runs`` runs of, for the person with the most
readings: the visit summary over all ten years and over the default 90 days (gathering
from the store + drawing the PDF), and the emergency card (wallet). Budgets from issue 15:
summary of 10 years <= 2 s, card <= 300 ms. Prints the machine and the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "bench passphrase"


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up: the first call also loads the font files
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def show(name: str, samples: list[float], budget: float) -> None:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"{name:<38} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  "
          f"(p99 = {p99 / budget:.2f}x the {budget:.0f} ms budget)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--store")
    ap.add_argument("--passphrase", default=PASSPHRASE)
    args = ap.parse_args()
    print(f"{platform.platform()}  cpus={os.cpu_count()}  load={os.getloadavg()}")
    from healthdesk.cli.main import main as cli
    from healthdesk.interop.transfer import Transfer
    from healthdesk.services.record import HealthRecord

    tmp = None
    store = Path(args.store) if args.store else None
    if store is None:
        tmp = tempfile.TemporaryDirectory()
        store = Path(tmp.name) / "demo"
        pw = Path(tmp.name) / "pass"
        pw.write_text(args.passphrase + "\n")
        os.environ.setdefault("HEALTHDESK_KDF", "fast")
        t0 = time.perf_counter()
        assert cli(["demo", "--years", "10", "--data-dir", str(store),
                    "--passphrase-file", str(pw)]) == 0
        print(f"demo store made in {time.perf_counter() - t0:.1f} s")
    record = HealthRecord.open(store, passphrase=args.passphrase)
    try:
        people = record.profiles.all()
        person = max(people, key=lambda p: record.readings.count(p.id))
        n = record.readings.count(person.id)
        print(f"person: {person.name}, {n} readings")
        transfer = Transfer(record)
        ten_years = record.now().date() - dt.timedelta(days=3653)
        size = len(transfer.visit_summary(person.id, start=ten_years))
        print(f"visit summary of ten years: {size / 1024:.0f} KiB")
        show("visit summary, 10 years", timed(
            lambda: transfer.visit_summary(person.id, start=ten_years), args.runs), 2000)
        show("visit summary, last 90 days", timed(
            lambda: transfer.visit_summary(person.id), args.runs), 2000)
        show("emergency card (wallet)", timed(
            lambda: transfer.emergency_card(person.id), args.runs), 300)
        t0 = time.perf_counter()
        transfer.export_ics()
        print(f"calendar export, everyone: {(time.perf_counter() - t0) * 1000:.1f} ms")
    finally:
        record.close()
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
