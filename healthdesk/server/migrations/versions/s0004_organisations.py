"""Reserved slot: organisations, staff accounts and roles (helper: clinic).
A no-op until its owner fills it.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "s0004"
down_revision: str | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
