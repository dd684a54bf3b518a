"""Assistant benchmark: how long an offline answer takes on the 10-year demo record.

    python bench/bench_assistant.py [--years 10] [--rounds 5]

Builds the demo record (5 people, ``--years`` of history), then asks a mixed set of
questions (readings over a period, trends, doses, adherence, stock, appointments,
unknown questions) ``--rounds`` times each, as Kamala, and prints p50/p95/max of the
answer alone (``Assistant.answer``) and of answer + saving the two chat messages
(``Assistant.ask``), with wall and CPU time and the load average.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from healthdesk.demo import fill_record
from healthdesk.services.assistant import Assistant
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams

QUESTIONS = (
    "average BP last month", "sugar since Diwali", "BP trend over the last 90 days",
    "lowest glucose this year", "latest weight", "any readings out of range this week",
    "When did I last take metformin?", "did Mum take her evening tablets yesterday",
    "missed doses this week", "adherence last month", "how many days of amlodipine left",
    "next appointment with Dr Raghavan", "what are my allergies", "current medicines",
    "symptoms last month", "goals", "what changed since my last visit",
    "tell me about Arjun", "Li Wei's average pulse last month", "what's the weather like",
)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rec, _ = HealthRecord.create(Path(tmp) / "d", "benchmark passphrase",
                                     kdf=KdfParams(time_cost=1, memory_cost=1024,
                                                   parallelism=1))
        t = time.perf_counter()
        fill_record(rec, years=args.years)
        print(f"demo record: {args.years:g} years in {time.perf_counter() - t:.0f} s")
        a = Assistant(rec)
        kamala = next(p.id for p in rec.profiles.all() if p.name.startswith("Kamala"))
        for q in QUESTIONS:  # warm: statements compiled, pages cached, dateparser loaded
            a.answer(q, kamala)
        for label, fn in (("answer", a.answer), ("ask (answer + save)", a.ask)):
            wall, cpu, worst = [], [], ("", 0.0)
            for _ in range(args.rounds):
                for q in QUESTIONS:
                    t, c = time.perf_counter(), time.process_time()
                    fn(q, kamala)
                    w = time.perf_counter() - t
                    wall.append(w)
                    cpu.append(time.process_time() - c)
                    worst = max(worst, (q, w), key=lambda x: x[1])
            print(f"| {label} | {len(wall)} | {pct(wall, .5) * 1e3:.0f} ms | "
                  f"{pct(wall, .95) * 1e3:.0f} ms | {max(wall) * 1e3:.0f} ms "
                  f"({worst[0]!r}) | {statistics.median(cpu) * 1e3:.0f} ms |")
        rec.close()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
