"""Request and response bodies of every sync endpoint (docs/sync.md, docs/server.md).

Every model allows extra keys (``extra="allow"``): a newer peer may add fields and an
older one must keep working and, for rows, pass them on unchanged. Mutation contents
are deliberately loose (``op`` and ``entity`` are plain strings): one bad mutation is
answered ``rejected``/``invalid`` on its own instead of failing the whole batch, which
would block every good change queued behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt

from .constants import MAX_PULL_PAGE, MAX_PUSH_BATCH, PROTOCOL_VERSION

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
# An HLC stamp: 13-digit unix ms, 5-digit counter, device (no '-'); see domain/hlc.py.
STAMP_PATTERN = r"^[0-9]{13}-[0-9]{5}-[^-]+$"
# Device ids end up inside stamps and idempotency keys, so no '-' and no ':'.
DEVICE_PATTERN = r"^[A-Za-z0-9_.]{1,64}$"

Role = str  # "owner" | "caregiver" | "viewer"
ROLES = ("owner", "caregiver", "viewer")
INVITE_ROLES = ("caregiver", "viewer")

OPS = ("insert", "update", "delete")
STATUS_APPLIED, STATUS_DUPLICATE, STATUS_CONFLICT, STATUS_REJECTED = (
    "applied", "duplicate", "conflict", "rejected")
REASONS = ("forbidden", "read_only", "invalid", "clock_ahead", "unknown_entity", "erased")


# PostgreSQL text cannot hold U+0000, and a lone surrogate cannot be encoded as UTF-8.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _plain(value: str) -> str:
    if _NOT_TEXT.search(value):
        raise ValueError("must not contain NUL characters or unpaired surrogates")
    return value


def _encodable(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("must not contain unpaired surrogates")
    return value


# Text of a request that the server stores or looks up.
PlainText = Annotated[str, AfterValidator(_plain)]
# Text the server only hashes (a password): any character UTF-8 can encode.
EncodableText = Annotated[str, AfterValidator(_encodable)]
# A protocol number is a whole number from 1: JSON true/false are not 1 and 0 here.
ProtocolNumber = Annotated[StrictInt, Field(ge=1)]
# A feed position fits PostgreSQL's bigint.
Seq = Annotated[StrictInt, Field(ge=0, le=2**63 - 1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Timed(_Model):
    server_time: int = Field(description="the server's clock, unix milliseconds")


# -- service ---------------------------------------------------------------------------

class VersionResponse(_Timed):
    protocol: int
    min_client_protocol: int
    server_version: str


class HealthResponse(_Timed):
    status: str = Field(description="'ok', or 'unavailable' when the database is not")
    database: bool


class ErrorResponse(_Model):
    error: str = Field(description="machine-readable code, e.g. unauthorized, forbidden")
    message: str = Field(description="one sentence for a person")
    server_time: int


class OkResponse(_Timed):
    ok: bool = True


# -- accounts and devices ---------------------------------------------------------------

class LoginRequest(_Model):
    user: PlainText = Field(min_length=1, max_length=64)
    password: EncodableText = Field(min_length=1, max_length=1024)
    device_name: PlainText = Field(min_length=1, max_length=100)
    device_id: str = Field(pattern=DEVICE_PATTERN)


class LoginResponse(_Timed):
    token: str = Field(description="bearer token for this device; shown once")
    user: str
    device_id: str


class DeviceInfo(_Model):
    device_id: str
    name: str
    created_at: dt.datetime
    last_seen_at: dt.datetime | None = None
    current: bool = False


class DeviceList(_Timed):
    devices: list[DeviceInfo]


# -- profiles, members, invites -------------------------------------------------------------

class ProfileAccess(_Model):
    profile_id: str
    role: Role
    owner: str


class ProfileList(_Timed):
    profiles: list[ProfileAccess]


class CreateInviteRequest(_Model):
    role: str = Field(pattern=r"^(caregiver|viewer)$")
    expires_in_hours: int = Field(default=72, ge=1, le=720)


class Invite(_Timed):
    code: str = Field(description="one-time code; only its hash is stored")
    profile_id: str
    role: Role
    expires_at: dt.datetime


class AcceptInviteRequest(_Model):
    code: PlainText = Field(min_length=1, max_length=64)


class Membership(_Timed):
    profile_id: str
    role: Role


class Member(_Model):
    user: str
    role: Role
    since: dt.datetime


class MemberList(_Timed):
    members: list[Member]


# -- push ----------------------------------------------------------------------------------

class Mutation(_Model):
    # Printable ASCII only: the key is echoed in the answer and stored, so one that
    # cannot be encoded (a lone surrogate, NUL) breaks the whole request, not one result.
    key: str = Field(min_length=1, max_length=200, pattern=r"^[!-~]+$",
                     description="idempotency key '<device_id>:<outbox seq>:<stamp>'")
    entity: str = Field(min_length=1, max_length=64)
    row_id: str = Field(min_length=1, max_length=64)
    profile_id: str = Field(min_length=1, max_length=64)
    op: str = Field(description="insert, update or delete")
    fields: dict[str, Any] = Field(default_factory=dict)
    stamps: dict[str, str] = Field(default_factory=dict)
    base_version: str | None = None


class PushRequest(_Model):
    protocol: ProtocolNumber = PROTOCOL_VERSION
    device_id: str = Field(pattern=DEVICE_PATTERN)
    batch_id: PlainText = Field(min_length=1, max_length=100)
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class MutationResult(_Model):
    key: str
    status: str = Field(description="applied, duplicate, conflict or rejected")
    reason: str | None = Field(default=None, description="why rejected: " + ", ".join(REASONS))
    message: str | None = None
    conflicts: list[str] = Field(default_factory=list, description="ids of conflict records")


class PushResponse(_Timed):
    results: list[MutationResult]


# -- pull ----------------------------------------------------------------------------------

class PullRequest(_Model):
    protocol: ProtocolNumber = PROTOCOL_VERSION
    device_id: str = Field(pattern=DEVICE_PATTERN)
    cursors: dict[Annotated[PlainText, Field(max_length=64)], Seq] = Field(
        default_factory=dict, description="last seq applied per profile; 0 or absent: all")
    limit: StrictInt = Field(default=MAX_PULL_PAGE, ge=1, le=MAX_PULL_PAGE)


class Change(_Model):
    seq: int
    profile_id: str
    entity: str
    row_id: str
    fields: dict[str, Any]
    stamps: dict[str, str]
    origin_device: str


class PullResponse(_Timed):
    changes: list[Change]
    cursors: dict[str, int]
    has_more: bool
    resync: list[str] = Field(default_factory=list)
    revoked: list[str] = Field(default_factory=list)
    profiles: dict[str, Role] = Field(default_factory=dict)
