"""The person's control over the record: ``healthdesk erase --profile NAME [--yes]`` and
``healthdesk keys new-recovery-key|rotate`` (docs/privacy.md)."""

from __future__ import annotations

import argparse
import sys

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.errors import NotFoundError
from healthdesk.services.record import HealthRecord
from healthdesk.services.sharing import SyncError

from .secrets import ask_passphrase
from .session import data_dir, open_record
from .verbs import Common

EXIT_FAIL = 1


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser(
        "erase", help=_("erase a person for good: every row of theirs, on this device and "
        "(when signed in, as the owner) on the sync server and the other devices"),
        description=_("Unlike `profiles delete` (which hides the person and can sync back or "
        "be restored), erase removes every row of the person from the file for good, zeroes "
        "the freed space and compacts the file. Backups written before still hold them."))
    common(p)
    p.add_argument("--profile", required=True, metavar="NAME-or-id",
                   help=_("the person (name, any case, or id); a deleted person can be erased"))
    p.add_argument("--yes", action="store_true",
                   help=_("do not ask; without it the name is asked for again on a terminal"))
    keys = sub.add_parser("keys", help=_("a new recovery key, or a new data key (the file "
                          "re-encrypted); both need the passphrase"))
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = keys_sub.add_parser("new-recovery-key", help=_("print a new recovery key once; the "
                            "old one stops working"))
    common(p)
    p = keys_sub.add_parser("rotate", help=_("re-encrypt the database under a new random data "
                            "key (all or nothing); prints the new recovery key once"))
    common(p)


def _confirm(name: str) -> None:
    if not (sys.stdin and sys.stdin.isatty()):
        raise ValidationError("yes", _("Erasing {name} cannot be undone; add --yes to erase "
                                       "without being asked.").format(name=name))
    typed = input(f"Erasing {name} removes every record of theirs for good. Type the name "
                  "to go on: ")
    if typed.strip().casefold() != name.strip().casefold():
        raise ValidationError(
            "profile", _("The name typed is not {name}; nothing was erased.").format(
                                             name=name))


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
            sys.stderr.write(_("healthdesk: {exc} Nothing was erased.\n").format(exc=exc))
            return EXIT_FAIL
    print(_("Erased {name}: {rows_removed} records removed for good.").format(
              name=preview.name, rows_removed=report.rows_removed))
    if not report.compacted:
        sys.stderr.write(f"healthdesk: {report.note}\n")
        return EXIT_FAIL
    sys.stderr.write(_("Backups written before this still hold them (docs/privacy.md).\n"))
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    passphrase = ask_passphrase(args.passphrase_file, "Passphrase: ")
    with HealthRecord.open(data_dir(args), passphrase=passphrase) as record:
        if args.keys_command == "new-recovery-key":
            text = record.new_recovery_key(passphrase)
        else:
            def progress(_fraction: float, message: str) -> None:
                sys.stderr.write(message + "\n")

            text = record.rotate_data_key(passphrase, progress)
    print(text)
    sys.stderr.write(_("This is the new recovery key; write it down now, it is not shown "
                     "again. The old recovery key no longer opens the store.\n"))
    return 0


HANDLERS = {"erase": cmd_erase, "keys": cmd_keys}
