"""What an answer is made of while it is built (the understood question, the lines, the
figures, the cited rows), and the few ways its sentences write numbers, times and names
in the reader's language (domain/formats.py, gettext).

Figures keep English labels: they are the answer's metadata (JSON), not its text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from healthdesk.domain.formats import format_moment, format_number
from healthdesk.domain.i18n import N_, TranslatedLabels
from healthdesk.domain.red_flags import RedFlag

from .assistant_dates import Period
from .assistant_entities import MedName, Person

MAX_SOURCES = 100

#: Enum values of the record shown in an answer, in the reader's language.
ALLERGY_SEVERITY = TranslatedLabels({
    "mild": N_("mild"), "moderate": N_("moderate"), "severe": N_("severe"),
    "life_threatening": N_("life-threatening"), "unknown": N_("severity unknown")})
CONDITION_STATUS = TranslatedLabels({
    "active": N_("active"), "remission": N_("in remission"), "resolved": N_("resolved"),
    "inactive": N_("inactive")})
GOAL_STATUS = TranslatedLabels({
    "active": N_("active"), "achieved": N_("achieved"), "abandoned": N_("abandoned")})
#: What an answer was about, as the Insights page lists past answers.
INTENT_LABELS = TranslatedLabels({
    "reading_stats": N_("readings"), "out_of_range": N_("readings out of range"),
    "medicines": N_("medicines"), "last_dose": N_("last dose"),
    "dose_check": N_("doses of a day"), "missed_doses": N_("missed doses"),
    "adherence": N_("adherence"), "stock": N_("stock"),
    "next_appointment": N_("next appointment"), "allergies": N_("allergies"),
    "conditions": N_("conditions"), "symptoms": N_("symptoms"), "goals": N_("goals"),
    "changes_since_visit": N_("changes since the last visit"), "person": N_("about a person"),
    "red_flag": N_("warning signs"), "unknown": N_("not answered")})


@dataclass(frozen=True)
class Figure:
    label: str
    value: float
    unit: str

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "value": self.value, "unit": self.unit}


@dataclass
class Draft:
    """An answer being built: text lines, figures, the rows cited, any red flags."""

    intent: str
    lines: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)
    flags: list[RedFlag] = field(default_factory=list)
    answered: bool = True

    def cite(self, entity: str, row_id: str | None) -> None:
        if row_id and (entity, row_id) not in self.sources and len(self.sources) < MAX_SOURCES:
            self.sources.append((entity, row_id))


@dataclass(frozen=True)
class Ask:
    """What the question was understood to be about."""

    text: str  # normalised, typos corrected
    person: Person
    kind: str | None
    meds: list[MedName]
    period: Period | None
    now: dt.datetime
    clinician: str | None = None
    person_named: bool = False


def fmt(value: float, decimals: int) -> str:
    """A number in the reader's locale with fixed decimals ("1,234.5", "1,00,000")."""
    return format_number(value, decimals)


def num(value: float) -> str:
    """A count or an amount as entered (no trailing zeros), in the reader's locale."""
    return format_number(value)


def local(moment: dt.datetime, zone: str | None) -> str:
    """A moment in the person's zone: "2026-03-09 20:05" in English, "9 मार्च 2026, 20:05"."""
    return format_moment(moment.astimezone(ZoneInfo(zone or "UTC")))


def clock(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def lower_label(label: str) -> str:
    """A kind's label inside a sentence: English lower-cases it ("Blood pressure" ->
    "blood pressure"), but not its abbreviations ("HbA1c", "SpO2"); other scripts have
    no case."""
    if label[:2].isupper() or any(c.isdigit() for c in label.split()[0]):
        return label
    return label[:1].lower() + label[1:]


def default_period(ask: Ask, days: int) -> Period:
    if ask.period is not None:
        return ask.period
    zone = ZoneInfo(ask.person.timezone or "UTC")
    today = ask.now.astimezone(zone).date()
    start = dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time(), zone)
    return Period(start.astimezone(dt.UTC), ask.now + dt.timedelta(seconds=1), "last_n",
                  n=days, unit="days")


def state_word(state: str) -> str:
    from healthdesk.domain.dose_times import STATE_LABELS

    return STATE_LABELS.get(state, state)
