"""Commands that move records in and out: export, import."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.interop.transfer import Transfer
from healthdesk.services.record import HealthRecord

from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("export", help=_("export the record: canonical JSON, a FHIR R4 Bundle, "
                                      "or a CSV of one person's readings"))
    common(p)
    p.add_argument("--format", choices=("json", "fhir", "csv"), default="json")
    p.add_argument("--profile", metavar="NAME", action="append",
                   help=_("only this person (repeatable); default: everyone"))
    p.add_argument("--kind", help=_("csv only: one kind of reading, e.g. blood_pressure"))
    p.add_argument("--ips", action="store_true",
                   help=_("fhir only: one person's International Patient Summary document"))
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("write here (default, or -: stdout); a FIFO or device is written "
                        "straight to, a symlink's target file is replaced"))
    p = sub.add_parser("import", help=_("import a FHIR R4 Bundle, a CSV of readings, or a "
                                      "HealthDesk JSON export"))
    common(p)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--profile", metavar="NAME", help=_("whose readings (CSV, a sensor's or "
                                                     "app's export) or record (FHIR)"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("CSV and device exports: count what would be imported, write nothing"))
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))


def _profile_ids(record: HealthRecord, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    ids = []
    for name in names:
        found = record.profiles.find_by_name(name)
        if found is None:
            known = ", ".join(p.name for p in record.profiles.all()) or "none"
            raise ValidationError(
                "profile", _("No profile is named '{name}' (known: {known}).").format(
                                                 name=name, known=known))
        ids.append(found.id)
    return ids


def _one_person(record: HealthRecord, ids: list[str] | None, what: str) -> str:
    ids = ids or [p.id for p in record.profiles.all()]
    if len(ids) != 1:
        raise ValidationError("profile", _("A CSV {what} holds one person's readings; choose "
                                           "whose with --profile NAME.").format(what=what))
    return ids[0]


def cmd_export(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        ids = _profile_ids(record, args.profile)
        dest = Path(args.output) if args.output and args.output != "-" else None
        transfer = Transfer(record)
        if getattr(args, "ips", False) and args.format != "fhir":
            raise ValidationError("ips", _("--ips goes with --format fhir."))
        if args.format == "json":
            data = transfer.export_json(dest, profile_ids=ids)
        elif args.format == "fhir" and args.ips:
            data = transfer.export_ips(dest, profile_ids=ids)
        elif args.format == "fhir":
            data = transfer.export_fhir(dest, profile_ids=ids)
        else:
            data = transfer.export_csv(_one_person(record, ids, "export"), dest,
                                       kind=args.kind)
    if dest is None:
        sys.stdout.buffer.write(data)
    else:
        sys.stderr.write(_("Exported to {dest}.\n").format(dest=dest))
    return 0


def _import_bulk(args: argparse.Namespace, source: Path) -> int:
    if getattr(args, "dry_run", False):
        raise ValidationError("dry_run", _("--dry-run works for CSV files and sensors' and "
                                         "apps' exports, not a FHIR Bulk Data export."))
    with open_record(args) as record:
        record.require_sound_pages()
        ids = _profile_ids(record, [args.profile] if args.profile else None)
        r = Transfer(record).import_fhir_bulk(source, profile_id=ids[0] if ids else None)
    if getattr(args, "json", False):
        print(json.dumps({"file": source.name, "format": "fhir-bulk", "imported": r.created,
                          "already_there": r.duplicates, "notes": r.skipped,
                          "by_resource": {k: vars(t) for k, t in sorted(r.by_resource.items())}},
                         indent=2, ensure_ascii=False))
        return 0
    made = ", ".join(f"{n} {k}" for k, n in r.created.items() if n) or "nothing new"
    print(_("Imported {name}: {made} ({sum} already there).").format(
              name=source.name, made=made, sum=sum(r.duplicates.values())))
    for line in r.lines():
        print(f"  {line}")
    for line in r.skipped:
        sys.stderr.write(_("Skipped: {line}\n").format(line=line))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if Transfer.is_fhir_bulk(source):
        return _import_bulk(args, source)
    if not source.is_file():
        raise ValidationError("file", _("{source} does not exist or is not a file.").format(
                                          source=source))
    fmt = Transfer.detect_format(source)
    dry_run, as_json = getattr(args, "dry_run", False), getattr(args, "json", False)
    if dry_run and fmt in ("json", "fhir"):
        raise ValidationError("dry_run", _("--dry-run works for CSV files and sensors' and "
                                         "apps' exports, not a JSON export or FHIR Bundle."))
    with open_record(args) as record:
        record.require_sound_pages()
        ids = _profile_ids(record, [args.profile] if args.profile else None)
        pid = ids[0] if ids else None
        transfer = Transfer(record)
        if Transfer.is_device_export(fmt):
            rep = transfer.import_device_export(_one_person(record, ids, "file"), source,
                                                fmt, dry_run=dry_run)
            if as_json:
                print(json.dumps(rep.to_json(), indent=2, ensure_ascii=False))
            else:
                print(rep.summary())
                for line in rep.lines():
                    print(f"  {line}")
            return 0
        if fmt == "csv":
            cr = transfer.import_csv(_one_person(record, ids, "file"), source, dry_run=dry_run)
            if as_json:
                print(json.dumps({"file": source.name, "format": "csv", "dry_run": dry_run,
                                  "imported": cr.imported,
                                  "already_there": cr.skipped_duplicates, "notes": cr.errors},
                                 indent=2, ensure_ascii=False))
                return 0
            verb = "Would import" if dry_run else "Imported"
            print(_("{verb} {imported} readings from {name} ({skipped_duplicates} already "
                    "there).").format(
                      verb=verb, imported=cr.imported, name=source.name,
                      skipped_duplicates=cr.skipped_duplicates))
            for line in cr.errors:
                sys.stderr.write(line + "\n")
            return 0
        if fmt == "json":
            if pid:
                raise ValidationError("profile", _("A HealthDesk JSON export carries its own "
                                                 "profiles; import it without --profile."))
            report = transfer.import_json(source)
            if as_json:
                print(json.dumps({"file": source.name, "format": "json",
                                  "imported": report.inserted, "updated": report.updated,
                                  "already_there": report.skipped}, indent=2))
                return 0
            print(_("Imported {name}: {inserted} new, {updated} updated, {skipped} already "
                    "there.").format(
                      name=source.name, inserted=report.inserted, updated=report.updated,
                      skipped=report.skipped))
        elif fmt == "fhir":
            r = transfer.import_fhir(source, profile_id=pid)
            if as_json:
                print(json.dumps({"file": source.name, "format": "fhir", "imported": r.created,
                                  "already_there": r.duplicates, "notes": r.skipped,
                                  "by_resource": {k: vars(t) for k, t in
                                                  sorted(r.by_resource.items())}},
                                 indent=2, ensure_ascii=False))
                return 0
            made = ", ".join(f"{n} {k}" for k, n in r.created.items() if n) or "nothing new"
            print(_("Imported {name}: {made} ({sum} already there).").format(
                      name=source.name, made=made, sum=sum(r.duplicates.values())))
            for line in r.lines():
                print(f"  {line}")
            for line in r.skipped:
                sys.stderr.write(_("Skipped: {line}\n").format(line=line))
    return 0


HANDLERS = {"export": cmd_export, "import": cmd_import}
