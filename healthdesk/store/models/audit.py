"""Who did what, when, from which device. Append-only and synced with the profile."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list

AUDIT_ACTIONS = ("create", "update", "delete", "export", "import", "open", "override")


class AuditEvent(ProfileOwned, Base):
    """Field names, never values: the trail must not copy health data a second time."""

    __tablename__ = "audit_events"
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[list[str] | None] = mapped_column(JSONText)

    __table_args__ = (
        CheckConstraint(in_list("action", AUDIT_ACTIONS), name="action"),
        Index("ix_audit_events_profile_at", "profile_id", "at"),
    )
