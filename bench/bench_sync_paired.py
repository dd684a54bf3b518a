"""The first pull and the sync with nothing to do, paired with marks (bench/paired.py).

    python bench/bench_sync_paired.py [--records 100000] [--pairs 5] [--noop 200]
        [--anki-python PY] [--markdown FILE]

Real PostgreSQL (default durability) and the real server (``healthdesk-server serve``)
on 127.0.0.1, real encrypted client stores (synchronous = FULL), as bench_sync.py.

- First pull: device A uploads ``--records`` synced rows once; then each run is a new
  device B pulling all of them (pages of 1,000); records/s. Its mark, alternating: the
  same pages fetched from the server without applying them (the feed's own rate), since
  Anki has no record-level first pull to run here (its first sync downloads the whole
  file); the issue's Anki figure (~39.6k notes/s) is printed for reference only.
- No-op sync: ``--noop`` rounds with nothing new, p50 / p99 / max per run, alternating
  with Anki's own sync server (``python -m anki.syncserver``, in a Python that has anki)
  and with HealthDesk storing every no-op result (``NOOP_SAVE_EVERY = 0``: what each idle
  round cost before, and the durability the shortcut gives up, measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from paired import Side, pct, print_table, run_pairs, write_markdown  # noqa: E402

from tests.pg import PASSWORD, Cluster, ServerProcess, find_pg_bin, new_database  # noqa: E402

ANKI_PULL_NOTES_S = 39_600  # issue 19's measurement, not re-run here


def stats(times: list[float]) -> dict[str, float]:
    return {"p50": pct(times, .5), "p99": pct(times, .99), "max": max(times)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--noop", type=int, default=200)
    ap.add_argument("--anki-python", default=os.environ.get("HEALTHDESK_BENCH_ANKI_PYTHON"))
    ap.add_argument("--markdown")
    args = ap.parse_args()

    import psycopg

    import healthdesk.services.sync as sync_service
    from healthdesk.server.accounts import create_account
    from healthdesk.server.migrate import upgrade
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-sync-"))
    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL binaries (initdb, pg_ctl) are needed")
    cluster = Cluster(bindir, durable=True)
    server = None
    results = []
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
        t = time.perf_counter()
        a.sync.sync_now()
        print(f"upload of {args.records:,} rows: {time.perf_counter() - t:.1f} s")
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("ANALYZE")  # what autovacuum does within a minute of a bulk load

        made = iter(range(10_000))

        def new_device() -> HealthRecord:
            rec, _ = HealthRecord.create(tmp / f"b{next(made)}", "bench passphrase", kdf=fast)
            rec.sync.login(server.url, "bench", PASSWORD, device_name="bench B")
            return rec

        def first_pull() -> dict[str, float]:
            b = new_device()
            t = time.perf_counter()
            got = b.sync.sync_now().pulled
            s = time.perf_counter() - t
            b.close()
            return {"seconds for all records": s, "µs a record": s / got}

        def feed_only() -> dict[str, float]:
            b = new_device()
            engine = b.sync._engine_for_account(None)
            cursors: dict[str, int] = {}
            got, t = 0, time.perf_counter()
            while True:
                page = engine._fetch(cursors)
                got += len(page.changes)
                cursors = {**cursors, **page.cursors}
                if not page.has_more:
                    break
            s = time.perf_counter() - t
            b.close()
            return {"seconds for all records": s, "µs a record": s / max(got, 1)}

        results.append(run_pairs(f"first pull of {args.records:,} records",
                                 Side("HealthDesk: pull + apply", first_pull),
                                 Side("the server's feed alone (fetch, apply nothing)",
                                      feed_only), pairs=args.pairs, warm=False))

        idle = new_device()
        idle.sync.sync_now()
        idle.sync.sync_now()

        def noop(save_every: dt.timedelta):  # type: ignore[no-untyped-def]
            def run() -> dict[str, float]:
                sync_service.NOOP_SAVE_EVERY = save_every
                out = []
                for _ in range(args.noop):
                    t = time.perf_counter()
                    r = idle.sync.sync_now()
                    out.append(time.perf_counter() - t)
                    assert r.pulled == 0 and r.pushed == 0
                sync_service.NOOP_SAVE_EVERY = dt.timedelta(minutes=5)
                return stats(out)
            return run

        ours = Side("HealthDesk no-op round", noop(dt.timedelta(minutes=5)))
        if args.anki_python:
            def anki() -> dict[str, float]:
                p = subprocess.run([args.anki_python, str(HERE / "anki_marks.py"), "noop_sync",
                                    str(args.noop)], capture_output=True, text=True,
                                   check=True, timeout=300)
                return stats(json.loads(p.stdout))
            results.append(run_pairs("no-op sync", ours, Side("Anki no-op sync", anki),
                                     pairs=args.pairs))
        results.append(run_pairs("no-op sync", ours, Side(
            "HealthDesk no-op round, result stored every round", noop(dt.timedelta(0))),
            pairs=args.pairs))
        idle.close()
        a.close()
        print_table(results)
        pulls = results[0]
        rate = 1 / pulls.median("a", "µs a record")
        print(f"first pull: {rate:,.0f} records/s (median); Anki's ~{ANKI_PULL_NOTES_S:,} "
              f"notes/s from issue 19: {rate / ANKI_PULL_NOTES_S:.2f}x (not the same run)")
        if args.markdown:
            write_markdown(results, args.markdown)
    finally:
        if server is not None:
            server.stop()
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
