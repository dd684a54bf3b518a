"""Clinic mode: the organisation, its staff (role, registration, Argon2id PIN hash) and
the patient register (clinic number, phone, normalised name for search as you type).

Device-local tables: no outbox triggers. The register is filled from profiles the first
time the register service runs, so an old store needs no backfill here.

Revision ID: 0011_clinic
Revises: 0010_locked_reminders
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_clinic"
down_revision: str | None = "0010_locked_reminders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column[str]]:
    return [sa.Column("created_at", sa.String(27), nullable=False),
            sa.Column("updated_at", sa.String(27), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("registration", sa.String(100), nullable=True),
        *_stamps(),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_organisations_name_present"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("specialty", sa.String(100), nullable=True),
        sa.Column("registration_number", sa.String(100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
        sa.Column("secret_hash", sa.String(200), nullable=False),
        *_stamps(),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_staff_name_present"),
        sa.CheckConstraint("role IN ('admin', 'doctor', 'nurse', 'receptionist')",
                           name="ck_staff_role"),
    )
    op.create_index("uq_staff_name", "staff", ["name"], unique=True)
    op.create_table(
        "clinic_register",
        sa.Column("profile_id", sa.String(36),
                  sa.ForeignKey("profiles.id", name="fk_clinic_register_profile_id_profiles",
                                deferrable=True, initially="DEFERRED"),
                  primary_key=True),
        sa.Column("clinic_no", sa.String(40), nullable=True),
        sa.Column("phone", sa.String(50), nullable=True),
        sa.Column("phone_digits", sa.String(50), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.String(10), nullable=True),
        sa.Column("profile_version", sa.String(64), nullable=True),
        sa.Column("last_seen_at", sa.String(27), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("uq_clinic_register_clinic_no", "clinic_register", ["clinic_no"],
                    unique=True)
    op.create_index("ix_clinic_register_phone", "clinic_register", ["phone_digits"])
    op.create_index("ix_clinic_register_dob", "clinic_register", ["date_of_birth"])
    op.create_index("ix_clinic_register_seen", "clinic_register", ["last_seen_at"])


def downgrade() -> None:
    op.drop_table("clinic_register")
    op.drop_table("staff")
    op.drop_table("organisations")
