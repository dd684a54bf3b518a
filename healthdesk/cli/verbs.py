"""``healthdesk NOUN VERB``: the shape of the record commands (as in git and gh).

Every noun and verb parser takes the common options (--data-dir, --passphrase-file)
through the ``common`` function main() hands down, which also keeps a value given higher
up on the line (``healthdesk --data-dir D profiles list``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from healthdesk.domain.i18n import _

Handler = Callable[[argparse.Namespace], int]
Common = Callable[[argparse.ArgumentParser], None]


def quiet_default(p: argparse.ArgumentParser, *dests: str) -> None:
    """Options a noun and its verbs both take: the verb keeps the noun's value.

    The actions' own defaults are changed (set_defaults would store SUPPRESS as a value).
    """
    for action in p._actions:
        if action.dest in dests:
            action.default = argparse.SUPPRESS


class Noun:
    """One noun (``profiles``) and its verbs; each verb names its handler, which
    ``run_verb`` calls."""

    def __init__(self, sub: argparse._SubParsersAction | None, common: Common, name: str,
                 help: str, default: Handler | None = None,
                 parser: argparse.ArgumentParser | None = None) -> None:
        self.name, self.common = name, common
        if parser is None:
            assert sub is not None
            parser = sub.add_parser(name, help=help, description=help)
            common(parser)
        if default is not None:
            parser.set_defaults(verb_handler=default)
        self.parser = parser
        self._verbs = parser.add_subparsers(dest="verb", metavar="VERB",
                                            required=default is None)

    def verb(self, name: str, handler: Handler, help: str,
             examples: str) -> argparse.ArgumentParser:
        """Add a verb; ``examples`` (one command a line) become its --help epilog."""
        epilog = "example" + ("s" if examples.count("\n") else "") + ":\n" + "\n".join(
            f"  {line}" for line in examples.strip().splitlines())
        p = self._verbs.add_parser(name, help=help, description=help, epilog=epilog,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
        self.common(p)
        p.set_defaults(verb_handler=handler)
        return p


def run_verb(args: argparse.Namespace) -> int:
    """What main() calls for a noun: the handler its verb set (argparse requires a verb
    when the noun has no default one)."""
    handler: Handler = args.verb_handler
    return handler(args)


def add_json(p: argparse.ArgumentParser, what: str = "the result") -> None:
    p.add_argument("--json", action="store_true",
                   help=_("print {what} as JSON (keys: see docs/cli.md)").format(what=what))
