"""``healthdesk sharing invite|accept|list|members|revoke``: a profile shared between
accounts (owner, caregiver, viewer; docs/sync.md). These talk to the sync server as the
account this device is signed in to (``healthdesk account login``)."""

from __future__ import annotations

import argparse
import sys

from healthdesk.domain.i18n import _
from healthdesk.services.sharing import INVITE_ROLES, SyncError

from .output import emit_json, iso_time, print_list, short_time
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

EXIT_FAIL = 1


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "sharing", _("share a profile with other accounts: invite, accept, "
                "list, members, revoke (needs healthdesk account login)"))
    p = noun.verb("invite", _server(cmd_invite), _("make a one-time invite code for another "
                  "account; prints the code"), 'healthdesk sharing invite --profile "Asha Rao" '
                  "--role caregiver --hours 48")
    add_profile_option(p)
    p.add_argument("--role", required=True, metavar="ROLE",
                   help=" or ".join(INVITE_ROLES) + " (caregiver may change the record, "
                        "viewer may only read it)")
    p.add_argument("--hours", type=int, default=72, metavar="N",
                   help=_("how long the code works, 1 to 720 (default 72)"))
    add_json(p, _("the invite"))
    p = noun.verb("accept", _server(cmd_accept), _("join a profile with an invite code; its "
                  "records arrive with the next sync"), "healthdesk sharing accept ABCD-EFGH-JKLM"
                  " && healthdesk sync")
    p.add_argument("code", metavar="CODE")
    add_json(p, _("the membership"))
    p = noun.verb("list", _server(cmd_list), _("the profiles this account may open, with its "
                  "role"), "healthdesk sharing list --json")
    add_json(p, _("the list"))
    p = noun.verb("members", _server(cmd_members), _("who may open a profile, and as what"),
                  'healthdesk sharing members --profile "Asha Rao"')
    add_profile_option(p)
    add_json(p, _("the list"))
    p = noun.verb("revoke", _server(cmd_revoke), _("remove a member (owner), or leave a profile "
                  "(name yourself); their devices drop it at their next sync"),
                  'healthdesk sharing revoke ravi --profile "Asha Rao"')
    p.add_argument("user", metavar="USER")
    add_profile_option(p)


def _server(func: Handler) -> Handler:
    """A server's refusal or absence is a failure (exit 1) in one sentence, as in sync."""
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except SyncError as exc:
            sys.stderr.write(f"healthdesk: {exc}\n")
            return EXIT_FAIL
    return run


def cmd_invite(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        inv = record.sharing.invite(person.id, args.role, args.hours)
    if args.json:
        emit_json({"code": inv.code, "profile_id": inv.profile_id, "role": inv.role,
                   "expires_at": iso_time(inv.expires_at, "UTC")})
    else:
        print(inv.code)
        sys.stderr.write(_("Give this code to the other account; it makes them {role} of {name} "
                           "until {expires_at}.\n").format(
                             role=inv.role, name=person.name,
                             expires_at=short_time(inv.expires_at, person.timezone)))
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        joined = record.sharing.accept(args.code)
    if args.json:
        emit_json({"profile_id": joined.profile_id, "role": joined.role})
    else:
        print(joined.profile_id)
        sys.stderr.write(_("Joined as {role}; run healthdesk sync to receive the record.\n").format(
                             role=joined.role))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        shared = record.sharing.profiles()
        names = {p.id: p.name for p in record.profiles.all()}
    return print_list(args.json,
                      [{"profile_id": s.profile_id, "name": names.get(s.profile_id),
                        "role": s.role, "owner": s.owner} for s in shared],
                      (_("profile"), _("role"), _("owner"), _("profile id")),
                      ((names.get(s.profile_id, "(not synced yet)"), s.role, s.owner,
                        s.profile_id) for s in shared),
                      _("This account has no profiles on the server yet."))


def cmd_members(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        members = record.sharing.members(person.id)
    return print_list(args.json,
                      [{"user": m.user, "role": m.role, "since": iso_time(m.since, "UTC")}
                       for m in members],
                      (_("user"), _("role"), _("since")),
                      ((m.user, m.role, short_time(m.since, person.timezone)) for m in members),
                      _("{name} has no members on the server yet.").format(name=person.name))


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        record.sharing.revoke(person.id, args.user)
    sys.stderr.write(_("{user} may no longer open {name}.\n").format(
                         user=args.user.strip(), name=person.name))
    return 0


HANDLERS: dict[str, Handler] = {"sharing": run_verb}
