"""Migration 0005 (pulled changes set aside): from empty, from 0004 with data in it, and
back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh

T0 = "2026-01-01T00:00:00.000000Z"


def _seed_at_0004(db: Database) -> None:
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
            "deleted, kind, value, unit, taken_at, source) VALUES ('m1','p1',:t,:t,"
            "'0000000000002-00000-a',0,'weight',70.5,'kg',:t,'manual')"), {"t": T0})
        c.execute(text("INSERT INTO sync_cursors (profile_id, seq, role) VALUES "
                       "('p1', 7, 'owner')"))


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as c:
        return int(c.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_from_empty_builds_the_table(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    with db.engine.connect() as c:
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(sync_set_aside)"))]
    assert cols == ["entity", "row_id", "profile_id", "seq", "origin_device", "fields",
                    "stamps", "field", "reason", "set_aside_at"]
    db.close()


def test_from_0004_with_data_keeps_everything_and_queues_nothing(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0004_medicine_care")
    _seed_at_0004(db)
    queued = _count(db, "outbox")
    migrate.upgrade(db, "0005_pulled_set_aside")
    assert _count(db, "outbox") == queued  # device-local: nothing to sync
    assert _count(db, "sync_set_aside") == 0
    with db.engine.connect() as c:
        assert c.execute(text("SELECT seq FROM sync_cursors WHERE profile_id = 'p1'")
                         ).scalar() == 7
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert rec.readings.get("m1").values["weight"] == 70.5
        assert rec.sync.status().pulled_set_aside == 0
        with rec.store.db.write_unstamped() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO sync_set_aside (entity, row_id, profile_id, seq, origin_device, "
                "fields, stamps, field, reason, set_aside_at) VALUES ('measurements', 'm2', "
                "'p1', 8, 'dev', '{\"value\": 1}', '{\"value\": \"s\"}', 'value', "
                "'Its value is a number too large to store.', ?)", (T0,))
        assert rec.sync.status().pulled_set_aside == 1
        [view] = rec.sync.set_aside_views()
        assert view.summary == ("A reading in Old Data's record from the server was not "
                                "applied here: its value is a number too large to store.")


def test_down_to_0004_and_up_again(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db, "0004_medicine_care")
    _seed_at_0004(db)
    migrate.upgrade(db)
    migrate.downgrade(db, "0004_medicine_care")
    with db.engine.connect() as c:
        names = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master"))}
    assert "sync_set_aside" not in names and "ix_sync_set_aside_profile" not in names
    assert _count(db, "measurements") == 1
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    db.close()
