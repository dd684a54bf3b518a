"""Migration 0003 (sync): from empty and from 0002 with data in it; the new triggers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database, create_empty
from healthdesk.store.keys import create_key_file
from healthdesk.store.models import SYNCED_MODELS
from healthdesk.store.triggers import SYNC_GUARD_APPLYING, SYNC_GUARD_PURGING
from tests.conftest import FAST, PASSPHRASE

T0 = "2026-01-01T00:00:00.000000Z"


def _db(tmp_path: Path) -> Database:
    d = tmp_path / "d"
    key, _, _ = create_key_file(d / "keys.json", PASSPHRASE, FAST)
    create_empty(d / "healthdesk.db")
    return Database(d / "healthdesk.db", key)


def _seed_at_0002(db: Database) -> None:
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,'0000000000001-00000-a',"
            "0,'Old Data','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
            "deleted, kind, value, unit, taken_at, source) VALUES "
            "('m1','p1',:t,:t,'0000000000002-00000-a',0,'weight',80,'kg',:t,'manual')"),
            {"t": T0})
        c.execute(text("UPDATE measurements SET value = 81, version = '0000000000003-00000-a' "
                       "WHERE id = 'm1'"))


def _outbox(db: Database) -> list[tuple]:
    with db.engine.connect() as c:
        return [tuple(r) for r in c.execute(text(
            "SELECT table_name, row_id, op, version, base_version, state FROM outbox "
            "ORDER BY seq"))]


def test_from_0002_with_data_keeps_the_queue_and_records_base_versions(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.upgrade(db, "0002")
    _seed_at_0002(db)
    migrate.upgrade(db, "0003_sync")
    # Changes queued before sync existed are still there, pending, with no base version.
    assert _outbox(db) == [
        ("profiles", "p1", "insert", "0000000000001-00000-a", None, "pending"),
        ("measurements", "m1", "insert", "0000000000002-00000-a", None, "pending"),
        ("measurements", "m1", "update", "0000000000003-00000-a", None, "pending"),
    ]
    with db.engine.begin() as c:
        c.execute(text("UPDATE measurements SET value = 82, version = '0000000000004-00000-a' "
                       "WHERE id = 'm1'"))
        assert c.execute(text("SELECT value FROM measurements")).scalar() == 82
        assert c.execute(text("SELECT count(*) FROM conflicts")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM sync_cursors")).scalar() == 0
    # From now on an update says which version it was made on.
    assert _outbox(db)[-1] == ("measurements", "m1", "update", "0000000000004-00000-a",
                               "0000000000003-00000-a", "pending")
    db.close()


def test_every_synced_table_has_the_sync_triggers(tmp_path: Path) -> None:
    # A table added later (0004...) must use synced_table_triggers, or its updates would
    # reach the server without a base version and the engine could not apply its pulls.
    db = _db(tmp_path)
    migrate.upgrade(db)
    with db.engine.connect() as c:
        for model in SYNCED_MODELS:
            t = model.__tablename__
            sql = c.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                            {"n": f"trg_{t}_outbox_update"}).scalar()
            assert sql is not None and "base_version" in sql, t
            guard = c.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                              {"n": f"trg_{t}_no_hard_delete"}).scalar()
            assert f"id = {SYNC_GUARD_PURGING}" in guard, t
    db.close()


def _insert_profile(c, version: str = "0000000000001-00000-a") -> None:  # type: ignore[no-untyped-def]
    c.execute(text(
        "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
        "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,:v,0,'P','female',"
        "'unknown','en')"), {"t": T0, "v": version})


def test_hard_delete_only_while_purging_and_old_versions_only_from_the_feed(
        tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.upgrade(db)
    with db.engine.begin() as c:
        _insert_profile(c, "0000000000005-00000-a")
    with pytest.raises(IntegrityError, match="tombstoned"), db.engine.begin() as c:
        c.execute(text("DELETE FROM profiles"))
    with pytest.raises(IntegrityError, match="advance"), db.engine.begin() as c:
        c.execute(text("UPDATE profiles SET name = 'Q', version = '0000000000004-00000-b'"))
    # Applying the feed: an older stamp may land, and nothing echoes into the outbox.
    with db.engine.begin() as c:
        n = len(_outbox(db))
        c.execute(text("INSERT INTO sync_guard (id) VALUES (:g)"), {"g": SYNC_GUARD_APPLYING})
        c.execute(text("UPDATE profiles SET name = 'Q'"))
        c.execute(text("DELETE FROM sync_guard"))
    assert len(_outbox(db)) == n
    with db.engine.begin() as c:
        c.execute(text("INSERT INTO sync_guard (id) VALUES (:g)"), {"g": SYNC_GUARD_PURGING})
        c.execute(text("DELETE FROM profiles"))
        c.execute(text("DELETE FROM sync_guard"))
        assert c.execute(text("SELECT count(*) FROM profiles")).scalar() == 0
    db.close()


def test_down_to_0002_keeps_queued_changes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.upgrade(db)
    with db.engine.begin() as c:
        _insert_profile(c)
    migrate.downgrade(db, "0002")
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == 1
        c.execute(text("UPDATE profiles SET name = 'R', version = '0000000000002-00000-a'"))
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == 2
        with pytest.raises(IntegrityError, match="tombstoned"):
            c.execute(text("DELETE FROM profiles"))
    db.close()


def test_conflicts_are_exported_with_the_record(record: HealthRecord) -> None:
    import json

    from healthdesk.interop.json_export import render_export
    from healthdesk.store.models import Conflict

    pid = record.profiles.create(name="Exported").id
    with record.store.write() as s:
        s.add(Conflict(profile_id=pid, entity="measurements", row_id=pid, field="note",
                       kind="field", losing_value="lost words", status="open"))
    tables = json.loads(render_export(record.store))["tables"]
    assert [(c["field"], c["losing_value"], c["status"]) for c in tables["conflicts"]] == [
        ("note", "lost words", "open")]
