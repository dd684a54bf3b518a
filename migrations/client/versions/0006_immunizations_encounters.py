"""Reserved for this session's work (filled in by the change that needs it).

Revision ID: 0006_immunizations_encounters
Revises: 0005_pulled_set_aside
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006_immunizations_encounters"
down_revision: str | None = "0005_pulled_set_aside"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
