"""WAL checkpoints run on the store's worker when writes pause, never inside a user's
COMMIT; durability stays synchronous = FULL, and closing the store stops the worker."""

from __future__ import annotations

import datetime as dt
import time

from healthdesk.services.record import HealthRecord
from healthdesk.store.checkpoint import SAFETY_PAGES, Checkpointer

T0 = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)


def _record(record: HealthRecord, profile_id: str, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": 120 + i % 20, "diastolic": 80},
                               taken_at=T0 + dt.timedelta(minutes=5 * i))


def _wal_frames(record: HealthRecord) -> int:
    """How many frames the WAL holds since it last started again (a checkpoint reports
    it; this one copies them too)."""
    raw = record.store.db.raw_connection()
    try:
        return int(raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])
    finally:
        raw.close()


def test_writes_do_not_checkpoint_in_their_commit(record: HealthRecord,
                                                  profile_id: str) -> None:
    db = record.store.db
    db.checkpointer.stop()  # no worker: only SQLite's automatic checkpoint could run
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == SAFETY_PAGES
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        c.rollback()
    _record(record, profile_id, 120)  # ~12 pages each: past SQLite's 1,000-page default
    # Had a COMMIT checkpointed, the next write would have started the WAL again.
    assert _wal_frames(record) > 1_000


def test_the_worker_checkpoints_once_writes_pause(record: HealthRecord,
                                                  profile_id: str) -> None:
    db = record.store.db
    before = db.checkpointer.checkpoints
    _record(record, profile_id, 30)
    deadline = time.monotonic() + 10
    while db.checkpointer.checkpoints == before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert db.checkpointer.checkpoints > before
    assert db.last_checkpoint is not None
    busy, log, done = db.last_checkpoint
    assert busy == 0 and log > 0 and done == log  # every frame is in the file now
    # The next write starts the WAL again from its beginning.
    _record(record, profile_id, 1, start=30)
    assert _wal_frames(record) < log
    assert record.readings.count(profile_id) == 31


def test_a_steady_stream_of_writes_is_not_checkpointed_until_it_pauses() -> None:
    runs: list[int] = []
    cp = Checkpointer(lambda: runs.append(1) is None, idle_s=0.05, linger_s=5)
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        cp.began()
        cp.wrote()  # never quiet for 50 ms
        time.sleep(0.002)
    assert runs == []
    deadline = time.monotonic() + 5
    while not runs and time.monotonic() < deadline:
        time.sleep(0.01)
    cp.stop()
    assert runs == [1]  # once, after the pause


def test_no_checkpoint_starts_while_a_write_is_open() -> None:
    runs: list[int] = []
    cp = Checkpointer(lambda: runs.append(1) is None, idle_s=0.01, linger_s=5)
    cp.began()
    cp.wrote()
    cp.began()  # the next batch of an import, open for longer than the pause
    time.sleep(0.2)
    assert runs == []
    cp.wrote()
    deadline = time.monotonic() + 5
    while not runs and time.monotonic() < deadline:
        time.sleep(0.01)
    cp.stop()
    assert runs == [1]


def test_the_worker_stops_when_idle_and_restarts_on_the_next_write() -> None:
    runs: list[int] = []
    cp = Checkpointer(lambda: runs.append(1) is None, idle_s=0.01, linger_s=0.05)
    cp.began()
    cp.wrote()
    deadline = time.monotonic() + 5
    while (cp._thread is not None and cp._thread.is_alive()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runs == [1]
    assert not cp._thread or not cp._thread.is_alive()  # gone after lingering
    cp.began()
    cp.wrote()
    while len(runs) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runs == [1, 1]
    cp.stop()


def test_closing_the_store_stops_its_worker(record: HealthRecord, profile_id: str) -> None:
    _record(record, profile_id, 3)
    thread = record.store.db.checkpointer._thread
    assert thread is not None and thread.is_alive()
    record.close()
    assert not thread.is_alive()
    record.store.db.checkpointer.began()
    record.store.db.checkpointer.wrote()  # a late write after closing starts nothing
    assert not (record.store.db.checkpointer._thread or thread).is_alive()


def test_successive_writes_reuse_the_connection_with_the_warm_cache(
        record: HealthRecord, profile_id: str) -> None:
    db = record.store.db
    with db.engine.connect(), db.engine.connect():
        pass  # two connections idle in the pool, as reads and the worker leave them
    used = set()
    for _ in range(4):
        with db.write_unstamped() as s:
            used.add(id(s.connection().connection.driver_connection))
    assert len(used) == 1
    _record(record, profile_id, 1)
