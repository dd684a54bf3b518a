"""Reserved slot (recording speed); replace this body with the real migration or it is deleted at integration.

Revision ID: 0017_write_speed
Revises: 0016_bulk_speed
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0017_write_speed"
down_revision: str | None = "0016_bulk_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
