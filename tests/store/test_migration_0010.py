"""Migration 0010 (sealed events settled at unlock): from empty, from 0009 with data in
it (nothing queued for sync, the old rows untouched), and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.store import migrate
from tests.store.migration_helpers import fresh_db as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"


def test_from_0009_with_data_then_down_again(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    migrate.upgrade(db, "0009_notifications")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0010_locked_reminders")
    assert "sealed_events" in _tables(db)
    with db.engine.begin() as c:
        c.execute(text("INSERT INTO sealed_events (id, sealed_at, settled_at, outcome) "
                       "VALUES ('e1', :t, :t, 'applied')"), {"t": T0})
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
        assert c.execute(text("SELECT name FROM profiles")).scalar() == "Old Data"
    migrate.downgrade(db, "0009_notifications")
    assert "sealed_events" not in _tables(db)
    migrate.upgrade(db)
    assert "sealed_events" in _tables(db)
    db.close()
