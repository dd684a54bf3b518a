"""Erased profiles: the marker an erase leaves on the server (the id and when, nothing else).

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0002"
down_revision: str | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = """
-- A profile its owner erased: every row, change, invite and membership of it is gone;
-- this marker (no content) makes the server refuse the profile from then on, so a device
-- that was offline during the erase cannot bring it back by pushing.
CREATE TABLE erased_profiles (
    profile_id text PRIMARY KEY,
    erased_at timestamptz NOT NULL DEFAULT now()
);
"""

DOWNGRADE = "DROP TABLE erased_profiles;"


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
