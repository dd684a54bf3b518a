"""Reserved slot: imports: second source on duplicates, original codes (helper: import).
A no-op until its owner fills it.

Revision ID: 0013_import_sources
Revises: 0012_speed
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0013_import_sources"
down_revision: str | None = "0012_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
