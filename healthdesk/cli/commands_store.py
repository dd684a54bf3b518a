"""Commands about the store itself: init, demo, check, passphrase, backup, restore."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from healthdesk.config import ENV_PASSPHRASE
from healthdesk.demo import DEMO_PASSPHRASE
from healthdesk.domain.i18n import _
from healthdesk.interop.transfer import Transfer
from healthdesk.services.errors import CorruptStoreError
from healthdesk.services.record import HealthRecord

from .secrets import ask_new_passphrase, ask_passphrase, given_passphrase
from .session import data_dir, open_record

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("init", help=_("create a new encrypted store and print its recovery key"))
    common(p)
    p.add_argument("--remember", action="store_true",
                   help=_("keep the key in this device's keyring (no passphrase next time)"))
    p = sub.add_parser("demo", help=_("create a store filled with realistic demo data"))
    common(p)
    p.add_argument("--profiles", type=int, default=5, metavar="N")
    p.add_argument("--years", type=float, default=10, metavar="Y")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--clinic", action="store_true",
                   help=_("a clinic's store: staff, a patient register and a year of visits"))
    p.add_argument("--patients", type=int, default=10_000, metavar="N",
                   help=_("with --clinic: how many patients"))
    p = sub.add_parser("check", help=_("open the store, check its integrity, print a summary"))
    common(p)
    p.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    p = sub.add_parser("passphrase", help=_("change the passphrase (the file is not re-encrypted)"))
    common(p)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = sub.add_parser("recover", help=_("set a new passphrase with the recovery key"))
    common(p)
    p.add_argument("--recovery-key", metavar="KEY",
                   help=_("the recovery key (else $HEALTHDESK_RECOVERY_KEY, else asked)"))
    p = sub.add_parser("backup", help=_("write an encrypted, self-contained backup"))
    common(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("-o", "--output", metavar="FILE",
                      help=_("the backup file (-: stdout); a FIFO or device is written "
                           "straight to, a symlink's target file is replaced"))
    what.add_argument("--verify", metavar="FILE",
                      help=_("check that FILE is a complete, undamaged backup and say what it "
                           "holds (no passphrase needed); exit 2 when it is not"))
    p.add_argument("--force", action="store_true", help=_("overwrite FILE if it exists"))
    p = sub.add_parser("restore", help=_("restore a backup into the data dir"))
    common(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help=_("replace an existing store (its files are kept aside, not deleted)"))


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")


def cmd_init(args: argparse.Namespace) -> int:
    where = data_dir(args)
    passphrase = ask_new_passphrase(args.passphrase_file)
    record, recovery = HealthRecord.create(where, passphrase)
    with record:
        if args.remember:
            record.remember_on_device(True)
        print(_("Created an encrypted HealthDesk store in {where}.").format(where=where))
        print()
        print(_("Your recovery key (shown this once; write it down and keep it safe):"))
        print()
        print(f"    {recovery}")
        print()
        print(_("If you forget the passphrase, 'healthdesk recover' sets a new one with this key."))
        print(_("Without the passphrase and this key, nobody can read the record; not even us."))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from healthdesk.demo import fill_record

    if args.clinic:
        from .commands_clinic import cmd_demo_clinic
        return cmd_demo_clinic(args)
    where = data_dir(args)
    given = given_passphrase(args.passphrase_file)
    passphrase = given if given is not None else DEMO_PASSPHRASE
    record, recovery = HealthRecord.create(where, passphrase, actor="Demo")
    with record:
        def progress(fraction: float, message: str) -> None:
            _say(f"[{fraction * 100:5.1f}%] {message}")

        summary = fill_record(record, profiles=args.profiles, years=args.years,
                              seed=args.seed, progress=progress)
    counts = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(summary.counts.items())
                       if n)
    print(_("Created a demo store in {where} for {profile_names}: {counts}.").format(
              where=where, profile_names=', '.join(summary.profile_names), counts=counts))
    if given is None:
        print(_("Its passphrase is '{demo_passphrase}' (set {env_passphrase} to use it).").format(
                  demo_passphrase=DEMO_PASSPHRASE, env_passphrase=ENV_PASSPHRASE))
    print(_("Recovery key: {recovery}").format(recovery=recovery))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        try:
            report = record.check()
        except CorruptStoreError as exc:
            if args.json:  # a script reading stdout still gets an answer
                print(json.dumps({"ok": False, "problems": [str(exc)], "database":
                                  str(HealthRecord.database_path(record.data_dir))},
                                 indent=2, sort_keys=True))
            raise
    if args.json:
        print(json.dumps({
            "ok": report.ok, "database": report.db_path, "bytes": report.db_bytes,
            "schema": report.schema, "schema_current": report.schema_current,
            "problems": report.problems, "rows": report.rows, "profiles": report.profiles,
            "pending_changes": report.pending_changes,
        }, indent=2, sort_keys=True))
    else:
        print(_("Store: {db_path} ({value:.1f} MB, encrypted)").format(
                  db_path=report.db_path, value=report.db_bytes / 1e6))
        print(_("Schema: {schema} ({value})").format(
                  schema=report.schema, value='current' if report.schema_current else 'OUTDATED'))
        print("Integrity: " + ("ok" if not report.problems else "PROBLEMS FOUND"))
        for problem in report.problems[:20]:
            print(f"  - {problem}")
        print(f"Profiles: {len(report.profiles)}" +
              (f" ({', '.join(report.profiles)})" if report.profiles else ""))
        for table, n in sorted(report.rows.items()):
            if n:
                print(f"  {table}: {n}")
        print(_("Changes waiting to sync: {pending_changes}").format(
                  pending_changes=report.pending_changes))
        for note in report.notes:
            print(note)
    return 0 if report.ok else 1


def cmd_passphrase(args: argparse.Namespace) -> int:
    old = ask_passphrase(args.passphrase_file, "Current passphrase: ")
    new = ask_new_passphrase(args.new_passphrase_file)
    with HealthRecord.open(data_dir(args), passphrase=old) as record:
        record.change_passphrase(old, new)
    print(_("The passphrase was changed. The recovery key still works."))
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    import getpass
    import os

    key = args.recovery_key or os.environ.get("HEALTHDESK_RECOVERY_KEY")
    if not key:
        key = getpass.getpass("Recovery key: ") if sys.stdin and sys.stdin.isatty() else ""
    new = ask_new_passphrase(args.passphrase_file)
    HealthRecord.reset_passphrase(data_dir(args), key, new)
    print(_("A new passphrase is set. Keep using the same recovery key."))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.verify:
        info = Transfer.verify_backup(Path(args.verify))
        size = sum(m.size for m in info.members)
        print(_("{verify} is a sound backup made {created_at} (schema {schema}, {n} files, "
                "{value:.1f} MB).").format(
                  verify=args.verify, created_at=info.created_at, schema=info.schema,
                  n=len(info.members), value=size / 1e6))
        return 0
    with open_record(args) as record:
        info = Transfer(record).backup(args.output, overwrite=args.force)
    # With -o - the backup itself is on stdout: the words go to stderr.
    say = _say if args.output == "-" else print
    where = "standard output" if args.output == "-" else args.output
    say(_("Backup written to {where} ({value:.1f} MB, encrypted, verified).").format(
            where=where, value=info.size_bytes / 1e6))
    say(_("It opens with the passphrase or recovery key the store had when it was made."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    Transfer.verify_backup(Path(args.file))
    passphrase = ask_passphrase(args.passphrase_file, "The backup's passphrase: ")
    Transfer.restore(Path(args.file), data_dir(args), passphrase=passphrase, force=args.force)
    print(_("Restored {file} into {data_dir}.").format(file=args.file, data_dir=data_dir(args)))
    return 0


HANDLERS = {
    "init": cmd_init, "demo": cmd_demo, "check": cmd_check, "passphrase": cmd_passphrase,
    "recover": cmd_recover, "backup": cmd_backup, "restore": cmd_restore,
}
