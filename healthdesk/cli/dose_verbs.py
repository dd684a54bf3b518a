"""``healthdesk doses take|skip|snooze|undo``: what the Today page's buttons do.

A dose is named by its medicine and, when the day has several, its time (--time HH:MM,
in the zone the doses list shows it in). Without --time the dose that needs doing now is
meant: the earliest late, due or snoozed one, as a reminder would ask about.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.reminders import SNOOZE_CHOICES
from healthdesk.services.dose_day import DoseItem
from healthdesk.services.doses import DoseEventView, DoseWarning
from healthdesk.services.record import HealthRecord

from .commands_doses import local_zone_name, parse_day
from .commands_medicines import find_medicine
from .output import iso_time, print_added
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Noun, add_json, quiet_default

OPEN = ("late", "due", "snoozed")
_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def event_json(e: DoseEventView, zone: str | None) -> dict[str, Any]:
    return {"id": e.id, "profile_id": e.profile_id, "medication_id": e.medication_id,
            "medication": e.medication_name, "action": e.action,
            "scheduled_for": iso_time(e.scheduled_for, zone), "at": iso_time(e.at, zone),
            "amount": e.amount, "dose_unit": e.dose_unit, "by": e.by_person,
            "snooze_until": iso_time(e.snooze_until, zone), "note": e.note,
            "override_confirmed": e.override_confirmed, "supersedes": e.supersedes}


def register(noun: Noun) -> None:
    for verb, text in (("take", "record a dose as taken (an as-needed one: taken now)"),
                       ("skip", "record a scheduled dose as skipped"),
                       ("snooze", "remind again about a dose in 10, 30 or 60 minutes")):
        extra = {"take": " --time 08:00 --at 2026-03-10T08:20",
                 "skip": " --time 20:00", "snooze": " --minutes 30"}[verb]
        p = noun.verb(verb, {"take": cmd_take, "skip": cmd_skip, "snooze": cmd_snooze}[verb],
                      text + "; prints the event's id",
                      f'healthdesk doses {verb} Metformin --profile "Asha Rao"{extra}')
        p.add_argument("medicine", metavar="MEDICINE", help=_("its name (any case) or id"))
        add_profile_option(p)
        quiet_default(p, "profile")
        p.add_argument("--time", metavar="HH:MM", help=_("which of the day's doses (default: "
                       "the one late, due or snoozed now)"))
        p.add_argument("--date", metavar="YYYY-MM-DD", help=_("the day of that dose (default: "
                       "today)"))
        quiet_default(p, "date")
        if verb == "take":
            p.add_argument("--at", metavar="TIME", help=_("when it was taken (ISO 8601; "
                           "default: now)"))
            p.add_argument("--amount", metavar="N", help=_("how much (default: the dose)"))
            p.add_argument("--confirm", action="store_true",
                           help=_("record an as-needed dose even though it breaks its limits"))
        if verb == "snooze":
            p.add_argument("--minutes", type=int, choices=SNOOZE_CHOICES, default=10,
                           help=_("10, 30 or 60 (default 10)"))
        p.add_argument("--note", metavar="TEXT")
        add_json(p, _("the recorded event"))
        quiet_default(p, "json")
    p = noun.verb("undo", cmd_undo, _("take back a recorded dose event (by id); the log keeps "
                  "both"), "healthdesk doses undo 5be1...")
    p.add_argument("event", metavar="EVENT-ID")
    add_json(p, _("the undo event"))
    quiet_default(p, "json")


def _clock(text: str | None) -> str | None:
    if text is None:
        return None
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise ValidationError("time", _("Time (--time) must be a 24-hour time like 08:00."))
    return f"{int(match[1]):02d}:{match[2]}"


def _at(item: DoseItem) -> str:
    return item.scheduled_for.astimezone(ZoneInfo(item.zone)).strftime("%H:%M")


def _pick(record: HealthRecord, profile_id: str, med_id: str, title: str,
          day: dt.date | None, clock: str | None) -> DoseItem:
    """The scheduled dose meant: at --time, else the one that needs doing now."""
    doses = [d for d in record.dose_day.for_day(profile_id, day, local_zone_name()).doses
             if d.medication_id == med_id]
    when = "on " + day.isoformat() if day else "today"
    if not doses:
        raise ValidationError("time", _("{title} has no dose scheduled {when}.").format(
                                          title=title, when=when))
    listed = ", ".join(f"{_at(d)} ({d.state})" for d in doses)
    if clock is not None:
        for d in doses:
            if _at(d) == clock:
                return d
        raise ValidationError("time", _("{title} has no dose at {clock} {when}; its doses are "
                                        "at {listed}.").format(
                                          title=title, clock=clock, when=when, listed=listed))
    waiting = [d for d in doses if d.state in OPEN]
    if not waiting:
        raise ValidationError("time", _("No dose of {title} is due now; say which with --time "
                                        "(doses {when}: {listed}).").format(
                                          title=title, when=when, listed=listed))
    return waiting[0]


def _record(args: argparse.Namespace, action: str, **kw: Any) -> int:
    day = parse_day(getattr(args, "date", None))
    clock = _clock(args.time)
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        med = find_medicine(record, person.id, args.medicine, person.name)
        as_needed = med.schedule is not None and med.schedule.kind == "as_needed"
        if as_needed and action == "taken" and clock is None and day is None:
            due = None
        elif as_needed:
            raise ValidationError("time", _("{title} is taken as needed, so it has no scheduled "
                                            "doses (no --time or --date); record one taken now "
                                            "with healthdesk doses take.").format(title=med.title))
        else:
            due = _pick(record, person.id, med.id, med.title, day, clock).scheduled_for
        if action == "snoozed":
            kw["snooze_until"] = record.now() + dt.timedelta(minutes=args.minutes)
        try:
            event = record.doses.record(med.id, action, scheduled_for=due, note=args.note,
                                        **kw)
        except DoseWarning as exc:
            text = str(exc).replace("Confirm to record it anyway.", "").strip()
            raise ValidationError(exc.field, _("{text} Add --confirm to record it anyway.").format(
                                                 text=text)) from None
    return print_added(args.json, [event_json(event, person.timezone)])


def cmd_take(args: argparse.Namespace) -> int:
    return _record(args, "taken", at=args.at, amount=args.amount,
                   override_confirmed=args.confirm)


def cmd_skip(args: argparse.Namespace) -> int:
    return _record(args, "skipped")


def cmd_snooze(args: argparse.Namespace) -> int:
    return _record(args, "snoozed")


def cmd_undo(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        event = record.doses.undo(args.event.strip())
        zone = record.profiles.get(event.profile_id).timezone
    return print_added(args.json, [event_json(event, zone)])
