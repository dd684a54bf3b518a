"""Clinic mode on the command line (docs/clinic.md).

``clinic setup|show``: make this store a clinic's, with its first administrator;
``staff add|list|disable|enable|pin``; ``patients search|add|recent``: the register;
``audit``: who changed what, per person or member of staff, as a table, JSON or a file.

Acting as a member of staff: ``--staff NAME`` with the PIN from ``--pin-file FILE`` or
``$HEALTHDESK_STAFF_PIN`` (or the terminal), on any command (cli/session.py signs in).
A new member's PIN comes from ``--new-pin-file`` or ``$HEALTHDESK_NEW_PIN``, or is
typed twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.roles import STAFF_ROLES
from healthdesk.domain.validation import parse_date
from healthdesk.services.audit_export import event_doc, render
from healthdesk.services.clinic import StaffView
from healthdesk.services.register import PatientRow

from .commands_org import add_clinic_verbs
from .output import emit_json, emit_text, iso_day, print_list, short_time, table
from .profiles_arg import add_profile_option, find_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

ENV_NEW_PIN = "HEALTHDESK_NEW_PIN"


def _new_pin(path: str | None) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("new-pin-file", _("The PIN file {path} cannot be read "
                                                    "({err}).").format(path=path,
                                                                       err=exc.strerror)) from None
    env = os.environ.get(ENV_NEW_PIN)
    if env:
        return env
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("pin", _("No PIN given: use --new-pin-file or {env}, or run this "
                                       "in a terminal.").format(env=ENV_NEW_PIN))
    first = getpass.getpass("New member's PIN: ")
    if getpass.getpass("Again: ") != first:
        raise ValidationError("pin", _("The two PINs differ; nothing was changed."))
    return first


def staff_json(s: StaffView) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "role": s.role, "specialty": s.specialty,
            "registration_number": s.registration_number, "active": s.active}


def patient_json(p: PatientRow) -> dict[str, Any]:
    return {"profile_id": p.profile_id, "name": p.name, "clinic_no": p.clinic_no,
            "date_of_birth": iso_day(p.date_of_birth), "phone": p.phone, "sex": p.sex}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: Common) -> None:
    noun = Noun(sub, common, "clinic", _("make this store a clinic's, or show its details"))
    p = noun.verb("setup", cmd_setup, _("the clinic's name, address and registration, and "
                  "its first administrator (who then adds the staff)"),
                  'healthdesk clinic setup "Sunrise Clinic" --admin "Dr Meera Iyer" '
                  "--new-pin-file pin.txt")
    p.add_argument("name")
    p.add_argument("--address")
    p.add_argument("--registration", metavar="NUMBER")
    p.add_argument("--admin", metavar="NAME", help=_("the first administrator (first setup)"))
    p.add_argument("--new-pin-file", metavar="FILE")
    p = noun.verb("show", cmd_show, _("the clinic and its staff"), "healthdesk clinic show")
    add_json(p, _("the clinic"))
    add_clinic_verbs(noun)  # publish, join, link-staff ...: the clinic on the sync server

    staff = Noun(sub, common, "staff", _("the clinic's staff: add, list, disable, enable, pin"))
    p = staff.verb("add", cmd_staff_add, _("a member of staff (admins only)"),
                   'healthdesk --staff "Dr Meera Iyer" staff add "Nurse Lata" --role nurse')
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=STAFF_ROLES)
    p.add_argument("--specialty")
    p.add_argument("--registration-number", metavar="NUMBER")
    p.add_argument("--new-pin-file", metavar="FILE")
    add_json(p, _("the new member"))
    p = staff.verb("list", cmd_staff_list, _("everyone, disabled ones too"),
                   "healthdesk staff list --json")
    add_json(p, _("the list"))
    for verb, text in (("disable", _("a member may no longer sign in (admins only)")),
                       ("enable", _("a disabled member may sign in again (admins only)")),
                       ("pin", _("set a member's PIN (admins only)"))):
        p = staff.verb(verb, cmd_staff_set, text, f'healthdesk staff {verb} "Nurse Lata"')
        p.add_argument("name")
        if verb == "pin":
            p.add_argument("--new-pin-file", metavar="FILE")

    pat = Noun(sub, common, "patients", _("the clinic's patient register: search, add, recent"))
    p = pat.verb("search", cmd_patients_search, _("by name, clinic number, phone or date of "
                 "birth"), "healthdesk patients search asha\nhealthdesk patients search "
                 "1961-05-02")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    add_json(p, _("the patients found"))
    p = pat.verb("recent", cmd_patients_recent, _("the patients opened most recently"),
                 "healthdesk patients recent")
    add_json(p, _("the patients"))
    p = pat.verb("duplicates", cmd_patients_duplicates, _("patients who may be registered "
                 "twice (same name and date of birth) and clinic numbers two patients hold"),
                 "healthdesk patients duplicates")
    add_json(p, _("both lists"))
    p = pat.verb("add", cmd_patients_add, _("register a patient (warns of one with the same "
                 "name and date of birth)"),
                 'healthdesk patients add "Kamala Devi" --born 1961-05-02 --phone 9845012345')
    p.add_argument("name")
    p.add_argument("--born", metavar="DATE")
    p.add_argument("--sex", default="unknown")
    p.add_argument("--phone")
    p.add_argument("--clinic-no", metavar="NUMBER")
    p.add_argument("--allow-duplicate", action="store_true",
                   help=_("register even though someone has the same name and date of birth"))
    add_json(p, _("the new patient"))

    # --staff here filters the trail; the common --staff (who is acting) goes before
    # the command: healthdesk --staff ADMIN audit --staff "Nurse Lata".
    p = sub.add_parser("audit", help=_("who changed what, when, on which device"),
                       description=_("The audit trail, newest first."),
                       conflict_handler="resolve")
    common(p)
    add_profile_option(p)
    p.add_argument("--staff", dest="audit_staff", metavar="NAME",
                   help=_("only this member of staff's entries"))
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--format", choices=("csv", "json"), help=_("with -o: the file's format"))
    p.add_argument("-o", "--output", metavar="FILE", help=_("write the trail to FILE"))
    add_json(p, _("the trail"))


def cmd_setup(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        first = not record.clinic.is_clinic()
        if first and not args.admin:
            raise ValidationError("admin", _("Name the first administrator with --admin NAME."))
        org = record.clinic.set_organisation(args.name, args.address, args.registration)
        if first:
            record.clinic.add_staff(args.admin, "admin", _new_pin(args.new_pin_file))
    emit_text(_("{name} is set up as a clinic.").format(name=org.name))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        org = record.clinic.organisation()
        staff = record.clinic.staff()
    if org is None:
        raise ValidationError("clinic", _("This store is not a clinic's; set one up with "
                                          "healthdesk clinic setup NAME --admin NAME."))
    doc = {"name": org.name, "address": org.address, "registration": org.registration,
           "staff": [staff_json(s) for s in staff]}
    if args.json:
        emit_json(doc)
        return 0
    head = "\n".join(x for x in (org.name, org.address, org.registration) if x)
    emit_text(head + "\n\n" + table((_("name"), _("role"), _("specialty"), _("active")),
                                     ((s.name, s.role, s.specialty,
                                       _("yes") if s.active else _("no")) for s in staff),
                                     _("No staff yet.")))
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    pin = _new_pin(args.new_pin_file)
    with open_record(args) as record:
        member = record.clinic.add_staff(args.name, args.role, pin, specialty=args.specialty,
                                         registration_number=args.registration_number)
    if args.json:
        emit_json(staff_json(member))
    else:
        emit_text(member.id)
    return 0


def cmd_staff_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        staff = record.clinic.staff()
    return print_list(args.json, [staff_json(s) for s in staff],
                      (_("name"), _("role"), _("specialty"), _("registration"), _("active")),
                      ((s.name, s.role, s.specialty, s.registration_number,
                        _("yes") if s.active else _("no")) for s in staff), _("No staff yet."))


def cmd_staff_set(args: argparse.Namespace) -> int:
    pin = _new_pin(args.new_pin_file) if args.verb == "pin" else None
    with open_record(args) as record:
        if pin is not None:
            record.clinic.set_pin(args.name, pin)
            emit_text(_("{name}'s PIN is changed.").format(name=args.name))
            return 0
        member = record.clinic.set_active(args.name, args.verb == "enable")
    emit_text((_("{name} may sign in.") if member.active else _("{name} may no longer sign in."))
              .format(name=member.name))
    return 0


def _patients(args: argparse.Namespace, rows: list[PatientRow]) -> int:
    return print_list(args.json, [patient_json(p) for p in rows],
                      (_("clinic no"), _("name"), _("born"), _("phone"), _("id")),
                      ((p.clinic_no, p.name, iso_day(p.date_of_birth), p.phone, p.profile_id)
                       for p in rows), _("No patients found."))


def cmd_patients_search(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        record.patients.refresh()
        return _patients(args, record.patients.search(args.query, args.limit))


def cmd_patients_recent(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        return _patients(args, record.patients.recent())


def cmd_patients_duplicates(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        record.patients.refresh()
        twice, clashes = record.patients.likely_duplicates(), record.patients.clashes()
    if args.json:
        emit_json({"registered_twice": [[patient_json(p) for p in g] for g in twice],
                   "number_clashes": [[patient_json(p) for p in g] for g in clashes]})
        return 0
    groups = [(_("registered twice?"), g) for g in twice] + \
        [(_("number clash"), g) for g in clashes]
    rows = [(why, p.clinic_no, p.name, iso_day(p.date_of_birth), p.profile_id)
            for why, g in groups for p in g]
    emit_text(table((_("why"), _("clinic no"), _("name"), _("born"), _("id")), rows,
                    _("No patient is registered twice, and no number is held twice.")))
    return 0


def cmd_patients_add(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        row = record.patients.register(args.name, args.born, sex=args.sex, phone=args.phone,
                                       clinic_no=args.clinic_no,
                                       allow_duplicate=args.allow_duplicate)
    if args.json:
        emit_json(patient_json(row))
        return 0
    emit_text(f"{row.clinic_no}\t{row.profile_id}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    since = None if args.since is None else parse_date("since", args.since).isoformat()
    with open_record(args) as record:
        pid = None if args.profile is None else find_profile(record, args.profile).id
        actor = None
        if args.audit_staff is not None:
            actor = record.clinic.find_staff(args.audit_staff).name
        events = record.audit.events(pid, start=since, actor=actor, limit=args.limit)
        names = {p.id: p.name for p in record.profiles.all()}
    if args.output:
        fmt = args.format or ("json" if args.output.endswith(".json") else "csv")
        Path(args.output).write_text(render(events, names, fmt), encoding="utf-8")
        emit_text(_("{n} audit entries written to {path}.").format(n=len(events),
                                                                   path=args.output))
        return 0
    return print_list(args.json, [event_doc(e, names) for e in events],
                      (_("when"), _("who"), _("person"), _("action"), _("what"), _("fields")),
                      ((short_time(e.at, None), e.actor, names.get(e.profile_id, ""), e.action,
                        e.entity_label, " ".join(e.fields)) for e in events),
                      _("No audit entries."))


def cmd_demo_clinic(args: argparse.Namespace) -> int:
    """``healthdesk demo --clinic``: a new store made a clinic's (demo/clinic.py)."""
    from healthdesk.config import given_passphrase
    from healthdesk.demo import DEMO_PASSPHRASE
    from healthdesk.demo.clinic import build_clinic
    from healthdesk.services.record import HealthRecord

    from .session import data_dir

    where = data_dir(args)
    given = given_passphrase(args.passphrase_file)
    record, recovery = HealthRecord.create(where, given or DEMO_PASSPHRASE, actor="Demo")
    with record:
        def progress(fraction: float, message: str) -> None:
            sys.stderr.write(f"[{fraction * 100:5.1f}%] {message}\n")

        summary = build_clinic(record, patients=args.patients, seed=args.seed,
                               progress=progress)
    counts = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in summary.counts.items())
    emit_text(_("Created a clinic demo store in {where}: {counts}.").format(where=where,
                                                                          counts=counts))
    emit_text(_("Staff PINs: {pins}.").format(
        pins=", ".join(f"{name} ({role}) {pin}" for name, role, pin in summary.staff)))
    if given is None:
        emit_text(_("Its passphrase is '{p}'.").format(p=DEMO_PASSPHRASE))
    emit_text(_("Recovery key: {key}").format(key=recovery))
    return 0


HANDLERS: dict[str, Handler] = {"clinic": run_verb, "staff": run_verb, "patients": run_verb,
                                "audit": cmd_audit}
