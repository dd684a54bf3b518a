"""Migration 0008 (symptom body area): from empty, from 0007 with data in it, and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh

T0 = "2026-01-01T00:00:00.000000Z"


def _columns(db: Database) -> list[str]:
    with db.engine.connect() as c:
        return [r[1] for r in c.execute(text("PRAGMA table_info(symptom_entries)"))]


def test_from_empty_has_the_column(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    assert "body_area" in _columns(db)
    db.close()


def test_from_0007_with_data_keeps_entries_and_queues_nothing(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0007_document_text")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO symptom_entries (id, profile_id, created_at, updated_at, version, "
            "deleted, symptom, severity, onset_at, duration_minutes) VALUES ('s1','p1',:t,:t,"
            "'0000000000002-00000-a',0,'Chest pain',4,:t,30)"), {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0008_assistant")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        v = rec.symptoms.get("s1")
        assert v.body_area is None and v.attention == ("chest pain can be a heart attack",)
        rec.symptoms.update("s1", body_area="chest")
        assert rec.symptoms.get("s1").body_area == "chest"
        with rec.store.read() as s:
            fields = s.execute(text("SELECT changed_fields FROM outbox WHERE row_id = 's1' "
                                    "ORDER BY rowid DESC LIMIT 1")).scalar()
        assert fields == '["body_area"]'  # the new column syncs


def test_downgrade_drops_the_columns_and_keeps_the_triggers(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    migrate.downgrade(db, "0007_document_text")
    assert "body_area" not in _columns(db)
    with db.engine.connect() as c:
        triggers = {r[0] for r in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            "('symptom_entries', 'chat_sessions')"))}
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(chat_sessions)"))]
    assert "tags" not in cols
    assert {"trg_symptom_entries_outbox_update", "trg_chat_sessions_outbox_insert"} <= triggers
    db.close()
