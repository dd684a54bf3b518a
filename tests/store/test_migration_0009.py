"""Migration 0009 (notifications): from empty, from 0008 with contacts in it (kept,
allowed to receive alerts, not queued again; edits still sync with the new columns),
and back down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"
NEW_TABLES = ("notifications", "notification_settings", "emergency_alerts",
              "alert_deliveries")


def test_from_0008_with_contacts_keeps_them_and_queues_nothing(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0008_assistant")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO emergency_contacts (id, profile_id, created_at, updated_at, version, "
            "deleted, name, email, priority) VALUES ('c1','p1',:t,:t,"
            "'0000000000002-00000-a',0,'Meera','meera@example.com',1)"), {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0009_notifications")
    assert set(NEW_TABLES) <= _tables(db)
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        [c1] = rec.contacts.for_profile("p1")
        assert (c1.name, c1.may_alert, c1.preferred_method) == ("Meera", True, None)
        rec.contacts.update("c1", preferred_method="email")
        with rec.store.read() as s:
            fields = s.execute(text("SELECT changed_fields FROM outbox WHERE row_id = 'c1' "
                                    "ORDER BY seq DESC LIMIT 1")).scalar()
        assert fields == '["preferred_method"]'
        alert = rec.emergency.raise_alert("p1", "fall")
        assert [v.address for v in rec.delivery.for_source(alert.id)] == ["meera@example.com"]


def test_down_to_0008_drops_the_tables_and_columns(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db, "0009_notifications")
    migrate.downgrade(db, "0008_assistant")
    assert not set(NEW_TABLES) & _tables(db)
    with db.engine.connect() as c:
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(emergency_contacts)"))]
    assert "may_alert" not in cols and "preferred_method" not in cols
    migrate.upgrade(db, "0009_notifications")
    db.close()
