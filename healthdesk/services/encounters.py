"""Past visits: the history of where a person was seen, by whom and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    one_of,
    optional_text,
    parse_datetime_utc,
    require_text,
)
from healthdesk.store.models import Encounter
from healthdesk.store.models.encounters import ENCOUNTER_SETTINGS

from .base import ServiceBase
from .clinical import check_fields
from .errors import NotFoundError

MAX_TITLE = 200
MAX_NAME = 200
MAX_REASON = 500
MAX_NOTES = 5000
# A visit is in the past; a few minutes of clock difference between systems is not.
FUTURE_SLACK = dt.timedelta(minutes=10)
FIELDS = frozenset({"title", "snomed", "setting", "start_at", "end_at", "place",
                    "practitioner", "reason", "notes"})


@dataclass(frozen=True)
class EncounterView:
    id: str
    profile_id: str
    title: str
    snomed: str | None
    setting: str
    start_at: dt.datetime
    end_at: dt.datetime | None
    place: str | None
    practitioner: str | None
    reason: str | None
    notes: str | None


def encounter_view(e: Encounter) -> EncounterView:
    return EncounterView(id=e.id, profile_id=e.profile_id, title=e.title, snomed=e.snomed,
                         setting=e.setting, start_at=e.start_at, end_at=e.end_at,
                         place=e.place, practitioner=e.practitioner, reason=e.reason,
                         notes=e.notes)


class EncountersService(ServiceBase):
    """Past visits of one person, newest first."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, FIELDS, "visit")
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "title":
                out[key] = require_text("title", value, MAX_TITLE)
            elif key == "setting":
                out[key] = one_of("setting", value, ENCOUNTER_SETTINGS)
            elif key in ("start_at", "end_at"):
                blank = value is None or (isinstance(value, str) and not value.strip())
                if blank and key == "start_at":
                    raise ValidationError("start_at", _("Start at is required."))
                when = None if blank else parse_datetime_utc(key, value)
                if when is not None and when > self.now() + FUTURE_SLACK:
                    raise ValidationError(key, _("A past visit cannot be in the future; plan "
                                               "one as an appointment instead."))
                out[key] = when
            elif key == "snomed":
                code = optional_text("snomed", value, 20)
                if code is not None and not code.isdigit():
                    raise ValidationError("snomed", _("A SNOMED CT code must be digits only."))
                out[key] = code
            elif key in ("place", "practitioner"):
                out[key] = optional_text(key, value, MAX_NAME)
            elif key == "reason":
                out[key] = optional_text(key, value, MAX_REASON)
            else:
                out[key] = optional_text(key, value, MAX_NOTES)
        return out

    @staticmethod
    def _check_end(start: dt.datetime, end: dt.datetime | None) -> None:
        if end is not None and end < start:
            raise ValidationError("end_at", _("End at must be at or after the start."))

    def add(self, profile_id: str, title: str, start_at: dt.datetime | str, *,
            end_at: dt.datetime | str | None = None, setting: str = "outpatient",
            snomed: str | None = None, place: str | None = None,
            practitioner: str | None = None, reason: str | None = None,
            notes: str | None = None) -> EncounterView:
        """Record a past visit. Raises ValidationError, NotFoundError (profile)."""
        clean = self._clean({"title": title, "start_at": start_at, "end_at": end_at,
                             "setting": setting, "snomed": snomed, "place": place,
                             "practitioner": practitioner, "reason": reason, "notes": notes})
        self._check_end(clean["start_at"], clean["end_at"])
        with self._store.write() as s:
            self.check_profile(s, profile_id)
            row = Encounter(profile_id=profile_id, **clean)
            s.add(row)
            s.flush()
            return encounter_view(row)

    def update(self, encounter_id: str, **fields: Any) -> EncounterView:
        """Change only the fields given. Raises ValidationError, NotFoundError, TypeError."""
        clean = self._clean(fields)
        with self._store.write() as s:
            row = self.get_live(s, Encounter, encounter_id, "visit")
            self._check_end(clean.get("start_at", row.start_at), clean.get("end_at", row.end_at))
            for key, value in clean.items():
                setattr(row, key, value)
            s.flush()
            return encounter_view(row)

    def delete(self, encounter_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, Encounter, encounter_id, "visit").deleted = True

    def get(self, encounter_id: str) -> EncounterView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return encounter_view(self.get_live(s, Encounter, encounter_id, "visit"))

    def for_profile(self, profile_id: str) -> list[EncounterView]:
        """Newest visit first."""
        q = (select(Encounter).where(Encounter.profile_id == profile_id,
                                     Encounter.deleted.is_(False))
             .order_by(Encounter.start_at.desc(), Encounter.id))
        with self._store.read() as s:
            return [encounter_view(e) for e in s.scalars(q)]


__all__ = ["EncounterView", "EncountersService", "NotFoundError"]
