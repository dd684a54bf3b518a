"""Paired, alternating runs of HealthDesk against its mark (A B A B ...).

The host drifts (other sessions share the two cores), so a number is only worth its
ratio to a mark measured in the same minutes. Each side is a callable doing one run and
returning ``{metric: seconds}``; the harness alternates them, at least five pairs, and
reports for every metric the min and median of each side, the ratio of medians, the
range of the per-pair ratios, and the load average before and after.

    from paired import Side, run_pairs, print_table
    result = run_pairs("start-up", Side("HealthDesk", run_app), Side("bare PySide6", run_bare))
    print_table([result]); write_markdown([result], "out.md")
"""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Run = Callable[[], dict[str, float]]


@dataclass
class Side:
    name: str
    run: Run


@dataclass
class Result:
    title: str
    a: str
    b: str
    samples_a: dict[str, list[float]] = field(default_factory=dict)
    samples_b: dict[str, list[float]] = field(default_factory=dict)
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def pairs(self) -> int:
        return min((len(v) for v in self.samples_a.values()), default=0)

    def metrics(self) -> list[str]:
        return [m for m in self.samples_a if m in self.samples_b]

    def median(self, side: str, metric: str) -> float:
        s = self.samples_a if side == "a" else self.samples_b
        return statistics.median(s[metric])

    def ratio(self, metric: str) -> float:
        return self.median("a", metric) / self.median("b", metric)

    def pair_ratios(self, metric: str) -> list[float]:
        return [x / y for x, y in zip(self.samples_a[metric], self.samples_b[metric],
                                      strict=False) if y]


def pct(values: list[float], q: float) -> float:
    """The q-quantile by nearest rank (p99 of 1,000 is the 990th smallest)."""
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def run_pairs(title: str, a: Side, b: Side, pairs: int = 5, warm: bool = True,
              verbose: bool = True) -> Result:
    """Run ``a`` and ``b`` alternately ``pairs`` times (one unmeasured run of each first,
    when ``warm``, so the OS file cache and lazy one-off costs are paid by neither)."""
    pairs = max(pairs, 5)
    res = Result(title, a.name, b.name)
    if warm:
        a.run()
        b.run()
    res.load_before = os.getloadavg()
    for i in range(pairs):
        # A B, then B A: neither side always runs right after the other's warm caches.
        order = (a, b) if i % 2 == 0 else (b, a)
        for side in order:
            got = side.run()
            target = res.samples_a if side is a else res.samples_b
            for metric, value in got.items():
                target.setdefault(metric, []).append(value)
        if verbose:
            line = ", ".join(f"{m} {res.samples_a[m][-1] * 1e3:.2f}"
                             f"/{res.samples_b[m][-1] * 1e3:.2f} ms"
                             for m in res.metrics())
            print(f"  {title} pair {i + 1}: {line} (load {os.getloadavg()[0]:.2f})", flush=True)
    res.load_after = os.getloadavg()
    return res


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()} {platform.machine()}, {cpu}, "
            f"{os.cpu_count()} cores, Python {platform.python_version()}")


def _ms(x: float) -> str:
    return f"{x * 1e3:.2f} ms" if x < 0.1 else f"{x * 1e3:.0f} ms"


def table(results: list[Result]) -> str:
    lines = ["| what | metric | A | A min / median | B (the mark) | B min / median | ratio of "
             "medians | per-pair ratios | pairs | load 1 min before / after |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for m in r.metrics():
            pr = r.pair_ratios(m)
            lines.append(
                f"| {r.title} | {m} | {r.a} | {_ms(min(r.samples_a[m]))} / "
                f"{_ms(r.median('a', m))} | {r.b} | {_ms(min(r.samples_b[m]))} / "
                f"{_ms(r.median('b', m))} | **{r.ratio(m):.2f}x** | "
                f"{min(pr):.2f}-{max(pr):.2f} | {r.pairs} | "
                f"{r.load_before[0]:.2f} / {r.load_after[0]:.2f} |")
    return "\n".join(lines)


def print_table(results: list[Result]) -> None:
    print(f"Machine: {machine()}")
    print(table(results))


def write_markdown(results: list[Result], path: str | Path) -> None:
    Path(path).write_text(f"Machine: {machine()}\n\n{table(results)}\n")
