"""Past visits (encounters) that arrived from another system's record: what kind of visit,
when, where and with whom. Appointments are what is planned; these are what happened."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ProfileOwned, UTCDateTime, in_list

# FHIR Encounter.class (v3 ActCode) in words.
ENCOUNTER_SETTINGS = ("outpatient", "emergency", "inpatient", "virtual", "home", "other")


class Encounter(ProfileOwned, Base):
    __tablename__ = "encounters"
    title: Mapped[str] = mapped_column(String(200))
    snomed: Mapped[str | None] = mapped_column(String(20))
    setting: Mapped[str] = mapped_column(String(16), default="outpatient")
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(String(200))
    practitioner: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(in_list("setting", ENCOUNTER_SETTINGS), name="setting"),
        CheckConstraint("end_at IS NULL OR end_at >= start_at", name="end_after_start"),
        Index("ix_encounters_profile_start", "profile_id", "start_at"),
    )
