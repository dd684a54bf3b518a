"""Imports: where a reading came from (``measurements.sources``, a JSON list, more than one
when two exports carried the same reading), the codes a reading, condition, allergy or
medicine arrived with (``codes`` on each: FHIR codings, exported back), and the bulk-write guard (``bulk_guard``, see models/bulk.py)
that lets store/bulk.py write a batch's outbox entries, day roll-ups and search rows once
per batch.

The per-row insert triggers of measurements (outbox, day roll-up, search) skip rows
written while the guard is held; a trigger on the guard refuses to remove it while any row
written since has no outbox entry, and the guard's deferred foreign key makes a commit
with it still held fail.

Revision ID: 0013_import_sources
Revises: 0012_clinic_queue
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import bulk_off, synced_table_triggers, synced_trigger_names

revision: str = "0013_import_sources"
down_revision: str | None = "0012_clinic_queue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
BEFORE = ("kind", "value", "value2", "value3", "unit", "entered_unit", "taken_at", "context",
          "note", "source", *_META)
AFTER = (*BEFORE[:10], "sources", "codes", *_META)
OFF = bulk_off("measurements")
# The roll-up and search insert triggers as they stand are kept; only their WHEN changes.
ROLLUP = ("trg_measurements_days_insert", "WHEN NOT NEW.deleted BEGIN",
          f"WHEN NOT NEW.deleted AND {OFF} BEGIN")
SEARCH = ("trg_measurements_search_insert", "AFTER INSERT ON measurements BEGIN",
          f"AFTER INSERT ON measurements WHEN {OFF} BEGIN")
# A change of sources (or a note) leaves the day's roll-up as it is: recount only for
# the columns it sums.
RECOUNT = ("trg_measurements_days_update", "AFTER UPDATE ON measurements BEGIN",
           "AFTER UPDATE OF profile_id, kind, taken_at, value, value2, value3, deleted "
           "ON measurements BEGIN")
COVERED = """CREATE TRIGGER trg_bulk_guard_measurements_covered BEFORE DELETE ON bulk_guard
WHEN OLD.table_name = 'measurements' AND EXISTS (
  SELECT 1 FROM measurements m WHERE m.rowid > OLD.start_rowid AND NOT EXISTS (
    SELECT 1 FROM outbox o WHERE o.table_name = 'measurements' AND o.row_id = m.id
    AND o.seq > OLD.start_seq)) BEGIN
  SELECT RAISE(ABORT, 'healthdesk: rows written in bulk must each have an outbox entry');
END"""
NEVER = """CREATE TRIGGER trg_bulk_guard_never_empty BEFORE INSERT ON bulk_guard_never
BEGIN
  SELECT RAISE(ABORT, 'healthdesk: bulk_guard_never stays empty');
END"""


# Conditions, allergies and medicines gain ``codes``: their outbox triggers name every
# column, so they are rebuilt from the table's columns as they stand (other revisions of
# this series add columns too) with or without it.
CODED = ("conditions", "allergies", "medications")


def _table_columns(table: str) -> tuple[str, ...]:
    rows = op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
    return tuple(str(r[1]) for r in rows)


def _retrigger(table: str) -> None:
    for name in synced_trigger_names(table):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in synced_table_triggers(table, _table_columns(table)):
        op.execute(sql)


def _swap_when(name: str, old: str, new: str) -> None:
    sql = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).scalar()
    if sql is None or old not in sql:
        raise RuntimeError(f"0013: trigger {name} is not as expected")
    op.execute(f"DROP TRIGGER {name}")
    op.execute(sql.replace(old, new, 1))


def _outbox_triggers(columns: tuple[str, ...], bulk: bool) -> None:
    for name in synced_trigger_names("measurements"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in synced_table_triggers("measurements", columns, bulk=bulk):
        op.execute(sql)


def upgrade() -> None:
    op.add_column("measurements", sa.Column("sources", sa.Text(), nullable=True))
    op.add_column("measurements", sa.Column("codes", sa.Text(), nullable=True))
    op.create_table(
        "bulk_guard_never",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulk_guard_never")),
    )
    op.create_table(
        "bulk_guard",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("start_rowid", sa.Integer(), nullable=False),
        sa.Column("start_seq", sa.Integer(), nullable=False),
        sa.Column("open", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["open"], ["bulk_guard_never.id"],
                                name=op.f("fk_bulk_guard_open_bulk_guard_never"),
                                deferrable=True, initially="DEFERRED"),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_bulk_guard")),
    )
    op.execute(NEVER)
    op.execute(COVERED)
    _outbox_triggers(AFTER, bulk=True)
    _swap_when(*ROLLUP)
    _swap_when(*SEARCH)
    _swap_when(*RECOUNT)
    for table in CODED:
        op.add_column(table, sa.Column("codes", sa.Text(), nullable=True))
        _retrigger(table)


def downgrade() -> None:
    for table in CODED:
        for name in synced_trigger_names(table):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN codes")
        _retrigger(table)
    _swap_when(RECOUNT[0], RECOUNT[2], RECOUNT[1])
    _swap_when(SEARCH[0], SEARCH[2], SEARCH[1])
    _swap_when(ROLLUP[0], ROLLUP[2], ROLLUP[1])
    _outbox_triggers(BEFORE, bulk=False)
    op.drop_table("bulk_guard")
    op.drop_table("bulk_guard_never")
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its triggers.
    op.execute("ALTER TABLE measurements DROP COLUMN codes")
    op.execute("ALTER TABLE measurements DROP COLUMN sources")
