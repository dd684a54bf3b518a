"""The clinic's patient register: what the desk waits for with 10,000 patients.

    python bench/bench_register.py [--patients 10000] [--rounds 20]

1. ``healthdesk demo --clinic``'s generation (10,000 patients, 5 staff, a year of visits).
2. Opening that store with its key, and the register's refresh (the register dialog's
   first paint), median of 5.
3. Search as you type: every prefix of a few queries (a Latin name, a Devanagari name, a
   phone, a clinic number, a date of birth), one ``patients.search`` per keystroke, each
   paired, alternating, with the mark: a bare ``SELECT count(*) FROM clinic_register``
   through the same read path (one read transaction that touches every register row, the
   least any search must do). Prints p50/p99 per keystroke, the ratio of medians to the
   mark, and the load average, as Markdown rows for docs/performance.md.
4. A whole visit by the doctor signed in (find, open, two readings, the note, a
   prescription, the next appointment), paired with one bare reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from healthdesk.demo.clinic import build_clinic
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from healthdesk.store.vault import open_store

PASS = "benchmark passphrase"
QUERIES = ("kamala patil", "राम शर्मा", "98765", "00421", "1961-05-02", "முருகன்")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    d = Path(tempfile.mkdtemp(prefix="hd-bench-register-")) / "data"
    rows: list[tuple[str, str, str]] = []

    t = time.perf_counter()
    rec, _ = HealthRecord.create(d, PASS, kdf=KdfParams(time_cost=1, memory_cost=1024,
                                                        parallelism=1))
    summary = build_clinic(rec)
    gen = time.perf_counter() - t
    key = rec.store.data_key
    rec.close()
    rows.append(("clinic demo generation", f"{gen:.1f} s", ", ".join(
        f"{n} {k}" for k, n in summary.counts.items())))

    opens = []
    for _ in range(5):
        t = time.perf_counter()
        rec = HealthRecord(open_store(d, data_key=key))
        rec.patients.refresh()
        rec.patients.recent()
        opens.append(time.perf_counter() - t)
        rec.close()
    rows.append(("open clinic store + register", f"{statistics.median(opens) * 1e3:.0f} ms",
                 "open with the key, refresh the register, recent patients (median of 5)"))

    rec = HealthRecord(open_store(d, data_key=key))
    rec.patients.refresh()

    def mark() -> None:
        with rec.store.read() as s:
            s.execute(text("SELECT count(*) FROM clinic_register")).scalar()

    searches: list[float] = []
    marks: list[float] = []
    for _ in range(args.rounds):
        for q in QUERIES:
            for i in range(1, len(q) + 1):
                t = time.perf_counter()
                rec.patients.search(q[:i])
                searches.append(time.perf_counter() - t)
                t = time.perf_counter()
                mark()
                marks.append(time.perf_counter() - t)
    # A whole visit, as the doctor signed in does it: find the patient, open them, two
    # readings, the visit note, a prescription, the next appointment (each its own
    # transaction, as the window saves them). The mark: one bare reading.
    rec.clinic.sign_in("Dr Arjun Rao", "2222")
    # The demo numbers from this computer's series: HD-KMRT-00001 ...
    series = (rec.patients.search("00001")[0].clinic_no or "")[:-5]
    visits: list[float] = []
    bare: list[float] = []
    for i in range(args.rounds):
        patient = rec.patients.search(f"{series}{i + 1:05d}")[0].profile_id
        t = time.perf_counter()
        pid = rec.patients.search(f"{series}{i + 101:05d}")[0].profile_id
        rec.patients.opened(pid)
        rec.readings.record(pid, "blood_pressure", {"systolic": 132, "diastolic": 84})
        rec.readings.record(pid, "weight", {"value": 71.5}, unit="kg")
        now = rec.now()
        rec.encounters.add(pid, "Diabetes review", now, practitioner="Dr Arjun Rao",
                           notes="Sugar better; walk 30 minutes a day.")
        rec.medications.add(pid, "Metformin", strength="500 mg", instructions="after food")
        rec.appointments.add(pid, "Review", now + dt.timedelta(days=28), clinician="Dr Arjun Rao")
        visits.append(time.perf_counter() - t)
        t = time.perf_counter()
        rec.readings.record(patient, "pulse", {"pulse": 72})
        bare.append(time.perf_counter() - t)
    rec.clinic.sign_out()
    rec.close()
    rows.append(("a whole visit", f"p50 {pct(visits, 0.5) * 1e3:.0f} ms, "
                 f"p99 {pct(visits, 0.99) * 1e3:.0f} ms",
                 f"{len(visits)} visits: search, open, 2 readings, note, prescription, next "
                 f"appointment; {statistics.median(visits) / statistics.median(bare):.1f}x one "
                 f"bare reading (p50 {pct(bare, 0.5) * 1e3:.1f} ms)"))
    ratio = statistics.median(searches) / statistics.median(marks)
    rows.append(("register search per keystroke",
                 f"p50 {pct(searches, 0.5) * 1e3:.1f} ms, p99 {pct(searches, 0.99) * 1e3:.1f} ms",
                 f"{len(searches)} keystrokes over {len(QUERIES)} queries; "
                 f"{ratio:.1f}x the mark (p50 {pct(marks, 0.5) * 1e3:.2f} ms); budget 50 ms"))
    load = os.getloadavg()
    print("| what | time | notes |\n|---|---|---|")
    for what, value, note in rows:
        print(f"| {what} | {value} | {note} |")
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
