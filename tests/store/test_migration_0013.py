"""Migration 0013 (import sources, codes, the bulk guard): from empty, from 0012 with data
in it, and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.store.migration_helpers import fresh_db as _fresh

T0 = "2026-01-01T00:00:00.000000Z"


def _columns(db: Database, table: str = "measurements") -> list[str]:
    with db.engine.connect() as c:
        return [r[1] for r in c.execute(text(f"PRAGMA table_info({table})"))]


def _insert(c: object, rid: str, version: str) -> None:
    c.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, deleted, "
        "kind, value, unit, taken_at, source) VALUES (:i, 'p1', :t, :t, :v, 0, 'weight', 70,"
        " 'kg', :t, 'manual')"), {"i": rid, "t": T0, "v": version})


def _profile(c: object) -> None:
    c.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
        "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
        "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})


def test_from_0012_with_data_keeps_readings_and_queues_the_new_columns(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    migrate.upgrade(db, "0012_clinic_queue")
    with db.engine.begin() as c:
        _profile(c)
        _insert(c, "m1", "0000000000002-00000-a")
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
        days = c.execute(text("SELECT * FROM measurement_days")).all()
    migrate.upgrade(db, "0013_import_sources")
    assert {"sources", "codes"} <= set(_columns(db))
    for table in ("conditions", "allergies", "medications"):
        assert "codes" in _columns(db, table)
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
        assert c.execute(text("SELECT * FROM measurement_days")).all() == days
        c.execute(text("UPDATE measurements SET sources = '[\"Phone\"]', "
                       "version = '0000000000003-00000-a' WHERE id = 'm1'"))
        # The roll-up stays; the change syncs; a new row is queued and rolled up.
        assert c.execute(text("SELECT * FROM measurement_days")).all() == days
        assert c.execute(text("SELECT changed_fields FROM outbox ORDER BY seq DESC LIMIT 1")
                         ).scalar() == '["sources"]'
        _insert(c, "m2", "0000000000004-00000-a")
        entry = c.execute(text("SELECT op, changed_fields FROM outbox WHERE row_id = 'm2'")
                          ).one()
        assert entry[0] == "insert" and '"codes"' in entry[1]
        assert c.execute(text("SELECT n FROM measurement_days")).scalar() == 2
    db.close()


def test_downgrade_drops_the_columns_and_the_guard_and_keeps_the_triggers(
        tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    migrate.upgrade(db)
    migrate.downgrade(db, "0012_clinic_queue")
    assert not {"sources", "codes"} & set(_columns(db))
    assert "codes" not in _columns(db, "conditions")
    with db.engine.begin() as c:
        tables = {r[0] for r in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "bulk_guard" not in tables
        sql = c.execute(text("SELECT group_concat(sql) FROM sqlite_master "
                             "WHERE tbl_name = 'measurements'")).scalar()
        assert "bulk_guard" not in sql
        _profile(c)
        _insert(c, "m1", "0000000000002-00000-a")
        assert c.execute(text("SELECT count(*) FROM outbox WHERE row_id = 'm1'")).scalar() == 1
        assert c.execute(text("SELECT n FROM measurement_days")).scalar() == 1
        c.execute(text(
            "INSERT INTO conditions (id, profile_id, created_at, updated_at, version, deleted,"
            " name, status) VALUES ('c1', 'p1', :t, :t, '0000000000005-00000-a', 0, 'Asthma',"
            " 'active')"), {"t": T0})
        entry = c.execute(text("SELECT changed_fields FROM outbox WHERE row_id = 'c1'")).scalar()
        assert '"name"' in entry and '"codes"' not in entry
    migrate.upgrade(db)
    db.close()
