"""Migration 0014 (retention rules): from empty, from 0013 with data in it, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"


def test_from_0013_with_data_queues_nothing_and_rules_work(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0013_import_sources")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0014_retention")
    assert "retention_rules" in _tables(db)
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
        with pytest.raises(IntegrityError), c.begin_nested():
            c.execute(text(
                "INSERT INTO retention_rules (id, profile_id, created_at, updated_at, "
                "version, deleted, kind, keep_months, enabled) VALUES ('r1','p1',:t,:t,"
                "'0000000000002-00000-a',0,'dose_events',12,1)"), {"t": T0})
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        rec.retention.set_rule("p1", "chat_messages", 6)
        assert rec.retention.rules("p1")[0].keep_months == 6


def test_downgrade_drops_the_table(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db, "0014_retention")
    migrate.downgrade(db, "0013_import_sources")
    assert "retention_rules" not in _tables(db)
    db.close()
