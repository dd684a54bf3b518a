"""``healthdesk doses``: the day's doses and their state, for people and for scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from healthdesk.domain.dose_times import STATE_LABELS
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import timezone_name
from healthdesk.services.dose_day import AsNeededItem, DayDoses, DoseItem
from healthdesk.services.record import HealthRecord

from .profiles_arg import find_profile
from .session import open_record
from .verbs import Common, Noun, quiet_default, run_verb

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_MESSAGE = "Date (--date) must be a calendar date written YYYY-MM-DD, like 2026-03-10."


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("doses", help=_("the day's doses and their state (taken, due, missed...)"
                       "; take, skip, snooze, undo"),
                       description=_("The day's doses and their state; with a verb, record "
                       "what happened to one."))
    common(p)
    _list_options(p)
    noun = Noun(None, common, "doses", "", default=cmd_doses, parser=p)
    v = noun.verb("list", cmd_doses, _("the day's doses and their state (the default verb)"),
                  "healthdesk doses list --profile \"Asha Rao\" --date 2026-03-10 --json")
    _list_options(v)
    quiet_default(v, "profile", "date", "json")
    from . import dose_verbs  # here: it builds on this module's helpers

    dose_verbs.register(noun)


def _list_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", metavar="NAME-or-id",
                   help=_("only this person (default: everyone)"))
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help=_("the day to show (default: today where each medicine is read)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


def parse_day(text: str | None) -> dt.date | None:
    """The --date value; ValidationError naming the option and the format."""
    if text is None:
        return None
    value = text.strip()
    if not _DATE.fullmatch(value):
        raise ValidationError("date", DATE_MESSAGE)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("date", DATE_MESSAGE) from None


def local_zone_name() -> str | None:
    """This computer's IANA zone ($TZ, else /etc/localtime), if zoneinfo knows it."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                return timezone_name("timezone", name)
            except ValidationError:
                continue
    return None


def _profiles(record: HealthRecord, name: str | None) -> list[tuple[str, str]]:
    if name is None:
        return [(p.id, p.name) for p in record.profiles.all()]
    found = find_profile(record, name)
    return [(found.id, found.name)]


def _local_iso(moment: dt.datetime | None, zone: str) -> str | None:
    return None if moment is None else moment.astimezone(ZoneInfo(zone)).isoformat()


def dose_json(item: DoseItem) -> dict[str, Any]:
    e = item.event
    return {
        "medication": item.title, "medication_id": item.medication_id,
        "dose": item.dose_text, "scheduled_for": _local_iso(item.scheduled_for, item.zone),
        "zone": item.zone, "state": item.state,
        "advice": None if item.advice is None else item.advice.message,
        "event": None if e is None else {
            "id": e.id, "action": e.action, "at": _local_iso(e.at, item.zone),
            "by": e.by_person, "amount": e.amount, "note": e.note,
            "snooze_until": _local_iso(e.snooze_until, item.zone)},
    }


def prn_json(item: AsNeededItem) -> dict[str, Any]:
    return {"medication": item.title, "medication_id": item.medication_id,
            "schedule": item.summary, "taken_last_24h": item.taken_today,
            "max_per_day": item.max_per_day,
            "last_taken": _local_iso(item.last_taken, item.zone),
            "next_allowed": _local_iso(item.next_allowed, item.zone)}


def _state_text(item: DoseItem) -> str:
    label = STATE_LABELS[item.state]
    e = item.event
    if e is not None and item.state in ("taken", "skipped"):
        label += f" at {e.at.astimezone(ZoneInfo(item.zone)):%H:%M}"
    if e is not None and item.state == "snoozed" and e.snooze_until is not None:
        label += f" until {e.snooze_until.astimezone(ZoneInfo(item.zone)):%H:%M}"
    return label


def render_text(days: list[DayDoses]) -> str:
    lines: list[str] = []
    for day in days:
        when = day.day.isoformat() if day.day else "today"
        lines.append(f"{day.profile_name} — {when}")
        if not day.doses and not day.as_needed:
            lines.append("  No doses scheduled.")
        width = max((len(d.title) for d in day.doses), default=0)
        for d in day.doses:
            at = d.scheduled_for.astimezone(ZoneInfo(d.zone))
            lines.append(f"  {at:%H:%M}  {d.title:<{width}}  {d.dose_text:<12}  "
                         f"{_state_text(d)}")
            if d.advice is not None and d.state in ("late", "missed"):
                lines.append(f"         {d.advice.message}")
        for p in day.as_needed:
            most = f" (at most {p.max_per_day})" if p.max_per_day else ""
            lines.append(f"  as needed  {p.title}: {p.taken_today} in the last 24 h{most}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def cmd_doses(args: argparse.Namespace) -> int:
    day = parse_day(args.date)  # before unlocking: a typo costs no passphrase prompt
    zone = local_zone_name()
    with open_record(args) as record:
        days = record.dose_day.for_days([pid for pid, _ in _profiles(record, args.profile)],
                                        day, zone)
    if args.json:
        doc = {"date": None if day is None else day.isoformat(),
               "generated_at": days[0].now.isoformat() if days else None,
               "profiles": [{"profile": d.profile_name, "profile_id": d.profile_id,
                             "doses": [dose_json(i) for i in d.doses],
                             "as_needed": [prn_json(i) for i in d.as_needed]}
                            for d in days]}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(days) if days else _("No profiles in this record yet.\n"))
    return 0


HANDLERS = {"doses": run_verb}
