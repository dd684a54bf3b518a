"""Reserved slot (organisation rows that sync); replace this body with the real migration or it is deleted at integration.

Revision ID: 0018_org_sync
Revises: 0017_write_speed
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0018_org_sync"
down_revision: str | None = "0017_write_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
