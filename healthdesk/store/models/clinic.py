"""Clinic mode: the organisation, its staff, and the patient register.

The organisation and staff are kept on this device (the sync protocol partitions by
profile and they belong to no one profile). A patient's clinic number and phone are a
``clinic_records`` row of the patient's own profile, so they sync with the record; the
register (``clinic_register``) is this device's search index over profiles and those
rows: its ``name_key`` is the name case-folded and NFKC-normalised in Python (SQLite's
lower() knows only ASCII), so a search matches Latin names in any case and Devanagari or
Tamil names as typed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ISODate, ProfileOwned, UTCDateTime, in_list

STAFF_ROLES = ("admin", "doctor", "nurse", "receptionist")


class Organisation(Base):
    """The clinic this store belongs to (at most one row: id 'clinic')."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    registration: Mapped[str | None] = mapped_column(String(100))
    # The organisation's id on the sync server once published or joined (migration 0016):
    # its staff list then comes from the server (sync/organisation.py).
    server_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_present"),)


class Staff(Base):
    """A person who signs in on the clinic's computers. ``secret_hash`` is an Argon2id
    hash of their PIN or password (argon2-cffi's encoded form, parameters included), or
    empty for a member who came from the server and has set no PIN on this computer yet.
    ``account`` is their sync server account, when the organisation is on the server."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    specialty: Mapped[str | None] = mapped_column(String(100))
    registration_number: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    secret_hash: Mapped[str] = mapped_column(String(200))
    account: Mapped[str | None] = mapped_column(String(64))
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
    # The version of the patient's clinic_records row indexed here (None: none yet).
    record_version: Mapped[str | None] = mapped_column(String(64))
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    visits: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        # Not unique: a number typed by hand on two computers offline arrives twice, and
        # the register must still hold both to show the clash (RegisterService.clashes).
        Index("ix_clinic_register_clinic_no", "clinic_no"),
        Index("ix_clinic_register_phone", "phone_digits"),
        Index("ix_clinic_register_dob", "date_of_birth"),
        Index("ix_clinic_register_seen", "last_seen_at"),
    )


class ClinicRecord(ProfileOwned, Base):
    """What the clinic knows of a patient beyond the profile: the clinic number and the
    phone. One row per profile (id = ``clinic_record_id(profile_id)``), so two computers
    changing one patient's phone edit the same row and the sync merges the field.
    ``numbered_by`` is the device that handed out the number (docs/clinic.md: series)."""

    __tablename__ = "clinic_records"
    clinic_no: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(50))
    numbered_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_clinic_records_profile_id", "profile_id"),
    )


CLINIC_RECORD_NAMESPACE = uuid.UUID("2b0c6f3e-5d8a-4f61-9e0c-7a3d1c9b4e52")


def clinic_record_id(profile_id: str) -> str:
    """The one clinic_records id of a profile, the same on every computer."""
    return str(uuid.uuid5(CLINIC_RECORD_NAMESPACE, profile_id))
