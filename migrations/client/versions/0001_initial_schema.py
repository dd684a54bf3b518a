"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 02:36:13.416763
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import (
    SEARCH_INDEX_SQL,
    append_only_trigger,
    outbox_triggers,
    search_triggers,
)

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Column lists frozen at this revision: the triggers below are generated from them.
SYNCED_COLUMNS: dict[str, tuple[str, ...]] = {
    "profiles": (
        "profile_id",
        "name",
        "date_of_birth",
        "sex",
        "blood_type",
        "height_cm",
        "language",
        "timezone",
        "color",
        "notes",
        "photo",
        "photo_mime",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "emergency_contacts": (
        "name",
        "relationship",
        "phone",
        "email",
        "notes",
        "priority",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "conditions": (
        "name",
        "icd10",
        "status",
        "onset",
        "resolved_on",
        "notes",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "allergies": (
        "substance",
        "category",
        "reaction",
        "severity",
        "noted_on",
        "notes",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "symptom_entries": (
        "symptom",
        "severity",
        "onset_at",
        "duration_minutes",
        "note",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "goals": (
        "title",
        "measurement_kind",
        "direction",
        "start_value",
        "target_value",
        "unit",
        "start_date",
        "due_date",
        "status",
        "note",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "goal_progress": (
        "goal_id",
        "recorded_at",
        "value",
        "note",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "measurements": (
        "kind",
        "value",
        "value2",
        "value3",
        "unit",
        "entered_unit",
        "taken_at",
        "context",
        "note",
        "source",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "medications": (
        "name",
        "strength",
        "form",
        "dose_amount",
        "dose_unit",
        "route",
        "prescriber",
        "instructions",
        "start_date",
        "end_date",
        "stock_count",
        "refill_threshold",
        "missed_dose_window_hours",
        "caregiver_alert_minutes",
        "active",
        "notes",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "medication_schedules": (
        "medication_id",
        "kind",
        "times_of_day",
        "weekdays",
        "interval_days",
        "start_date",
        "end_date",
        "dose_amount",
        "prn_min_interval_minutes",
        "prn_max_per_day",
        "timezone",
        "tz_policy",
        "extra",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "dose_events": (
        "medication_id",
        "schedule_id",
        "scheduled_for",
        "action",
        "at",
        "amount",
        "by_person",
        "device_id",
        "snooze_until",
        "supersedes",
        "override_confirmed",
        "note",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "appointments": (
        "title",
        "clinician",
        "place",
        "start_at",
        "duration_minutes",
        "visit_type",
        "status",
        "notes",
        "visit_notes",
        "reminder_offsets",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "documents": (
        "title",
        "category",
        "tags",
        "document_date",
        "filename",
        "mime_type",
        "size_bytes",
        "sha256",
        "content",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "chat_sessions": (
        "title",
        "kind",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "chat_messages": (
        "session_id",
        "role",
        "author",
        "content",
        "sent_at",
        "metadata",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
    "audit_events": (
        "at",
        "actor",
        "device_id",
        "action",
        "entity",
        "entity_id",
        "fields",
        "profile_id",
        "id",
        "created_at",
        "updated_at",
        "version",
        "deleted",
    ),
}

# Searchable text per table: (title expression, body expression) over NEW.
SEARCHABLE: dict[str, tuple[str, str]] = {
    "profiles": ("NEW.name", "NEW.notes"),
    "conditions": ("NEW.name", "coalesce(NEW.icd10, '') || ' ' || coalesce(NEW.notes, '')"),
    "allergies": (
        "NEW.substance",
        "coalesce(NEW.reaction, '') || ' ' || coalesce(NEW.notes, '')",
    ),
    "symptom_entries": ("NEW.symptom", "NEW.note"),
    "goals": ("NEW.title", "NEW.note"),
    "measurements": ("NULL", "NEW.note"),
    "medications": (
        "NEW.name",
        "coalesce(NEW.strength, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || "
        "coalesce(NEW.prescriber, '') || ' ' || coalesce(NEW.notes, '')",
    ),
    "appointments": (
        "NEW.title",
        "coalesce(NEW.clinician, '') || ' ' || coalesce(NEW.place, '') || ' ' || "
        "coalesce(NEW.notes, '') || ' ' || coalesce(NEW.visit_notes, '')",
    ),
    "documents": ("NEW.title", "coalesce(NEW.filename, '') || ' ' || NEW.tags"),
    "chat_sessions": ("NEW.title", "NULL"),
    "chat_messages": ("NEW.author", "NEW.content"),
    "emergency_contacts": ("NEW.name", "coalesce(NEW.relationship, '')"),
}
APPEND_ONLY = ("dose_events", "audit_events")


def _create_rules() -> None:
    for table, columns in SYNCED_COLUMNS.items():
        for sql in outbox_triggers(table, columns):
            op.execute(sql)
    for table in APPEND_ONLY:
        op.execute(append_only_trigger(table))
    op.execute(SEARCH_INDEX_SQL)
    for table, (title, body) in SEARCHABLE.items():
        for sql in search_triggers(table, title, body):
            op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=True),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_profile", ["profile_id", "seq"], unique=False)

    op.create_table(
        "preferences",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "profiles",
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("blood_type", sa.String(length=8), nullable=False),
        sa.Column("height_cm", sa.Float(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("color", sa.String(length=9), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_mime", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "blood_type IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-', 'unknown')",
            name=op.f("ck_profiles_blood_type"),
        ),
        sa.CheckConstraint(
            "sex IN ('female', 'male', 'intersex', 'other', 'unknown')",
            name=op.f("ck_profiles_sex"),
        ),
        sa.CheckConstraint(
            "height_cm IS NULL OR height_cm BETWEEN 20 AND 280", name=op.f("ck_profiles_height")
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_profiles_name_present")),
        sa.CheckConstraint("profile_id = id", name=op.f("ck_profiles_self_owned")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profiles")),
    )
    op.create_table(
        "sync_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_guard")),
    )
    op.create_table(
        "allergies",
        sa.Column("substance", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("reaction", sa.String(length=500), nullable=True),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("noted_on", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "category IN ('medication', 'food', 'environment', 'biologic', 'other')",
            name=op.f("ck_allergies_category"),
        ),
        sa.CheckConstraint(
            "severity IN ('mild', 'moderate', 'severe', 'life_threatening', 'unknown')",
            name=op.f("ck_allergies_severity"),
        ),
        sa.CheckConstraint(
            "length(trim(substance)) > 0", name=op.f("ck_allergies_substance_present")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_allergies_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allergies")),
    )
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.create_index("ix_allergies_profile", ["profile_id"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("clinician", sa.String(length=200), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("start_at", sa.String(length=27), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("visit_type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("visit_notes", sa.Text(), nullable=True),
        sa.Column("reminder_offsets", sa.Text(), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "status IN ('scheduled', 'completed', 'cancelled', 'missed')",
            name=op.f("ck_appointments_status"),
        ),
        sa.CheckConstraint(
            "visit_type IN ('in_person', 'video', 'phone', 'home_visit', 'lab', 'imaging', 'other')",
            name=op.f("ck_appointments_visit_type"),
        ),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 1 AND 1440", name=op.f("ck_appointments_duration")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_appointments_title_present")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_appointments_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_appointments_profile_start", ["profile_id", "start_at"], unique=False
        )

    op.create_table(
        "audit_events",
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'export', 'import', 'open', 'override')",
            name=op.f("ck_audit_events_action"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_audit_events_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_profile_at", ["profile_id", "at"], unique=False)

    op.create_table(
        "chat_sessions",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("kind IN ('notes', 'assistant')", name=op.f("ck_chat_sessions_kind")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_chat_sessions_title_present")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_chat_sessions_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_sessions")),
    )
    with op.batch_alter_table("chat_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_chat_sessions_profile", ["profile_id"], unique=False)

    op.create_table(
        "conditions",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("icd10", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("onset", sa.String(length=10), nullable=True),
        sa.Column("resolved_on", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'remission', 'resolved', 'inactive')",
            name=op.f("ck_conditions_status"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_conditions_name_present")),
        sa.CheckConstraint(
            "resolved_on IS NULL OR onset IS NULL OR resolved_on >= onset",
            name=op.f("ck_conditions_resolved_after_onset"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_conditions_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conditions")),
    )
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.create_index("ix_conditions_profile", ["profile_id", "status"], unique=False)

    op.create_table(
        "documents",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("document_date", sa.String(length=10), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=True),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "category IN ('lab_report', 'prescription', 'imaging', 'letter', 'discharge_summary', 'insurance', 'vaccination', 'invoice', 'other')",
            name=op.f("ck_documents_category"),
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_documents_sha256")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_documents_title_present")),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_documents_size")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_documents_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_documents_profile_date", ["profile_id", "document_date"], unique=False
        )

    op.create_table(
        "emergency_contacts",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_emergency_contacts_name_present")
        ),
        sa.CheckConstraint(
            "phone IS NOT NULL OR email IS NOT NULL", name=op.f("ck_emergency_contacts_reachable")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_emergency_contacts_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_contacts")),
    )
    with op.batch_alter_table("emergency_contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_emergency_contacts_profile", ["profile_id", "priority"], unique=False
        )

    op.create_table(
        "goals",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("measurement_kind", sa.String(length=32), nullable=True),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("start_value", sa.Float(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("start_date", sa.String(length=10), nullable=False),
        sa.Column("due_date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "direction IN ('decrease', 'increase', 'maintain')", name=op.f("ck_goals_direction")
        ),
        sa.CheckConstraint(
            "status IN ('active', 'achieved', 'abandoned')", name=op.f("ck_goals_status")
        ),
        sa.CheckConstraint(
            "due_date IS NULL OR due_date >= start_date", name=op.f("ck_goals_due_after_start")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_goals_title_present")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_goals_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index("ix_goals_profile", ["profile_id", "status"], unique=False)

    op.create_table(
        "measurements",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value2", sa.Float(), nullable=True),
        sa.Column("value3", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("entered_unit", sa.String(length=16), nullable=True),
        sa.Column("taken_at", sa.String(length=27), nullable=False),
        sa.Column("context", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "kind IN ('blood_pressure', 'pulse', 'glucose', 'weight', 'height', 'temperature', 'spo2', 'hba1c', 'cholesterol', 'respiratory_rate', 'peak_flow', 'sleep', 'steps')",
            name=op.f("ck_measurements_kind"),
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'device', 'import', 'sync', 'demo')",
            name=op.f("ck_measurements_source"),
        ),
        sa.CheckConstraint("value = value", name=op.f("ck_measurements_value_is_number")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_measurements_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurements")),
    )
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_measurements_profile_kind_time", ["profile_id", "kind", "taken_at"], unique=False
        )
        batch_op.create_index(
            "ix_measurements_profile_time", ["profile_id", "taken_at"], unique=False
        )

    op.create_table(
        "medications",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("strength", sa.String(length=100), nullable=True),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("dose_amount", sa.Float(), nullable=False),
        sa.Column("dose_unit", sa.String(length=32), nullable=False),
        sa.Column("route", sa.String(length=16), nullable=False),
        sa.Column("prescriber", sa.String(length=200), nullable=True),
        sa.Column("instructions", sa.Text(), nullable=True),
        sa.Column("start_date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("stock_count", sa.Float(), nullable=True),
        sa.Column("refill_threshold", sa.Float(), nullable=True),
        sa.Column("missed_dose_window_hours", sa.Float(), nullable=False),
        sa.Column("caregiver_alert_minutes", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "form IN ('tablet', 'capsule', 'liquid', 'inhaler', 'injection', 'patch', 'drops', 'cream', 'spray', 'suppository', 'powder', 'other')",
            name=op.f("ck_medications_form"),
        ),
        sa.CheckConstraint(
            "route IN ('oral', 'inhaled', 'subcutaneous', 'intramuscular', 'intravenous', 'topical', 'transdermal', 'nasal', 'ophthalmic', 'otic', 'rectal', 'sublingual', 'other')",
            name=op.f("ck_medications_route"),
        ),
        sa.CheckConstraint("dose_amount > 0", name=op.f("ck_medications_dose_positive")),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_medications_end_after_start"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_medications_name_present")),
        sa.CheckConstraint(
            "missed_dose_window_hours BETWEEN 0 AND 48", name=op.f("ck_medications_missed_window")
        ),
        sa.CheckConstraint(
            "refill_threshold IS NULL OR refill_threshold >= 0",
            name=op.f("ck_medications_threshold"),
        ),
        sa.CheckConstraint(
            "stock_count IS NULL OR stock_count >= 0", name=op.f("ck_medications_stock")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_medications_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medications")),
    )
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.create_index("ix_medications_profile", ["profile_id", "active"], unique=False)

    op.create_table(
        "symptom_entries",
        sa.Column("symptom", sa.String(length=200), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("onset_at", sa.String(length=27), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0",
            name=op.f("ck_symptom_entries_duration"),
        ),
        sa.CheckConstraint(
            "length(trim(symptom)) > 0", name=op.f("ck_symptom_entries_symptom_present")
        ),
        sa.CheckConstraint("severity BETWEEN 1 AND 10", name=op.f("ck_symptom_entries_severity")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_symptom_entries_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_symptom_entries")),
    )
    with op.batch_alter_table("symptom_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_symptom_entries_profile_onset", ["profile_id", "onset_at"], unique=False
        )

    op.create_table(
        "chat_messages",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.String(length=27), nullable=False),
        sa.Column("metadata", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "role IN ('user', 'assistant', 'system', 'note')", name=op.f("ck_chat_messages_role")
        ),
        sa.CheckConstraint("length(content) > 0", name=op.f("ck_chat_messages_content_present")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_chat_messages_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["chat_sessions.id"],
            name=op.f("fk_chat_messages_session_id_chat_sessions"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_messages")),
    )
    with op.batch_alter_table("chat_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_chat_messages_session_time", ["session_id", "sent_at"], unique=False
        )

    op.create_table(
        "goal_progress",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.String(length=27), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_goal_progress_goal_id_goals"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_goal_progress_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_progress")),
    )
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.create_index("ix_goal_progress_goal", ["goal_id", "recorded_at"], unique=False)

    op.create_table(
        "medication_schedules",
        sa.Column("medication_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("times_of_day", sa.Text(), nullable=False),
        sa.Column("weekdays", sa.Text(), nullable=True),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.String(length=10), nullable=False),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("dose_amount", sa.Float(), nullable=True),
        sa.Column("prn_min_interval_minutes", sa.Integer(), nullable=True),
        sa.Column("prn_max_per_day", sa.Integer(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("tz_policy", sa.String(length=8), nullable=False),
        sa.Column("extra", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "kind IN ('fixed', 'as_needed')", name=op.f("ck_medication_schedules_kind")
        ),
        sa.CheckConstraint(
            "tz_policy IN ('home', 'local')", name=op.f("ck_medication_schedules_tz_policy")
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_medication_schedules_end_after_start"),
        ),
        sa.CheckConstraint(
            "interval_days BETWEEN 1 AND 366", name=op.f("ck_medication_schedules_interval")
        ),
        sa.CheckConstraint(
            "prn_max_per_day IS NULL OR prn_max_per_day BETWEEN 1 AND 48",
            name=op.f("ck_medication_schedules_prn_max"),
        ),
        sa.CheckConstraint(
            "prn_min_interval_minutes IS NULL OR prn_min_interval_minutes >= 0",
            name=op.f("ck_medication_schedules_prn_interval"),
        ),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medications.id"],
            name=op.f("fk_medication_schedules_medication_id_medications"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_medication_schedules_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication_schedules")),
    )
    with op.batch_alter_table("medication_schedules", schema=None) as batch_op:
        batch_op.create_index("ix_medication_schedules_medication", ["medication_id"], unique=False)
        batch_op.create_index("ix_medication_schedules_profile", ["profile_id"], unique=False)

    op.create_table(
        "dose_events",
        sa.Column("medication_id", sa.String(length=36), nullable=False),
        sa.Column("schedule_id", sa.String(length=36), nullable=True),
        sa.Column("scheduled_for", sa.String(length=27), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("by_person", sa.String(length=200), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("snooze_until", sa.String(length=27), nullable=True),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("override_confirmed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "action != 'snoozed' OR snooze_until IS NOT NULL",
            name=op.f("ck_dose_events_snooze_until"),
        ),
        sa.CheckConstraint(
            "action IN ('taken', 'skipped', 'missed', 'snoozed', 'undone')",
            name=op.f("ck_dose_events_action"),
        ),
        sa.CheckConstraint("amount IS NULL OR amount >= 0", name=op.f("ck_dose_events_amount")),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medications.id"],
            name=op.f("fk_dose_events_medication_id_medications"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_dose_events_profile_id_profiles"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["medication_schedules.id"],
            name=op.f("fk_dose_events_schedule_id_medication_schedules"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_events")),
    )
    with op.batch_alter_table("dose_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dose_events_medication_time", ["medication_id", "scheduled_for"], unique=False
        )
        batch_op.create_index("ix_dose_events_profile_at", ["profile_id", "at"], unique=False)

    _create_rules()


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    with op.batch_alter_table("dose_events", schema=None) as batch_op:
        batch_op.drop_index("ix_dose_events_profile_at")
        batch_op.drop_index("ix_dose_events_medication_time")

    op.drop_table("dose_events")
    with op.batch_alter_table("medication_schedules", schema=None) as batch_op:
        batch_op.drop_index("ix_medication_schedules_profile")
        batch_op.drop_index("ix_medication_schedules_medication")

    op.drop_table("medication_schedules")
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.drop_index("ix_goal_progress_goal")

    op.drop_table("goal_progress")
    with op.batch_alter_table("chat_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_chat_messages_session_time")

    op.drop_table("chat_messages")
    with op.batch_alter_table("symptom_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_symptom_entries_profile_onset")

    op.drop_table("symptom_entries")
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_index("ix_medications_profile")

    op.drop_table("medications")
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.drop_index("ix_measurements_profile_time")
        batch_op.drop_index("ix_measurements_profile_kind_time")

    op.drop_table("measurements")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index("ix_goals_profile")

    op.drop_table("goals")
    with op.batch_alter_table("emergency_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_emergency_contacts_profile")

    op.drop_table("emergency_contacts")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_profile_date")

    op.drop_table("documents")
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.drop_index("ix_conditions_profile")

    op.drop_table("conditions")
    with op.batch_alter_table("chat_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_chat_sessions_profile")

    op.drop_table("chat_sessions")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_profile_at")

    op.drop_table("audit_events")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index("ix_appointments_profile_start")

    op.drop_table("appointments")
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.drop_index("ix_allergies_profile")

    op.drop_table("allergies")
    op.drop_table("sync_guard")
    op.drop_table("profiles")
    op.drop_table("preferences")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_profile")

    op.drop_table("outbox")
    op.drop_table("local_state")
