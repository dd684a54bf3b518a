"""The clinic's queue: ``clinic_queue``, a synced table of check-ins (patient, day, time,
state waiting / with_doctor / done / left, the visit recorded for it), with the sync-era
triggers (``synced_table_triggers``).

Nothing existing changes, so nothing is queued to sync.

Revision ID: 0012_clinic_queue
Revises: 0011_clinic
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0012_clinic_queue"
down_revision: str | None = "0011_clinic"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# Frozen at this revision: the triggers are generated from it.
COLUMNS: tuple[str, ...] = ("day", "checked_in_at", "state", "state_at", "reason",
                            "checked_in_by", "seen_by", "encounter_id", *META)
STATES = ("waiting", "with_doctor", "done", "left")


def upgrade() -> None:
    op.create_table(
        "clinic_queue",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("checked_in_at", sa.String(length=27), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("state_at", sa.String(length=27), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("checked_in_by", sa.String(length=200), nullable=True),
        sa.Column("seen_by", sa.String(length=200), nullable=True),
        sa.Column("encounter_id", sa.String(length=36), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("state IN (" + ", ".join(f"'{k}'" for k in STATES) + ")",
                           name=op.f("ck_clinic_queue_state")),
        sa.CheckConstraint("state_at >= checked_in_at",
                           name=op.f("ck_clinic_queue_state_after_check_in")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_clinic_queue_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_queue")),
    )
    op.create_index("ix_clinic_queue_day", "clinic_queue", ["day", "checked_in_at"])
    op.create_index("ix_clinic_queue_profile_id", "clinic_queue", ["profile_id"])
    for sql in synced_table_triggers("clinic_queue", COLUMNS):
        op.execute(sql)


def downgrade() -> None:
    for name in synced_trigger_names("clinic_queue"):
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_index("ix_clinic_queue_profile_id", table_name="clinic_queue")
    op.drop_index("ix_clinic_queue_day", table_name="clinic_queue")
    op.drop_table("clinic_queue")
