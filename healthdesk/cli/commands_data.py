"""Commands that move records in and out: export, import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.json_export import export_json
from healthdesk.interop.json_import import import_json

from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("export", help="export the record (canonical JSON)")
    common(p)
    p.add_argument("--format", choices=("json",), default="json")
    p.add_argument("--profile", metavar="NAME", action="append",
                   help="only this person (repeatable); default: everyone")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    p = sub.add_parser("import", help="import a HealthDesk JSON export")
    common(p)
    p.add_argument("file", metavar="FILE")


def _profile_ids(record, names: list[str] | None) -> list[str] | None:  # type: ignore[no-untyped-def]
    if not names:
        return None
    ids = []
    for name in names:
        found = record.profiles.find_by_name(name)
        if found is None:
            known = ", ".join(p.name for p in record.profiles.list()) or "none"
            raise ValidationError("profile", f"No profile is named '{name}' (known: {known}).")
        ids.append(found.id)
    return ids


def cmd_export(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        ids = _profile_ids(record, args.profile)
        if args.output:
            export_json(record.store, Path(args.output), profile_ids=ids)
            sys.stderr.write(f"Exported to {args.output}.\n")
        else:
            sys.stdout.buffer.write(export_json(record.store, None, profile_ids=ids))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise ValidationError("file", f"{source} does not exist or is not a file.")
    with open_record(args) as record:
        report = import_json(record.store, source)
    print(f"Imported {source}: {report}")
    return 0


HANDLERS = {"export": cmd_export, "import": cmd_import}
