"""Readings: blood pressure, glucose, weight and the other kinds in domain.measurements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Float, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list

# Frozen here (not imported from the domain) because a CHECK lives in a migration:
# adding a kind is a schema change with its own revision.
MEASUREMENT_KINDS = (
    "blood_pressure",
    "pulse",
    "glucose",
    "weight",
    "height",
    "temperature",
    "spo2",
    "hba1c",
    "cholesterol",
    "respiratory_rate",
    "peak_flow",
    "sleep",
    "steps",
    "bmi",
    "hdl",
    "ldl",
    "triglycerides",
    "pain",
    "head_circumference",
)
SOURCES = ("manual", "device", "import", "sync", "demo")


class Measurement(ProfileOwned, Base):
    """One reading. Values are stored in the kind's canonical unit; ``value`` is the
    primary component (systolic for blood pressure), ``value2``/``value3`` the others
    (diastolic, pulse). ``entered_unit`` remembers what the person typed in."""

    __tablename__ = "measurements"
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[float] = mapped_column(Float)
    value2: Mapped[float | None] = mapped_column(Float)
    value3: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    entered_unit: Mapped[str | None] = mapped_column(String(16))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    context: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    # Where an imported reading came from ("FreeStyle LibreLink", "Apple Health"): more
    # than one when the same reading arrived from two exports (stored once).
    sources: Mapped[list[str] | None] = mapped_column(JSONText)
    # The codes it arrived with (FHIR: [{"system": ..., "code": ..., "display": ...}]),
    # exported back as they came.
    codes: Mapped[list[dict[str, str]] | None] = mapped_column(JSONText)

    __table_args__ = (
        CheckConstraint(in_list("kind", MEASUREMENT_KINDS), name="kind"),
        CheckConstraint(in_list("source", SOURCES), name="source"),
        CheckConstraint("value = value", name="value_is_number"),
        Index("ix_measurements_profile_kind_time", "profile_id", "kind", "taken_at"),
        Index("ix_measurements_profile_time", "profile_id", "taken_at"),
    )
