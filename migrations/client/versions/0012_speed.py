"""Reserved slot: speed: indexes or columns the benchmarks need (helper: speed).
A no-op until its owner fills it.

Revision ID: 0012_speed
Revises: 0011_clinic
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0012_speed"
down_revision: str | None = "0011_clinic"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
