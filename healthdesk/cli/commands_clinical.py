"""``healthdesk allergies|conditions|symptoms|contacts add|list|delete``.

Four small lists of the same shape: a person's allergies, conditions (diagnoses),
symptom diary and emergency contacts. Each add passes the options, unchanged, to the
service the app's forms use, so the checks and their messages are the same.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.services.clinical import (
    ALLERGY_CATEGORIES,
    ALLERGY_SEVERITIES,
    CONDITION_STATUSES,
    AllergyView,
    ConditionView,
)
from healthdesk.services.contacts import ContactView
from healthdesk.services.record import HealthRecord
from healthdesk.services.symptoms import SymptomView

from .output import iso_day, iso_time, print_added, print_list, short_time
from .profiles_arg import add_profile_option, resolve_profile
from .session import open_record
from .verbs import Common, Handler, Noun, add_json, run_verb


@dataclass(frozen=True)
class Kind:
    noun: str
    what: str  # "allergy": in help texts
    service: str  # the HealthRecord attribute
    add: str  # the service's add method
    first: str  # the positional field
    options: tuple[tuple[str, str, str], ...]  # (field, metavar, help)
    to_json: Callable[[Any, str | None], dict[str, Any]]
    headers: tuple[str, ...]
    row: Callable[[Any, str | None], tuple[Any, ...]]
    example: str
    always: tuple[str, ...] = ()  # passed even when not given (the service requires it)


def _allergy(a: AllergyView, _zone: str | None) -> dict[str, Any]:
    return {"id": a.id, "profile_id": a.profile_id, "substance": a.substance,
            "category": a.category, "reaction": a.reaction, "severity": a.severity,
            "noted_on": iso_day(a.noted_on), "notes": a.notes}


def _condition(c: ConditionView, _zone: str | None) -> dict[str, Any]:
    return {"id": c.id, "profile_id": c.profile_id, "name": c.name, "icd10": c.icd10,
            "status": c.status, "onset": iso_day(c.onset),
            "resolved_on": iso_day(c.resolved_on), "notes": c.notes}


def _symptom(s: SymptomView, zone: str | None) -> dict[str, Any]:
    return {"id": s.id, "profile_id": s.profile_id, "symptom": s.symptom,
            "severity": s.severity, "onset_at": iso_time(s.onset_at, zone),
            "duration_minutes": s.duration_minutes, "note": s.note}


def _contact(c: ContactView, _zone: str | None) -> dict[str, Any]:
    return {"id": c.id, "profile_id": c.profile_id, "name": c.name,
            "relationship": c.relationship, "phone": c.phone, "email": c.email,
            "priority": c.priority, "notes": c.notes}


KINDS = (
    Kind("allergies", "allergy", "allergies", "add", "substance",
         (("category", "CATEGORY", ", ".join(ALLERGY_CATEGORIES) + " (default other)"),
          ("reaction", "TEXT", "what happens, like hives"),
          ("severity", "SEVERITY", ", ".join(ALLERGY_SEVERITIES) + " (default unknown)"),
          ("noted_on", "YYYY-MM-DD", "when it was found"), ("notes", "TEXT", "")),
         _allergy, ("substance", "severity", "category", "reaction", "id"),
         lambda a, _z: (a.substance, a.severity, a.category, a.reaction, a.id),
         "healthdesk allergies add Penicillin --category medication --severity severe "
         "--reaction hives"),
    Kind("conditions", "condition", "conditions", "add", "name",
         (("icd10", "CODE", "ICD-10 code, like E11.9"),
          ("status", "STATUS", ", ".join(CONDITION_STATUSES) + " (default active)"),
          ("onset", "YYYY-MM-DD", ""), ("resolved_on", "YYYY-MM-DD", ""),
          ("notes", "TEXT", "")),
         _condition, ("name", "icd10", "status", "onset", "id"),
         lambda c, _z: (c.name, c.icd10, c.status, iso_day(c.onset), c.id),
         'healthdesk conditions add "Type 2 diabetes" --icd10 E11.9 --onset 2019-06-01'),
    Kind("symptoms", "symptom", "symptoms", "log", "symptom",
         (("severity", "1-10", "how bad, 1 (barely) to 10 (worst); required"),
          ("onset_at", "TIME", "when it began (ISO 8601; default now)"),
          ("duration_minutes", "MIN", "how long, 0 to 43200"), ("note", "TEXT", "")),
         _symptom, ("onset", "symptom", "severity", "minutes", "id"),
         lambda s, z: (short_time(s.onset_at, z), s.symptom, s.severity, s.duration_minutes,
                       s.id),
         "healthdesk symptoms add Headache --severity 6 --duration-minutes 90",
         always=("severity",)),
    Kind("contacts", "emergency contact", "contacts", "add", "name",
         (("relationship", "TEXT", "like daughter"),
          ("phone", "NUMBER", "6 to 20 digits; phone or email is required"),
          ("email", "ADDRESS", ""), ("priority", "1-9", "who is called first: 1 (default)"),
          ("notes", "TEXT", "")),
         _contact, ("priority", "name", "relationship", "phone", "email", "id"),
         lambda c, _z: (c.priority, c.name, c.relationship, c.phone, c.email, c.id),
         'healthdesk contacts add "Meera Rao" --relationship daughter --phone "+91 98450 '
         '12345"'),
)


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    for kind in KINDS:
        plural = "emergency contacts" if kind.noun == "contacts" else kind.noun
        noun = Noun(sub, common, kind.noun, _("a person's {plural}: add, list, delete").format(
                                                plural=plural))
        p = noun.verb("add", _adder(kind), _("record {a}; prints the new id").format(
                                               a=_a(kind.what)),
                      kind.example)
        p.add_argument(kind.first, metavar=kind.first.upper())
        add_profile_option(p)
        for field, metavar, text in kind.options:
            p.add_argument("--" + field.replace("_", "-"), dest=field, metavar=metavar,
                           help=text or None)
        add_json(p, _("the new record"))
        p = noun.verb("list", _lister(kind), _("a person's {noun}").format(noun=kind.noun),
                      f'healthdesk {kind.noun} list --profile "Asha Rao" --json')
        add_profile_option(p)
        add_json(p, _("the list"))
        p = noun.verb("delete", _deleter(kind), _("delete {a} (by id)").format(a=_a(kind.what)),
                      f"healthdesk {kind.noun} delete 7c2e...")
        p.add_argument("ident", metavar="ID")


def _a(what: str) -> str:
    return ("an " if what[0] in "aeiou" else "a ") + what


def _service(record: HealthRecord, kind: Kind) -> Any:
    return getattr(record, kind.service)


def _adder(kind: Kind) -> Handler:
    def run(args: argparse.Namespace) -> int:
        fields = {f: getattr(args, f) for f, _, _ in kind.options
                  if getattr(args, f) is not None or f in kind.always}
        with open_record(args) as record:
            person = resolve_profile(record, args.profile)
            add = getattr(_service(record, kind), kind.add)
            view = add(person.id, getattr(args, kind.first), **fields)
        return print_added(args.json, [kind.to_json(view, person.timezone)])
    return run


def _lister(kind: Kind) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_record(args) as record:
            person = resolve_profile(record, args.profile)
            rows = _service(record, kind).for_profile(person.id)
        zone = person.timezone
        return print_list(args.json, [kind.to_json(r, zone) for r in rows], kind.headers,
                          (kind.row(r, zone) for r in rows),
                          _("No {noun} recorded for {name}.").format(
                              noun=kind.noun, name=person.name))
    return run


def _deleter(kind: Kind) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with open_record(args) as record:
            _service(record, kind).delete(args.ident.strip())
        return 0
    return run


HANDLERS: dict[str, Handler] = {k.noun: run_verb for k in KINDS}
