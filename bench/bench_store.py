"""Store benchmarks for the foundation: what a user waits for.

    python bench/bench_store.py [--years 10] [--profiles 5] [--n 1000]

Measures demo generation, unlocking and opening the demo store and showing today's
summary, recording a reading and taking a dose (p50/p99 over N commits, outbox, audit
and roll-up triggers included), and the canonical export. Prints a Markdown table;
docs/performance.md keeps the results with the machine they ran on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from healthdesk.demo import fill_record
from healthdesk.interop.json_export import export_json
from healthdesk.services.record import HealthRecord
from healthdesk.store.vault import open_store

PASS = "benchmark passphrase"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def today_summary(rec: HealthRecord) -> None:
    for p in rec.profiles.all():
        rec.medications.for_profile(p.id)
        rec.readings.latest_per_kind(p.id)
        rec.appointments.upcoming(p.id, limit=3)
        rec.doses.events_for_day(p.id, rec.now().date(), p.timezone or "UTC")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--profiles", type=int, default=5)
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-"))
    d = tmp / "data"

    t = time.perf_counter()
    rec, _ = HealthRecord.create(d, PASS)
    summary = fill_record(rec, profiles=args.profiles, years=args.years)
    gen = time.perf_counter() - t
    rec.close()
    rows.append(("demo generation", f"{gen:.1f} s", f"{args.profiles} profiles, "
                 f"{args.years:g} years: {summary}"))
    size = sum(p.stat().st_size for p in d.iterdir())
    rows.append(("demo store size", f"{size / 1e6:.0f} MB", "database + keys"))

    opens, unlocks, todays = [], [], []
    for _ in range(5):
        t = time.perf_counter()
        rec = HealthRecord.open(d, passphrase=PASS)
        unlocks.append(time.perf_counter() - t)
        key = rec.store.data_key
        rec.close()
        t = time.perf_counter()
        rec = HealthRecord(open_store(d, data_key=key))
        opens.append(time.perf_counter() - t)
        t = time.perf_counter()
        today_summary(rec)
        todays.append(time.perf_counter() - t)
        rec.close()
    rows.append(("unlock with passphrase + open", f"{statistics.median(unlocks) * 1e3:.0f} ms",
                 "Argon2id 64 MiB x3 + probe + schema check (median of 5)"))
    rows.append(("open with remembered key", f"{statistics.median(opens) * 1e3:.0f} ms",
                 "keyring path: probe + schema check (median of 5)"))
    rows.append(("today's summary, all profiles", f"{statistics.median(todays) * 1e3:.0f} ms",
                 "medicines, latest readings, next appointments, today's doses"))
    rows.append(("open + today (goal <= 1 s)",
                 f"{(statistics.median(opens) + statistics.median(todays)) * 1e3:.0f} ms",
                 f"ratio to goal {(statistics.median(opens) + statistics.median(todays)):.2f}"))

    rec = HealthRecord(open_store(d, data_key=key))
    pid = rec.profiles.all()[0].id
    rec_times = []
    base = rec.now() - dt.timedelta(days=400)
    for i in range(args.n):
        t = time.perf_counter()
        rec.readings.record(pid, "blood_pressure", {"systolic": 120 + i % 30, "diastolic": 80,
                                                    "pulse": 70},
                            taken_at=base + dt.timedelta(minutes=i))
        rec_times.append(time.perf_counter() - t)
    rows.append(("record a reading", f"p50 {pct(rec_times, .5) * 1e3:.2f} ms / "
                 f"p99 {pct(rec_times, .99) * 1e3:.2f} ms",
                 f"{args.n} commits; goal p99 <= 5 ms (ratio {pct(rec_times, .99) * 1e3 / 5:.2f}); "
                 "Anki add_note p99 1.3 ms"))
    med = rec.medications.add(pid, "Bench medicine", stock_count=100000)
    dose_times = []
    for i in range(args.n):
        t = time.perf_counter()
        rec.doses.record(med.id, "taken", scheduled_for=base + dt.timedelta(hours=i),
                         at=base + dt.timedelta(hours=i, minutes=3))
        dose_times.append(time.perf_counter() - t)
    rows.append(("take a dose", f"p50 {pct(dose_times, .5) * 1e3:.2f} ms / "
                 f"p99 {pct(dose_times, .99) * 1e3:.2f} ms",
                 f"{args.n} commits incl. stock update and double-dose check"))

    t = time.perf_counter()
    data = export_json(rec.store, tmp / "export.json")
    ex = time.perf_counter() - t
    rows.append(("canonical JSON export", f"{ex:.1f} s", f"{len(data) / 1e6:.0f} MB"))
    rec.close()

    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print("| what | result | notes |\n|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")


if __name__ == "__main__":
    main()
