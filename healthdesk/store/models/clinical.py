"""The clinical record: conditions, allergies, symptoms, goals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, ISODate, JSONText, ProfileOwned, UTCDateTime, in_list

CONDITION_STATUSES = ("active", "remission", "resolved", "inactive")
ALLERGY_CATEGORIES = ("medication", "food", "environment", "biologic", "other")
ALLERGY_SEVERITIES = ("mild", "moderate", "severe", "life_threatening", "unknown")
GOAL_DIRECTIONS = ("decrease", "increase", "maintain")
GOAL_STATUSES = ("active", "achieved", "abandoned")


class Condition(ProfileOwned, Base):
    __tablename__ = "conditions"
    name: Mapped[str] = mapped_column(String(200))
    icd10: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="active")
    onset: Mapped[dt.date | None] = mapped_column(ISODate())
    resolved_on: Mapped[dt.date | None] = mapped_column(ISODate())
    notes: Mapped[str | None] = mapped_column(Text)
    # The codes it arrived with (FHIR codings: SNOMED CT, ICD-10...), exported back.
    codes: Mapped[list[dict[str, str]] | None] = mapped_column(JSONText)

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(in_list("status", CONDITION_STATUSES), name="status"),
        CheckConstraint(
            "resolved_on IS NULL OR onset IS NULL OR resolved_on >= onset",
            name="resolved_after_onset",
        ),
        Index("ix_conditions_profile", "profile_id", "status"),
    )


class Allergy(ProfileOwned, Base):
    __tablename__ = "allergies"
    substance: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16), default="other")
    reaction: Mapped[str | None] = mapped_column(String(500))
    severity: Mapped[str] = mapped_column(String(20), default="unknown")
    noted_on: Mapped[dt.date | None] = mapped_column(ISODate())
    notes: Mapped[str | None] = mapped_column(Text)
    codes: Mapped[list[dict[str, str]] | None] = mapped_column(JSONText)  # as they arrived

    __table_args__ = (
        CheckConstraint("length(trim(substance)) > 0", name="substance_present"),
        CheckConstraint(in_list("category", ALLERGY_CATEGORIES), name="category"),
        CheckConstraint(in_list("severity", ALLERGY_SEVERITIES), name="severity"),
        Index("ix_allergies_profile", "profile_id"),
    )


class SymptomEntry(ProfileOwned, Base):
    __tablename__ = "symptom_entries"
    symptom: Mapped[str] = mapped_column(String(200))
    severity: Mapped[int] = mapped_column(Integer)
    onset_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    body_area: Mapped[str | None] = mapped_column(String(100))  # "head", "chest"...

    __table_args__ = (
        CheckConstraint("length(trim(symptom)) > 0", name="symptom_present"),
        CheckConstraint("severity BETWEEN 1 AND 10", name="severity"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        Index("ix_symptom_entries_profile_onset", "profile_id", "onset_at"),
    )


class Goal(ProfileOwned, Base):
    """A target such as "weight down to 80 kg by June". When ``measurement_kind`` is
    set, progress comes from readings of that kind; otherwise from GoalProgress rows."""

    __tablename__ = "goals"
    title: Mapped[str] = mapped_column(String(200))
    measurement_kind: Mapped[str | None] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(10), default="decrease")
    start_value: Mapped[float | None] = mapped_column(Float)
    target_value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    start_date: Mapped[dt.date] = mapped_column(ISODate())
    due_date: Mapped[dt.date | None] = mapped_column(ISODate())
    status: Mapped[str] = mapped_column(String(10), default="active")
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(in_list("direction", GOAL_DIRECTIONS), name="direction"),
        CheckConstraint(in_list("status", GOAL_STATUSES), name="status"),
        CheckConstraint("due_date IS NULL OR due_date >= start_date", name="due_after_start"),
        Index("ix_goals_profile", "profile_id", "status"),
    )


class GoalProgress(ProfileOwned, Base):
    __tablename__ = "goal_progress"
    goal_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("goals.id", deferrable=True, initially="DEFERRED")
    )
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_goal_progress_goal", "goal_id", "recorded_at"),)
