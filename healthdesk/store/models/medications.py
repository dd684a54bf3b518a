"""Medicines, their schedules, and the append-only log of what happened to each dose."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from healthdesk.domain.schedules import SCHEDULE_KINDS, TZ_POLICIES

from .base import Base, ISODate, JSONText, ProfileOwned, UTCDateTime, in_list

FORMS = (
    "tablet",
    "capsule",
    "liquid",
    "inhaler",
    "injection",
    "patch",
    "drops",
    "cream",
    "spray",
    "suppository",
    "powder",
    "other",
)
ROUTES = (
    "oral",
    "inhaled",
    "subcutaneous",
    "intramuscular",
    "intravenous",
    "topical",
    "transdermal",
    "nasal",
    "ophthalmic",
    "otic",
    "rectal",
    "sublingual",
    "other",
)
__all__ = ["SCHEDULE_KINDS", "TZ_POLICIES", "DoseEvent", "Medication", "MedicationSchedule"]
DOSE_ACTIONS = ("taken", "skipped", "missed", "snoozed", "undone")


class Medication(ProfileOwned, Base):
    __tablename__ = "medications"
    name: Mapped[str] = mapped_column(String(200))
    strength: Mapped[str | None] = mapped_column(String(100))
    form: Mapped[str] = mapped_column(String(16), default="tablet")
    dose_amount: Mapped[float] = mapped_column(Float, default=1.0)
    dose_unit: Mapped[str] = mapped_column(String(32), default="tablet")
    route: Mapped[str] = mapped_column(String(16), default="oral")
    prescriber: Mapped[str | None] = mapped_column(String(200))
    instructions: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(ISODate())
    end_date: Mapped[dt.date | None] = mapped_column(ISODate())
    # Stock is derived (domain/stock.py): this count, made at stock_counted_at, plus
    # refills and minus doses taken since. Taking a dose never writes this row.
    stock_count: Mapped[float | None] = mapped_column(Float)
    stock_counted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    refill_threshold: Mapped[float | None] = mapped_column(Float)
    # Missed-dose rule: take a late dose only within this many hours of its time.
    missed_dose_window_hours: Mapped[float] = mapped_column(Float, default=2.0)
    caregiver_alert_minutes: Mapped[int | None] = mapped_column(Integer)
    # Then the next caregiver down the list after this many more minutes, and so on.
    caregiver_escalation_minutes: Mapped[int | None] = mapped_column(Integer)
    # Remind even during quiet hours (insulin, anti-epileptics, Parkinson's medicines).
    reminder_urgent: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The codes it arrived with (FHIR codings: RxNorm, SNOMED CT...), exported back.
    codes: Mapped[list[dict[str, str]] | None] = mapped_column(JSONText)

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_present"),
        CheckConstraint(in_list("form", FORMS), name="form"),
        CheckConstraint(in_list("route", ROUTES), name="route"),
        CheckConstraint("dose_amount > 0", name="dose_positive"),
        CheckConstraint("stock_count IS NULL OR stock_count >= 0", name="stock"),
        CheckConstraint("refill_threshold IS NULL OR refill_threshold >= 0", name="threshold"),
        CheckConstraint("missed_dose_window_hours BETWEEN 0 AND 48", name="missed_window"),
        CheckConstraint("caregiver_escalation_minutes IS NULL OR "
                        "caregiver_escalation_minutes BETWEEN 5 AND 1440", name="escalation"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="end_after_start",
        ),
        Index("ix_medications_profile", "profile_id", "active"),
    )


class MedicationSchedule(ProfileOwned, Base):
    """When a medicine is due. ``times_of_day`` are "HH:MM" wall-clock times in
    ``timezone`` ("home" policy) or wherever the person is ("local" policy)."""

    __tablename__ = "medication_schedules"
    medication_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("medications.id", deferrable=True, initially="DEFERRED")
    )
    kind: Mapped[str] = mapped_column(String(10), default="fixed")
    times_of_day: Mapped[list[str]] = mapped_column(JSONText, default=list)
    weekdays: Mapped[list[int] | None] = mapped_column(JSONText)
    interval_days: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[dt.date] = mapped_column(ISODate())
    end_date: Mapped[dt.date | None] = mapped_column(ISODate())
    dose_amount: Mapped[float | None] = mapped_column(Float)
    prn_min_interval_minutes: Mapped[int | None] = mapped_column(Integer)
    prn_max_per_day: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))
    tz_policy: Mapped[str] = mapped_column(String(8), default="home")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    __table_args__ = (
        CheckConstraint(in_list("kind", SCHEDULE_KINDS), name="kind"),
        CheckConstraint(in_list("tz_policy", TZ_POLICIES), name="tz_policy"),
        CheckConstraint("interval_days BETWEEN 1 AND 366", name="interval"),
        CheckConstraint(
            "prn_min_interval_minutes IS NULL OR prn_min_interval_minutes >= 0", name="prn_interval"
        ),
        CheckConstraint(
            "prn_max_per_day IS NULL OR prn_max_per_day BETWEEN 1 AND 48", name="prn_max"
        ),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_medication_schedules_medication", "medication_id"),
        Index("ix_medication_schedules_profile", "profile_id"),
    )


class DoseEvent(ProfileOwned, Base):
    """What happened to a dose. Append-only (a trigger refuses updates): a mistake is
    corrected by a later event with action "undone" that ``supersedes`` it."""

    __tablename__ = "dose_events"
    medication_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("medications.id", deferrable=True, initially="DEFERRED")
    )
    schedule_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("medication_schedules.id", deferrable=True, initially="DEFERRED")
    )
    scheduled_for: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(10))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    amount: Mapped[float | None] = mapped_column(Float)
    by_person: Mapped[str | None] = mapped_column(String(200))
    device_id: Mapped[str | None] = mapped_column(String(64))
    snooze_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    supersedes: Mapped[str | None] = mapped_column(String(36))
    override_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(in_list("action", DOSE_ACTIONS), name="action"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount"),
        CheckConstraint("action != 'snoozed' OR snooze_until IS NOT NULL", name="snooze_until"),
        Index("ix_dose_events_medication_time", "medication_id", "scheduled_for"),
        Index("ix_dose_events_profile_at", "profile_id", "at"),
        # Stock and refill forecasts read a medicine's doses by time taken.
        Index("ix_dose_events_medication_at", "medication_id", "at"),
        # Adherence and stock read years of live "taken" doses: covered by this index.
        Index("ix_dose_events_taken", "medication_id", "scheduled_for", "id",
              sqlite_where=text("action = 'taken' AND deleted = 0")),
        # Which events were undone: asked on every read of the log.
        Index("ix_dose_events_supersedes", "supersedes",
              sqlite_where=text("supersedes IS NOT NULL")),
    )
