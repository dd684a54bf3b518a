"""``healthdesk conflicts list|keep|restore``: the conflict inbox (docs/sync.md).

A value that lost to a concurrent edit on another device is kept here until someone
keeps what the record says now, or restores the losing value (a new edit that syncs).
"""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.services.conflicts import ConflictView

from .output import iso_time, print_added, print_list, short_time
from .profiles_arg import add_profile_option, find_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb


def conflict_json(c: ConflictView) -> dict[str, Any]:
    return {"id": c.id, "profile_id": c.profile_id, "entity": c.entity, "row_id": c.row_id,
            "field": c.field, "kind": c.kind, "losing_value": c.losing_value,
            "winning_value": c.winning_value, "losing_device": c.losing_device,
            "losing_at": iso_time(c.losing_at, "UTC"), "status": c.status,
            "resolved_at": iso_time(c.resolved_at, "UTC"), "resolved_by": c.resolved_by,
            "summary": c.summary}


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "conflicts", _("edits that lost to a concurrent edit on another "
                "device: list, keep, restore"))
    p = noun.verb("list", cmd_list, _("the open conflicts, newest first (everyone's, or one "
                  "person's with --profile)"), "healthdesk conflicts list --json")
    add_profile_option(p)
    add_json(p, _("the list"))
    for verb, text in (("keep", "keep what the record says now; the conflict closes on "
                                "every device"),
                       ("restore", "write the losing value back (a new edit that syncs and "
                                   "wins), then close the conflict")):
        p = noun.verb(verb, cmd_keep if verb == "keep" else cmd_restore, text,
                      f"healthdesk conflicts {verb} 9b1f...")
        p.add_argument("conflict", metavar="ID")
        add_json(p, _("the resolved conflict"))


def cmd_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        pid = None if args.profile is None else find_profile(record, args.profile).id
        rows = record.conflicts.list_open(pid)
        names = {p.id: p.name for p in record.profiles.all()}
    return print_list(args.json, [conflict_json(c) for c in rows],
                      (_("when"), _("person"), _("what happened"), _("id")),
                      ((short_time(c.losing_at, None), names.get(c.profile_id, ""), c.summary,
                        c.id) for c in rows),
                      _("No open conflicts."))


def _resolve(args: argparse.Namespace, restore: bool) -> int:
    with open_record(args) as record:
        ident = args.conflict.strip()
        view = record.conflicts.restore(ident) if restore else record.conflicts.keep(ident)
    if args.json:
        return print_added(True, [conflict_json(view)])
    print(_("Conflict {id} closed ({status}).").format(id=view.id, status=view.status))
    return 0


def cmd_keep(args: argparse.Namespace) -> int:
    return _resolve(args, False)


def cmd_restore(args: argparse.Namespace) -> int:
    return _resolve(args, True)


HANDLERS: dict[str, Handler] = {"conflicts": run_verb}
