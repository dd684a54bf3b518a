"""Appointments with clinicians, with reminder offsets and visit notes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list

VISIT_TYPES = ("in_person", "video", "phone", "home_visit", "lab", "imaging", "other")
APPOINTMENT_STATUSES = ("scheduled", "completed", "cancelled", "missed")


class Appointment(ProfileOwned, Base):
    __tablename__ = "appointments"
    title: Mapped[str] = mapped_column(String(200))
    clinician: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(300))
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    visit_type: Mapped[str] = mapped_column(String(16), default="in_person")
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    notes: Mapped[str | None] = mapped_column(Text)
    visit_notes: Mapped[str | None] = mapped_column(Text)
    # Minutes before start_at, e.g. [1440, 120] for a day and two hours before.
    reminder_offsets: Mapped[list[int]] = mapped_column(JSONText, default=list)

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint("duration_minutes BETWEEN 1 AND 1440", name="duration"),
        CheckConstraint(in_list("visit_type", VISIT_TYPES), name="visit_type"),
        CheckConstraint(in_list("status", APPOINTMENT_STATUSES), name="status"),
        Index("ix_appointments_profile_start", "profile_id", "start_at"),
    )
