"""Organisations: clinics, their staff accounts with roles, the profiles they hold,
patients' consented links to their clinic record, and an append-only audit of all this.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0005"
down_revision: str | None = "s0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # org_id is the client's own id for its organisation row (a UUID), so every clinic
    # computer names the clinic the same way without asking the server first.
    op.execute("""
CREATE TABLE organisations (
    org_id text PRIMARY KEY,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    address text,
    registration text,
    created_by bigint NOT NULL REFERENCES accounts (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
)""")
    # Removal is a timestamp: the row keeps saying the account was staff here, so a
    # former member's own memberships of the clinic's profiles stay ignored (access.py).
    op.execute("""
CREATE TABLE org_staff (
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('admin', 'doctor', 'nurse', 'receptionist')),
    staff_id text NOT NULL,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    specialty text,
    registration_number text,
    added_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz,
    PRIMARY KEY (org_id, account_id)
)""")
    op.execute("CREATE UNIQUE INDEX uq_org_staff_id ON org_staff (org_id, staff_id)")
    op.execute("CREATE INDEX ix_org_staff_account ON org_staff (account_id)")
    # Being put on a staff is offered, and counts only once the account accepts: an
    # administrator cannot make a stranger's account staff (and so reach the profiles
    # that account owns or registers) by naming it.
    op.execute("""
CREATE TABLE org_staff_offers (
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('admin', 'doctor', 'nurse', 'receptionist')),
    staff_id text NOT NULL,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    specialty text,
    registration_number text,
    offered_by bigint NOT NULL REFERENCES accounts (id),
    offered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, account_id)
)""")
    op.execute("CREATE INDEX ix_org_staff_offers_account ON org_staff_offers (account_id)")
    # A profile is held by at most one organisation.
    op.execute("""
CREATE TABLE org_profiles (
    profile_id text PRIMARY KEY REFERENCES profiles (profile_id) ON DELETE CASCADE,
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    held_by bigint NOT NULL REFERENCES accounts (id),
    held_at timestamptz NOT NULL DEFAULT now()
)""")
    op.execute("CREATE INDEX ix_org_profiles_org ON org_profiles (org_id)")
    op.execute("""
CREATE TABLE org_link_codes (
    code_hash bytea PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    profile_id text NOT NULL REFERENCES profiles (profile_id) ON DELETE CASCADE,
    created_by bigint NOT NULL REFERENCES accounts (id),
    expires_at timestamptz NOT NULL,
    redeemed_by bigint REFERENCES accounts (id),
    redeemed_at timestamptz
)""")
    op.execute("""
CREATE TABLE patient_links (
    profile_id text NOT NULL REFERENCES profiles (profile_id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    consented_at timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz,
    PRIMARY KEY (profile_id, account_id)
)""")
    op.execute("CREATE INDEX ix_patient_links_account ON patient_links (account_id)")
    # Who did what to the organisation: no content of anyone's record, only the event.
    op.execute("""
CREATE TABLE org_audit (
    id bigserial PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations (org_id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id bigint NOT NULL REFERENCES accounts (id),
    action text NOT NULL,
    subject text,
    profile_id text,
    detail jsonb NOT NULL DEFAULT '{}'::jsonb
)""")
    op.execute("CREATE INDEX ix_org_audit_org ON org_audit (org_id, id)")
    op.execute("""
CREATE FUNCTION org_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'org_audit is append-only';
END $$""")
    op.execute("""
CREATE TRIGGER org_audit_append_only BEFORE UPDATE ON org_audit
FOR EACH ROW EXECUTE FUNCTION org_audit_append_only()""")


def downgrade() -> None:
    op.execute("DROP TABLE org_audit")
    op.execute("DROP FUNCTION org_audit_append_only()")
    for table in ("patient_links", "org_link_codes", "org_profiles", "org_staff_offers",
                  "org_staff", "organisations"):
        op.execute(f"DROP TABLE {table}")

