"""This checkout's sync client against another checkout's, paired (bench/paired.py).

    python bench/bench_sync_ab.py --other /path/to/old/checkout [--records 20000]
        [--pairs 5] [--noop 200] [--markdown FILE]

One real PostgreSQL (default durability) and one server (this checkout's
``healthdesk-server serve``) on 127.0.0.1; device A uploads ``--records`` synced rows once.
Each run is a child process with ``PYTHONPATH`` set to one of the two checkouts: a new
device pulls every record (its time, and the child's CPU for it: the steadier number on a
shared host), then runs ``--noop`` rounds with nothing to do (p50 / p99, and the client's
CPU a round). The two
sides alternate (A B, then B A), so both meet the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

from bench_sync import fill  # noqa: E402
from paired import Side, print_table, run_pairs, write_markdown  # noqa: E402

from tests.pg import PASSWORD, Cluster, ServerProcess, find_pg_bin, new_database  # noqa: E402

# The child: one new device, its first pull, then the idle rounds. Prints one JSON line.
CHILD = r"""
import json, os, sys, tempfile, time
from pathlib import Path
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
url, noop = sys.argv[1], int(sys.argv[2])
fast = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
rec, _ = HealthRecord.create(Path(tempfile.mkdtemp()) / "b", "bench passphrase", kdf=fast)
rec.sync.login(url, "bench", os.environ["BENCH_PASSWORD"], device_name="bench B")
t, c = time.perf_counter(), time.process_time()
got = rec.sync.sync_now().pulled
wall, cpu = time.perf_counter() - t, time.process_time() - c
for _ in range(5):
    rec.sync.sync_now()
times, c = [], time.process_time()
for _ in range(noop):
    t = time.perf_counter()
    r = rec.sync.sync_now()
    times.append(time.perf_counter() - t)
    assert r.pulled == 0 and r.pushed == 0
idle_cpu = (time.process_time() - c) / max(noop, 1)
times.sort()
rec.close()
print(json.dumps({"records": got, "wall": wall, "cpu": cpu, "idle_cpu": idle_cpu,
                  "p50": times[len(times) // 2], "p99": times[int(len(times) * .99) - 1]}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--other", required=True, help="the other checkout (its healthdesk/)")
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--noop", type=int, default=200)
    ap.add_argument("--markdown")
    args = ap.parse_args()

    import psycopg

    from healthdesk.server.accounts import create_account
    from healthdesk.server.migrate import upgrade
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-ab-"))
    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL binaries (initdb, pg_ctl) are needed")
    cluster = Cluster(bindir, durable=True)
    server = None
    try:
        db_url = new_database(cluster.start(), None)
        upgrade(db_url)
        with psycopg.connect(db_url) as conn:
            create_account(conn, "bench", PASSWORD)
        server = ServerProcess(db_url)
        server.start()
        fast = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
        a, _ = HealthRecord.create(tmp / "a", "bench passphrase", kdf=fast)
        fill(a, args.records)
        a.sync.login(server.url, "bench", PASSWORD, device_name="bench A")
        a.sync.sync_now()
        a.close()
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("ANALYZE")

        def side(checkout: Path) -> dict[str, float]:
            env = {**os.environ, "PYTHONPATH": str(checkout), "BENCH_PASSWORD": PASSWORD}
            out = subprocess.run([sys.executable, "-c", CHILD, server.url, str(args.noop)],
                                 env=env, capture_output=True, text=True, timeout=900,
                                 check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            # CPU in seconds, as the harness prints every metric (per pull, per round).
            return {"first pull": r["wall"], "first pull, client CPU": r["cpu"],
                    "no-op p50": r["p50"], "no-op p99": r["p99"],
                    "no-op client CPU a round": r["idle_cpu"]}

        here, other = HERE.parent, Path(args.other).resolve()
        started = time.perf_counter()
        result = run_pairs(f"sync client, {args.records:,} records and {args.noop} idle rounds",
                           Side(f"this checkout ({here})", lambda: side(here)),
                           Side(f"the other ({other})", lambda: side(other)),
                           pairs=args.pairs)
        print(f"({time.perf_counter() - started:.0f} s)")
        print_table([result])
        if args.markdown:
            write_markdown([result], args.markdown)
    finally:
        if server is not None:
            server.stop()
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
