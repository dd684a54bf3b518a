"""``healthdesk profiles add|list|show|edit|delete``: the people in the record."""

from __future__ import annotations

import argparse
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _
from healthdesk.services.batch import BatchItemError
from healthdesk.services.profiles import ProfileView
from healthdesk.services.record import HealthRecord

from .output import iso_day, number, print_added, print_list, print_one
from .profiles_arg import find_profile
from .records_file import read_rows, row_error
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb

FIELDS = ("name", "date_of_birth", "sex", "blood_type", "height_cm", "language", "timezone",
          "color", "notes")
LABELS = (("id", N_("Id")), ("name", N_("Name")), ("date_of_birth", N_("Born")), ("age", N_("Age")),
          ("sex", N_("Sex")), ("blood_type", N_("Blood type")), ("height_cm", N_("Height (cm)")),
          ("language", N_("Language")), ("timezone", N_("Time zone")), ("color", N_("Colour")),
          ("notes", N_("Notes")))


def profile_json(p: ProfileView) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "date_of_birth": iso_day(p.date_of_birth),
            "age": p.age, "sex": p.sex, "blood_type": p.blood_type, "height_cm": p.height_cm,
            "language": p.language, "timezone": p.timezone, "color": p.color,
            "notes": p.notes, "has_photo": p.has_photo}


def _fields(p: argparse.ArgumentParser, editing: bool) -> None:
    p.add_argument("--date-of-birth", metavar="YYYY-MM-DD")
    p.add_argument("--sex", metavar="SEX", help=_("female, male, other or unknown"))
    p.add_argument("--blood-type", metavar="TYPE", help=_("A+, A-, B+, B-, AB+, AB-, O+, O- "
                                                        "or unknown"))
    p.add_argument("--height-cm", metavar="CM", help=_("20 to 280"))
    p.add_argument("--language", metavar="TAG", help=_("en, hi, ta, en-IN..."))
    p.add_argument("--timezone", metavar="ZONE", help=_("IANA zone, like Asia/Kolkata"))
    p.add_argument("--color", metavar="#RRGGBB")
    p.add_argument("--notes", metavar="TEXT")
    if editing:
        p.add_argument("--name", metavar="NAME", help=_("a new name"))
        p.epilog = (p.epilog or "") + "\nAn empty value (--notes '') clears a field."


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {f: getattr(args, f) for f in FIELDS if getattr(args, f, None) is not None}


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    noun = Noun(sub, common, "profiles", _("the people in this record: add, list, show, "
                "edit, delete"))
    p = noun.verb("add", cmd_add, _("add a person (or many with --from); prints the new id"),
                  'healthdesk profiles add "Asha Rao" --date-of-birth 1956-04-02 '
                  "--sex female --timezone Asia/Kolkata\n"
                  "healthdesk profiles add --from patients.csv   "
                  "# columns: name,date_of_birth,sex,...")
    p.add_argument("name", nargs="?", metavar="NAME")
    _fields(p, editing=False)
    p.add_argument("--from", dest="source", metavar="FILE|-",
                   help="add every person in a CSV or JSON-lines file (- for standard "
                        "input), all or none; columns as the options: "
                        + ", ".join(FIELDS))
    add_json(p, _("the new record"))
    p = noun.verb("list", cmd_list, _("every person in this record"),
                  "healthdesk profiles list --json")
    add_json(p, _("the list"))
    p = noun.verb("show", cmd_show, _("one person's details"),
                  'healthdesk profiles show "Asha Rao"')
    p.add_argument("profile", metavar="NAME-or-id")
    add_json(p, _("the record"))
    p = noun.verb("edit", cmd_edit, _("change a person's details (only the options given)"),
                  'healthdesk profiles edit "Asha Rao" --height-cm 158 --notes ""')
    p.add_argument("profile", metavar="NAME-or-id")
    _fields(p, editing=True)
    add_json(p, _("the changed record"))
    p = noun.verb("delete", cmd_delete, _("remove a person and everything recorded about "
                  "them (the delete syncs; dose history and the audit trail stay)"),
                  'healthdesk profiles delete "Old Test Patient" --yes')
    p.add_argument("profile", metavar="NAME-or-id")
    p.add_argument("--yes", action="store_true", help=_("confirm: this cannot be undone here"))


def cmd_add(args: argparse.Namespace) -> int:
    if args.source is not None:
        if args.name is not None or _given(args):
            raise ValidationError("from", _("Give either --from FILE or one person's name "
                                  "and options, not both."))
        return _add_many(args)
    if args.name is None:
        raise ValidationError("name", _("Name is required: healthdesk profiles add NAME "
                              "(or --from FILE)."))
    with open_record(args) as record:
        view = record.profiles.create(**{**_given(args), "name": args.name})
    return print_added(args.json, [profile_json(view)])


def _add_many(args: argparse.Namespace) -> int:
    label, rows = read_rows(args.source, FIELDS, "profiles")
    with open_record(args) as record:
        try:
            views = record.profiles.create_many(
                [{k: v for k, v in r.values.items() if v is not None} for r in rows])
        except BatchItemError as exc:
            raise row_error(label, rows[exc.index], exc) from None
    return print_added(args.json, [profile_json(v) for v in views])


def cmd_list(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        people = record.profiles.all()
    return print_list(args.json, [profile_json(p) for p in people],
                      (_("name"), _("born"), _("age"), _("sex"), _("time zone"), _("id")),
                      ((p.name, iso_day(p.date_of_birth), p.age, p.sex, p.timezone, p.id)
                       for p in people),
                      _("No profiles in this record yet."))


def _one(record: HealthRecord, text: str) -> ProfileView:
    return find_profile(record, text)


def cmd_show(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        doc = profile_json(_one(record, args.profile))
    if not args.json:
        doc["height_cm"] = number(doc["height_cm"])
    return print_one(args.json, doc, LABELS)


def cmd_edit(args: argparse.Namespace) -> int:
    fields = _given(args)
    if not fields:
        raise ValidationError("profile", _("Nothing to change: give at least one option, "
                              "like --timezone Asia/Kolkata."))
    with open_record(args) as record:
        view = record.profiles.update(_one(record, args.profile).id, **fields)
    return print_one(args.json, profile_json(view), LABELS)


def cmd_delete(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        person = _one(record, args.profile)
        if not args.yes:
            raise ValidationError("yes", _("Deleting {name} removes everything recorded about "
                                           "them; add --yes to confirm.").format(name=person.name))
        record.profiles.delete(person.id)
    return 0


HANDLERS: dict[str, Handler] = {"profiles": run_verb}
