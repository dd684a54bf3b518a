"""Commands that move records in and out: export, import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.transfer import Transfer
from healthdesk.services.record import HealthRecord

from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("export", help="export the record: canonical JSON, a FHIR R4 Bundle, "
                                      "or a CSV of one person's readings")
    common(p)
    p.add_argument("--format", choices=("json", "fhir", "csv"), default="json")
    p.add_argument("--profile", metavar="NAME", action="append",
                   help="only this person (repeatable); default: everyone")
    p.add_argument("--kind", help="csv only: one kind of reading, e.g. blood_pressure")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here (default, or -: stdout); a FIFO or device is written "
                        "straight to, a symlink's target file is replaced")
    p = sub.add_parser("import", help="import a FHIR R4 Bundle, a CSV of readings, or a "
                                      "HealthDesk JSON export")
    common(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--profile", metavar="NAME", help="whose readings (CSV) or record (FHIR)")


def _profile_ids(record: HealthRecord, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    ids = []
    for name in names:
        found = record.profiles.find_by_name(name)
        if found is None:
            known = ", ".join(p.name for p in record.profiles.all()) or "none"
            raise ValidationError("profile", f"No profile is named '{name}' (known: {known}).")
        ids.append(found.id)
    return ids


def _one_person(record: HealthRecord, ids: list[str] | None, what: str) -> str:
    ids = ids or [p.id for p in record.profiles.all()]
    if len(ids) != 1:
        raise ValidationError("profile", f"A CSV {what} holds one person's readings; choose "
                                         "whose with --profile NAME.")
    return ids[0]


def cmd_export(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        ids = _profile_ids(record, args.profile)
        dest = Path(args.output) if args.output and args.output != "-" else None
        transfer = Transfer(record)
        if args.format == "json":
            data = transfer.export_json(dest, profile_ids=ids)
        elif args.format == "fhir":
            data = transfer.export_fhir(dest, profile_ids=ids)
        else:
            data = transfer.export_csv(_one_person(record, ids, "export"), dest,
                                       kind=args.kind)
    if dest is None:
        sys.stdout.buffer.write(data)
    else:
        sys.stderr.write(f"Exported to {dest}.\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise ValidationError("file", f"{source} does not exist or is not a file.")
    fmt = Transfer.detect_format(source)
    with open_record(args) as record:
        record.require_sound_pages()
        ids = _profile_ids(record, [args.profile] if args.profile else None)
        pid = ids[0] if ids else None
        transfer = Transfer(record)
        if fmt == "json":
            if pid:
                raise ValidationError("profile", "A HealthDesk JSON export carries its own "
                                                 "profiles; import it without --profile.")
            report = transfer.import_json(source)
            print(f"Imported {source.name}: {report.inserted} new, {report.updated} updated, "
                  f"{report.skipped} already there.")
        elif fmt == "fhir":
            r = transfer.import_fhir(source, profile_id=pid)
            made = ", ".join(f"{n} {k}" for k, n in r.created.items() if n) or "nothing new"
            print(f"Imported {source.name}: {made} ({sum(r.duplicates.values())} already there).")
            for line in r.skipped:
                sys.stderr.write(f"Skipped: {line}\n")
        else:
            r = transfer.import_csv(_one_person(record, ids, "file"), source)
            print(f"Imported {r.imported} readings from {source.name} "
                  f"({r.skipped_duplicates} already there).")
            for line in r.errors:
                sys.stderr.write(line + "\n")
    return 0


HANDLERS = {"export": cmd_export, "import": cmd_import}
