"""Record a reading (the service call, committed), paired with its marks (bench/paired.py).

    python bench/bench_record.py [--pairs 5] [--n 1000] [--anki-python PY] [--markdown FILE]
                                 [--checkpoints]

A run is N readings, each its own committed write through ``ReadingsService.record``
(validation, profile check, stamps, audit event, outbox / roll-up / search triggers,
SQLCipher with synchronous = FULL), timed one by one: p50, p99 and max per run. The
marks, alternating with it: Anki's ``add_note`` (N notes into a fresh collection, in a
Python with ``anki``: ``--anki-python``, default $HEALTHDESK_BENCH_ANKI_PYTHON) and a raw
sqlcipher3 insert + commit of a comparable row (same cipher, WAL, synchronous = FULL),
the floor of what any SQLCipher store can do per commit here. ``--checkpoints`` pairs the
store with WAL checkpoints on its worker (store/checkpoint.py, the default) against the
same store with SQLite's automatic checkpoint inside the COMMIT (what it was).
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
import uuid
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

sys.path.insert(0, str(Path(__file__).resolve().parent))
from paired import Side, pct, print_table, run_pairs, write_markdown

HERE = Path(__file__).resolve().parent


def stats(times: list[float]) -> dict[str, float]:
    return {"p50": pct(times, .5), "p99": pct(times, .99), "max": max(times)}


class HealthDeskSide:
    def __init__(self, root: Path, n: int, background_checkpoints: bool = True) -> None:
        from healthdesk.services.record import HealthRecord

        self.n = n
        self.rec, _ = HealthRecord.create(root / "hd", "benchmark passphrase")
        if not background_checkpoints:
            db = self.rec.store.db
            db._background = False
            db.reopen(db._key)  # connections made again with wal_autocheckpoint = 1000
        self.pid = self.rec.profiles.create(name="Bench Person", date_of_birth="1960-01-01").id
        self.t = self.rec.now() - dt.timedelta(days=3000)
        self._batch(20)  # warm: statements compiled, pages cached

    def _batch(self, n: int) -> list[float]:
        out = []
        record = self.rec.readings.record
        for i in range(n):
            self.t += dt.timedelta(minutes=7)
            t = time.perf_counter()
            record(self.pid, "blood_pressure", {"systolic": 120 + i % 30, "diastolic": 80,
                                                "pulse": 70}, taken_at=self.t)
            out.append(time.perf_counter() - t)
        return out

    def run(self) -> dict[str, float]:
        out = stats(self._batch(self.n))
        self._settle()
        return out

    def _settle(self) -> None:
        """Wait for the checkpoint the pause after a run starts, so its disk writes do not
        fall into the mark's run that follows (the wait itself is not timed)."""
        db = self.rec.store.db
        if not db._background:
            return
        before, deadline = db.checkpointer.checkpoints, time.monotonic() + 5
        while db.checkpointer.checkpoints == before and time.monotonic() < deadline:
            time.sleep(0.01)


class RawSide:
    """The floor: one INSERT and a COMMIT per row on a keyed SQLCipher file."""

    def __init__(self, root: Path, n: int) -> None:
        self.n = n
        self.conn = sqlcipher.connect(str(root / "raw.db"), isolation_level=None)
        self.conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("CREATE TABLE m (id TEXT PRIMARY KEY, profile_id TEXT, kind TEXT, "
                          "taken_at TEXT, systolic REAL, diastolic REAL, pulse REAL, "
                          "version TEXT)")
        self.conn.execute("CREATE INDEX m_p ON m (profile_id, kind, taken_at)")
        self.i = 0
        self.run()

    def run(self) -> dict[str, float]:
        out = []
        for _ in range(self.n):
            self.i += 1
            t = time.perf_counter()
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (str(uuid.uuid4()), "p", "blood_pressure",
                               f"2026-01-01T00:00:{self.i:06d}", 120.0, 80.0, 70.0,
                               f"{self.i:016d}"))
            self.conn.execute("COMMIT")
            out.append(time.perf_counter() - t)
        return stats(out)


def anki_side(python: str, n: int) -> Side:
    def run() -> dict[str, float]:
        p = subprocess.run([python, str(HERE / "anki_marks.py"), "add_note", str(n)],
                           capture_output=True, text=True, check=True, timeout=300)
        return stats(json.loads(p.stdout))
    return Side("Anki add_note", run)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--anki-python", default=os.environ.get("HEALTHDESK_BENCH_ANKI_PYTHON"))
    ap.add_argument("--markdown")
    ap.add_argument("--checkpoints", action="store_true",
                    help="only: background checkpoints vs SQLite's automatic ones")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="hd-record-"))
    hd = HealthDeskSide(root, args.n)
    a = Side("HealthDesk readings.record", hd.run)
    results = []
    if args.checkpoints:
        inline = HealthDeskSide(root / "inline", args.n, background_checkpoints=False)
        results.append(run_pairs("record, committed", Side("checkpoints on the worker", hd.run),
                                 Side("automatic checkpoints in COMMIT", inline.run),
                                 pairs=args.pairs))
        print_table(results)
        if args.markdown:
            write_markdown(results, args.markdown)
        return
    if args.anki_python:
        results.append(run_pairs("record, committed", a, anki_side(args.anki_python, args.n),
                                 pairs=args.pairs))
    raw = RawSide(root, args.n)
    results.append(run_pairs("record, committed", a, Side("raw sqlcipher3 INSERT + COMMIT",
                                                          raw.run), pairs=args.pairs))
    print_table(results)
    if args.markdown:
        write_markdown(results, args.markdown)
    hd.rec.close()
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
