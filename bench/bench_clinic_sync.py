"""Two clinic computers, days offline, then one sync: paired with a bare push of the same
number of rows as the mark (bench/paired.py).

    python bench/bench_clinic_sync.py [--visits 1000] [--patients 50] [--pairs 5]
        [--markdown FILE]

Real PostgreSQL (default durability) and the real server on 127.0.0.1, real encrypted
clinic stores. Each run is a new clinic account with two computers A and B: A registers
``--patients`` patients, both sync, then each records ``--visits`` whole visits offline
(check-in, a blood pressure, the encounter with its note; not timed). Timed: the sync that
brings both up to date (A pushes, B pushes and pulls A's, A pulls B's), checked for
nothing lost or doubled. The mark, alternating: one personal device pushing the same
number of rows (bench_sync.fill) in one sync.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
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

_runs = itertools.count()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visits", type=int, default=1000, help="visits per computer")
    ap.add_argument("--patients", type=int, default=50)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--markdown")
    args = ap.parse_args()

    import psycopg
    from sqlalchemy import text

    from healthdesk.server.accounts import create_account
    from healthdesk.server.migrate import upgrade
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    fast = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-clinic-"))
    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL binaries (initdb, pg_ctl) are needed")
    cluster = Cluster(bindir, durable=True)
    server = None
    rows_pushed: list[int] = []

    def count(rec: HealthRecord, sql: str) -> int:
        with rec.store.read() as s:
            return int(s.execute(text(sql)).scalar() or 0)

    def device(user: str, tag: str) -> HealthRecord:
        rec, _ = HealthRecord.create(tmp / f"{user}-{tag}", "bench passphrase", kdf=fast)
        rec.sync.login(server.url, user, PASSWORD, device_name=tag)
        return rec

    def account() -> str:
        user = f"clinic{next(_runs)}"
        with psycopg.connect(db_url) as conn:
            create_account(conn, user, PASSWORD)
        return user

    def staff(rec: HealthRecord, doctor: str) -> None:
        rec.clinic.set_organisation("Bench Clinic")
        rec.clinic.add_staff("Admin", "admin", "1111")
        rec.clinic.sign_in("Admin", "1111")
        rec.clinic.add_staff(doctor, "doctor", "2222")
        rec.clinic.sign_in(doctor, "2222")

    def visits(rec: HealthRecord, pids: list[str], tag: str) -> None:
        for i in range(args.visits):
            entry = rec.visits.check_in(pids[i % len(pids)], reason=f"{tag} {i}")
            rec.visits.record_visit(entry.id, notes=f"{tag} note {i}", vitals=[
                {"kind": "blood_pressure",
                 "values": {"systolic": 110 + i % 40, "diastolic": 75}}])

    def clinic_run() -> dict[str, float]:
        user = account()
        a, b = device(user, "A"), device(user, "B")
        try:
            staff(a, "Dr A")
            pids = [a.patients.register(f"Patient {n}", None).profile_id
                    for n in range(args.patients)]
            a.sync.sync_now()
            b.sync.sync_now()
            staff(b, "Dr B")
            visits(a, pids, "A")
            visits(b, pids, "B")
            rows = (count(a, "SELECT count(*) FROM outbox")
                    + count(b, "SELECT count(*) FROM outbox"))
            rows_pushed.append(rows)
            t = time.perf_counter()
            a.sync.sync_now()
            b.sync.sync_now()
            a.sync.sync_now()
            took = time.perf_counter() - t
            want = 2 * args.visits
            for rec in (a, b):
                got = count(rec, "SELECT count(*) FROM encounters WHERE deleted = 0")
                queued = count(rec, "SELECT count(*) FROM clinic_queue WHERE deleted = 0")
                if got != want or queued != want:
                    raise SystemExit(f"lost or doubled: {got} visits, {queued} check-ins, "
                                     f"expected {want}")
            return {"sync": took}
        finally:
            a.close()
            b.close()

    def bare_run() -> dict[str, float]:
        rec = device(account(), "bare")
        try:
            fill(rec, rows_pushed[-1] if rows_pushed else 6 * args.visits)
            t = time.perf_counter()
            rec.sync.sync_now()
            return {"sync": time.perf_counter() - t}
        finally:
            rec.close()

    try:
        admin = cluster.start()
        db_url = new_database(admin, None)
        upgrade(db_url)
        server = ServerProcess(db_url)
        server.start()
        result = run_pairs(f"two clinic computers, {args.visits:,} visits each, one sync",
                           Side("clinic sync", clinic_run), Side("bare push", bare_run),
                           pairs=args.pairs)
        print(f"rows pushed per clinic run: {rows_pushed[-1]:,} (the bare push: the same)")
        print_table([result])
        if args.markdown:
            write_markdown([result], args.markdown)
    finally:
        if server:
            server.stop()
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
