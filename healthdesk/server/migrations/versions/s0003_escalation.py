"""Reserved slot: notifications: server-side missed-dose escalation and mail (helper: notify).
A no-op until its owner fills it.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "s0003"
down_revision: str | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
