"""The services' own validation, run on rows that arrive whole (a HealthDesk JSON import).

An imported row never passes through ``record()``/``add()``, so without this a file could
store what no person could type (a sleep reading of 90,000 hours). Each check below calls
the validators the service runs on the same field, so the limits live in one place.

Rows come in their stored form: dates as ISO text, times as UTC text, booleans as 0/1,
JSON columns as JSON text. Only tables a person edits have checks; rows the app itself
writes (audit trail, conflicts, caregiver alerts) are checked for shape only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.schedules import (
    MAX_DOSE,
    ScheduleInput,
    clean_schedule,
    positive_amount,
)
from healthdesk.domain.validation import (
    float_in_range,
    one_of,
    optional_text,
    parse_datetime_utc,
    parse_number,
    require_text,
)
from healthdesk.store.models.chat import ROLES, SESSION_KINDS
from healthdesk.store.models.documents import DOCUMENT_CATEGORIES
from healthdesk.store.vault import Store

from . import appointments, chat, documents, doses, goals, medications, readings, stock
from .clinical import AllergiesService, ConditionsService
from .contacts import ContactsService
from .encounters import EncountersService
from .immunizations import ImmunizationsService
from .profiles import ProfilesService
from .symptoms import SymptomsService

Row = Mapping[str, Any]


def _present(row: Row, names: tuple[str, ...]) -> dict[str, Any]:
    """The named columns that hold a value (a null optional column needs no check)."""
    return {n: row[n] for n in names if row.get(n) is not None}


def _json(row: Row, name: str) -> Any:
    value = row.get(name)
    return None if value is None else json.loads(value)


def _when(row: Row, name: str) -> dt.datetime:
    return parse_datetime_utc(name, row[name])


class RowChecks:
    """``check(table, row)`` raises the service's ValidationError for a value it refuses."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._profiles = ProfilesService(store)
        self._conditions = ConditionsService(store)
        self._allergies = AllergiesService(store)
        self._immunizations = ImmunizationsService(store)
        self._encounters = EncountersService(store)
        self._symptoms = SymptomsService(store)
        self._goals = goals.GoalsService(store)
        self._readings = readings.ReadingsService(store)
        self._checks: dict[str, Callable[[Row], None]] = {
            "profiles": self._profile,
            "measurements": self._measurement,
            "conditions": self._condition,
            "allergies": self._allergy,
            "immunizations": self._immunization,
            "encounters": self._encounter,
            "emergency_contacts": self._contact,
            "symptom_entries": self._symptom,
            "goals": self._goal,
            "goal_progress": self._goal_progress,
            "medications": self._medication,
            "medication_schedules": self._schedule,
            "dose_events": self._dose_event,
            "refills": self._refill,
            "appointments": self._appointment,
            "chat_sessions": self._chat_session,
            "chat_messages": self._chat_message,
            "documents": self._document,
        }

    def check(self, table: str, row: Row) -> None:
        check = self._checks.get(table)
        if check is not None:
            check(row)

    # -- people and their history --------------------------------------------------

    def _profile(self, row: Row) -> None:
        self._profiles._clean(_present(row, (
            "name", "date_of_birth", "sex", "blood_type", "height_cm", "language",
            "timezone", "color", "notes")))

    def _measurement(self, row: Row) -> None:
        spec = kinds.get_kind(row["kind"])
        given = dict(zip((c.name for c in spec.components), readings.COLUMNS, strict=False))
        values = {name: row.get(col) for name, col in given.items()}
        try:
            kinds.normalize(spec.key, values, row["unit"], row.get("context"))
        except ValidationError as exc:
            # Name the column the file holds ("value2"), not the component ("diastolic").
            raise ValidationError(given.get(exc.field, exc.field), exc.message) from None
        self._readings._check_not_future(_when(row, "taken_at"))
        optional_text("note", row.get("note"), readings.MAX_NOTE)

    def _condition(self, row: Row) -> None:
        clean = self._conditions._clean(_present(row, (
            "name", "icd10", "status", "onset", "resolved_on", "notes")))
        self._conditions._check_dates(clean.get("onset"), clean.get("resolved_on"))

    def _allergy(self, row: Row) -> None:
        self._allergies._clean(_present(row, (
            "substance", "category", "reaction", "severity", "noted_on", "notes")))

    def _immunization(self, row: Row) -> None:
        clean = self._immunizations._clean(_present(row, (
            "vaccine", "cvx", "snomed", "given_on", "dose_number", "lot", "site", "performer",
            "status", "next_due_on", "notes")))
        if "given_on" in clean:
            self._immunizations._check_due(clean["given_on"], clean.get("next_due_on"))

    def _encounter(self, row: Row) -> None:
        clean = self._encounters._clean(_present(row, (
            "title", "snomed", "setting", "start_at", "end_at", "place", "practitioner",
            "reason", "notes")))
        if "start_at" in clean:
            self._encounters._check_end(clean["start_at"], clean.get("end_at"))

    @staticmethod
    def _contact(row: Row) -> None:
        ContactsService._clean(_present(row, (
            "name", "relationship", "phone", "email", "priority", "notes")))

    def _symptom(self, row: Row) -> None:
        self._symptoms._clean(_present(row, (
            "symptom", "severity", "onset_at", "duration_minutes", "note")))

    def _goal(self, row: Row) -> None:
        spec = goals._kind(row.get("measurement_kind"))
        unit = row.get("unit")
        clean = self._goals._clean(_present(row, (
            "title", "direction", "status", "start_value", "target_value", "unit",
            "start_date", "due_date", "note")), spec, unit)
        goals._check_consistency(clean["direction"], clean.get("start_value"),
                                 clean.get("target_value"), clean["start_date"],
                                 clean.get("due_date"))

    @staticmethod
    def _goal_progress(row: Row) -> None:
        parse_number("value", row["value"])
        optional_text("note", row.get("note"), goals.MAX_NOTE)

    # -- medicines -------------------------------------------------------------------

    @staticmethod
    def _medication(row: Row) -> None:
        fields = _present(row, tuple(n for n in medications._FIELDS if n != "reminder_urgent"))
        medications.clean_fields(fields)
        start, end = row.get("start_date"), row.get("end_date")
        if start and end:
            medications._check_dates(dt.date.fromisoformat(start), dt.date.fromisoformat(end))

    def _schedule(self, row: Row) -> None:
        clean_schedule(ScheduleInput(
            kind=row["kind"], times_of_day=_json(row, "times_of_day") or (),
            weekdays=_json(row, "weekdays"), interval_days=row["interval_days"],
            start_date=row["start_date"], end_date=row.get("end_date"),
            dose_amount=row.get("dose_amount"),
            prn_min_interval_minutes=row.get("prn_min_interval_minutes"),
            prn_max_per_day=row.get("prn_max_per_day"), timezone=row["timezone"],
            tz_policy=row["tz_policy"],
        ), row["timezone"], None, self._store.clock())

    @staticmethod
    def _dose_event(row: Row) -> None:
        # The action is held to its table's list by a CHECK constraint; "missed" and
        # "undone" are written by the app, never typed, so RECORDABLE would refuse them.
        if row.get("amount") is not None:
            float_in_range("amount", row["amount"], 0, MAX_DOSE)
        optional_text("by_person", row.get("by_person"), 200)
        optional_text("note", row.get("note"), doses.MAX_NOTE)

    @staticmethod
    def _refill(row: Row) -> None:
        positive_amount("quantity", row["quantity"], "Refill quantity", stock.MAX_REFILL)

    # -- visits, chat, documents -----------------------------------------------------

    @staticmethod
    def _appointment(row: Row) -> None:
        for name, clean in appointments._CLEAN.items():
            value = _json(row, name) if name == "reminder_offsets" else row.get(name)
            if value is not None:
                clean(value)

    @staticmethod
    def _chat_session(row: Row) -> None:
        require_text("title", row["title"], chat.MAX_TITLE)
        one_of("kind", row["kind"], SESSION_KINDS)

    @staticmethod
    def _chat_message(row: Row) -> None:
        require_text("content", row["content"], chat.MAX_CONTENT)
        one_of("role", row["role"], ROLES)
        optional_text("author", row.get("author"), chat.MAX_AUTHOR)

    @staticmethod
    def _document(row: Row) -> None:
        require_text("title", row["title"], documents.MAX_TITLE)
        one_of("category", row["category"], DOCUMENT_CATEGORIES)
        documents.DocumentsService._check_size(row["size_bytes"])
