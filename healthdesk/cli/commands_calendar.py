"""``healthdesk appointments add|list|cancel|complete``: the calendar."""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.services.appointments import VISIT_TYPES, AppointmentView

from .output import iso_time, print_added, print_list, short_time
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb


def appointment_json(a: AppointmentView, zone: str | None) -> dict[str, Any]:
    return {"id": a.id, "profile_id": a.profile_id, "title": a.title,
            "start_at": iso_time(a.start_at, zone), "end_at": iso_time(a.end_at, zone),
            "duration_minutes": a.duration_minutes, "clinician": a.clinician,
            "place": a.place, "visit_type": a.visit_type, "status": a.status,
            "notes": a.notes, "visit_notes": a.visit_notes,
            "reminder_offsets": list(a.reminder_offsets)}


def _minutes_list(text: str | None) -> list[str] | None:
    """"1440,120" -> ["1440", "120"]; the service checks each; "" means no reminders."""
    if text is None:
        return None
    return text.replace(",", " ").split()


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "appointments", _("appointments: add, list, cancel, complete"))
    p = noun.verb("add", cmd_add, _("plan an appointment; prints the new id"),
                  'healthdesk appointments add "Diabetes review" --start-at 2026-04-02T10:30 '
                  '--clinician "Dr Mehta" --place "City Clinic" --duration-minutes 20')
    p.add_argument("title", metavar="TITLE")
    add_profile_option(p)
    p.add_argument("--start-at", required=True, metavar="TIME",
                   help=_("ISO 8601, like 2026-04-02T10:30 (no offset: the person's zone)"))
    p.add_argument("--duration-minutes", metavar="MIN", default="30", help=_("1 to 1440 "
                   "(default 30)"))
    p.add_argument("--clinician", metavar="NAME")
    p.add_argument("--place", metavar="TEXT")
    p.add_argument("--visit-type", metavar="TYPE", default="in_person",
                   help=", ".join(VISIT_TYPES) + " (default in_person)")
    p.add_argument("--notes", metavar="TEXT")
    p.add_argument("--reminder-offsets", metavar="MIN,...",
                   help=_("remind this many minutes before, at most 5 (default 1440,120; "
                        "'' for none)"))
    add_json(p, _("the new record"))
    p = noun.verb("list", cmd_list, _("a person's upcoming appointments (--past, --all)"),
                  "healthdesk appointments list --profile \"Asha Rao\"\n"
                  "healthdesk appointments list --past --json")
    add_profile_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--past", action="store_true", help=_("those that started before now, "
                                                           "newest first"))
    which.add_argument("--all", action="store_true", help=_("past and upcoming, any status"))
    add_json(p, _("the list"))
    p = noun.verb("cancel", cancel, _("cancel an appointment (kept in the history, no more "
                  "reminders)"), "healthdesk appointments cancel 3a7d...")
    p.add_argument("appointment", metavar="ID")
    add_json(p, _("the changed record"))
    p = noun.verb("complete", complete, _("mark an appointment done, with what was said"),
                  'healthdesk appointments complete 3a7d... --visit-notes "HbA1c 7.1; '
                  'same dose"')
    p.add_argument("appointment", metavar="ID")
    p.add_argument("--visit-notes", metavar="TEXT")
    add_json(p, _("the changed record"))


def cmd_add(args: argparse.Namespace) -> int:
    offsets = _minutes_list(args.reminder_offsets)
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        extra: dict[str, Any] = {} if offsets is None else {"reminder_offsets": offsets}
        view = record.appointments.add(
            person.id, args.title, args.start_at, duration_minutes=args.duration_minutes,
            clinician=args.clinician, place=args.place, visit_type=args.visit_type,
            notes=args.notes, **extra)
    return print_added(args.json, [appointment_json(view, person.timezone)])


def cmd_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        pid = person.id
        if args.all:
            rows = record.appointments.for_profile(pid)
        elif args.past:
            rows = record.appointments.past(pid)
        else:
            rows = record.appointments.upcoming(pid)
    zone = person.timezone
    what = "past" if args.past else "" if args.all else "upcoming"
    return print_list(args.json, [appointment_json(a, zone) for a in rows],
                      (_("start"), _("title"), _("clinician"), _("place"), _("status"), _("id")),
                      ((short_time(a.start_at, zone), a.title, a.clinician, a.place, a.status,
                        a.id) for a in rows),
                      _("No {value}appointments for {name}.").format(
                          value=what + ' ' if what else '', name=person.name))


def _set(args: argparse.Namespace, done: bool) -> int:
    with open_record(args) as record:
        aid = args.appointment.strip()
        view = (record.appointments.complete(aid, args.visit_notes) if done
                else record.appointments.cancel(aid))
        zone = record.profiles.get(view.profile_id).timezone
    doc = appointment_json(view, zone)
    if args.json:
        return print_added(True, [doc])
    print(_("{title} ({start_at}) is now {status}.").format(
              title=view.title, start_at=short_time(view.start_at, zone), status=view.status))
    return 0


def cancel(args: argparse.Namespace) -> int:
    return _set(args, False)


def complete(args: argparse.Namespace) -> int:
    return _set(args, True)


HANDLERS: dict[str, Handler] = {"appointments": run_verb}
