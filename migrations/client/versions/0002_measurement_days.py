"""Per-day roll-ups of readings, kept by triggers, for charts over years.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGG = (
    "count(*), min(value), max(value), sum(value), min(value2), max(value2), sum(value2), "
    "min(value3), max(value3), sum(value3)"
)


def _refresh(ref: str) -> str:
    """SQL that recomputes the roll-up of the (profile, kind, day) of ``ref`` (NEW/OLD)."""
    day = f"substr({ref}.taken_at, 1, 10)"
    return (
        f"DELETE FROM measurement_days WHERE profile_id = {ref}.profile_id "
        f"AND kind = {ref}.kind AND day = {day}; "
        "INSERT INTO measurement_days SELECT profile_id, kind, substr(taken_at, 1, 10), "
        f"{AGG} FROM measurements WHERE profile_id = {ref}.profile_id AND kind = {ref}.kind "
        f"AND taken_at >= {day} || 'T' AND taken_at < {day} || 'U' AND NOT deleted "
        "GROUP BY profile_id, kind, substr(taken_at, 1, 10);"
    )


def _merge(col: str) -> str:
    # NULL-aware: a component missing from one side keeps the other side's value.
    fn = "sum" if col.startswith("sum") else col[:3]
    combine = f"{col} + excluded.{col}" if fn == "sum" else f"{fn}({col}, excluded.{col})"
    return (f"{col} = CASE WHEN excluded.{col} IS NULL THEN {col} "
            f"WHEN {col} IS NULL THEN excluded.{col} ELSE {combine} END")


# Inserts fold into the day's row in O(1) (bulk imports and the demo insert many rows a
# day); updates and tombstones, which are rare, recompute the affected days exactly.
INSERT_TRIGGER = (
    "CREATE TRIGGER trg_measurements_days_insert AFTER INSERT ON measurements "
    "WHEN NOT NEW.deleted BEGIN "
    "INSERT INTO measurement_days SELECT NEW.profile_id, NEW.kind, substr(NEW.taken_at, 1, 10),"
    " 1, NEW.value, NEW.value, NEW.value, NEW.value2, NEW.value2, NEW.value2, "
    "NEW.value3, NEW.value3, NEW.value3 WHERE true "
    "ON CONFLICT (profile_id, kind, day) DO UPDATE SET n = n + 1, "
    + ", ".join(_merge(f"{a}{i}") for i in (1, 2, 3) for a in ("min", "max", "sum"))
    + "; END"
)


def upgrade() -> None:
    op.create_table(
        "measurement_days",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        *(sa.Column(f"{agg}{i}", sa.Float(), nullable=True)
          for i in (1, 2, 3) for agg in ("min", "max", "sum")),
        sa.PrimaryKeyConstraint("profile_id", "kind", "day", name=op.f("pk_measurement_days")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO measurement_days SELECT profile_id, kind, substr(taken_at, 1, 10), "
        f"{AGG} FROM measurements WHERE NOT deleted "
        "GROUP BY profile_id, kind, substr(taken_at, 1, 10)"
    )
    op.execute(INSERT_TRIGGER)
    op.execute(
        "CREATE TRIGGER trg_measurements_days_update AFTER UPDATE ON measurements "
        f"BEGIN {_refresh('OLD')} {_refresh('NEW')} END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_measurements_days_update")
    op.execute("DROP TRIGGER IF EXISTS trg_measurements_days_insert")
    op.drop_table("measurement_days")
