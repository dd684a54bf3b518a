"""The organisation's id on the sync server and each member's server account: the
clinic's organisation and staff reach its other computers through the server.

Revision ID: 0016_org_sync
Revises: 0015_clinic_sync
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_org_sync"
down_revision: str | None = "0015_clinic_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain added nullable columns: no table is rebuilt, so no trigger is recreated.
    op.add_column("organisations", sa.Column("server_id", sa.String(36), nullable=True))
    op.add_column("staff", sa.Column("account", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("account")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("server_id")
