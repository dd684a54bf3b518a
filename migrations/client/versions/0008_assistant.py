"""Symptom check-in: where it is felt (``symptom_entries.body_area``); tags on
conversations (``chat_sessions.tags``, a JSON list of short labels).

The assistant's answers need no schema of their own: they are chat messages whose
``metadata`` holds the intent, the cited rows, the figures and the response time. A
symptom's "requires attention" is derived from its severity, duration and words by
domain/red_flags.py every time it is read, so it never disagrees with the rules.

Revision ID: 0008_assistant
Revises: 0007_document_text
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0008_assistant"
down_revision: str | None = "0007_document_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# The synced columns before and after (frozen here, as every migration freezes them): the
# outbox triggers name each column, so a new one must be in them to sync.
BEFORE: dict[str, tuple[str, ...]] = {
    "symptom_entries": ("symptom", "severity", "onset_at", "duration_minutes", "note", *_META),
    "chat_sessions": ("title", "kind", *_META),
}
AFTER: dict[str, tuple[str, ...]] = {
    "symptom_entries": (*BEFORE["symptom_entries"][:5], "body_area", *_META),
    "chat_sessions": ("title", "kind", "tags", *_META),
}
NEW_COLUMNS = {"symptom_entries": "body_area", "chat_sessions": "tags"}


def _triggers(columns: dict[str, tuple[str, ...]]) -> None:
    for table, cols in columns.items():
        for name in synced_trigger_names(table):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql in synced_table_triggers(table, cols):
            op.execute(sql)


def upgrade() -> None:
    op.add_column("symptom_entries", sa.Column("body_area", sa.String(length=100),
                                               nullable=True))
    op.add_column("chat_sessions", sa.Column("tags", sa.Text(), nullable=True))
    _triggers(AFTER)


def downgrade() -> None:
    _triggers(BEFORE)
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its triggers.
    for table, column in NEW_COLUMNS.items():
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
