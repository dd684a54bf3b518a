"""Clinic mode: the organisation, its staff, and the patient register.

Kept on this device for now (the sync protocol partitions by profile and these rows
belong to no one profile; server organisations are the step that syncs them). The
register is an index over profiles with the clinic's own numbers: its ``name_key`` is the
name case-folded and NFKC-normalised in Python (SQLite's lower() knows only ASCII), so a
search matches Latin names in any case and Devanagari or Tamil names as typed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ISODate, UTCDateTime, in_list

STAFF_ROLES = ("admin", "doctor", "nurse", "receptionist")


class Organisation(Base):
    """The clinic this store belongs to (at most one row: id 'clinic')."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    registration: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_present"),)


class Staff(Base):
    """A person who signs in on the clinic's computers. ``secret_hash`` is an Argon2id
    hash of their PIN or password (argon2-cffi's encoded form, parameters included)."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    specialty: Mapped[str | None] = mapped_column(String(100))
    registration_number: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    secret_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(in_list("role", STAFF_ROLES), name="role"),
        Index("uq_staff_name", "name", unique=True),
    )


class RegisterEntry(Base):
    """A patient in the clinic's register: the profile plus what the desk searches by."""

    __tablename__ = "clinic_register"
    profile_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("profiles.id", deferrable=True, initially="DEFERRED"),
        primary_key=True)
    clinic_no: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(50))
    phone_digits: Mapped[str | None] = mapped_column(String(50))
    name_key: Mapped[str] = mapped_column(Text)
    date_of_birth: Mapped[dt.date | None] = mapped_column(ISODate())
    profile_version: Mapped[str | None] = mapped_column(String(64))
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    visits: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        Index("uq_clinic_register_clinic_no", "clinic_no", unique=True),
        Index("ix_clinic_register_phone", "phone_digits"),
        Index("ix_clinic_register_dob", "date_of_birth"),
        Index("ix_clinic_register_seen", "last_seen_at"),
    )
