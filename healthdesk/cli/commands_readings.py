"""``healthdesk readings add|list|delete``: blood pressure, glucose, weight and the rest.

Values are given in the order of the kind's fields ("120/80/72" or "120 80 72" for
systolic, diastolic, pulse); the readings service validates them exactly as the app's
form does, in the unit they were typed in, and stores them in the kind's own unit.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from typing import Any

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.validation import parse_datetime_utc
from healthdesk.services.batch import BatchItemError
from healthdesk.services.readings import ReadingView

from .output import iso_time, print_added, print_list, short_time
from .profiles_arg import ProfileCache, add_profile_option, resolve_profile
from .records_file import read_rows, row_error
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

SOURCES = ("manual", "device")
COMPONENTS = tuple(dict.fromkeys(c.name for k in kinds.KINDS.values() for c in k.components))
COLUMNS = ("profile", "kind", "value", *COMPONENTS, "unit", "taken_at", "context", "note")


def reading_json(r: ReadingView, zone: str | None) -> dict[str, Any]:
    return {"id": r.id, "profile_id": r.profile_id, "kind": r.kind, "values": r.values,
            "unit": r.unit, "taken_at": iso_time(r.taken_at, zone), "context": r.context,
            "note": r.note, "source": r.source,
            "classification": None if r.classification.level is None
            else str(r.classification.level), "label": r.classification.label}


def values_for(kind: str, given: Iterable[Any], named: Mapping[str, Any] | None = None
               ) -> dict[str, Any]:
    """The kind's fields from values in their order ("120/80" splits) and by name."""
    spec = kinds.get_kind(kind)
    names = [c.name for c in spec.components]
    flat: list[Any] = []
    for item in given:
        flat.extend(item.split("/") if isinstance(item, str) else [item])
    if len(flat) > len(names):
        raise ValidationError("value", ngettext(
            "{kind} takes at most {n} value ({names}); {given} were given.",
            "{kind} takes at most {n} values ({names}); {given} were given.", len(names)).format(
                kind=_(spec.label), n=len(names), names=", ".join(names), given=len(flat)))
    values: dict[str, Any] = dict(zip(names, flat, strict=False))
    for key, value in (named or {}).items():
        if value is not None:
            if key in values:
                raise ValidationError(key, _("{label} was given twice.").format(
                                               label=spec.component(key).label))
            values[key] = value
    return values


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "readings", _("readings (blood pressure, glucose, weight...): "
                "add, list, delete"))
    p = noun.verb("add", cmd_add, _("record a reading (or many with --from); prints the new "
                  "id"), "healthdesk readings add blood_pressure 128/82/71 --profile "
                  '"Asha Rao"\n'
                  "healthdesk readings add glucose 110 --unit mg/dL --context fasting "
                  "--taken-at 2026-03-10T07:30\n"
                  "healthdesk readings add weight 71.8 --source device   "
                  "# a smart scale's cron job\n"
                  "healthdesk readings add --from vitals.csv   "
                  "# columns: profile,kind,value,unit,taken_at,...")
    p.add_argument("kind", nargs="?", metavar="KIND",
                   help="one of: " + ", ".join(kinds.KINDS))
    p.add_argument("values", nargs="*", metavar="VALUE",
                   help=_("the kind's values in order (blood_pressure: systolic/diastolic"
                        "[/pulse])"))
    add_profile_option(p)
    p.add_argument("--unit", metavar="UNIT", help=_("the unit typed (default: the kind's "
                                                  "own, see docs/cli.md)"))
    p.add_argument("--taken-at", metavar="TIME", help=_("when (ISO 8601, like 2026-03-10T"
                   "07:30 or ...+05:30; no offset: this computer's zone; default: now)"))
    p.add_argument("--context", metavar="CONTEXT", help=_("glucose: fasting, before_meal, "
                                                        "after_meal, bedtime or random"))
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--source", choices=SOURCES, default="manual",
                   help=_("manual (typed in) or device (a meter or scale); default manual"))
    p.add_argument("--from", dest="source_file", metavar="FILE|-",
                   help=_("record every reading of a CSV or JSON-lines file (- for standard "
                        "input) in one transaction: all or none"))
    add_json(p, _("the new record"))
    p = noun.verb("list", cmd_list, _("a person's readings, newest first"),
                  "healthdesk readings list --kind blood_pressure --since 2026-03-01\n"
                  "healthdesk readings list --kind weight --unit lb --json")
    add_profile_option(p)
    p.add_argument("--kind", metavar="KIND", help=_("only this kind"))
    p.add_argument("--since", metavar="TIME", help=_("taken at or after (date or ISO time)"))
    p.add_argument("--until", metavar="TIME", help=_("taken before (date or ISO time)"))
    p.add_argument("--limit", type=int, metavar="N", help=_("at most N (default: all)"))
    p.add_argument("--unit", metavar="UNIT", help=_("show values in this unit (needs --kind)"))
    add_json(p, _("the list"))
    p = noun.verb("delete", cmd_delete, _("delete a reading (by id)"),
                  "healthdesk readings delete 0f3c...")
    p.add_argument("reading", metavar="ID")


def cmd_add(args: argparse.Namespace) -> int:
    if args.source_file is not None:
        if args.kind is not None:
            raise ValidationError("from", _("Give either --from FILE or one reading, not "
                                  "both."))
        return _add_many(args)
    if args.kind is None or not args.values:
        raise ValidationError("value", _("Give the kind and its value, like: healthdesk "
                              "readings add weight 71.8 (or --from FILE)."))
    values = values_for(args.kind, args.values)
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        view = record.readings.record(person.id, args.kind, values, unit=args.unit,
                                      taken_at=args.taken_at, context=args.context,
                                      note=args.note, source=args.source)
    return print_added(args.json, [reading_json(view, person.timezone)])


def _add_many(args: argparse.Namespace) -> int:
    label, rows = read_rows(args.source_file, COLUMNS, "readings")
    with open_record(args) as record:
        people = ProfileCache(record, args.profile)
        entries, zones = [], []
        for row in rows:
            v = row.values
            try:
                person = people.get(v.get("profile"))
                if not v.get("kind"):
                    raise ValidationError("kind", _("Kind is required (a column named kind)."))
                kind = v["kind"]
                given = [] if v.get("value") is None else [v["value"]]
                values = values_for(kind, given, {c: v.get(c) for c in COMPONENTS})
            except ValidationError as exc:
                raise row_error(label, row, exc) from None
            entries.append({"profile_id": person.id, "kind": kind, "values": values,
                            "unit": v.get("unit") or args.unit,
                            "taken_at": v.get("taken_at"), "context": v.get("context"),
                            "note": v.get("note"), "source": args.source})
            zones.append(person.timezone)
        try:
            views = record.readings.record_many(entries)
        except BatchItemError as exc:
            raise row_error(label, rows[exc.index], exc) from None
    return print_added(args.json, [reading_json(r, z) for r, z in zip(views, zones,
                                                                       strict=True)])


def _shown(r: ReadingView, unit: str | None) -> str:
    return r.text if unit is None else kinds.format_reading(r.kind, r.values, unit)


def cmd_list(args: argparse.Namespace) -> int:
    kind = None if args.kind is None else kinds.get_kind(args.kind).key
    if args.unit is not None and kind is None:
        raise ValidationError("unit", _("Unit (--unit) needs --kind: units belong to a kind "
                              "of reading."))
    if args.unit is not None:
        kinds.resolve_unit(kinds.get_kind(kind or ""), args.unit)
    start = None if args.since is None else parse_datetime_utc("since", args.since)
    end = None if args.until is None else parse_datetime_utc("until", args.until)
    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", _("Limit (--limit) must be a whole number of at least 1."))
    with open_record(args) as record:
        person = resolve_profile(record, args.profile)
        rows = record.readings.for_profile(person.id, kind, start=start, end=end, limit=args.limit)
    zone = person.timezone
    docs = [reading_json(r, zone) for r in rows]
    if args.unit is not None and args.json:
        for doc, r in zip(docs, rows, strict=True):
            doc["values"] = kinds.display(r.kind, r.values, args.unit)
            doc["unit"] = kinds.resolve_unit(kinds.get_kind(r.kind), args.unit)
    return print_list(args.json, docs, (_("taken at"), _("kind"), _("reading"), _("context"),
                                        _("level"), _("id")),
                      ((short_time(r.taken_at, zone), r.kind, _shown(r, args.unit),
                        r.context, r.classification.label, r.id) for r in rows),
                      f"No readings for {person.name}" + (f" of kind {kind}." if kind
                                                          else "."))


def cmd_delete(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        record.readings.delete(args.reading.strip())
    return 0


HANDLERS: dict[str, Handler] = {"readings": run_verb}
