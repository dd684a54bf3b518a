"""Reserved slot: retention rules (lead).
A no-op until its owner fills it.

Revision ID: 0014_retention
Revises: 0013_import_sources
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0014_retention"
down_revision: str | None = "0013_import_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
