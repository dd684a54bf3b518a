"""Reserved slot: clinic mode: organisation, staff, roles, audit attribution (helper: clinic).
A no-op until its owner fills it.

Revision ID: 0011_clinic
Revises: 0010_locked_reminders
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0011_clinic"
down_revision: str | None = "0010_locked_reminders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
