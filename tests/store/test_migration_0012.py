"""Migration 0012 (the clinic queue): from empty, from 0011 with data in it, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.store import migrate
from tests.store.migration_helpers import fresh_db as _fresh
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"
T1 = "2026-01-01T01:00:00.000000Z"


def _insert(c: object, ident: str, state: str, state_at: str) -> None:
    c.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO clinic_queue (id, profile_id, created_at, updated_at, version, deleted, "
        "day, checked_in_at, state, state_at) VALUES (:i,'p1',:t,:t,"
        "'0000000000002-00000-a',0,'2026-01-01',:t,:s,:sa)"),
        {"i": ident, "t": T0, "s": state, "sa": state_at})


def test_from_0011_with_data_queues_nothing_and_checks_hold(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    migrate.upgrade(db, "0011_clinic")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0012_clinic_queue")
    assert "clinic_queue" in _tables(db)
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
        _insert(c, "q1", "waiting", T1)
        # The sync triggers queue the new row like any synced row.
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued + 1
        with pytest.raises(IntegrityError), c.begin_nested():
            _insert(c, "q2", "asleep", T1)
        with pytest.raises(IntegrityError), c.begin_nested():
            _insert(c, "q3", "done", "2025-12-31T00:00:00.000000Z")
    db.close()


def test_downgrade_drops_the_table(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    migrate.upgrade(db, "0012_clinic_queue")
    migrate.downgrade(db, "0011_clinic")
    assert "clinic_queue" not in _tables(db)
    db.close()
