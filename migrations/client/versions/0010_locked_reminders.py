"""Reserved slot: reminders while locked, sealed events (helper: locked).
A no-op until its owner fills it.

Revision ID: 0010_locked_reminders
Revises: 0009_notifications
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010_locked_reminders"
down_revision: str | None = "0009_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
