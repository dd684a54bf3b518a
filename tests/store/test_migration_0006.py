"""Migration 0006 (immunizations): from empty, from 0005 with data in it, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as c:
        return int(c.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def test_from_0005_with_data_keeps_it_and_new_doses_sync(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0005_pulled_set_aside")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
    queued = _count(db, "outbox")
    migrate.upgrade(db, "0006_immunizations_encounters")
    assert _count(db, "outbox") == queued  # nothing existing changed: nothing to sync
    assert _count(db, "immunizations") == 0
    # The sync-era triggers are in place: a hard delete is refused.
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO immunizations (id, profile_id, created_at, updated_at, version, "
            "deleted, vaccine, given_on, status) VALUES ('i1','p1',:t,:t,"
            "'0000000000002-00000-a',0,'Tdap','2020-05-01','completed')"), {"t": T0})
    assert _count(db, "outbox") == queued + 1
    with pytest.raises(DatabaseError, match="tombstoned"), db.engine.begin() as c:
        c.execute(text("DELETE FROM immunizations"))
    # The widened kind CHECK admits the new kinds, still refuses an unknown one.
    insert = ("INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
              "deleted, kind, value, unit, taken_at, source) VALUES (:id,'p1',:t,:t,"
              "'0000000000003-00000-a',0,:kind,1.2,'mmol/L',:t,'manual')")
    with db.engine.begin() as c:
        c.execute(text(insert), {"id": "m1", "t": T0, "kind": "hdl"})
    with pytest.raises(DatabaseError, match="ck_measurements_kind"), db.engine.begin() as c:
        c.execute(text(insert), {"id": "m2", "t": T0, "kind": "shoe_size"})
    with pytest.raises(RuntimeError, match="1 readings are of kinds"):
        migrate.downgrade(db, "0005_pulled_set_aside")
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert [v.vaccine for v in rec.immunizations.for_profile("p1")] == ["Tdap"]
        assert rec.profiles.get("p1").name == "Old Data"


def test_downgrade_removes_the_table_and_upgrade_builds_it_again(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    assert "immunizations" in _tables(db)
    migrate.downgrade(db, "0005_pulled_set_aside")
    assert "immunizations" not in _tables(db)
    with db.engine.connect() as c:
        triggers = c.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'trg_immunizations_%'")).scalar()
    assert triggers == 0
    with pytest.raises(DatabaseError, match="ck_measurements_kind"), db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'A','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
            "deleted, kind, value, unit, taken_at, source) VALUES ('m1','p1',:t,:t,"
            "'0000000000003-00000-a',0,'bmi',22,'kg/m2',:t,'manual')"), {"t": T0})
    migrate.upgrade(db, "0006_immunizations_encounters")
    assert "immunizations" in _tables(db)
    db.close()
