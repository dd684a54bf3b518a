"""Symptom diary: what a person felt, how bad (1-10), where, when and for how long.

An entry "requires attention" when domain/red_flags.py says so (severity 8 or more,
lasting more than three days, or red-flag words such as "chest pain"); the reasons are
worked out every time an entry is read, so they always follow the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.red_flags import requires_attention
from healthdesk.domain.validation import (
    int_in_range,
    optional_text,
    parse_datetime_utc,
    require_text,
)
from healthdesk.store.models import SymptomEntry

from .base import ServiceBase
from .clinical import check_fields

MAX_SYMPTOM = 200
MAX_NOTE = 2000
MAX_BODY_AREA = 100
BODY_AREAS = ("head", "eyes", "ears, nose and throat", "chest", "heart", "breathing",
              "abdomen", "back", "arms", "legs", "joints", "skin", "whole body", "mind")
MAX_DURATION = 43_200  # 30 days, in minutes
# A device clock a few minutes behind another's must not make "now" look like the future.
CLOCK_SLACK = dt.timedelta(minutes=10)
FIELDS = frozenset({"symptom", "severity", "onset_at", "duration_minutes", "note",
                    "body_area"})


@dataclass(frozen=True)
class SymptomView:
    id: str
    profile_id: str
    symptom: str
    severity: int
    onset_at: dt.datetime
    duration_minutes: int | None
    note: str | None
    body_area: str | None = None
    attention: tuple[str, ...] = ()  # why it needs attention; empty: it does not

    @property
    def requires_attention(self) -> bool:
        return bool(self.attention)


@dataclass(frozen=True)
class SymptomSummary:
    """One symptom over a period: how often, how bad on average, and when last."""

    symptom: str
    count: int
    mean_severity: float
    max_severity: int
    last_at: dt.datetime


def to_view(e: SymptomEntry) -> SymptomView:
    words = " ".join(x for x in (e.symptom, e.note or "") if x)
    return SymptomView(id=e.id, profile_id=e.profile_id, symptom=e.symptom,
                       severity=e.severity, onset_at=e.onset_at,
                       duration_minutes=e.duration_minutes, note=e.note,
                       body_area=e.body_area,
                       attention=tuple(requires_attention(e.severity, e.duration_minutes,
                                                          words)))


def _duration(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return int_in_range("duration_minutes", value, 0, MAX_DURATION)
    except ValidationError:
        raise ValidationError(
            "duration_minutes",
            _("Duration must be a whole number of minutes between 0 and {max_duration} (30 "
              "days).").format(max_duration=MAX_DURATION)) from None


class SymptomsService(ServiceBase):
    """Log, correct and summarise symptoms."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, FIELDS, "symptom")
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "symptom":
                out[key] = require_text("symptom", value, MAX_SYMPTOM)
            elif key == "severity":
                out[key] = int_in_range("severity", value, 1, 10)
            elif key == "onset_at":
                out[key] = self._onset(value)
            elif key == "duration_minutes":
                out[key] = _duration(value)
            elif key == "body_area":
                out[key] = optional_text("body_area", value, MAX_BODY_AREA)
            else:
                out[key] = optional_text("note", value, MAX_NOTE)
        return out

    def _onset(self, value: Any) -> dt.datetime:
        when = parse_datetime_utc("onset_at", value)
        if when > self.now() + CLOCK_SLACK:
            raise ValidationError("onset_at", _("Onset time cannot be in the future."))
        return when

    def log(self, profile_id: str, symptom: str, severity: int | str,
            onset_at: dt.datetime | str | None = None, duration_minutes: int | str | None = None,
            note: str | None = None, body_area: str | None = None) -> SymptomView:
        """Record a symptom (onset defaults to now).

        Raises ValidationError naming the field and its range, NotFoundError (profile).
        """
        clean = self._clean({"symptom": symptom, "severity": severity,
                             "onset_at": self.now() if onset_at is None else onset_at,
                             "duration_minutes": duration_minutes, "note": note,
                             "body_area": body_area})
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            e = SymptomEntry(profile_id=profile_id, **clean)
            s.add(e)
            s.flush()
            return to_view(e)

    def update(self, entry_id: str, **fields: Any) -> SymptomView:
        """Change only the fields given; None clears duration or note.

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            e = self.get_live(s, SymptomEntry, entry_id, "symptom entry")
            for key, value in clean.items():
                setattr(e, key, value)
            s.flush()
            return to_view(e)

    def delete(self, entry_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, SymptomEntry, entry_id, "symptom entry").deleted = True

    def get(self, entry_id: str) -> SymptomView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return to_view(self.get_live(s, SymptomEntry, entry_id, "symptom entry"))

    def for_profile(self, profile_id: str, start: dt.datetime | None = None,
             end: dt.datetime | None = None, symptom: str | None = None) -> list[SymptomView]:
        """Entries with onset in [start, end), newest first; ``symptom`` matches any case."""
        q = select(SymptomEntry).where(SymptomEntry.profile_id == profile_id,
                                       SymptomEntry.deleted.is_(False))
        if start is not None:
            q = q.where(SymptomEntry.onset_at >= parse_datetime_utc("start", start))
        if end is not None:
            q = q.where(SymptomEntry.onset_at < parse_datetime_utc("end", end))
        q = q.order_by(SymptomEntry.onset_at.desc(), SymptomEntry.id.desc())
        with self._store.read() as s:
            views = [to_view(e) for e in s.scalars(q)]
        if symptom is not None and symptom.strip():
            wanted = symptom.strip().casefold()
            views = [v for v in views if v.symptom.casefold() == wanted]
        return views

    def needing_attention(self, profile_id: str, days: int = 7) -> list[SymptomView]:
        """Entries of the last ``days`` days that require attention, newest first (what
        Today and Insights flag). Raises ValidationError when days is not 1-3650."""
        days = int_in_range("days", days, 1, 3650)
        now = self.now()
        return [v for v in self.for_profile(profile_id, start=now - dt.timedelta(days=days),
                                            end=now + CLOCK_SLACK) if v.requires_attention]

    def summary(self, profile_id: str, days: int = 30) -> list[SymptomSummary]:
        """Per symptom over the last ``days`` days: count, mean and worst severity, last
        occurrence; most frequent first. Spellings differing only in case are one symptom,
        named as most recently written.

        Raises ValidationError when days is not between 1 and 3650.
        """
        days = int_in_range("days", days, 1, 3650)
        now = self.now()
        entries = self.for_profile(profile_id, start=now - dt.timedelta(days=days),
                            end=now + CLOCK_SLACK)
        groups: dict[str, list[SymptomView]] = {}
        for v in entries:  # newest first, so each group's first entry is the latest
            groups.setdefault(v.symptom.casefold(), []).append(v)
        out = [
            SymptomSummary(
                symptom=g[0].symptom, count=len(g),
                mean_severity=round(sum(v.severity for v in g) / len(g), 1),
                max_severity=max(v.severity for v in g), last_at=g[0].onset_at,
            )
            for g in groups.values()
        ]
        return sorted(out, key=lambda x: (-x.count, -x.last_at.timestamp(), x.symptom))
