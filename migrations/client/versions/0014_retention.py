"""Retention rules: ``retention_rules``, a synced table of how long each kind of one
person's records is kept (chat notes, symptom check-ins, finished appointments, past
visits, readings, the audit trail), with the sync-era triggers (``synced_table_triggers``).

Nothing existing changes, so nothing is queued to sync.

Revision ID: 0014_retention
Revises: 0013_import_sources
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0014_retention"
down_revision: str | None = "0013_import_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
COLUMNS: tuple[str, ...] = ("kind", "keep_months", "enabled", *META)
# Frozen here: a later release may offer more kinds, in a migration of its own.
KINDS = ("chat_messages", "symptom_entries", "finished_appointments", "encounters",
         "measurements", "audit_events")


def upgrade() -> None:
    op.create_table(
        "retention_rules",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("keep_months", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")",
                           name=op.f("ck_retention_rules_kind")),
        sa.CheckConstraint("keep_months BETWEEN 1 AND 1200",
                           name=op.f("ck_retention_rules_keep_months")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_retention_rules_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rules")),
    )
    op.create_index("ix_retention_rules_profile_id", "retention_rules", ["profile_id"])
    for sql in synced_table_triggers("retention_rules", COLUMNS):
        op.execute(sql)


def downgrade() -> None:
    for name in synced_trigger_names("retention_rules"):
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_index("ix_retention_rules_profile_id", table_name="retention_rules")
    op.drop_table("retention_rules")
