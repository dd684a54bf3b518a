"""The person's control over the record: ``healthdesk erase --profile NAME [--yes]``
(docs/privacy.md)."""

from __future__ import annotations

import argparse
import sys

from healthdesk.domain.errors import ValidationError
from healthdesk.services.errors import NotFoundError
from healthdesk.services.sharing import SyncError

from .session import open_record
from .verbs import Common

EXIT_FAIL = 1


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser(
        "erase", help="erase a person for good: every row of theirs, on this device and "
        "(when signed in, as the owner) on the sync server and the other devices",
        description="Unlike `profiles delete` (which hides the person and can sync back or "
        "be restored), erase removes every row of the person from the file for good, zeroes "
        "the freed space and compacts the file. Backups written before still hold them.")
    common(p)
    p.add_argument("--profile", required=True, metavar="NAME-or-id",
                   help="the person (name, any case, or id); a deleted person can be erased")
    p.add_argument("--yes", action="store_true",
                   help="do not ask; without it the name is asked for again on a terminal")


def _confirm(name: str) -> None:
    if not (sys.stdin and sys.stdin.isatty()):
        raise ValidationError("yes", f"Erasing {name} cannot be undone; add --yes to erase "
                              "without being asked.")
    typed = input(f"Erasing {name} removes every record of theirs for good. Type the name "
                  "to go on: ")
    if typed.strip().casefold() != name.strip().casefold():
        raise ValidationError("profile", f"The name typed is not {name}; nothing was erased.")


def cmd_erase(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        text = args.profile.strip()
        try:
            preview = record.erase.preview(text)  # an id
        except NotFoundError:
            preview = record.erase.preview(record.erase.find(text))
        pid = preview.profile_id
        if not args.yes:
            _confirm(preview.name)
        try:
            report = record.erase.erase(pid)
        except SyncError as exc:
            sys.stderr.write(f"healthdesk: {exc} Nothing was erased.\n")
            return EXIT_FAIL
    print(f"Erased {preview.name}: {report.rows_removed} records removed for good.")
    if not report.compacted:
        sys.stderr.write(f"healthdesk: {report.note}\n")
        return EXIT_FAIL
    sys.stderr.write("Backups written before this still hold them (docs/privacy.md).\n")
    return 0


HANDLERS = {"erase": cmd_erase}
