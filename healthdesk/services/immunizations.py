"""Vaccinations: each dose given (or declined), and when the next one of a series is due."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    int_in_range,
    one_of,
    optional_text,
    parse_date,
    require_text,
)
from healthdesk.store.models import Immunization
from healthdesk.store.models.immunizations import IMMUNIZATION_STATUSES

from .base import ServiceBase
from .clinical import check_fields, latest_date, past_date
from .errors import NotFoundError

MAX_VACCINE = 200
MAX_LOT = 40
MAX_SITE = 100
MAX_PERFORMER = 200
MAX_NOTES = 5000
MAX_DOSE = 20
# CDC CVX codes are 1-3 digits (some systems pad them to 3 or more); SNOMED CT
# identifiers are 6-18 digits (SNOMED CT technical guide, 6.1 "SCTID").
_CVX = re.compile(r"\d{1,4}")
_SCTID = re.compile(r"\d{6,18}")

FIELDS = frozenset({"vaccine", "cvx", "snomed", "given_on", "dose_number", "lot", "site",
                    "performer", "status", "next_due_on", "notes"})


@dataclass(frozen=True)
class ImmunizationView:
    id: str
    profile_id: str
    vaccine: str
    cvx: str | None
    snomed: str | None
    given_on: dt.date
    dose_number: int | None
    lot: str | None
    site: str | None
    performer: str | None
    status: str
    next_due_on: dt.date | None
    notes: str | None

    def due(self, today: dt.date) -> bool:
        """The next dose of this series is due (or overdue) on ``today``."""
        return self.next_due_on is not None and self.next_due_on <= today


def immunization_view(i: Immunization) -> ImmunizationView:
    return ImmunizationView(
        id=i.id, profile_id=i.profile_id, vaccine=i.vaccine, cvx=i.cvx, snomed=i.snomed,
        given_on=i.given_on, dose_number=i.dose_number, lot=i.lot, site=i.site,
        performer=i.performer, status=i.status, next_due_on=i.next_due_on, notes=i.notes)


def _code(field: str, value: Any, pattern: re.Pattern[str], what: str) -> str | None:
    text = optional_text(field, value, 20)
    if text is not None and not pattern.fullmatch(text):
        raise ValidationError(field,
            _("{what} must be digits only ({pattern}), not {text!r}.").format(
                                         what=what, pattern=pattern.pattern, text=text))
    return text


class ImmunizationsService(ServiceBase):
    """Vaccine doses of one person, newest first."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, FIELDS, "immunization")
        now = self.now()
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "vaccine":
                out[key] = require_text("vaccine", value, MAX_VACCINE)
            elif key == "cvx":
                out[key] = _code("cvx", value, _CVX, "A CVX code")
            elif key == "snomed":
                out[key] = _code("snomed", value, _SCTID, "A SNOMED CT code")
            elif key == "given_on":
                day = past_date("given_on", value, now)
                if day is None:
                    raise ValidationError("given_on", _("Given on is required."))
                out[key] = day
            elif key == "next_due_on":
                blank = value is None or (isinstance(value, str) and not value.strip())
                out[key] = None if blank else parse_date("next_due_on", value)
            elif key == "dose_number":
                blank = value is None or (isinstance(value, str) and not value.strip())
                out[key] = None if blank else int_in_range("dose_number", value, 1, MAX_DOSE)
            elif key == "status":
                out[key] = one_of("status", value, IMMUNIZATION_STATUSES)
            elif key == "lot":
                out[key] = optional_text("lot", value, MAX_LOT)
            elif key == "site":
                out[key] = optional_text("site", value, MAX_SITE)
            elif key == "performer":
                out[key] = optional_text("performer", value, MAX_PERFORMER)
            else:
                out[key] = optional_text(key, value, MAX_NOTES)
        return out

    @staticmethod
    def _check_due(given_on: dt.date, next_due_on: dt.date | None) -> None:
        if next_due_on is not None and next_due_on < given_on:
            raise ValidationError(
                "next_due_on",
                _("Next due on must be on or after the day it was given ({given_on}).").format(
                    given_on=given_on.isoformat()))

    def add(self, profile_id: str, vaccine: str, given_on: dt.date | str, *,
            cvx: str | None = None, snomed: str | None = None,
            dose_number: int | str | None = None, lot: str | None = None,
            site: str | None = None, performer: str | None = None,
            status: str = "completed", next_due_on: dt.date | str | None = None,
            notes: str | None = None) -> ImmunizationView:
        """Record a dose. Raises ValidationError, NotFoundError (profile)."""
        clean = self._clean({"vaccine": vaccine, "given_on": given_on, "cvx": cvx,
                             "snomed": snomed, "dose_number": dose_number, "lot": lot,
                             "site": site, "performer": performer, "status": status,
                             "next_due_on": next_due_on, "notes": notes})
        self._check_due(clean["given_on"], clean["next_due_on"])
        with self._store.write() as s:
            self.check_profile(s, profile_id)
            row = Immunization(profile_id=profile_id, **clean)
            s.add(row)
            s.flush()
            return immunization_view(row)

    def update(self, immunization_id: str, **fields: Any) -> ImmunizationView:
        """Change only the fields given; None clears an optional field.

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            row = self.get_live(s, Immunization, immunization_id, "immunization")
            self._check_due(clean.get("given_on", row.given_on),
                            clean.get("next_due_on", row.next_due_on))
            for key, value in clean.items():
                setattr(row, key, value)
            s.flush()
            return immunization_view(row)

    def delete(self, immunization_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, Immunization, immunization_id, "immunization").deleted = True

    def restore(self, immunization_id: str) -> ImmunizationView:
        """Undo a delete. Raises NotFoundError."""
        with self._store.write() as s:
            row = s.get(Immunization, immunization_id)
            if row is None:
                raise NotFoundError("immunization", immunization_id)
            self.check_profile(s, row.profile_id)
            row.deleted = False
            s.flush()
            return immunization_view(row)

    def get(self, immunization_id: str) -> ImmunizationView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return immunization_view(self.get_live(s, Immunization, immunization_id,
                                                   "immunization"))

    def for_profile(self, profile_id: str) -> list[ImmunizationView]:
        """Newest dose first; by vaccine name within a day."""
        q = select(Immunization).where(Immunization.profile_id == profile_id,
                                       Immunization.deleted.is_(False))
        with self._store.read() as s:
            views = [immunization_view(i) for i in s.scalars(q)]
        return sorted(views, key=lambda v: (-v.given_on.toordinal(), v.vaccine.casefold(),
                                            v.id))

    def due(self, profile_id: str) -> list[ImmunizationView]:
        """Boosters due by today (anywhere on Earth): the latest dose of each vaccine
        whose next dose date has come, soonest first. A later dose of the same vaccine
        answers an earlier one's due date."""
        today = latest_date(self.now())
        latest: dict[str, ImmunizationView] = {}
        for v in self.for_profile(profile_id):
            if v.status != "completed":
                continue
            key = v.cvx or v.snomed or v.vaccine.casefold()
            latest.setdefault(key, v)
        due = [v for v in latest.values() if v.due(today)]
        return sorted(due, key=lambda v: (v.next_due_on or today, v.vaccine.casefold()))
