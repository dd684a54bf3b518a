"""``healthdesk report``, ``healthdesk card`` and ``healthdesk calendar export|import``:
the visit summary PDF, the emergency card, and appointments as .ics files."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.interop.transfer import Transfer

from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Common, Handler, Noun, run_verb


def _date(option: str, text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(option.strip("-"), _("{option} must be a date written YYYY-MM-DD, "
                                                   "like 2026-03-01 (not '{text}').").format(
                                                     option=option, text=text)) from None


def _output(text: str, suffix: str) -> Path:
    dest = Path(text)
    if dest.is_dir():
        raise ValidationError("output", _("-o {text} is a folder; name a {suffix} file.").format(
                                            text=text, suffix=suffix))
    if not dest.parent.is_dir():
        raise ValidationError("output", _("-o {text}: the folder {parent} does not exist.").format(
                                            text=text, parent=dest.parent))
    return dest


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("report", help=_("a visit summary PDF of one person for a doctor"),
                       description=_("A visit summary PDF: conditions, allergies, medicines "
                       "with adherence, readings with charts and ranges, symptoms, goals "
                       "and open questions from the notes (default: the last 90 days)."))
    common(p)
    add_profile_option(p)
    p.add_argument("--from", dest="date_from", metavar="DATE", help=_("first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=_("last day, YYYY-MM-DD "
                                                              "(default today)"))
    p.add_argument("--paper", default="a4", metavar="a4|letter", help=_("default a4"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p = sub.add_parser("card", help=_("a wallet-size emergency card PDF with a QR code"),
                       description=_("An emergency card: name, birth date, blood type, "
                       "allergies, conditions, medicines, contacts, and a QR code of the "
                       "same as plain text."))
    common(p)
    add_profile_option(p)
    p.add_argument("--layout", default="wallet", metavar="wallet|a4",
                   help=_("wallet: two 85.6 x 54 mm pages (front, back); a4: one sheet to "
                        "cut out (default wallet)"))
    p.add_argument("-o", "--output", required=True, metavar="card.pdf")
    noun = Noun(sub, common, "calendar", _("appointments as calendar files: export, import"))
    v = noun.verb("export", cmd_calendar_export, _("write appointments to an .ics file, with "
                  "reminders as alarms"), "healthdesk calendar export --profile \"Asha Rao\" "
                  "-o asha.ics\nhealthdesk calendar export -o everyone.ics")
    v.add_argument("--profile", metavar="NAME-or-id", help=_("only this person (default: "
                                                           "everyone)"))
    v.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    v = noun.verb("import", cmd_calendar_import, _("add a calendar file's events as "
                  "appointments (again: nothing doubles)"),
                  "healthdesk calendar import clinic.ics --profile \"Asha Rao\"")
    v.add_argument("file", metavar="FILE")
    add_profile_option(v)


def cmd_report(args: argparse.Namespace) -> int:
    start, end = _date("--from", args.date_from), _date("--to", args.date_to)
    if start and end and start > end:
        raise ValidationError("from", _("--from ({start}) must not be after --to ({end}).").format(
                                          start=start, end=end))
    paper = args.paper.strip().lower()
    if paper not in ("a4", "letter"):
        raise ValidationError("paper", _("--paper must be a4 or letter (not '{paper}').").format(
                                           paper=args.paper))
    dest = _output(args.output, ".pdf")
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        data = Transfer(record).visit_summary(person.id, start=start, end=end, paper=paper)
    Transfer.save(dest, data)
    sys.stderr.write(_("Wrote the visit summary of {name} to {dest}.\n").format(
                         name=person.name, dest=dest))
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    layout = args.layout.strip().lower()
    if layout not in ("wallet", "a4"):
        raise ValidationError("layout", _("--layout must be wallet or a4 (not '{layout}').").format(
                                            layout=args.layout))
    dest = _output(args.output, ".pdf")
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        data = Transfer(record).emergency_card(person.id, layout=layout)
    Transfer.save(dest, data)
    sys.stderr.write(_("Wrote the emergency card of {name} to {dest}.\n").format(
                         name=person.name, dest=dest))
    return 0


def cmd_calendar_export(args: argparse.Namespace) -> int:
    dest = _output(args.output, ".ics")
    with open_record(args) as record:
        ids = None
        if args.profile is not None:
            ids = [resolve_profile(record, args.profile).id]
        data = Transfer(record).export_ics(ids)
    Transfer.save(dest, data)
    sys.stderr.write(_("Wrote {count} appointments to {dest}.\n").format(
                         count=data.count(b'BEGIN:VEVENT'), dest=dest))
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise ValidationError("file", _("{source} does not exist or is not a file.").format(
                                          source=source))
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        report = Transfer(record).import_ics(person.id, source)
    print(_("Imported {name} into {name2}'s appointments: {summary}.").format(
              name=source.name, name2=person.name, summary=report.summary()))
    for label, why in report.skipped:
        sys.stderr.write(_("Skipped {label}: {why}.\n").format(label=label, why=why))
    return 0


HANDLERS: dict[str, Handler] = {"report": cmd_report, "card": cmd_card,
                                "calendar": run_verb}
