"""The clinic on the sync server (docs/clinic.md, "Organisations on the server").

``clinic publish|join|link-staff|role|remove|hold|my-pin|link-code|server-audit`` on a
clinic's computers, and ``link redeem|list|withdraw`` for a patient's own account. Each
talks to the sync server this store is signed in to (``healthdesk account login``); a
refusal or an unreachable server is exit 1 in one sentence, bad input exit 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.roles import STAFF_ROLES
from healthdesk.services.record import HealthRecord
from healthdesk.services.sync import SyncError

from .commands_sync import _password
from .output import emit_json, emit_text, iso_time, print_list
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

if TYPE_CHECKING:
    from healthdesk.services.clinic_server import ClinicServerService

EXIT_FAIL = 1


def _server(func: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except SyncError as exc:
            sys.stderr.write(f"healthdesk: {exc}\n")
            return EXIT_FAIL
    return run


def _service(record: HealthRecord) -> ClinicServerService:
    return record.clinic_server


def add_clinic_verbs(noun: Noun) -> None:
    """The server verbs of ``healthdesk clinic`` (commands_clinic.py makes the noun)."""
    noun.verb("publish", _server(cmd_publish), _("put this clinic on the sync server, with "
              "the administrator signed in as its first administrator there"),
              'healthdesk --staff "Dr Meera Iyer" clinic publish')
    p = noun.verb("join", _server(cmd_join), _("make this computer one of the clinic's "
                  "(accepting the place offered to its account): its organisation and staff "
                  "from the server"), "healthdesk clinic join")
    p.add_argument("--org", metavar="ID", help=_("the organisation, when the account is on "
                   "the staff of several"))
    p = noun.verb("link-staff", _server(cmd_link_staff), _("offer a member of staff a "
                  "place on the server's staff as their own account (admins only)"),
                  'healthdesk --staff "Dr Meera Iyer" clinic link-staff "Nurse Lata" '
                  "--account lata")
    p.add_argument("name")
    p.add_argument("--account", required=True, metavar="USER")
    p = noun.verb("role", _server(cmd_role), _("give a linked member another role, on every "
                  "computer of the clinic (admins only)"),
                  'healthdesk --staff "Dr Meera Iyer" clinic role "Nurse Lata" doctor')
    p.add_argument("name")
    p.add_argument("role", choices=STAFF_ROLES)
    p = noun.verb("remove", _server(cmd_remove), _("take a linked member off the staff: "
                  "their account loses the clinic's patients at once (admins only)"),
                  'healthdesk --staff "Dr Meera Iyer" clinic remove "Ravi Desk"')
    p.add_argument("name")
    noun.verb("hold", _server(cmd_hold), _("the clinic takes the patients this computer's "
              "account owns on the server (registered before the clinic was there)"),
              'healthdesk sync && healthdesk --staff "Dr Meera Iyer" clinic hold')
    p = noun.verb("my-pin", _server(cmd_my_pin), _("set your PIN on this computer, proving "
                  "who you are with your own server account's password"),
                  'healthdesk clinic my-pin "Nurse Lata" --password-file pw.txt '
                  "--new-pin-file pin.txt")
    p.add_argument("name")
    p.add_argument("--password-file", metavar="FILE")
    p.add_argument("--new-pin-file", metavar="FILE")
    p = noun.verb("link-code", _server(cmd_link_code), _("a one-time code the patient uses "
                  "to see their record with their own account, if they consent"),
                  'healthdesk --staff "Ravi Desk" clinic link-code --profile "Kamala Devi"')
    add_profile_option(p)
    p.add_argument("--hours", type=int, default=72, metavar="N",
                   help=_("how long the code works, 1 to 720 (default 72)"))
    add_json(p, _("the code"))
    p = noun.verb("server-audit", _server(cmd_server_audit), _("who changed the clinic's "
                  "staff, held patients and links on the server (admins only)"),
                  "healthdesk clinic server-audit --json")
    add_json(p, _("the events"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: Common) -> None:
    noun = Noun(sub, common, "link", _("your own account and a clinic's record of you: "
                "redeem a code with consent, list, withdraw"))
    p = noun.verb("redeem", _server(cmd_redeem), _("see the clinic's record of you with this "
                  "account (needs --consent)"), "healthdesk link redeem ABCD-EFGH-JKLM "
                  "--consent && healthdesk sync")
    p.add_argument("code")
    p.add_argument("--consent", action="store_true",
                   help=_("you agree that this account may read the clinic's record of you"))
    add_json(p, _("the link"))
    p = noun.verb("list", _server(cmd_links), _("the clinics whose record of you this "
                  "account sees"), "healthdesk link list")
    add_json(p, _("the links"))
    p = noun.verb("withdraw", _server(cmd_withdraw), _("withdraw your consent: this account "
                  "no longer sees that record (the clinic keeps its own)"),
                  'healthdesk link withdraw --profile "Kamala Devi"')
    add_profile_option(p)


def _staff_line(record: HealthRecord) -> None:
    org = record.clinic.organisation()
    n = sum(1 for s in record.clinic.staff() if s.active)
    emit_text(ngettext("{org}: {n} member of staff.", "{org}: {n} members of staff.", n)
              .format(org=org.name if org else "", n=n))


def cmd_publish(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        _service(record).publish()
        emit_text(_("The clinic is on the sync server; link each member of staff to their "
                    "account with healthdesk clinic link-staff NAME --account USER."))
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        _service(record).join(args.org)
        _staff_line(record)
    return 0


def cmd_link_staff(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        _service(record).link_staff(args.name, args.account)
        emit_text(_("{name} is offered a place on the clinic's staff as {user}; it counts "
                    "once a computer signed in as {user} joins (healthdesk clinic join).")
                  .format(name=args.name, user=args.account))
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        _service(record).set_role(args.name, args.role)
        emit_text(_("{name} is now {role} on every computer of the clinic.").format(
            name=args.name, role=args.role))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        _service(record).remove_staff(args.name)
        emit_text(_("{name} is off the clinic's staff.").format(name=args.name))
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        n = _service(record).hold_all()
    emit_text(ngettext("The clinic holds {n} patient of this computer.",
                       "The clinic holds {n} patients of this computer.", n).format(n=n))
    return 0


def cmd_my_pin(args: argparse.Namespace) -> int:
    from .commands_clinic import _new_pin

    password = _password(args.password_file)
    pin = _new_pin(args.new_pin_file)
    with open_record(args) as record:
        _service(record).set_own_pin(args.name, password, pin)
    emit_text(_("{name}'s PIN is set on this computer.").format(name=args.name))
    return 0


def cmd_link_code(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        code = _service(record).link_code(person.id, args.hours)
    if args.json:
        emit_json({"code": code.code, "profile_id": code.profile_id,
                   "expires_at": iso_time(code.expires_at, "UTC")})
        return 0
    print(code.code)
    sys.stderr.write(_("Give this code to {name}; with it and their consent their own "
                       "account sees this record (until {when}).\n").format(
                         name=person.name, when=iso_time(code.expires_at, "UTC")))
    return 0


def cmd_server_audit(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        events = _service(record).audit()
    docs = [{"at": iso_time(e.at, "UTC"), "actor": e.actor, "action": e.action,
             "subject": e.subject, "profile_id": e.profile_id} for e in events]
    return print_list(args.json, docs, (_("when"), _("who"), _("action"), _("about")),
                      ((d["at"], d["actor"], d["action"], d["subject"] or d["profile_id"] or "")
                       for d in docs), _("No events."))


def cmd_redeem(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        link = _service(record).redeem(args.code, args.consent)
    if args.json:
        emit_json({"org_id": link.org_id, "organisation": link.organisation,
                   "profile_id": link.profile_id})
        return 0
    emit_text(_("Linked to {org}'s record of you; it arrives with the next sync.").format(
        org=link.organisation))
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        links = _service(record).links()
    docs = [{"org_id": x.org_id, "organisation": x.organisation, "profile_id": x.profile_id,
             "since": iso_time(x.consented_at, "UTC")} for x in links]
    return print_list(args.json, docs, (_("clinic"), _("profile"), _("since")),
                      ((d["organisation"], d["profile_id"], d["since"]) for d in docs),
                      _("No links."))


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        _service(record).withdraw(person.id)
    emit_text(_("Consent withdrawn: this account no longer sees {name}'s clinic record; it "
                "leaves this device at the next sync.").format(name=person.name))
    return 0


HANDLERS: dict[str, Handler] = {"link": run_verb}
