"""The clinic's day on the command line (docs/clinic.md, "Visits and the queue").

``visit checkin PATIENT``: into today's queue; ``visit queue``: the day's queue in order
with states and waits; ``visit state PATIENT STATE``: called in, done, left;
``visit record PATIENT``: the whole visit (vitals, notes, a prescription, the next
appointment) in one transaction. PATIENT is a name, a clinic number or an id.
"""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.domain.validation import parse_date
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.visits import NEXT_STATES, QueueView, state_word, vitals_from_form

from .output import emit_json, emit_text, iso_day, print_list, short_time
from .profiles_arg import find_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb


def entry_json(e: QueueView) -> dict[str, Any]:
    return {"id": e.id, "profile_id": e.profile_id, "name": e.name, "clinic_no": e.clinic_no,
            "day": iso_day(e.day), "checked_in_at": e.checked_in_at.isoformat(),
            "state": e.state, "state_at": e.state_at.isoformat(), "minutes": e.minutes,
            "reason": e.reason, "checked_in_by": e.checked_in_by, "seen_by": e.seen_by,
            "encounter_id": e.encounter_id}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: Common) -> None:
    noun = Noun(sub, common, "visit", _("the clinic's day: check in, the queue, a visit"))
    p = noun.verb("checkin", cmd_checkin, _("put a patient in today's queue"),
                  'healthdesk --staff "Ravi Desk" visit checkin HD-KMRT-00123 --reason cough')
    p.add_argument("patient")
    p.add_argument("--reason")
    add_json(p, _("the queue entry"))
    p = noun.verb("queue", cmd_queue, _("the day's queue in order, with states and waits"),
                  "healthdesk visit queue\nhealthdesk visit queue --date 2026-03-10 --json")
    p.add_argument("--date", metavar="DATE")
    add_json(p, _("the queue"))
    p = noun.verb("state", cmd_state, _("move a patient on in today's queue"),
                  'healthdesk visit state HD-KMRT-00123 with_doctor')
    p.add_argument("patient")
    p.add_argument("state", choices=sorted(NEXT_STATES))
    add_json(p, _("the queue entry"))
    p = noun.verb("record", cmd_record, _("the whole visit of a checked-in patient, saved "
                  "all or nothing"),
                  'healthdesk --staff "Dr Arjun Rao" visit record HD-KMRT-00123 --bp 128/82 '
                  '--notes "Sugar high" --prescribe Metformin --strength "500 mg" '
                  '--times 08:00,20:00 --next 2026-04-10T10:00')
    p.add_argument("patient")
    p.add_argument("--bp", metavar="SYS/DIA", help=_("blood pressure in mmHg, e.g. 128/82"))
    p.add_argument("--pulse", metavar="BPM")
    p.add_argument("--temperature", metavar="CELSIUS")
    p.add_argument("--weight", metavar="KG")
    p.add_argument("--spo2", metavar="PERCENT")
    p.add_argument("--notes")
    p.add_argument("--title", help=_("what the visit was (default: the check-in's reason)"))
    p.add_argument("--prescribe", metavar="MEDICINE")
    p.add_argument("--strength")
    p.add_argument("--times", metavar="HH:MM,...", help=_("the medicine's times of day"))
    p.add_argument("--next", metavar="DATETIME", help=_("the next appointment"))
    add_json(p, _("the visit"))


def _print_entry(args: argparse.Namespace, e: QueueView) -> int:
    if args.json:
        emit_json(entry_json(e))
    else:
        emit_text(_("{name}: {state}.").format(name=e.name, state=state_word(e.state)))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        pid = find_profile(record, args.patient).id
        return _print_entry(args, record.visits.check_in(pid, reason=args.reason))


def cmd_queue(args: argparse.Namespace) -> int:
    day = None if args.date is None else parse_date("date", args.date)
    with open_record(args) as record:
        rows = record.visits.queue(day)
    return print_list(args.json, [entry_json(e) for e in rows],
                      (_("#"), _("checked in"), _("clinic no"), _("name"), _("state"),
                       _("minutes"), _("reason")),
                      ((i + 1, short_time(e.checked_in_at, None), e.clinic_no, e.name,
                        state_word(e.state), e.minutes, e.reason)
                       for i, e in enumerate(rows)), _("No one in the queue."))


def cmd_state(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        pid = find_profile(record, args.patient).id
        entry = record.visits.open_entry(pid)
        return _print_entry(args, record.visits.set_state(entry.id, args.state))


def cmd_record(args: argparse.Namespace) -> int:
    vitals = vitals_from_form(args.bp, pulse=args.pulse, temperature=args.temperature,
                              weight=args.weight, spo2=args.spo2)
    prescriptions = []
    if args.prescribe:
        times = [t.strip() for t in (args.times or "").split(",") if t.strip()]
        prescriptions.append({"name": args.prescribe, "strength": args.strength,
                              "schedule": ScheduleInput(times_of_day=times) if times else None})
    nxt = None if args.next is None else {"start_at": args.next}
    with open_record(args) as record:
        pid = find_profile(record, args.patient).id
        entry = record.visits.open_entry(pid)
        visit = record.visits.record_visit(entry.id, notes=args.notes, title=args.title,
                                           vitals=vitals, prescriptions=prescriptions,
                                           next_appointment=nxt)
    if args.json:
        emit_json({"entry": entry_json(visit.entry), "encounter_id": visit.encounter_id,
                   "reading_ids": list(visit.reading_ids),
                   "medication_ids": list(visit.medication_ids),
                   "appointment_id": visit.appointment_id})
    else:
        emit_text(_("{name}'s visit is saved.").format(name=visit.entry.name))
    return 0


HANDLERS: dict[str, Handler] = {"visit": run_verb}
