"""Sealed dose events settled at unlock (device-local: never synced, never exported).

One row per sealed event read from the spool, applied or refused: its id is what makes
a replayed event refused, and the times say "recorded while locked at 20:03, applied at
20:41". A damaged event that never opened is named by its digest.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class SealedEvent(Base):
    __tablename__ = "sealed_events"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    settled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(10))  # applied | refused
    reason: Mapped[str | None] = mapped_column(String(300))
    dose_event_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_sealed_events_settled", "settled_at"),)
