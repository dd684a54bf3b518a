"""Immunizations and more kinds of reading.

- ``immunizations``: a synced table of vaccine doses (vaccine, CVX / SNOMED CT code, date,
  dose number, lot, site, performer, status, next dose due), with the sync-era triggers
  (``synced_table_triggers``).
- ``encounters``: a synced table of past visits (title, SNOMED CT type code, setting,
  start, end, place, practitioner, reason), the same triggers.
- ``measurements``: the kind CHECK also admits bmi, hdl, ldl, triglycerides, pain and
  head_circumference. The CHECK only widens, so the table's stored SQL is edited in place
  (SQLite's documented procedure for loosening a CHECK, "Making Other Kinds Of Table
  Schema Changes" in its ALTER TABLE page) instead of rebuilding a table that the outbox,
  roll-up and search triggers all name. Downgrading narrows it back, and refuses while
  readings of the new kinds exist.

Nothing existing changes, so nothing is queued to sync.

Revision ID: 0006_immunizations_encounters
Revises: 0005_pulled_set_aside
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0006_immunizations_encounters"
down_revision: str | None = "0005_pulled_set_aside"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# Column list frozen at this revision: the triggers are generated from it.
IMMUNIZATIONS: tuple[str, ...] = (
    "vaccine", "cvx", "snomed", "given_on", "dose_number", "lot", "site", "performer",
    "status", "next_due_on", "notes", *META,
)


ENCOUNTERS: tuple[str, ...] = (
    "title", "snomed", "setting", "start_at", "end_at", "place", "practitioner", "reason",
    "notes", *META,
)
KINDS_0005: tuple[str, ...] = (
    "blood_pressure", "pulse", "glucose", "weight", "height", "temperature", "spo2", "hba1c",
    "cholesterol", "respiratory_rate", "peak_flow", "sleep", "steps",
)
KINDS: tuple[str, ...] = (
    *KINDS_0005, "bmi", "hdl", "ldl", "triglycerides", "pain", "head_circumference",
)


def _kind_check(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def _set_kind_check(old: Sequence[str], new: Sequence[str]) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                               "name = 'measurements'").scalar_one()
    if _kind_check(old) not in sql:
        raise RuntimeError("measurements has an unexpected kind CHECK; not changed")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND "
                         "name = 'measurements'",
                         (sql.replace(_kind_check(old), _kind_check(new)),))
    # A new schema version makes every connection re-read the edited table definition.
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _set_kind_check(KINDS_0005, KINDS)
    op.create_table(
        "immunizations",
        sa.Column("vaccine", sa.String(length=200), nullable=False),
        sa.Column("cvx", sa.String(length=8), nullable=True),
        sa.Column("snomed", sa.String(length=20), nullable=True),
        sa.Column("given_on", sa.String(length=10), nullable=False),
        sa.Column("dose_number", sa.Integer(), nullable=True),
        sa.Column("lot", sa.String(length=40), nullable=True),
        sa.Column("site", sa.String(length=100), nullable=True),
        sa.Column("performer", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("next_due_on", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("length(trim(vaccine)) > 0",
                           name=op.f("ck_immunizations_vaccine_present")),
        sa.CheckConstraint("status IN ('completed', 'not_done')",
                           name=op.f("ck_immunizations_status")),
        sa.CheckConstraint("dose_number IS NULL OR dose_number BETWEEN 1 AND 20",
                           name=op.f("ck_immunizations_dose_number")),
        sa.CheckConstraint("next_due_on IS NULL OR next_due_on >= given_on",
                           name=op.f("ck_immunizations_due_after_given")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_immunizations_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_immunizations")),
    )
    op.create_index("ix_immunizations_profile_given", "immunizations",
                    ["profile_id", "given_on"])
    for sql in synced_table_triggers("immunizations", IMMUNIZATIONS):
        op.execute(sql)
    op.create_table(
        "encounters",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("snomed", sa.String(length=20), nullable=True),
        sa.Column("setting", sa.String(length=16), nullable=False),
        sa.Column("start_at", sa.String(length=27), nullable=False),
        sa.Column("end_at", sa.String(length=27), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("practitioner", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0",
                           name=op.f("ck_encounters_title_present")),
        sa.CheckConstraint("setting IN ('outpatient', 'emergency', 'inpatient', 'virtual', "
                           "'home', 'other')", name=op.f("ck_encounters_setting")),
        sa.CheckConstraint("end_at IS NULL OR end_at >= start_at",
                           name=op.f("ck_encounters_end_after_start")),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_encounters_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounters")),
    )
    op.create_index("ix_encounters_profile_start", "encounters", ["profile_id", "start_at"])
    for sql in synced_table_triggers("encounters", ENCOUNTERS):
        op.execute(sql)


def downgrade() -> None:
    newer = op.get_bind().exec_driver_sql(
        "SELECT count(*) FROM measurements WHERE kind NOT IN ("
        + ", ".join(f"'{k}'" for k in KINDS_0005) + ")").scalar_one()
    if newer:
        raise RuntimeError(f"{newer} readings are of kinds revision 0005 does not know; "
                           "not downgraded")
    _set_kind_check(KINDS, KINDS_0005)
    for name in synced_trigger_names("encounters"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_encounters_profile_start", table_name="encounters")
    op.drop_table("encounters")
    for name in synced_trigger_names("immunizations"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_immunizations_profile_given", table_name="immunizations")
    op.drop_table("immunizations")
