"""Notification centre, delivery beyond this computer, emergency alerts.

- ``notifications``: synced (kind, priority, title, body, what it links to, raised,
  expires, read by / at).
- ``notification_settings``: synced, one row per person (channels per kind, quiet hours,
  the device that sends their e-mail, whether the server may escalate).
- ``emergency_alerts``: synced (medical / fall / panic / custom, message, snapshot of
  vitals, allergies, conditions and medicines, raised and resolved by / at).
- ``alert_deliveries``: synced, one per source x contact x channel (status, attempts,
  last error, next attempt, Message-ID).
- ``emergency_contacts``: ``may_alert`` (default yes, so existing contacts keep being
  the people to call) and ``preferred_method``; the outbox triggers are recreated with
  them. Existing rows are not queued to sync again: the new columns' defaults are what
  every device derives.

Revision ID: 0009_notifications
Revises: 0008_assistant
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0009_notifications"
down_revision: str | None = "0008_assistant"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# Column lists frozen at this revision: the triggers are generated from them.
CONTACTS_BEFORE: tuple[str, ...] = (
    "name", "relationship", "phone", "email", "notes", "priority", *META)
CONTACTS_AFTER: tuple[str, ...] = (*CONTACTS_BEFORE[:6], "may_alert", "preferred_method",
                                   *META)
NOTIFICATIONS: tuple[str, ...] = (
    "kind", "priority", "title", "body", "link_table", "link_id", "raised_at", "expires_at",
    "read_at", "read_by", *META)
SETTINGS: tuple[str, ...] = (
    "channels", "quiet_start", "quiet_end", "mail_device_id", "server_escalation", *META)
ALERTS: tuple[str, ...] = (
    "kind", "message", "snapshot", "raised_at", "raised_by", "resolved_at", "resolved_by",
    *META)
DELIVERIES: tuple[str, ...] = (
    "notification_id", "emergency_alert_id", "contact_id", "contact_name", "channel",
    "address", "position", "status", "attempts", "last_error", "next_attempt_at", "sent_at",
    "message_id", "sender_device", *META)


def _meta(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f(f"fk_{table}_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _in(column: str, values: Sequence[str], nullable: bool = False) -> str:
    check = f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"
    return f"{column} IS NULL OR {check}" if nullable else check


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"),
                                   initially="DEFERRED", deferrable=True)


def _contact_triggers(columns: tuple[str, ...]) -> None:
    for name in synced_trigger_names("emergency_contacts"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in synced_table_triggers("emergency_contacts", columns):
        op.execute(sql)


def upgrade() -> None:
    op.add_column("emergency_contacts", sa.Column("may_alert", sa.Boolean(),
                                                  server_default="1", nullable=False))
    # A column CHECK in ADD COLUMN (SQLite allows it): a table rebuild would drop the
    # table's outbox and search triggers.
    op.execute("ALTER TABLE emergency_contacts ADD COLUMN preferred_method VARCHAR(16) "
               "CONSTRAINT ck_emergency_contacts_preferred_method CHECK ("
               + _in("preferred_method", ("email", "webhook", "phone"), nullable=True) + ")")
    _contact_triggers(CONTACTS_AFTER)

    op.create_table(
        "notifications",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("link_table", sa.String(length=40), nullable=True),
        sa.Column("link_id", sa.String(length=36), nullable=True),
        sa.Column("raised_at", sa.String(length=27), nullable=False),
        sa.Column("expires_at", sa.String(length=27), nullable=True),
        sa.Column("read_at", sa.String(length=27), nullable=True),
        sa.Column("read_by", sa.String(length=200), nullable=True),
        *_meta("notifications"),
        sa.CheckConstraint(_in("kind", (
            "reminder", "missed_dose", "caregiver_alert", "refill_due", "appointment",
            "out_of_range", "sync_problem", "emergency")), name=op.f("ck_notifications_kind")),
        sa.CheckConstraint(_in("priority", ("low", "normal", "high", "urgent")),
                           name=op.f("ck_notifications_priority")),
        sa.CheckConstraint("length(trim(title)) > 0",
                           name=op.f("ck_notifications_title_present")),
    )
    op.create_index("ix_notifications_profile_raised", "notifications",
                    ["profile_id", "raised_at"])

    op.create_table(
        "notification_settings",
        sa.Column("channels", sa.Text(), nullable=True),
        sa.Column("quiet_start", sa.String(length=5), nullable=True),
        sa.Column("quiet_end", sa.String(length=5), nullable=True),
        sa.Column("mail_device_id", sa.String(length=64), nullable=True),
        sa.Column("server_escalation", sa.Integer(), nullable=False),
        *_meta("notification_settings"),
        sa.CheckConstraint("server_escalation IN (0, 1)",
                           name=op.f("ck_notification_settings_server_escalation")),
    )
    op.create_index("ix_notification_settings_profile", "notification_settings",
                    ["profile_id"])

    op.create_table(
        "emergency_alerts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("raised_at", sa.String(length=27), nullable=False),
        sa.Column("raised_by", sa.String(length=200), nullable=True),
        sa.Column("resolved_at", sa.String(length=27), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        *_meta("emergency_alerts"),
        sa.CheckConstraint(_in("kind", ("medical", "fall", "panic", "custom")),
                           name=op.f("ck_emergency_alerts_kind")),
    )
    op.create_index("ix_emergency_alerts_profile_raised", "emergency_alerts",
                    ["profile_id", "raised_at"])

    op.create_table(
        "alert_deliveries",
        sa.Column("notification_id", sa.String(length=36), nullable=True),
        sa.Column("emergency_alert_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("next_attempt_at", sa.String(length=27), nullable=True),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("sender_device", sa.String(length=64), nullable=True),
        *_meta("alert_deliveries"),
        _fk("alert_deliveries", "notification_id", "notifications"),
        _fk("alert_deliveries", "emergency_alert_id", "emergency_alerts"),
        _fk("alert_deliveries", "contact_id", "emergency_contacts"),
        sa.CheckConstraint(_in("channel", ("email", "webhook")),
                           name=op.f("ck_alert_deliveries_channel")),
        sa.CheckConstraint(_in("status", ("pending", "sending", "sent", "delivered",
                                          "failed")),
                           name=op.f("ck_alert_deliveries_status")),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_alert_deliveries_attempts")),
        sa.CheckConstraint("notification_id IS NOT NULL OR emergency_alert_id IS NOT NULL",
                           name=op.f("ck_alert_deliveries_has_source")),
    )
    op.create_index("ix_alert_deliveries_status_next", "alert_deliveries",
                    ["status", "next_attempt_at"])
    op.create_index("ix_alert_deliveries_profile", "alert_deliveries", ["profile_id"])

    for table, cols in (("notifications", NOTIFICATIONS), ("notification_settings", SETTINGS),
                        ("emergency_alerts", ALERTS), ("alert_deliveries", DELIVERIES)):
        for sql in synced_table_triggers(table, cols):
            op.execute(sql)


def downgrade() -> None:
    for table in ("alert_deliveries", "emergency_alerts", "notification_settings",
                  "notifications"):
        for name in synced_trigger_names(table):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.drop_table(table)
    _contact_triggers(CONTACTS_BEFORE)
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would lose its triggers.
    op.execute("ALTER TABLE emergency_contacts DROP COLUMN preferred_method")
    op.execute("ALTER TABLE emergency_contacts DROP COLUMN may_alert")
