"""What one push of 500 mutations costs the server: latency per batch and CPU per mutation.

Run: ``python bench/bench_push.py [--batches 60] [--warmup 4] [--database-url URL]``

Starts a throw-away PostgreSQL (default durability) and ``healthdesk-server serve`` with
one worker (in-process, so its CPU time can be read from /proc), then one client pushes
``--batches`` batches of 500 complete measurement inserts (bodies built before the clock
starts; bench_server.py's payloads) one after another over real HTTP. Prints per-batch
p50/p95, mutations/s, and the CPU time of the server process and of PostgreSQL per
mutation (the steadier number when other work shares the cores).

Written to measure the server's admission check of issue 11 (docs/performance.md): run it
from each checkout (the script puts its own checkout first on sys.path, and the server
subprocess inherits PYTHONPATH, so set ``PYTHONPATH`` to the same checkout).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

from bench_server import BATCH, Client, create_accounts, pct  # type: ignore[import-not-found]

from tests.pg import Cluster, ServerProcess, find_pg_bin, new_database

TICK = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process (its reaped children included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / TICK


def tree_cpu_s(root: int) -> float:
    """CPU seconds of ``root`` and all its live descendants (PostgreSQL's backends)."""
    parent: dict[int, int] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                parent[int(p.name)] = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    pids, todo = {root}, [root]
    while todo:
        cur = todo.pop()
        for child, ppid in parent.items():
            if ppid == cur and child not in pids:
                pids.add(child)
                todo.append(child)
    total = 0.0
    for pid in pids:
        try:
            total += cpu_s(pid)
        except OSError:
            pass
    return total


async def run(url: str, db_url: str, args: argparse.Namespace, server_pid: int,
              pg_pid: int | None) -> None:
    create_accounts(db_url, ["bench"])
    c = Client(url, "bench")
    await c.login()
    bodies = [c.body(BATCH) for _ in range(args.warmup + args.batches)]
    for b in bodies[:args.warmup]:
        await c.push(b, [])
    lat: list[float] = []
    s0 = cpu_s(server_pid)
    p0 = tree_cpu_s(pg_pid) if pg_pid else 0.0
    t0 = time.perf_counter()
    for b in bodies[args.warmup:]:
        await c.push(b, lat)
    wall = time.perf_counter() - t0
    s1 = cpu_s(server_pid)
    p1 = tree_cpu_s(pg_pid) if pg_pid else 0.0
    n = args.batches * BATCH
    print(f"push {args.batches} x {BATCH}: per batch p50 {pct(lat, 50) * 1000:.1f} ms, "
          f"p95 {pct(lat, 95) * 1000:.1f} ms; {n / wall:,.0f} mutations/s")
    print(f"   CPU per mutation: server process {(s1 - s0) / n * 1e6:.1f} us, "
          f"PostgreSQL {(p1 - p0) / n * 1e6:.1f} us" if pg_pid else "")
    assert c.http is not None
    await c.http.aclose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batches", type=int, default=60)
    ap.add_argument("--warmup", type=int, default=4)
    ap.add_argument("--database-url", help="an existing PostgreSQL (role with CREATEDB)")
    args = ap.parse_args()
    from healthdesk.server.migrate import upgrade

    cluster = None
    admin = args.database_url
    if not admin:
        bindir = find_pg_bin()
        if bindir is None:
            sys.exit("bench_push: no PostgreSQL found; pass --database-url")
        cluster = Cluster(bindir, durable=True)
        admin = cluster.start()
    server = None
    try:
        db_url = new_database(admin, None)
        upgrade(db_url)
        server = ServerProcess(db_url, workers=1)
        server.start()
        assert server.proc is not None
        pg_pid = None
        if cluster is not None:
            pg_pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
        asyncio.run(run(server.url, db_url, args, server.proc.pid, pg_pid))
    finally:
        if server:
            server.stop()
        if cluster:
            cluster.stop()


if __name__ == "__main__":
    main()
