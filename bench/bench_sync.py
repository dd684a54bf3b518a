"""The client sync engine, end to end over real HTTP: what a user waits for.

Run: ``python bench/bench_sync.py [--records 100000] [--noop 50] [--database-url URL]
[--cold-statistics]``

Starts a throw-away PostgreSQL (PostgreSQL's default durability) and the real server
(``healthdesk-server serve``) on 127.0.0.1, then with real encrypted client stores:

a. upload: device A holds ``--records`` synced rows (readings and their audit events) and
   runs its first round (push everything, then pull the feed back, as every round does);
b. initial sync: a new device B of the same account runs its first round and receives
   all of it (pages of 1,000, each applied in one transaction): records per second;
c. no-op sync: B syncs again with nothing new, ``--noop`` times: p50 / p99.

Goals (issue #6): initial sync >= 30,000 records/s; no-op sync <= 50 ms (DESIGN.md
asks p99 <= 5 ms, Anki's no-op sync p99 is 3.3 ms). Numbers go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

from tests.pg import PASSWORD, Cluster, ServerProcess, find_pg_bin, new_database


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def fill(record, rows: int) -> str:  # type: ignore[no-untyped-def]
    """``rows`` synced rows: a profile, readings, and the audit event of each."""
    from healthdesk.store.models import Measurement

    pid = record.profiles.create(name="Bench Person").id
    readings = rows // 2 - 1
    t0 = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    step = 2000
    for start in range(0, readings, step):
        with record.store.write() as s:
            for i in range(start, min(readings, start + step)):
                s.add(Measurement(profile_id=pid, kind="blood_pressure", value=120 + i % 30,
                                  value2=80 + i % 10, value3=60 + i % 20, unit="mmHg",
                                  taken_at=t0 + dt.timedelta(minutes=37 * i),
                                  note="after a walk" if i % 7 == 0 else None))
    return pid


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--noop", type=int, default=50)
    ap.add_argument("--database-url", help="an existing PostgreSQL (role with CREATEDB)")
    ap.add_argument("--cold-statistics", action="store_true",
                    help="pull right after the upload, before PostgreSQL has analyzed it")
    args = ap.parse_args()

    import psycopg

    from healthdesk.server.accounts import create_account
    from healthdesk.server.migrate import upgrade
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    cluster = None
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-sync-"))
    server = None
    try:
        if args.database_url:
            admin = args.database_url
        else:
            bindir = find_pg_bin()
            if bindir is None:
                raise SystemExit("PostgreSQL binaries (initdb, pg_ctl) are needed")
            cluster = Cluster(bindir, durable=True)
            admin = cluster.start()
        db_url = new_database(admin, None)
        upgrade(db_url)
        with psycopg.connect(db_url) as conn:
            create_account(conn, "bench", PASSWORD)
        server = ServerProcess(db_url)
        server.start()
        fast = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)

        a, _ = HealthRecord.create(tmp / "a", "bench passphrase", kdf=fast)
        t = time.perf_counter()
        fill(a, args.records)
        print(f"filled device A with {args.records:,} rows in {time.perf_counter() - t:.1f} s")
        a.sync.login(server.url, "bench", PASSWORD, device_name="bench A")
        t = time.perf_counter()
        up = a.sync.sync_now()
        up_s = time.perf_counter() - t
        print(f"a. upload round: pushed {up.pushed:,}, pulled back {up.pulled:,} in "
              f"{up_s:.2f} s = {args.records / up_s:,.0f} records/s")

        if not args.cold_statistics:
            # What autovacuum does within a minute of a bulk load: without fresh statistics
            # PostgreSQL sorts the whole feed for every page (~3x slower pulls).
            with psycopg.connect(db_url, autocommit=True) as conn:
                conn.execute("ANALYZE")

        b, _ = HealthRecord.create(tmp / "b", "bench passphrase", kdf=fast)
        b.sync.login(server.url, "bench", PASSWORD, device_name="bench B")
        t = time.perf_counter()
        first = b.sync.sync_now()
        first_s = time.perf_counter() - t
        rate = first.pulled / first_s
        print(f"b. initial sync: {first.pulled:,} records in {first_s:.2f} s = {rate:,.0f} "
              f"records/s (goal >= 30,000: {rate / 30_000:.2f}x)")

        # Where the time goes: the server's feed alone (fetch every page, apply nothing),
        # then the local apply alone (those pages into a fresh store, no network).
        engine = b.sync._engine_for_account(None)
        pages, cursors = [], {}
        t = time.perf_counter()
        while True:
            page = engine._fetch(cursors)
            pages.append(page)
            cursors = {**cursors, **page.cursors}
            if not page.has_more:
                break
        feed_s = time.perf_counter() - t
        from healthdesk.sync.apply import apply_changes, clear_guard, set_guard

        c, _ = HealthRecord.create(tmp / "c", "bench passphrase", kdf=fast)
        # write_unstamped since issue 11; older checkouts have only write() (for A/B runs).
        write = getattr(c.store.db, "write_unstamped", None) or c.store.db.write
        t, cpu = time.perf_counter(), time.process_time()
        for page in pages:
            with write() as s:
                set_guard(s, 1)
                apply_changes(s, page.changes)
                clear_guard(s)
        apply_s, apply_cpu = time.perf_counter() - t, time.process_time() - cpu
        c.close()
        print(f"   of which: server feed alone {first.pulled / feed_s:,.0f} records/s, "
              f"local apply alone {first.pulled / apply_s:,.0f} records/s "
              f"({apply_cpu / first.pulled * 1e6:.1f} us CPU a record)")

        times = []
        for _ in range(args.noop):
            t = time.perf_counter()
            r = b.sync.sync_now()
            times.append((time.perf_counter() - t) * 1000)
            assert r.pulled == 0 and r.pushed == 0
        print(f"c. no-op sync: p50 {pct(times, 50):.1f} ms, p99 {pct(times, 99):.1f} ms "
              f"(goal <= 50 ms: {pct(times, 99) / 50:.2f}x; DESIGN p99 <= 5 ms)")
        a.close()
        b.close()
    finally:
        if server is not None:
            server.stop()
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
