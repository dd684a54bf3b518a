"""Medicines benchmarks: what a user waits for on Today, in the CLI and in reminders.

    python bench/bench_doses.py [--runs 50] [--years 10]

1. Today's doses for 5 profiles with 30 medicines each (a month of dose history, mixed
   schedules: several times a day, weekdays, every N days, as needed, two zones).
2. Adherence over ten years of history: the demo store (5 people, 10 years of doses),
   each person's full report (7/30/90 days, streaks, every week since the start).
3. The reminder engine's tick for everyone (due now + caregiver alert scan).

Prints a Markdown table; docs/performance.md keeps the results with the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from healthdesk.demo import fill_record
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from healthdesk.store.models import DoseEvent

PASS = "benchmark passphrase"
UTC = dt.UTC


CPU: dict[int, list[float]] = {}


def timings(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall times; the CPU times of the same runs go to CPU[id(result list)]: on a
    shared machine the CPU time is the figure that does not depend on the neighbours."""
    fn()  # warm: statements compiled, pages cached
    out, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        out.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU[id(out)] = cpu
    return out


def cpu_p50(wall: list[float]) -> str:
    return ms(statistics.median(CPU[id(wall)]))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def ms(x: float) -> str:
    return f"{x * 1e3:.1f} ms"


def thirty_medicines(rec: HealthRecord, now: dt.datetime) -> list[str]:
    rng = random.Random(5)
    zones = ("Europe/London", "Asia/Kolkata")
    pids = []
    for i in range(5):
        pid = rec.profiles.create(name=f"Person {i}", timezone=zones[i % 2]).id
        pids.append(pid)
        for m in range(30):
            kind = m % 10
            if kind == 9:
                sched = ScheduleInput(kind="as_needed", prn_min_interval_minutes=240,
                                      prn_max_per_day=4)
            elif kind == 8:
                sched = ScheduleInput(times_of_day=["09:00"], weekdays=[0, 3])
            elif kind == 7:
                sched = ScheduleInput(times_of_day=["08:00"], interval_days=3)
            else:
                n = 1 + kind % 4
                sched = ScheduleInput(times_of_day=[f"{7 + 4 * j:02d}:00" for j in range(n)],
                                      tz_policy="local" if kind == 2 else "home")
            rec.medications.add(pid, f"Medicine {m}", stock_count=90, refill_threshold=10,
                                start_date=(now - dt.timedelta(days=40)).date(),
                                caregiver_alert_minutes=60 if kind == 1 else None,
                                schedule=sched)
    # A month of history, written in one transaction per person.
    for pid in pids:
        with rec.store.write() as s:
            for med in rec.medications.for_profile(pid):
                sc = med.schedule
                if sc is None or sc.kind != "fixed":
                    continue
                for back in range(1, 31):
                    day = (now - dt.timedelta(days=back)).date()
                    for hhmm in sc.times_of_day:
                        if rng.random() < 0.1:
                            continue
                        due = dt.datetime.combine(day, dt.time.fromisoformat(hhmm), UTC)
                        s.add(DoseEvent(profile_id=pid, medication_id=med.id,
                                        scheduled_for=due, action="taken",
                                        at=due + dt.timedelta(minutes=rng.randint(0, 40)),
                                        amount=1.0))
    return pids


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--years", type=float, default=10)
    args = ap.parse_args()
    rows: list[tuple[str, ...]] = []
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-doses-"))

    now = dt.datetime.now(UTC)
    rec, _ = HealthRecord.create(tmp / "meds", PASS, kdf=KdfParams.FAST_FOR_TESTS)
    pids = thirty_medicines(rec, now)
    zone = "Europe/London"
    one = timings(lambda: rec.dose_day.for_day(pids[0], None, zone), args.runs)
    everyone = timings(lambda: rec.dose_day.for_days(pids, None, zone), args.runs)
    doses = sum(len(rec.dose_day.for_day(p, None, zone).doses) for p in pids)
    def goal(wall: list[float], limit: float) -> str:
        cpu = statistics.median(CPU[id(wall)])
        return f"<= {limit * 1e3:.0f} ms: {cpu / limit:.2f}x (CPU)"

    rows.append(("today's doses, 1 person x 30 medicines", ms(statistics.median(one)),
                 ms(pct(one, 0.99)), cpu_p50(one), goal(one, 0.010)))
    rows.append((f"today's doses, 5 people x 30 medicines ({doses} doses)",
                 ms(statistics.median(everyone)), ms(pct(everyone, 0.99)),
                 cpu_p50(everyone), goal(everyone, 0.010)))
    tick = timings(lambda: (rec.alerts.scan(), rec.reminders.due_now(zone)),
                   max(10, args.runs // 5))
    rows.append(("reminder tick, everyone (alert scan + due now)",
                 ms(statistics.median(tick)), ms(pct(tick, 0.99)), cpu_p50(tick),
                 "every 30 s, off the GUI thread"))
    week = timings(lambda: rec.adherence.overview(pids[0]), max(10, args.runs // 5))
    rows.append(("adherence 7/30/90 + 26 weeks, 30 medicines", ms(statistics.median(week)),
                 ms(pct(week, 0.99)), cpu_p50(week), "Today page"))
    rec.close()

    demo, _ = HealthRecord.create(tmp / "demo", PASS, kdf=KdfParams.FAST_FOR_TESTS)
    fill_record(demo, profiles=5, years=args.years)
    people = demo.profiles.all()
    since = (demo.now() - dt.timedelta(days=round(365.25 * args.years))).date()
    events = 0
    with demo.store.read() as s:
        from sqlalchemy import func, select

        events = s.scalar(select(func.count()).select_from(DoseEvent)) or 0
    per: list[tuple[float, float, float]] = []
    scheduled = 0
    for p in people:
        got = timings(lambda p=p: demo.adherence.overview(p.id, since=since),
                      max(5, args.runs // 5))
        per.append((statistics.median(got), pct(got, 0.99), statistics.median(CPU[id(got)])))
        report = demo.adherence.overview(p.id, since=since)
        scheduled = max(scheduled, sum(w.scheduled for w in report.overall.weeks))
    wall, p99, cpu = max(per, key=lambda x: x[2])
    rows.append((f"adherence over {args.years:g} years, one person (slowest of 5: "
                 f"{scheduled} doses due, 6 medicines)", ms(wall), ms(p99), ms(cpu),
                 f"<= 100 ms: {cpu / 0.100:.2f}x (CPU)"))
    rows.append((f"adherence over {args.years:g} years, all 5 people ({events} events)",
                 ms(sum(x[0] for x in per)), "—", ms(sum(x[2] for x in per)), "—"))
    demo.close()

    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print()
    print(f"Load average at the end: {os.getloadavg()[0]:.1f}")
    print()
    print("| what | wall p50 | wall p99 | CPU p50 | goal / ratio |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
