"""Migration 0017 (the outbox's set-aside index): from empty, from 0016 with queued and
set-aside changes in it, and back; the counts read indexes, not the outbox's rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from healthdesk.store import migrate, outbox
from tests.store.migration_helpers import fresh_db

T0 = "2026-01-01T00:00:00.000000Z"


def _indexes(db) -> set[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as c:
        return set(c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox'"))
            .scalars())


def _queue(c, seq: int, state: str) -> None:  # type: ignore[no-untyped-def]
    c.execute(text(
        "INSERT INTO outbox (seq, table_name, row_id, profile_id, op, changed_fields, "
        "version, created_at, state) VALUES (:s, 'measurements', :r, 'p1', 'insert', '[]', "
        "'0000000000001-00000-a', :t, :state)"), {"s": seq, "r": f"m{seq}", "t": T0,
                                                   "state": state})


def test_from_0016_with_queued_changes_counts_them_alike(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    migrate.upgrade(db, "0016_org_sync")
    with db.engine.begin() as c:
        for seq in range(1, 41):
            _queue(c, seq, "set_aside" if seq % 8 == 0 else "pending")
    migrate.upgrade(db, "0017_outbox_set_aside")
    assert "ix_outbox_set_aside" in _indexes(db)
    with Session(db.engine) as s:
        assert outbox.counts(s) == (35, 5)
        plan = " ".join(str(r[3]) for r in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM outbox WHERE state = 'set_aside'"))
        assert "ix_outbox_set_aside" in plan
    migrate.downgrade(db, "0016_org_sync")
    assert "ix_outbox_set_aside" not in _indexes(db)


def test_from_empty_has_the_index_and_a_queued_change_stays_out_of_it(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    migrate.upgrade(db)
    assert "ix_outbox_set_aside" in _indexes(db)
    with db.engine.begin() as c:
        _queue(c, 1, "pending")
        _queue(c, 2, "pending")
    with Session(db.engine) as s:
        assert outbox.counts(s) == (2, 0)
        outbox.set_aside(s, [2], "refused by the server")
        assert outbox.counts(s) == (1, 1)
