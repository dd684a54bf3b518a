"""Reserved slot: languages: anything the core catalogues need in the store (helper: i18n-core).
A no-op until its owner fills it.

Revision ID: 0015_languages
Revises: 0014_retention
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0015_languages"
down_revision: str | None = "0014_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
