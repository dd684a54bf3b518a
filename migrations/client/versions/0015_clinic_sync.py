"""Clinic numbers that sync: ``clinic_records`` (a patient's clinic number, phone and the
device that numbered them), a synced table of the patient's profile with the sync-era
triggers, and the register index learns which version of it it holds.

Every number and phone already in this device's register is copied into a clinic_records
row (the id every computer derives from the profile id), stamped with this device's clock
and queued in the outbox, so the next sync takes them to the clinic's other computers.
The register's clinic number index stops being unique: a number typed by hand on two
computers offline arrives twice and must be shown as a clash, not refused at pull.

Revision ID: 0015_clinic_sync
Revises: 0014_retention
Create Date: 2026-12-06
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from healthdesk.store.triggers import synced_table_triggers, synced_trigger_names

revision: str = "0015_clinic_sync"
down_revision: str | None = "0014_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

META = ("profile_id", "id", "created_at", "updated_at", "version", "deleted")
# Frozen at this revision: the triggers are generated from it.
COLUMNS: tuple[str, ...] = ("clinic_no", "phone", "numbered_by", *META)
# Frozen copy of store/models/clinic.py's namespace: the ids must match what the app
# derives, and a later change there must not change what this revision wrote.
NAMESPACE = uuid.UUID("2b0c6f3e-5d8a-4f61-9e0c-7a3d1c9b4e52")


def _device_and_clock(conn: sa.Connection) -> tuple[str, int, int]:
    """This device's id (made now if the store never had one, as the vault would) and
    the next free HLC stamp (millis, counter) after the stored clock."""
    # local_state holds JSON text.
    stored = conn.execute(sa.text(
        "SELECT value FROM local_state WHERE key = 'device_id'")).scalar()
    if stored is None:
        device = secrets.token_hex(8)
        conn.execute(sa.text("INSERT INTO local_state (key, value) VALUES ('device_id', :v)"),
                     {"v": json.dumps(device)})
    else:
        device = str(json.loads(stored))
    now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    last_text = conn.execute(sa.text(
        "SELECT value FROM local_state WHERE key = 'hlc'")).scalar()
    if last_text:
        last = str(json.loads(last_text))
        millis, counter = int(last[:13]), int(last[14:19])
        if millis >= now_ms:
            return device, millis, counter + 1
    return device, now_ms, 0


def _backfill(conn: sa.Connection) -> None:
    rows = conn.execute(sa.text(
        "SELECT r.profile_id, r.clinic_no, r.phone FROM clinic_register r "
        "JOIN profiles p ON p.id = r.profile_id "
        "WHERE r.clinic_no IS NOT NULL OR r.phone IS NOT NULL ORDER BY r.profile_id")).fetchall()
    if not rows:
        return
    device, millis, counter = _device_and_clock(conn)
    now = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    stamp = ""
    for pid, number, phone in rows:
        stamp = f"{millis:013d}-{counter:05d}-{device}"
        counter += 1
        rid = str(uuid.uuid5(NAMESPACE, pid))
        conn.execute(sa.text(
            "INSERT INTO clinic_records (id, profile_id, clinic_no, phone, numbered_by, "
            "created_at, updated_at, version, deleted) "
            "VALUES (:id, :p, :no, :phone, :by, :t, :t, :v, 0)"),
            {"id": rid, "p": pid, "no": number, "phone": phone,
             "by": device if number else None, "t": now, "v": stamp})
        conn.execute(sa.text("UPDATE clinic_register SET record_version = :v "
                             "WHERE profile_id = :p"), {"v": stamp, "p": pid})
    # The store's clock goes on after the stamps used here, so no later write reuses one.
    conn.execute(sa.text("INSERT INTO local_state (key, value) VALUES ('hlc', :v) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {"v": json.dumps(stamp)})


def upgrade() -> None:
    op.create_table(
        "clinic_records",
        sa.Column("clinic_no", sa.String(length=40), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("numbered_by", sa.String(length=64), nullable=True),
        sa.Column("profile_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["profile_id"], ["profiles.id"],
                                name=op.f("fk_clinic_records_profile_id_profiles"),
                                initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_records")),
    )
    op.create_index("ix_clinic_records_profile_id", "clinic_records", ["profile_id"])
    for sql in synced_table_triggers("clinic_records", COLUMNS):
        op.execute(sql)
    with op.batch_alter_table("clinic_register") as batch:
        batch.add_column(sa.Column("record_version", sa.String(64), nullable=True))
    op.drop_index("uq_clinic_register_clinic_no", table_name="clinic_register")
    op.create_index("ix_clinic_register_clinic_no", "clinic_register", ["clinic_no"])
    _backfill(op.get_bind())


def downgrade() -> None:
    # Numbers pulled from other computers stay in the register; two alike cannot go back
    # under the unique index, so the later of each pair loses its number here.
    op.execute("UPDATE clinic_register SET clinic_no = NULL WHERE clinic_no IS NOT NULL AND "
               "rowid NOT IN (SELECT min(rowid) FROM clinic_register "
               "WHERE clinic_no IS NOT NULL GROUP BY clinic_no)")
    op.drop_index("ix_clinic_register_clinic_no", table_name="clinic_register")
    op.create_index("uq_clinic_register_clinic_no", "clinic_register", ["clinic_no"],
                    unique=True)
    with op.batch_alter_table("clinic_register") as batch:
        batch.drop_column("record_version")
    for name in synced_trigger_names("clinic_records"):
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_index("ix_clinic_records_profile_id", table_name="clinic_records")
    op.drop_table("clinic_records")
