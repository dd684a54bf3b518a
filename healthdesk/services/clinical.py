"""The clinical record: conditions (diagnoses) and allergies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    field_label,
    icd10,
    one_of,
    optional_text,
    parse_date,
    require_text,
)
from healthdesk.store.models import Allergy, Condition
from healthdesk.store.models.clinical import (
    ALLERGY_CATEGORIES,
    ALLERGY_SEVERITIES,
    CONDITION_STATUSES,
)

from .base import ServiceBase
from .errors import NotFoundError

MAX_NAME = 200
MAX_REACTION = 500
MAX_NOTES = 5000
# Conditions that still need attention come first; resolved ones last.
STATUS_ORDER = {"active": 0, "remission": 1, "inactive": 2, "resolved": 3}
# The most dangerous allergies come first; an unknown severity goes last.
SEVERITY_ORDER = {"life_threatening": 0, "severe": 1, "moderate": 2, "mild": 3, "unknown": 4}


def latest_date(now: dt.datetime) -> dt.date:
    """The latest calendar date anywhere on Earth (UTC+14): "today" whatever the zone."""
    return (now + dt.timedelta(hours=14)).date()


def past_date(field: str, value: Any, now: dt.datetime) -> dt.date | None:
    """An optional date that cannot be in the future; None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = parse_date(field, value)
    if day > latest_date(now):
        raise ValidationError(field, _("{field_label} cannot be in the future.").format(
                                         field_label=field_label(field)))
    return day


def check_fields(fields: Mapping[str, Any], allowed: frozenset[str], what: str) -> None:
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise TypeError(f"unknown {what} field(s): {', '.join(unknown)}")


@dataclass(frozen=True)
class ConditionView:
    id: str
    profile_id: str
    name: str
    icd10: str | None
    status: str
    onset: dt.date | None
    resolved_on: dt.date | None
    notes: str | None


@dataclass(frozen=True)
class AllergyView:
    id: str
    profile_id: str
    substance: str
    category: str
    reaction: str | None
    severity: str
    noted_on: dt.date | None
    notes: str | None


def condition_view(c: Condition) -> ConditionView:
    return ConditionView(id=c.id, profile_id=c.profile_id, name=c.name, icd10=c.icd10,
                         status=c.status, onset=c.onset, resolved_on=c.resolved_on,
                         notes=c.notes)


def allergy_view(a: Allergy) -> AllergyView:
    return AllergyView(id=a.id, profile_id=a.profile_id, substance=a.substance,
                       category=a.category, reaction=a.reaction, severity=a.severity,
                       noted_on=a.noted_on, notes=a.notes)


CONDITION_FIELDS = frozenset({"name", "icd10", "status", "onset", "resolved_on", "notes"})
ALLERGY_FIELDS = frozenset({"substance", "category", "reaction", "severity", "noted_on",
                            "notes"})


class ConditionsService(ServiceBase):
    """Diagnoses and long-term conditions, with optional ICD-10 codes."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, CONDITION_FIELDS, "condition")
        now = self.now()
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                out[key] = require_text("name", value, MAX_NAME)
            elif key == "icd10":
                out[key] = icd10("icd10", value)
            elif key == "status":
                out[key] = one_of("status", value, CONDITION_STATUSES)
            elif key in ("onset", "resolved_on"):
                out[key] = past_date(key, value, now)
            else:
                out[key] = optional_text(key, value, MAX_NOTES)
        return out

    @staticmethod
    def _check_dates(onset: dt.date | None, resolved_on: dt.date | None) -> None:
        if onset is not None and resolved_on is not None and resolved_on < onset:
            raise ValidationError(
                "resolved_on",
                _("Resolved on must be on or after the onset date ({onset}).").format(
                    onset=onset.isoformat()))

    def add(self, profile_id: str, name: str, icd10: str | None = None,
            status: str = "active", onset: dt.date | str | None = None,
            resolved_on: dt.date | str | None = None,
            notes: str | None = None) -> ConditionView:
        """Record a condition. Raises ValidationError, NotFoundError (profile)."""
        clean = self._clean({"name": name, "icd10": icd10, "status": status, "onset": onset,
                             "resolved_on": resolved_on, "notes": notes})
        self._check_dates(clean["onset"], clean["resolved_on"])
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            c = Condition(profile_id=profile_id, **clean)
            s.add(c)
            s.flush()
            return condition_view(c)

    def update(self, condition_id: str, **fields: Any) -> ConditionView:
        """Change only the fields given; None clears an optional field.

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            c = self.get_live(s, Condition, condition_id, "condition")
            self._check_dates(clean.get("onset", c.onset), clean.get("resolved_on", c.resolved_on))
            for key, value in clean.items():
                setattr(c, key, value)
            s.flush()
            return condition_view(c)

    def delete(self, condition_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, Condition, condition_id, "condition").deleted = True

    def restore(self, condition_id: str) -> ConditionView:
        """Undo a delete. Raises NotFoundError."""
        with self._store.write() as s:
            c = s.get(Condition, condition_id)
            if c is None:
                raise NotFoundError("condition", condition_id)
            self.require_profile(s, c.profile_id)
            c.deleted = False
            s.flush()
            return condition_view(c)

    def get(self, condition_id: str) -> ConditionView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return condition_view(self.get_live(s, Condition, condition_id, "condition"))

    def for_profile(self, profile_id: str, include_resolved: bool = True) -> list[ConditionView]:
        """Active conditions first, then remission, inactive, resolved; by name within."""
        q = select(Condition).where(Condition.profile_id == profile_id,
                                    Condition.deleted.is_(False))
        if not include_resolved:
            q = q.where(Condition.status != "resolved")
        with self._store.read() as s:
            views = [condition_view(c) for c in s.scalars(q)]
        return sorted(views, key=lambda v: (STATUS_ORDER.get(v.status, 9), v.name.casefold(),
                                            v.id))


class AllergiesService(ServiceBase):
    """Allergies and intolerances, listed most dangerous first."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, ALLERGY_FIELDS, "allergy")
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "substance":
                out[key] = require_text("substance", value, MAX_NAME)
            elif key == "category":
                out[key] = one_of("category", value, ALLERGY_CATEGORIES)
            elif key == "severity":
                out[key] = one_of("severity", value, ALLERGY_SEVERITIES)
            elif key == "reaction":
                out[key] = optional_text("reaction", value, MAX_REACTION)
            elif key == "noted_on":
                out[key] = past_date("noted_on", value, self.now())
            else:
                out[key] = optional_text(key, value, MAX_NOTES)
        return out

    @staticmethod
    def _check_unique(s: Session, profile_id: str, substance: str,
                      except_id: str | None = None) -> None:
        """One entry per substance, so a warning is never split across two rows."""
        wanted = substance.casefold()
        rows = s.execute(select(Allergy.id, Allergy.substance).where(
            Allergy.profile_id == profile_id, Allergy.deleted.is_(False)))
        for aid, other in rows:
            if aid != except_id and other.strip().casefold() == wanted:
                raise ValidationError(
                    "substance", _("Substance {other} is already recorded as an allergy for "
                                   "this person; edit that entry instead.").format(other=other))

    def add(self, profile_id: str, substance: str, category: str = "other",
            reaction: str | None = None, severity: str = "unknown",
            noted_on: dt.date | str | None = None, notes: str | None = None) -> AllergyView:
        """Record an allergy.

        Raises ValidationError (also when the substance is already recorded) and
        NotFoundError (profile).
        """
        clean = self._clean({"substance": substance, "category": category,
                             "reaction": reaction, "severity": severity,
                             "noted_on": noted_on, "notes": notes})
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            self._check_unique(s, profile_id, clean["substance"])
            a = Allergy(profile_id=profile_id, **clean)
            s.add(a)
            s.flush()
            return allergy_view(a)

    def update(self, allergy_id: str, **fields: Any) -> AllergyView:
        """Change only the fields given; None clears an optional field.

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            a = self.get_live(s, Allergy, allergy_id, "allergy")
            if "substance" in clean:
                self._check_unique(s, a.profile_id, clean["substance"], except_id=a.id)
            for key, value in clean.items():
                setattr(a, key, value)
            s.flush()
            return allergy_view(a)

    def delete(self, allergy_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, Allergy, allergy_id, "allergy").deleted = True

    def restore(self, allergy_id: str) -> AllergyView:
        """Undo a delete. Raises NotFoundError, or ValidationError when the substance
        was recorded again in the meantime."""
        with self._store.write() as s:
            a = s.get(Allergy, allergy_id)
            if a is None:
                raise NotFoundError("allergy", allergy_id)
            self.require_profile(s, a.profile_id)
            if a.deleted:
                self._check_unique(s, a.profile_id, a.substance, except_id=a.id)
            a.deleted = False
            s.flush()
            return allergy_view(a)

    def get(self, allergy_id: str) -> AllergyView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return allergy_view(self.get_live(s, Allergy, allergy_id, "allergy"))

    def for_profile(self, profile_id: str) -> list[AllergyView]:
        """Life-threatening first, then severe, moderate, mild, unknown; by substance."""
        q = select(Allergy).where(Allergy.profile_id == profile_id, Allergy.deleted.is_(False))
        with self._store.read() as s:
            views = [allergy_view(a) for a in s.scalars(q)]
        return sorted(views, key=lambda v: (SEVERITY_ORDER.get(v.severity, 9),
                                            v.substance.casefold(), v.id))
