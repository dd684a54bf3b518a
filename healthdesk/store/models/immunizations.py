"""Vaccinations: what was given, when, which dose of a series, and by whom."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ISODate, ProfileOwned, in_list

# FHIR Immunization.status: "completed" or "not-done" (a refused or deferred dose is
# still worth knowing about); "entered-in-error" is never stored.
IMMUNIZATION_STATUSES = ("completed", "not_done")


class Immunization(ProfileOwned, Base):
    """One dose of a vaccine. ``cvx`` and ``snomed`` keep the codes the dose arrived with
    (CDC CVX, SNOMED CT), so an export names the same vaccine the source did."""

    __tablename__ = "immunizations"
    vaccine: Mapped[str] = mapped_column(String(200))
    cvx: Mapped[str | None] = mapped_column(String(8))
    snomed: Mapped[str | None] = mapped_column(String(20))
    given_on: Mapped[dt.date] = mapped_column(ISODate())
    dose_number: Mapped[int | None] = mapped_column(Integer)
    lot: Mapped[str | None] = mapped_column(String(40))
    site: Mapped[str | None] = mapped_column(String(100))
    performer: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="completed")
    next_due_on: Mapped[dt.date | None] = mapped_column(ISODate())
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("length(trim(vaccine)) > 0", name="vaccine_present"),
        CheckConstraint(in_list("status", IMMUNIZATION_STATUSES), name="status"),
        CheckConstraint("dose_number IS NULL OR dose_number BETWEEN 1 AND 20",
                        name="dose_number"),
        CheckConstraint("next_due_on IS NULL OR next_due_on >= given_on",
                        name="due_after_given"),
        Index("ix_immunizations_profile_given", "profile_id", "given_on"),
    )
