"""Reminders while locked: ``sealed_events``, the dose answers given while the record was
locked (sealed to the store, spooled beside it) and settled at unlock, applied or refused.
Device-local: no outbox trigger, never synced or exported. A replayed event is refused
because its id is already here.

Revision ID: 0010_locked_reminders
Revises: 0009_notifications
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_locked_reminders"
down_revision: str | None = "0009_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sealed_events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.String(length=27), nullable=True),
        sa.Column("settled_at", sa.String(length=27), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("dose_event_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sealed_events")),
    )
    op.create_index("ix_sealed_events_settled", "sealed_events", ["settled_at"])


def downgrade() -> None:
    op.drop_index("ix_sealed_events_settled", table_name="sealed_events")
    op.drop_table("sealed_events")
