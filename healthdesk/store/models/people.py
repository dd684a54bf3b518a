"""People: the profile (whose record it is) and their emergency contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Float, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from healthdesk.domain.notification_rules import CONTACT_METHODS

from .base import Base, ISODate, ProfileOwned, Synced, in_list

SEXES = ("female", "male", "intersex", "other", "unknown")
BLOOD_TYPES = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "unknown")


class Profile(Synced, Base):
    """One person whose record this is. ``profile_id`` equals ``id`` so every synced
    table, this one included, can be partitioned by profile."""

    __tablename__ = "profiles"
    profile_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date | None] = mapped_column(ISODate())
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    blood_type: Mapped[str] = mapped_column(String(8), default="unknown")
    height_cm: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str | None] = mapped_column(String(64))
    color: Mapped[str | None] = mapped_column(String(9))
    notes: Mapped[str | None] = mapped_column(Text)
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    photo_mime: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("profile_id = id", name="self_owned"),
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(in_list("sex", SEXES), name="sex"),
        CheckConstraint(in_list("blood_type", BLOOD_TYPES), name="blood_type"),
        CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 20 AND 280", name="height"),
    )


class EmergencyContact(ProfileOwned, Base):
    __tablename__ = "emergency_contacts"
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=1)
    # Whether emergency alerts and escalations go to them, and how they want them.
    may_alert: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    preferred_method: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("phone IS NOT NULL OR email IS NOT NULL", name="reachable"),
        CheckConstraint(in_list("preferred_method", CONTACT_METHODS, nullable=True),
                        name="preferred_method"),
        Index("ix_emergency_contacts_profile", "profile_id", "priority"),
    )
