"""Retention runs: when the server last applied a profile's retention rules (the rules
themselves are synced rows of the profile, in ``rows``).

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0004"
down_revision: str | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ON DELETE CASCADE: erasing the person removes this too, leaving only the marker.
    op.execute("""
CREATE TABLE retention_runs (
    profile_id text PRIMARY KEY REFERENCES profiles (profile_id) ON DELETE CASCADE,
    applied_at timestamptz NOT NULL
)""")


def downgrade() -> None:
    op.execute("DROP TABLE retention_runs")
