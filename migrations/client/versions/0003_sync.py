"""Sync: the conflict inbox, outbox base versions and states, sync bookkeeping.

- ``conflicts``: a synced table (values that lost to a concurrent edit, docs/sync.md).
- ``outbox``: ``base_version`` (the row's version before the change, written by the
  update trigger), ``state`` (pending / set_aside) with ``reason``, and ``pinned``.
- ``sync_cursors`` (per-profile feed position and role) and ``sync_extra_fields``
  (fields from a newer client): device-local. Server URL, account and last results
  live in ``local_state`` under ``sync.*`` keys.
- Every synced table's triggers are recreated by ``synced_table_triggers``: the outbox
  records ``base_version``, pulled rows may keep their version, the engine may purge.

Revision ID: 0003_sync
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import (
    append_only_trigger,
    outbox_triggers,
    synced_table_triggers,
    synced_trigger_names,
)

revision: str = "0003_sync"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Column lists frozen at this revision: the triggers below are generated from them.
SYNCED_COLUMNS: dict[str, tuple[str, ...]] = {
    "profiles": (
        "profile_id", "name", "date_of_birth", "sex", "blood_type", "height_cm", "language",
        "timezone", "color", "notes", "photo", "photo_mime", "id", "created_at", "updated_at",
        "version", "deleted"
    ),
    "emergency_contacts": (
        "name", "relationship", "phone", "email", "notes", "priority", "profile_id", "id",
        "created_at", "updated_at", "version", "deleted"
    ),
    "conditions": (
        "name", "icd10", "status", "onset", "resolved_on", "notes", "profile_id", "id",
        "created_at", "updated_at", "version", "deleted"
    ),
    "allergies": (
        "substance", "category", "reaction", "severity", "noted_on", "notes", "profile_id",
        "id", "created_at", "updated_at", "version", "deleted"
    ),
    "symptom_entries": (
        "symptom", "severity", "onset_at", "duration_minutes", "note", "profile_id", "id",
        "created_at", "updated_at", "version", "deleted"
    ),
    "goals": (
        "title", "measurement_kind", "direction", "start_value", "target_value", "unit",
        "start_date", "due_date", "status", "note", "profile_id", "id", "created_at",
        "updated_at", "version", "deleted"
    ),
    "goal_progress": (
        "goal_id", "recorded_at", "value", "note", "profile_id", "id", "created_at",
        "updated_at", "version", "deleted"
    ),
    "measurements": (
        "kind", "value", "value2", "value3", "unit", "entered_unit", "taken_at", "context",
        "note", "source", "profile_id", "id", "created_at", "updated_at", "version", "deleted"
    ),
    "medications": (
        "name", "strength", "form", "dose_amount", "dose_unit", "route", "prescriber",
        "instructions", "start_date", "end_date", "stock_count", "refill_threshold",
        "missed_dose_window_hours", "caregiver_alert_minutes", "active", "notes", "profile_id",
        "id", "created_at", "updated_at", "version", "deleted"
    ),
    "medication_schedules": (
        "medication_id", "kind", "times_of_day", "weekdays", "interval_days", "start_date",
        "end_date", "dose_amount", "prn_min_interval_minutes", "prn_max_per_day", "timezone",
        "tz_policy", "extra", "profile_id", "id", "created_at", "updated_at", "version",
        "deleted"
    ),
    "dose_events": (
        "medication_id", "schedule_id", "scheduled_for", "action", "at", "amount", "by_person",
        "device_id", "snooze_until", "supersedes", "override_confirmed", "note", "profile_id",
        "id", "created_at", "updated_at", "version", "deleted"
    ),
    "appointments": (
        "title", "clinician", "place", "start_at", "duration_minutes", "visit_type", "status",
        "notes", "visit_notes", "reminder_offsets", "profile_id", "id", "created_at",
        "updated_at", "version", "deleted"
    ),
    "documents": (
        "title", "category", "tags", "document_date", "filename", "mime_type", "size_bytes",
        "sha256", "content", "profile_id", "id", "created_at", "updated_at", "version",
        "deleted"
    ),
    "chat_sessions": (
        "title", "kind", "profile_id", "id", "created_at", "updated_at", "version", "deleted"
    ),
    "chat_messages": (
        "session_id", "role", "author", "content", "sent_at", "metadata", "profile_id", "id",
        "created_at", "updated_at", "version", "deleted"
    ),
    "audit_events": (
        "at", "actor", "device_id", "action", "entity", "entity_id", "fields", "profile_id",
        "id", "created_at", "updated_at", "version", "deleted"
    ),
}
APPEND_ONLY = ("dose_events", "audit_events")
CONFLICT_COLUMNS: tuple[str, ...] = (
    "entity", "row_id", "field", "kind", "losing_value", "losing_version", "losing_device",
    "winning_value", "winning_version", "status", "resolved_at", "resolved_by",
    "profile_id", "id", "created_at", "updated_at", "version", "deleted"
)


def _replace_triggers(table: str, sqls: list[str]) -> None:
    for name in synced_trigger_names(table):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in sqls:
        op.execute(sql)
    if table in APPEND_ONLY and sqls:
        # SQLite fires the newest trigger first: recreate the append-only rule after the
        # others so an UPDATE is refused as append-only, as before, not as a stale version.
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only")
        op.execute(append_only_trigger(table))


def upgrade() -> None:
    # Plain ALTER TABLE, not a batch copy: the triggers of every synced table name the
    # outbox, and SQLite refuses to rename a table under them.
    op.add_column("outbox", sa.Column("base_version", sa.String(length=64), nullable=True))
    op.add_column("outbox", sa.Column("state", sa.String(length=10), server_default="pending",
                                      nullable=False))
    op.add_column("outbox", sa.Column("reason", sa.String(length=200), nullable=True))
    op.add_column("outbox", sa.Column("pinned", sa.Text(), nullable=True))
    op.create_index("ix_outbox_row", "outbox", ["table_name", "row_id"], unique=False)

    op.create_table(
        "conflicts",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("losing_value", sa.Text(), nullable=True),
        sa.Column("losing_version", sa.String(length=64), nullable=True),
        sa.Column("losing_device", sa.String(length=64), nullable=True),
        sa.Column("winning_value", sa.Text(), nullable=True),
        sa.Column("winning_version", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_at", sa.String(length=27), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("status IN ('open', 'kept', 'restored')",
                           name=op.f("ck_conflicts_status")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_conflicts_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_profile_status", ["profile_id", "status"],
                              unique=False)

    op.create_table(
        "sync_cursors",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "sync_extra_fields",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_extra_fields")),
    )

    for table, columns in SYNCED_COLUMNS.items():
        _replace_triggers(table, synced_table_triggers(table, columns))
    _replace_triggers("conflicts", synced_table_triggers("conflicts", CONFLICT_COLUMNS))


def downgrade() -> None:
    for table in SYNCED_COLUMNS:
        _replace_triggers(table, [])
    op.drop_table("sync_extra_fields")
    op.drop_table("sync_cursors")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_profile_status")
    op.drop_table("conflicts")
    # Entries from the sync era keep everything 0002 knew about them.
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_row")
        batch_op.drop_column("pinned")
        batch_op.drop_column("reason")
        batch_op.drop_column("state")
        batch_op.drop_column("base_version")
    for table, columns in SYNCED_COLUMNS.items():
        _replace_triggers(table, outbox_triggers(table, columns))
