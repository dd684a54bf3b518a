"""Reserved for this session's work (filled in by the change that needs it).

Revision ID: 0010_reading_sources
Revises: 0009_assistant
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010_reading_sources"
down_revision: str | None = "0009_assistant"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
