"""Reserved for this session's work (filled in by the change that needs it).

Revision ID: 0009_assistant
Revises: 0008_erase_retention
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0009_assistant"
down_revision: str | None = "0008_erase_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
