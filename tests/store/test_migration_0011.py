"""Migration 0011 (clinic): from empty, from 0010 with data in it, and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"
TABLES = {"organisations", "staff", "clinic_register"}


def test_from_empty_has_the_tables(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    assert _tables(db) >= TABLES
    db.close()


def test_from_0010_with_people_the_register_fills_on_first_use(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0010_locked_reminders")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language, date_of_birth) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Kamala Devi','female','unknown','en','1961-05-02')"),
            {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0011_clinic")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert not rec.clinic.is_clinic()
        assert [p.name for p in rec.patients.search("kamala")] == ["Kamala Devi"]
        assert rec.patients.search("1961-05-02")[0].profile_id == "p1"


def test_downgrade_drops_the_tables(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    migrate.downgrade(db, "0010_locked_reminders")
    assert not TABLES & _tables(db)
    migrate.upgrade(db, "0011_clinic")
    assert _tables(db) >= TABLES
    db.close()
