"""``healthdesk ask "QUESTION"``: the offline assistant's answer, for people and scripts."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from healthdesk.domain.i18n import _, ngettext

from .output import emit_json, emit_text
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("ask", help=_("ask the assistant about a person's record (offline; "
                                   "the answer cites the rows it used)"),
                       description=_("Answer a question from the record, offline. The question "
                       "and the answer are saved in the person's Assistant conversation."))
    common(p)
    p.add_argument("question", metavar="QUESTION", help=_('e.g. "average BP last month"'))
    add_profile_option(p)
    p.add_argument("--json", action="store_true",
                   help=_("machine-readable: text, intent, figures with units, cited rows"))


def cmd_ask(args: argparse.Namespace) -> int:
    # The assistant brings rapidfuzz and its vocabularies: not for every command (or the gui).
    from healthdesk.services.assistant import Assistant

    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        ans = Assistant(record).ask(args.question, person.id)
    if args.json:
        emit_json(ans.as_dict())
    else:
        emit_text(ans.text)
        if ans.sources:
            cited = ", ".join(f"{e}/{i}" for e, i in ans.sources[:10])
            more = len(ans.sources) - 10
            emit_text(ngettext("Sources: {list} and {n} more", "Sources: {list} and {n} more",
                               more).format(list=cited, n=more) if more > 0
                      else _("Sources: {list}").format(list=cited))
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"ask": cmd_ask}
