"""Medicine care: derived stock, refills, caregivers and caregiver alerts.

- ``medications``: ``stock_counted_at`` (stock becomes a counted baseline plus refills
  minus doses since, see domain/stock.py; taking a dose no longer writes the medicine),
  ``caregiver_escalation_minutes`` (alert the next caregiver after this many more
  minutes) and ``reminder_urgent`` (remind even in quiet hours).
- ``refills``, ``caregivers``, ``caregiver_alerts``: synced tables with the sync-era
  triggers (``synced_table_triggers``).
- ``dose_events``: indexes by (medicine, time taken), on ``supersedes`` (undos) and a
  partial covering one of live "taken" doses, which stock, forecasts, adherence over
  years and every read of the log ask for.

Existing stock counts were running totals, right as of the medicine's last write: that
instant becomes their count time (a count holds whatever happened at or before it). It
is derived from synced data, so every device computes the same value; it is written
without an outbox entry.

Revision ID: 0004_medicine_care
Revises: 0003_sync
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0004_medicine_care"
down_revision: str | None = "0003_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# Column lists frozen at this revision: the triggers below are generated from them.
MEDICATIONS_0003: tuple[str, ...] = (
    "name", "strength", "form", "dose_amount", "dose_unit", "route", "prescriber",
    "instructions", "start_date", "end_date", "stock_count", "refill_threshold",
    "missed_dose_window_hours", "caregiver_alert_minutes", "active", "notes", *META,
)
MEDICATIONS: tuple[str, ...] = (
    *MEDICATIONS_0003, "stock_counted_at", "caregiver_escalation_minutes", "reminder_urgent",
)
NEW_TABLES: dict[str, tuple[str, ...]] = {
    "refills": ("medication_id", "quantity", "at", "note", *META),
    "caregivers": ("name", "caregiver_profile_id", "position", "contact", *META),
    "caregiver_alerts": (
        "medication_id", "scheduled_for", "level", "caregiver_id", "caregiver_profile_id",
        "caregiver_name", "raised_at", "acknowledged_at", "acknowledged_by", *META,
    ),
}


def _meta_columns(table: str) -> list[sa.Column]:  # type: ignore[type-arg]
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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"),
                                   initially="DEFERRED", deferrable=True)


def _set_triggers(table: str, columns: Sequence[str] | None) -> None:
    for name in synced_trigger_names(table):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in synced_table_triggers(table, columns) if columns else ():
        op.execute(sql)


def _stock_counted_at_from_last_write() -> None:
    op.execute("UPDATE medications SET stock_counted_at = updated_at "
               "WHERE stock_count IS NOT NULL")


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy): the triggers of every synced table name the
    # outbox, and SQLite refuses to rename a table under them.
    _set_triggers("medications", None)
    op.execute("ALTER TABLE medications ADD COLUMN stock_counted_at VARCHAR(27)")
    op.execute("ALTER TABLE medications ADD COLUMN caregiver_escalation_minutes INTEGER "
               "CONSTRAINT ck_medications_escalation CHECK (caregiver_escalation_minutes IS "
               "NULL OR caregiver_escalation_minutes BETWEEN 5 AND 1440)")
    op.execute("ALTER TABLE medications ADD COLUMN reminder_urgent BOOLEAN DEFAULT '0' "
               "NOT NULL")
    _stock_counted_at_from_last_write()
    _set_triggers("medications", MEDICATIONS)

    op.create_table(
        "refills",
        sa.Column("medication_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_meta_columns("refills"),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_refills_quantity_positive")),
        _fk("refills", "medication_id", "medications"),
    )
    op.create_index("ix_refills_medication_at", "refills", ["medication_id", "at"])

    op.create_table(
        "caregivers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("caregiver_profile_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=True),
        *_meta_columns("caregivers"),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_caregivers_name_present")),
        sa.CheckConstraint("position BETWEEN 1 AND 20", name=op.f("ck_caregivers_position")),
        sa.CheckConstraint("caregiver_profile_id IS NULL OR caregiver_profile_id != profile_id",
                           name=op.f("ck_caregivers_not_self")),
        _fk("caregivers", "caregiver_profile_id", "profiles"),
    )
    op.create_index("ix_caregivers_profile", "caregivers", ["profile_id", "position"])
    op.create_index("ix_caregivers_caregiver_profile", "caregivers", ["caregiver_profile_id"])

    op.create_table(
        "caregiver_alerts",
        sa.Column("medication_id", sa.String(length=36), nullable=False),
        sa.Column("scheduled_for", sa.String(length=27), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("caregiver_id", sa.String(length=36), nullable=True),
        sa.Column("caregiver_profile_id", sa.String(length=36), nullable=True),
        sa.Column("caregiver_name", sa.String(length=200), nullable=False),
        sa.Column("raised_at", sa.String(length=27), nullable=False),
        sa.Column("acknowledged_at", sa.String(length=27), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=True),
        *_meta_columns("caregiver_alerts"),
        sa.CheckConstraint("level BETWEEN 0 AND 19", name=op.f("ck_caregiver_alerts_level")),
        _fk("caregiver_alerts", "medication_id", "medications"),
        _fk("caregiver_alerts", "caregiver_id", "caregivers"),
        _fk("caregiver_alerts", "caregiver_profile_id", "profiles"),
    )
    op.create_index("ix_caregiver_alerts_profile_time", "caregiver_alerts",
                    ["profile_id", "scheduled_for"])
    op.create_index("ix_caregiver_alerts_caregiver_profile", "caregiver_alerts",
                    ["caregiver_profile_id", "raised_at"])

    for table, columns in NEW_TABLES.items():
        _set_triggers(table, columns)
    op.create_index("ix_dose_events_medication_at", "dose_events", ["medication_id", "at"])
    op.create_index("ix_dose_events_supersedes", "dose_events", ["supersedes"],
                    sqlite_where=sa.text("supersedes IS NOT NULL"))
    op.create_index("ix_dose_events_taken", "dose_events",
                    ["medication_id", "scheduled_for", "id"],
                    sqlite_where=sa.text("action = 'taken' AND deleted = 0"))


# Back to a running total: what is on hand now, as domain/stock.py derives it.
STOCK_NOW = """
UPDATE medications SET stock_count = max(0, stock_count
  + coalesce((SELECT sum(r.quantity) FROM refills r WHERE r.medication_id = medications.id
      AND NOT r.deleted AND r.at > coalesce(medications.stock_counted_at,
                                             medications.updated_at)), 0)
  - coalesce((SELECT sum(coalesce(d.amount, medications.dose_amount)) FROM dose_events d
      WHERE d.medication_id = medications.id AND d.action = 'taken' AND NOT d.deleted
      AND d.at > coalesce(medications.stock_counted_at, medications.updated_at)
      AND d.id NOT IN (SELECT u.supersedes FROM dose_events u
                       WHERE u.action = 'undone' AND u.supersedes IS NOT NULL)), 0))
WHERE stock_count IS NOT NULL
"""


def downgrade() -> None:
    _set_triggers("medications", None)
    op.execute(STOCK_NOW)
    op.drop_index("ix_dose_events_taken", "dose_events")
    op.drop_index("ix_dose_events_supersedes", "dose_events")
    op.drop_index("ix_dose_events_medication_at", "dose_events")
    for table in ("caregiver_alerts", "caregivers", "refills"):
        _set_triggers(table, None)
        op.drop_table(table)  # its indexes go with it
    for column in ("reminder_urgent", "caregiver_escalation_minutes", "stock_counted_at"):
        op.execute(f"ALTER TABLE medications DROP COLUMN {column}")
    _set_triggers("medications", MEDICATIONS_0003)
