"""Symptom check-in: where it is felt (``symptom_entries.body_area``).

The assistant's answers need no schema of their own: they are chat messages whose
``metadata`` holds the intent, the cited rows, the figures and the response time. A
symptom's "requires attention" is derived from its severity, duration and words by
domain/red_flags.py every time it is read, so it never disagrees with the rules.

Revision ID: 0009_assistant
Revises: 0008_erase_retention
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_assistant"
down_revision: str | None = "0008_erase_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("symptom_entries", sa.Column("body_area", sa.String(length=100),
                                               nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("symptom_entries") as batch:
        batch.drop_column("body_area")
