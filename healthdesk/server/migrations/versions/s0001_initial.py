"""Accounts, devices, profiles and access, rows and the per-profile change feed.

Revision ID: s0001
Revises:
Create Date: 2026-03-10
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = """
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username text NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username));

-- One row per (account, device); only the SHA-256 of the bearer token is kept.
CREATE TABLE devices (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    device_id text NOT NULL,
    name text NOT NULL,
    token_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz,
    revoked_at timestamptz,
    PRIMARY KEY (account_id, device_id)
);

-- Failed logins per (account name, client address): the back-off lives here, not in a
-- worker's memory, so every worker behind the load balancer enforces it.
CREATE TABLE login_failures (
    username text NOT NULL,
    ip text NOT NULL,
    failures integer NOT NULL,
    blocked_until timestamptz NOT NULL,
    PRIMARY KEY (username, ip)
);

-- last_seq is the feed counter: updated under this row's lock by the pushing
-- transaction, so sequence numbers have no gaps. pruned_seq: cursors below it missed
-- purged tombstones and must resync.
CREATE TABLE profiles (
    profile_id text PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES accounts (id),
    last_seq bigint NOT NULL DEFAULT 0,
    pruned_seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    profile_id text NOT NULL REFERENCES profiles (profile_id),
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('owner', 'caregiver', 'viewer')),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    PRIMARY KEY (profile_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);

CREATE TABLE invites (
    code_hash bytea PRIMARY KEY,
    profile_id text NOT NULL REFERENCES profiles (profile_id),
    role text NOT NULL CHECK (role IN ('caregiver', 'viewer')),
    created_by bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_by bigint REFERENCES accounts (id) ON DELETE SET NULL,
    accepted_at timestamptz
);

-- Current state of every synced row: values and the HLC stamp of each field.
CREATE TABLE rows (
    profile_id text NOT NULL,
    entity text NOT NULL,
    row_id text NOT NULL,
    fields jsonb NOT NULL,
    stamps jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (profile_id, entity, row_id)
);

-- The per-profile change feed that clients pull in seq order.
CREATE TABLE changes (
    profile_id text NOT NULL,
    seq bigint NOT NULL,
    entity text NOT NULL,
    row_id text NOT NULL,
    fields jsonb NOT NULL,
    stamps jsonb NOT NULL,
    origin_device text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (profile_id, seq)
);
CREATE INDEX changes_row ON changes (profile_id, entity, row_id);

-- Idempotency: the first result of every accepted mutation key, returned again when a
-- batch is re-sent.
CREATE TABLE pushed_keys (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    key text NOT NULL,
    result jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key)
);
"""

DOWNGRADE = """
DROP TABLE pushed_keys; DROP TABLE changes; DROP TABLE rows; DROP TABLE invites;
DROP TABLE memberships; DROP TABLE profiles; DROP TABLE login_failures;
DROP TABLE devices; DROP TABLE accounts;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
