"""Pulled changes set aside: ``sync_set_aside`` (device-local, never synced or exported).

A change from the server that this store cannot apply (a value it cannot hold, a wrong
type, a required field missing, a record pointing at one that is not here) is kept here
with its reason instead of failing every sync round; it is retried with every later
change of its row and at the end of every round that brought anything (docs/sync.md).

Revision ID: 0005_pulled_set_aside
Revises: 0004_medicine_care
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_pulled_set_aside"
down_revision: str | None = "0004_medicine_care"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("origin_device", sa.String(length=64), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("set_aside_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_set_aside")),
    )
    op.create_index("ix_sync_set_aside_profile", "sync_set_aside", ["profile_id", "seq"])


def downgrade() -> None:
    # The older schema has no place for them. The changes themselves stay in the
    # server's feed (a resync brings them again); only this device's list goes.
    op.drop_table("sync_set_aside")
