"""Reserved slot: notification centre, delivery, emergency alerts (helper: notify).
A no-op until its owner fills it.

Revision ID: 0009_notifications
Revises: 0008_assistant
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0009_notifications"
down_revision: str | None = "0008_assistant"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
