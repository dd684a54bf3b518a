"""Retention: how long each kind of record is kept before it is removed for good.

A rule is a setting of one person's record ("chat notes older than 12 months go"), synced
like any row of theirs, so every device that holds the person and the sync server apply
the same rule to the same rows. What a rule removes is erased, not tombstoned: nothing of
the row stays, and no change is queued for it (each holder removes it by itself).

Only kinds whose removal leaves the rest of the record truthful are offered: dose
history is not (a missing dose event reads as a missed dose), nor are conditions,
allergies or medicines (still true however old).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .errors import ValidationError
from .i18n import N_, _, ngettext

# Namespace of the rule ids: one rule per (person, kind) on every device, so two devices
# that set the same rule write the same row and the fields merge instead of doubling.
_RULE_NAMESPACE = uuid.UUID("3f0f7c1e-5b8a-4f0e-9a39-6d1f2c5e8b71")

MAX_MONTHS = 1200  # 100 years: beyond that a rule removes nothing in a lifetime


@dataclass(frozen=True)
class RetentionKind:
    """One kind of record a rule may cover: its table, the time that ages it, and which
    rows count (``finished``: only rows whose ``status`` is one of these)."""

    kind: str
    table: str
    time_field: str
    label: str
    min_months: int
    finished: tuple[str, ...] = ()

    def describe(self) -> str:
        return _(self.label)


KINDS: dict[str, RetentionKind] = {k.kind: k for k in (
    RetentionKind("chat_messages", "chat_messages", "sent_at", N_("Chat notes"), 1),
    RetentionKind("symptom_entries", "symptom_entries", "onset_at",
                  N_("Symptom check-ins"), 1),
    RetentionKind("finished_appointments", "appointments", "start_at",
                  N_("Finished appointments"), 1,
                  finished=("completed", "cancelled", "missed")),
    RetentionKind("encounters", "encounters", "start_at", N_("Past visits"), 12),
    RetentionKind("measurements", "measurements", "taken_at", N_("Readings"), 12),
    # The audit trail answers "who changed this": a year is the least that is useful.
    RetentionKind("audit_events", "audit_events", "at", N_("Audit trail"), 12),
)}


def rule_id(profile_id: str, kind: str) -> str:
    """The id of the rule for ``kind`` in this person's record (the same on every device)."""
    return str(uuid.uuid5(_RULE_NAMESPACE, f"{profile_id}:{kind}"))


def check_kind(kind: str) -> RetentionKind:
    found = KINDS.get(kind.strip().lower().replace("-", "_").replace(" ", "_"))
    if found is None:
        raise ValidationError("kind", _("Kind must be one of: {kinds}.").format(
            kinds=", ".join(KINDS)))
    return found


def check_months(kind: RetentionKind, months: int) -> int:
    if not isinstance(months, int) or not kind.min_months <= months <= MAX_MONTHS:
        raise ValidationError("keep_months", _(
            "Keep for must be between {lo} and {hi} months for {what}.").format(
                lo=kind.min_months, hi=MAX_MONTHS, what=kind.describe()))
    return months


_PERIOD = re.compile(r"\s*(\d{1,4})\s*(m|mo|month|months|y|yr|year|years)\s*", re.I)


def parse_keep(text: str) -> int | None:
    """Months from "18m", "6 months", "2y", "3 years"; None for "off" / "never"."""
    value = text.strip().lower()
    if value in ("off", "never", "none", "keep", "forever"):
        return None
    match = _PERIOD.fullmatch(value)
    if match is None:
        raise ValidationError("keep", _(
            'Keep must be a number of months or years ("18m", "2y") or "off", not '
            '"{text}".').format(text=text.strip()))
    number = int(match.group(1))
    return number * 12 if match.group(2).startswith("y") else number


def cutoff(now: dt.datetime, months: int) -> dt.datetime:
    """Rows older than this go: ``months`` calendar months before ``now`` (UTC)."""
    return now.astimezone(dt.UTC) - relativedelta(months=months)


def describe_keep(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return ngettext("{n} year", "{n} years", years).format(n=years)
    return ngettext("{n} month", "{n} months", months).format(n=months)
