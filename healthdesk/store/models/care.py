"""Medicine care records: refills, a person's caregivers, and alerts raised to them.

All three are synced records. Stock is never a running total (see domain/stock.py): a
refill is a row of its own, so two devices recording refills or doses never overwrite
each other's arithmetic. A mistaken refill is tombstoned like any record.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ProfileOwned, UTCDateTime


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Refill(ProfileOwned, Base):
    """Medicine added to the stock on hand (a pharmacy pick-up, a sample pack)."""

    __tablename__ = "refills"
    medication_id: Mapped[str] = mapped_column(String(36), _fk("medications.id"))
    quantity: Mapped[float] = mapped_column(Float)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_refills_medication_at", "medication_id", "at"),
    )


class Caregiver(ProfileOwned, Base):
    """Someone who looks after this person (``profile_id``), in the order alerts go to
    them. ``caregiver_profile_id`` is set when they have a profile of their own in the
    record, so alerts show up when that profile is open on any device."""

    __tablename__ = "caregivers"
    name: Mapped[str] = mapped_column(String(200))
    caregiver_profile_id: Mapped[str | None] = mapped_column(String(36), _fk("profiles.id"))
    position: Mapped[int] = mapped_column(Integer, default=1)
    contact: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint("position BETWEEN 1 AND 20", name="position"),
        CheckConstraint("caregiver_profile_id IS NULL OR caregiver_profile_id != profile_id",
                        name="not_self"),
        Index("ix_caregivers_profile", "profile_id", "position"),
        Index("ix_caregivers_caregiver_profile", "caregiver_profile_id"),
    )


class CaregiverAlert(ProfileOwned, Base):
    """"Mother's 08:00 metformin was not taken": raised once per dose and escalation
    level. Its id is derived from (medicine, dose time, level), so two devices that both
    raise it write the same row and sync converges on one alert."""

    __tablename__ = "caregiver_alerts"
    medication_id: Mapped[str] = mapped_column(String(36), _fk("medications.id"))
    scheduled_for: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    level: Mapped[int] = mapped_column(Integer, default=0)
    caregiver_id: Mapped[str | None] = mapped_column(String(36), _fk("caregivers.id"))
    caregiver_profile_id: Mapped[str | None] = mapped_column(String(36), _fk("profiles.id"))
    caregiver_name: Mapped[str] = mapped_column(String(200))
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 19", name="level"),
        Index("ix_caregiver_alerts_profile_time", "profile_id", "scheduled_for"),
        Index("ix_caregiver_alerts_caregiver_profile", "caregiver_profile_id", "raised_at"),
    )
