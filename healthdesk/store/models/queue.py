"""The clinic's queue: one row per check-in of a patient on a day (services/visits.py).
Synced with the patient's record, so a second clinic computer sees the same queue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ISODate, ProfileOwned, UTCDateTime, in_list

QUEUE_STATES = ("waiting", "with_doctor", "done", "left")


class QueueEntry(ProfileOwned, Base):
    __tablename__ = "clinic_queue"
    day: Mapped[dt.date] = mapped_column(ISODate())
    checked_in_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    state_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str | None] = mapped_column(String(500))
    checked_in_by: Mapped[str | None] = mapped_column(String(200))
    seen_by: Mapped[str | None] = mapped_column(String(200))
    # The visit (encounter) recorded for this check-in, once there is one.
    encounter_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        CheckConstraint(in_list("state", QUEUE_STATES), name="state"),
        CheckConstraint("state_at >= checked_in_at", name="state_after_check_in"),
        Index("ix_clinic_queue_day", "day", "checked_in_at"),
        Index("ix_clinic_queue_profile_id", "profile_id"),
    )
