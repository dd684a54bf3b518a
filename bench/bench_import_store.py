"""The import's store path against its mark, paired: readings into the encrypted store.

A: ``store_readings`` (interop/csv_readings.py) with batches of validated readings, as
every importer calls it: the dedupe query (one indexed range per batch, near-duplicates
within a minute), then store/bulk.py (executemany, outbox entries, day roll-ups, search
rows and one audit event per batch, the commit).
B, the mark: raw sqlcipher3 ``executemany`` of the same rows (tuples built beforehand)
into a table of the same DDL (CHECKs, foreign key, indexes) but no triggers, in the same
store file, then the commit: what writing the rows costs at all on this machine.

    python bench/bench_import_store.py [--rows 50000] [--pairs 5] [--md out.md] [--checkpoints]

``--checkpoints`` pairs the import path in a store whose WAL checkpoints run on its worker
(store/checkpoint.py, the default) with the same path in a store checkpointing in COMMIT.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from paired import Side, print_table, run_pairs, write_markdown

from healthdesk.domain.ids import new_ids
from healthdesk.interop.csv_readings import PendingReading, store_readings
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams

PASS = "benchmark passphrase"
FAST = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
START = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def readings(n: int, offset: int) -> list[PendingReading]:
    """A 5-minute sensor's readings, ``offset`` runs later than the first."""
    t0 = START + dt.timedelta(minutes=5 * n * offset)
    return [PendingReading("glucose", {"glucose": 4 + (i * 7919 % 120) / 10}, "mmol/L",
                           t0 + dt.timedelta(minutes=5 * i), "mmol/L")
            for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--md", help="also write the table here")
    ap.add_argument("--checkpoints", action="store_true")
    args = ap.parse_args()
    if args.checkpoints:
        checkpoints(args)
        return
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-import-store-"))
    rec, _ = HealthRecord.create(tmp / "data", PASS, kdf=FAST)
    pid = rec.profiles.create(name="Bench", timezone="Europe/Berlin").id
    with rec.store.db.write_unstamped() as s:
        c = s.connection()
        ddl = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                "name = 'measurements'").scalar()
        c.exec_driver_sql(ddl.replace("CREATE TABLE measurements",
                                      "CREATE TABLE mark_measurements", 1))
        c.exec_driver_sql("CREATE INDEX ix_mark_pkt ON mark_measurements "
                          "(profile_id, kind, taken_at)")
        c.exec_driver_sql("CREATE INDEX ix_mark_pt ON mark_measurements "
                          "(profile_id, taken_at)")
    runs = {"a": 0, "b": 1_000}

    def ours() -> dict[str, float]:
        batch = readings(args.rows, runs["a"])
        runs["a"] += 1
        t0 = time.perf_counter()
        for i in range(0, len(batch), 20_000):  # import_run.CHUNK
            store_readings(rec.store, pid, batch[i:i + 20_000], near=True,
                           origin="FreeStyle LibreLink")
        return {f"{args.rows:,} readings": time.perf_counter() - t0}

    def mark() -> dict[str, float]:
        batch = readings(args.rows, runs["b"])
        runs["b"] += 1
        now = "2026-01-01T00:00:00.000000Z"
        rows = [(i, pid, now, now, f"{n:013d}-00000-bench", 0, r.kind, r.values["glucose"],
                 None, None, r.unit, r.entered_unit,
                 r.taken_at.isoformat(timespec="microseconds")[:26] + "Z", None, None,
                 "import", '["FreeStyle LibreLink"]', None)
                for n, (i, r) in enumerate(zip(new_ids(len(batch)), batch, strict=True))]
        sql = ("INSERT INTO mark_measurements (id, profile_id, created_at, updated_at, "
               "version, deleted, kind, value, value2, value3, unit, entered_unit, "
               "taken_at, context, note, source, sources, codes) VALUES "
               f"({', '.join('?' * 18)})")
        t0 = time.perf_counter()
        for i in range(0, len(rows), 20_000):
            with rec.store.db.write_unstamped() as s:
                s.connection().connection.driver_connection.executemany(  # type: ignore[union-attr]
                    sql, rows[i:i + 20_000])
        return {f"{args.rows:,} readings": time.perf_counter() - t0}

    result = run_pairs("readings into the store (import path vs raw executemany)",
                       Side("HealthDesk store_readings + bulk", ours),
                       Side("raw sqlcipher3 executemany, no triggers", mark),
                       pairs=args.pairs)
    print_table([result])
    metric = result.metrics()[0]
    print(f"\nHealthDesk: {args.rows / result.median('a', metric):,.0f} readings/s; "
          f"mark: {args.rows / result.median('b', metric):,.0f} rows/s")
    if args.md:
        write_markdown([result], args.md)
    rec.close()


def checkpoints(args: argparse.Namespace) -> None:
    sides = []
    for background in (True, False):
        tmp = Path(tempfile.mkdtemp(prefix="hd-bench-import-ckpt-"))
        rec, _ = HealthRecord.create(tmp / "data", PASS, kdf=FAST)
        if not background:
            rec.store.db._background = False
            rec.store.db.reopen(rec.store.db._key)  # wal_autocheckpoint = 1000 again
        pid = rec.profiles.create(name="Bench", timezone="Europe/Berlin").id
        runs = {"n": 0}

        def run(rec: HealthRecord = rec, pid: str = pid, runs: dict[str, int] = runs
                ) -> dict[str, float]:
            batch = readings(args.rows, runs["n"])
            runs["n"] += 1
            t0 = time.perf_counter()
            for i in range(0, len(batch), 20_000):
                store_readings(rec.store, pid, batch[i:i + 20_000], near=True,
                               origin="FreeStyle LibreLink")
            took = time.perf_counter() - t0
            time.sleep(0.3)  # untimed: the worker's checkpoint lands in this side's pause
            return {f"{args.rows:,} readings": took}
        sides.append(run)
    result = run_pairs("import path: checkpoints on the worker vs in COMMIT",
                       Side("worker", sides[0]), Side("in COMMIT", sides[1]), pairs=args.pairs)
    print_table([result])
    if args.md:
        write_markdown([result], args.md)


if __name__ == "__main__":
    main()
