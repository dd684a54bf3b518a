"""Sync tables: the conflict inbox (synced) and the engine's device-local bookkeeping."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list

CONFLICT_STATUSES = ("open", "kept", "restored")


class Conflict(ProfileOwned, Base):
    """A value that lost to a concurrent edit (docs/sync.md), kept so nothing is lost.

    Created only by the server (ids derived from the losing mutation, so a re-sent batch
    cannot make a second one) and synced like any record; a device resolves it by setting
    ``status`` to kept (the current value stays) or restored (the losing value was
    written back as a new edit). ``kind`` is not checked here: a newer server may add
    kinds, and a check would make this device refuse them.
    """

    __tablename__ = "conflicts"
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    # Any JSON value (an edit_vs_delete's edit side is an object of the edited fields).
    losing_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    losing_version: Mapped[str | None] = mapped_column(String(64))
    losing_device: Mapped[str | None] = mapped_column(String(64))
    winning_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    winning_version: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(in_list("status", CONFLICT_STATUSES), name="status"),
        Index("ix_conflicts_profile_status", "profile_id", "status"),
    )


class SyncCursor(Base):
    """Device-local: how far this device has read each profile's change feed, and the
    account's role on it (owner, caregiver, viewer) as the server last said."""

    __tablename__ = "sync_cursors"
    profile_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str | None] = mapped_column(String(16))


class SyncExtraFields(Base):
    """Device-local: fields of a row that this version does not have (a newer client's
    columns), with their stamps, kept so they are never dropped (docs/sync.md)."""

    __tablename__ = "sync_extra_fields"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONText)
    stamps: Mapped[dict[str, str]] = mapped_column(JSONText)


class SyncSetAside(Base):
    """Device-local: pulled changes this store could not apply (a value it cannot hold, a
    missing required field, a record pointing at one that is not here), kept with their
    reason in words so a person can see them; retried until they apply (docs/sync.md)."""

    __tablename__ = "sync_set_aside"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)  # the latest feed change folded in
    origin_device: Mapped[str | None] = mapped_column(String(64))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONText)
    stamps: Mapped[dict[str, str]] = mapped_column(JSONText)
    field: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500))
    set_aside_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_sync_set_aside_profile", "profile_id", "seq"),)
