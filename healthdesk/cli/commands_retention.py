"""``healthdesk retention show|set|apply``: how long each kind of a person's records is
kept, what a rule would remove, and applying the rules now (docs/privacy.md)."""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.retention import KINDS, describe_keep, parse_keep

from .output import emit_json
from .profiles_arg import resolve_profile
from .session import open_record
from .verbs import Common


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("retention", help=_(
        "how long chat notes, symptoms, finished appointments, readings and the audit trail "
        "are kept; what goes is erased for good on every device and the server"))
    actions = p.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=_("each kind's rule, and what it would remove now"))
    common(show)
    show.add_argument("--profile", metavar="NAME")
    show.add_argument("--json", action="store_true")
    put = actions.add_parser("set", help=_("keep a kind for a period (18m, 2y) or for ever "
                                           "(off); nothing is removed until applied"))
    common(put)
    put.add_argument("--profile", metavar="NAME")
    put.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    put.add_argument("keep", metavar="PERIOD", help=_('"18m", "2y" or "off"'))
    run = actions.add_parser("apply", help=_("erase now what every rule covers (the app "
                                             "does it on start and daily)"))
    common(run)
    run.add_argument("--json", action="store_true")


def cmd_retention(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        if args.retention_command == "apply":
            result = record.retention.apply()
            names = {p.id: p.name for p in record.profiles.all()}
            if args.json:
                emit_json({"at": result.at.isoformat(), "removed": [
                    {"profile": names.get(p, p), "kind": k, "rows": n}
                    for (p, k), n in sorted(result.removed.items())]})
                return 0
            for (pid, kind), n in sorted(result.removed.items()):
                print(_("{person}: {what}: {n} erased").format(
                    person=names.get(pid, pid), what=KINDS[kind].describe(), n=n))
            print(ngettext("{n} record erased.", "{n} records erased.",
                           result.total).format(n=result.total))
            return 0
        person = resolve_profile(record, args.profile)
        if args.retention_command == "set":
            rule = record.retention.set_rule(person.id, args.kind, parse_keep(args.keep))
            if rule.keep_months is None:
                print(_("{person}: {what} are kept for ever.").format(
                    person=person.name, what=rule.label))
                return 0
            preview = record.retention.preview(person.id, rule.kind, rule.keep_months)[0]
            print(_("{person}: {what} are kept for {period}; {n} older than {day} will be "
                    "erased when the rules are next applied (on start, daily, or "
                    "`healthdesk retention apply`).").format(
                        person=person.name, what=rule.label,
                        period=describe_keep(rule.keep_months), n=preview.count,
                        day=preview.before.date().isoformat()))
            return 0
        return _show(record, person, args.json)


def _show(record: Any, person: Any, as_json: bool) -> int:
    rules = record.retention.rules(person.id)
    previews = {p.kind: p for p in record.retention.preview(person.id)}
    if as_json:
        emit_json({"profile": person.name, "rules": [
            {"kind": r.kind, "keep_months": r.keep_months,
             "would_erase": previews[r.kind].count if r.kind in previews else 0}
            for r in rules]})
        return 0
    for r in rules:
        if r.keep_months is None:
            print(_("{what}: kept for ever").format(what=r.label))
            continue
        p = previews.get(r.kind)
        print(_("{what}: kept for {period} ({n} older than {day} to erase)").format(
            what=r.label, period=describe_keep(r.keep_months), n=p.count if p else 0,
            day=p.before.date().isoformat() if p else "-"))
    return 0


HANDLERS = {"retention": cmd_retention}
