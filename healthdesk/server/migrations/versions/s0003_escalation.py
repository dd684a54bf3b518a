"""Server escalation: the e-mails the server sent about missed doses, so each is sent once.

A row is written "sending" with its Message-ID before the message goes to the mail server
(a crash in between resends once with the same Message-ID), then "sent" or "failed".
Its id is the delivery id a device would give the same alert to the same address
(domain/notification_rules.delivery_id), and the Message-ID is the same too.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0003"
down_revision: str | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = """
CREATE TABLE escalation_mail (
    id text PRIMARY KEY,
    profile_id text NOT NULL,
    alert_id text NOT NULL,
    address text NOT NULL,
    message_id text NOT NULL,
    status text NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
);
CREATE INDEX escalation_mail_profile ON escalation_mail (profile_id);
"""

DOWNGRADE = "DROP TABLE escalation_mail;"


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
