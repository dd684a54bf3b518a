"""Read FHIR R4 resources from parsed JSON, checking only the elements HealthDesk reads.

Validating whole resources with the fhir.resources models cost about half of a Bundle
import (every element of every resource became a pydantic model, most of them never
read). Here each resource type we import lists exactly the elements its handler reads;
those are checked against the FHIR datatype rules (a date is a real date, a decimal a
JSON number, a code has no stray spaces, a string is at most 1 MB as the spec says,
a required element is there, a choice like effective[x] has one value at most) and
everything else in the resource is left alone, unread and unchecked.

What comes back (``read_resource``) is a light ``Node`` per element with the names the
fhir.resources models use (``Encounter.class`` is ``class_fhir``), so the import's
handlers and the datatype readers in fhir_codes.py work on either. An element the type
knows but the resource lacks reads None; a name the type does not know is an
AttributeError, so a handler cannot quietly read an element that is never filled in.
A problem raises ``Invalid`` with the element's path ("component[1].valueQuantity.value")
and what is wrong; the import leaves that resource out with both.

fhir.resources stays for the export and the IPS, which build and validate whole models.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .detect import read_json

# FHIR: "Strings SHALL NOT exceed 1MB in size" (base64Binary aside).
MAX_STRING = 1024 * 1024
_DATE_TIME = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]"
    r"|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?"
    r"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?").fullmatch
_INSTANT = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]"
    r"|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?"
    r"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))").fullmatch
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?").fullmatch
_CODE = re.compile(r"[^\s]+( [^\s]+)*").fullmatch
_URI = re.compile(r"\S+").fullmatch


class Invalid(Exception):
    """An element that breaks a FHIR datatype rule: ``where`` (its path) and ``what``."""

    def __init__(self, what: str, *path: str) -> None:
        super().__init__(what)
        self.what = what
        self.path = list(path)  # innermost first; prepended to as the error unwinds

    @property
    def where(self) -> str:
        out = ""
        for part in reversed(self.path):
            out += part if part.startswith("[") or not out else "." + part
        return out or "resource"


class Node:
    """One FHIR element as read: its known elements as attributes (None when absent)."""

    fields: frozenset[str] = frozenset()

    def __getattr__(self, name: str) -> Any:
        if name in type(self).fields:
            return None
        raise AttributeError(f"{type(self).__name__} has no element {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__dict__!r})"


class ResourceNode(Node):
    """A resource: also says its type, as the fhir.resources models do."""

    resourceType: str

    def get_resource_type(self) -> str:
        return self.resourceType


# --------------------------------------------------------------------------- primitives
# Each takes the JSON value and gives the Python one, or raises Invalid (no path yet).


def _text(v: Any) -> str:
    if type(v) is not str:
        raise Invalid(_("must be a string, not {value}").format(value=_shown(v)))
    if len(v) > MAX_STRING:
        raise Invalid(_("is {n:,} characters long; FHIR allows at most 1 MB").format(n=len(v)))
    return v


def string(v: Any) -> str:
    if not _text(v):
        raise Invalid(_("is empty; leave the element out instead"))
    return v  # type: ignore[no-any-return]


def markdown(v: Any) -> str:
    return _text(v)


def code(v: Any) -> str:
    if not _CODE(_text(v)):
        raise Invalid(_("'{value}' is not a FHIR code (no spaces at either end or doubled)")
                      .format(value=_cut(v)))
    return v  # type: ignore[no-any-return]


def uri(v: Any) -> str:
    if not _URI(_text(v)):
        raise Invalid(_("'{value}' is not a URI (it is empty or holds spaces)").format(
            value=_cut(v)))
    return v  # type: ignore[no-any-return]


def date_time(v: Any) -> dt.datetime | dt.date | str:
    """A full dateTime with its zone, a date, or a year or month alone (kept as text,
    which the import reads as no full date)."""
    if type(v) is not str or not _DATE_TIME(v):
        raise Invalid(_("{value} is not a FHIR dateTime (YYYY, YYYY-MM, YYYY-MM-DD or "
                        "YYYY-MM-DDThh:mm:ss with a zone)").format(value=_shown(v)))
    return _when(v)


def instant(v: Any) -> dt.datetime:
    if type(v) is not str or not _INSTANT(v):
        raise Invalid(_("{value} is not a FHIR instant (YYYY-MM-DDThh:mm:ss with a zone)")
                      .format(value=_shown(v)))
    return _when(v)  # type: ignore[return-value]


def date(v: Any) -> dt.date | str:
    if type(v) is not str or len(v) > 10 or not _DATE_TIME(v):
        raise Invalid(_("{value} is not a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)").format(
            value=_shown(v)))
    return _when(v)


def _when(v: str) -> dt.datetime | dt.date | str:
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v)
        if len(v) > 10:
            dot = v.find(".")
            if dot > 0:  # Python reads at most 6 digits of a second; FHIR allows 9
                end = next((i for i in range(dot + 1, len(v)) if not v[i].isdigit()), len(v))
                v = v[:min(end, dot + 7)] + v[end:]
            return dt.datetime.fromisoformat(v)
    except ValueError as exc:  # Feb 30, second 60
        raise Invalid(_("{value} is not a real date or time ({why})").format(
            value=v, why=exc)) from None
    return v  # a year, or a year and month


def time(v: Any) -> dt.time:
    if type(v) is not str or not _TIME(v):
        raise Invalid(_("{value} is not a FHIR time (hh:mm:ss)").format(value=_shown(v)))
    try:
        return dt.time.fromisoformat(v[:15])
    except ValueError as exc:
        raise Invalid(_("{value} is not a real time ({why})").format(value=v, why=exc)) \
            from None


def decimal(v: Any) -> int | float:
    if type(v) is int:
        return v
    if type(v) is not float:
        raise Invalid(_("must be a JSON number, not {value}").format(value=_shown(v)))
    if not math.isfinite(v):
        raise Invalid(_("must be a finite number"))
    return v


def integer(v: Any) -> int:
    if type(v) is not int:
        raise Invalid(_("must be a whole JSON number, not {value}").format(value=_shown(v)))
    return v


def positive_int(v: Any) -> int:
    if integer(v) < 1:
        raise Invalid(_("must be 1 or more, not {value}").format(value=v))
    return v  # type: ignore[no-any-return]


def boolean(v: Any) -> bool:
    if type(v) is not bool:
        raise Invalid(_("must be true or false, not {value}").format(value=_shown(v)))
    return v


def base64_binary(v: Any) -> bytes:
    if type(v) is not str:
        raise Invalid(_("must be a string of base64, not {value}").format(value=_shown(v)))
    try:
        return base64.b64decode("".join(v.split()), validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(_("is not base64")) from None


def _shown(v: Any) -> str:
    """A wrong value as a message quotes it: text cut short, a number, or its JSON type."""
    if isinstance(v, str):
        return f"'{_cut(v)}'"
    if isinstance(v, bool) or v is None:
        return {True: "true", False: "false", None: "null"}[v]
    if isinstance(v, int | float):
        return _cut(repr(v))
    return _("an object") if isinstance(v, dict) else _("a list")


def _cut(v: Any, most: int = 40) -> str:
    s = str(v)
    return s if len(s) <= most else s[:most] + "..."


# --------------------------------------------------------------------------- elements


class _Type:
    """A complex datatype or resource: the elements read, each (converter, is a list),
    the required ones and the choice groups ([x]) of which one value at most may be set."""

    def __init__(self, name: str, fields: dict[str, tuple[Any, bool]], *,
                 required: tuple[str, ...] = (), choices: tuple[tuple[str, ...], ...] = (),
                 resource: bool = False) -> None:
        self.name, self.required, self.choices = name, required, choices
        # Element "class" is a Python keyword: fhir.resources names it class_fhir.
        self.fields = {key: ("class_fhir" if key == "class" else key, conv, many)
                       for key, (conv, many) in fields.items()}
        base = ResourceNode if resource else Node
        names = frozenset(attr for attr, _c, _m in self.fields.values())
        self.node: type[Node] = type(name, (base,), {"fields": names})

    def __call__(self, value: Any) -> Node:
        if type(value) is not dict:
            raise Invalid(_("must be a JSON object, not {value}").format(value=_shown(value)))
        out: dict[str, Any] = {}
        fields = self.fields
        for key, raw in value.items():
            field = fields.get(key)
            if field is None or raw is None:
                continue
            attr, conv, many = field
            if not many:
                try:
                    out[attr] = conv(raw)
                except Invalid as err:
                    err.path.append(key)
                    raise
                continue
            if type(raw) is not list:
                raise Invalid(_("must be a list, not {value}").format(value=_shown(raw)), key)
            items = []
            for i, item in enumerate(raw):
                try:
                    items.append(conv(item))
                except Invalid as err:
                    err.path.append(f"[{i}]")
                    err.path.append(key)
                    raise
            out[attr] = items
        for key in self.required:
            if fields[key][0] not in out:
                raise Invalid(_("Value for the field '{name}' is required.").format(name=key),
                              key)
        for group in self.choices:
            if sum(1 for key in group if value.get(key) is not None) > 1:
                given = [key for key in group if value.get(key) is not None]
                raise Invalid(_("only one of {names} may be given").format(
                    names=", ".join(given)), given[0])
        node = self.node()
        node.__dict__ = out
        return node


def _one(conv: Any) -> tuple[Any, bool]:
    return conv, False


def _many(conv: Any) -> tuple[Any, bool]:
    return conv, True


CODING = _Type("Coding", {"system": _one(uri), "code": _one(code), "display": _one(string)})
CONCEPT = _Type("CodeableConcept", {"coding": _many(CODING), "text": _one(string)})
REFERENCE = _Type("Reference", {"reference": _one(string), "display": _one(string)})
QUANTITY = _Type("Quantity", {"value": _one(decimal), "unit": _one(string),
                              "system": _one(uri), "code": _one(code),
                              "comparator": _one(code)})
PERIOD = _Type("Period", {"start": _one(date_time), "end": _one(date_time)})
ANNOTATION = _Type("Annotation", {"text": _one(markdown)}, required=("text",))
HUMAN_NAME = _Type("HumanName", {"use": _one(code), "text": _one(string),
                                 "family": _one(string), "given": _many(string)})
EXTENSION = _Type("Extension", {"url": _one(uri), "valueCode": _one(code),
                                "valueDate": _one(date)}, required=("url",))
META = _Type("Meta", {"lastUpdated": _one(instant)})
RATIO = _Type("Ratio", {"numerator": _one(QUANTITY), "denominator": _one(QUANTITY)})
REPEAT = _Type("TimingRepeat", {
    "frequency": _one(positive_int), "period": _one(decimal), "periodUnit": _one(code),
    "timeOfDay": _many(time), "when": _many(code), "dayOfWeek": _many(code)})
TIMING = _Type("Timing", {"repeat": _one(REPEAT)})
DOSE_AND_RATE = _Type("DosageDoseAndRate", {"doseQuantity": _one(QUANTITY)})
DOSAGE = _Type("Dosage", {
    "text": _one(string), "patientInstruction": _one(string), "timing": _one(TIMING),
    "asNeededBoolean": _one(boolean), "asNeededCodeableConcept": _one(CONCEPT),
    "route": _one(CONCEPT), "doseAndRate": _many(DOSE_AND_RATE),
    "maxDosePerPeriod": _one(RATIO)}, choices=(("asNeededBoolean", "asNeededCodeableConcept"),))
ATTACHMENT = _Type("Attachment", {
    "contentType": _one(code), "data": _one(base64_binary), "url": _one(uri),
    "title": _one(string), "creation": _one(date_time)})

# Every resource: what the handlers read of any of them.
_COMMON: dict[str, tuple[Any, bool]] = {
    "id": _one(string), "meta": _one(META), "extension": _many(EXTENSION),
    "note": _many(ANNOTATION)}
_MEDICATION_X = ("medicationCodeableConcept", "medicationReference")
_EFFECTIVE = ("effectiveDateTime", "effectivePeriod", "effectiveTiming", "effectiveInstant")
_VALUE = ("valueQuantity", "valueCodeableConcept", "valueString", "valueBoolean",
          "valueInteger", "valueRange", "valueRatio", "valueSampledData", "valueTime",
          "valueDateTime", "valuePeriod")


def _resource(name: str, fields: dict[str, tuple[Any, bool]], **rules: Any) -> _Type:
    return _Type(name, {**_COMMON, **fields}, resource=True, **rules)


MEDICATION = _resource("Medication", {"code": _one(CONCEPT)})
# What a medicine resource may carry inside it (a contained Medication, mostly).
_CONTAINED = {"Medication": MEDICATION}


def _contained(value: Any) -> Node:
    kind = value.get("resourceType") if type(value) is dict else None
    node = _CONTAINED.get(str(kind), _ANY)(value)
    node.__dict__["resourceType"] = str(kind)
    return node


_ANY = _resource("Resource", {})
_MEDICINE: dict[str, tuple[Any, bool]] = {
    "status": _one(code), "medicationCodeableConcept": _one(CONCEPT),
    "medicationReference": _one(REFERENCE), "subject": _one(REFERENCE),
    "contained": _many(_contained)}

RESOURCES: dict[str, _Type] = {t.name: t for t in (
    _resource("Patient", {"name": _many(HUMAN_NAME), "birthDate": _one(date),
                          "gender": _one(code)}),
    _resource("Observation", {
        "status": _one(code), "code": _one(CONCEPT), "subject": _one(REFERENCE),
        "effectiveDateTime": _one(date_time), "effectivePeriod": _one(PERIOD),
        "effectiveInstant": _one(instant), "issued": _one(instant),
        "valueQuantity": _one(QUANTITY),
        "component": _many(_Type("ObservationComponent", {
            "code": _one(CONCEPT), "valueQuantity": _one(QUANTITY)}, required=("code",),
            choices=(_VALUE,)))},
        required=("status", "code"), choices=(_EFFECTIVE, _VALUE)),
    _resource("DiagnosticReport", {
        "status": _one(code), "code": _one(CONCEPT), "subject": _one(REFERENCE),
        "effectiveDateTime": _one(date_time), "effectivePeriod": _one(PERIOD),
        "issued": _one(instant), "result": _many(REFERENCE)},
        required=("status", "code"), choices=(_EFFECTIVE[:2],)),
    _resource("Condition", {
        "clinicalStatus": _one(CONCEPT), "verificationStatus": _one(CONCEPT),
        "code": _one(CONCEPT), "subject": _one(REFERENCE),
        "onsetDateTime": _one(date_time), "onsetPeriod": _one(PERIOD),
        "abatementDateTime": _one(date_time), "abatementPeriod": _one(PERIOD),
        "recordedDate": _one(date_time)},
        required=("subject",),
        choices=(("onsetDateTime", "onsetAge", "onsetPeriod", "onsetRange", "onsetString"),
                 ("abatementDateTime", "abatementAge", "abatementPeriod", "abatementRange",
                  "abatementString"))),
    _resource("AllergyIntolerance", {
        "clinicalStatus": _one(CONCEPT), "verificationStatus": _one(CONCEPT),
        "code": _one(CONCEPT), "patient": _one(REFERENCE), "category": _many(code),
        "criticality": _one(code), "recordedDate": _one(date_time),
        "onsetDateTime": _one(date_time),
        "reaction": _many(_Type("AllergyIntoleranceReaction", {
            "substance": _one(CONCEPT), "manifestation": _many(CONCEPT),
            "severity": _one(code)}))},
        required=("patient",)),
    _resource("MedicationStatement", {
        **_MEDICINE, "effectiveDateTime": _one(date_time), "effectivePeriod": _one(PERIOD),
        "dosage": _many(DOSAGE), "informationSource": _one(REFERENCE)},
        required=("status", "subject"), choices=(_MEDICATION_X, _EFFECTIVE[:2])),
    _resource("MedicationRequest", {
        **_MEDICINE, "doNotPerform": _one(boolean), "authoredOn": _one(date_time),
        "requester": _one(REFERENCE), "dosageInstruction": _many(DOSAGE)},
        required=("status", "subject"), choices=(_MEDICATION_X,)),
    _resource("MedicationAdministration", {
        **_MEDICINE, "statusReason": _many(CONCEPT), "effectiveDateTime": _one(date_time),
        "effectivePeriod": _one(PERIOD),
        "performer": _many(_Type("MedicationAdministrationPerformer",
                                 {"actor": _one(REFERENCE)})),
        "dosage": _one(_Type("MedicationAdministrationDosage", {"dose": _one(QUANTITY)}))},
        required=("status", "subject"), choices=(_MEDICATION_X, _EFFECTIVE[:2])),
    _resource("Appointment", {
        "status": _one(code), "start": _one(instant), "end": _one(instant),
        "minutesDuration": _one(positive_int), "description": _one(string),
        "comment": _one(string), "appointmentType": _one(CONCEPT),
        "serviceType": _many(CONCEPT), "reasonCode": _many(CONCEPT),
        "participant": _many(_Type("AppointmentParticipant", {
            "actor": _one(REFERENCE), "type": _many(CONCEPT)}))},
        required=("status",)),
    _resource("Immunization", {
        "status": _one(code), "vaccineCode": _one(CONCEPT), "patient": _one(REFERENCE),
        "occurrenceDateTime": _one(date_time), "occurrenceString": _one(string),
        "lotNumber": _one(string), "site": _one(CONCEPT),
        "protocolApplied": _many(_Type("ImmunizationProtocolApplied", {
            "doseNumberPositiveInt": _one(positive_int)})),
        "performer": _many(_Type("ImmunizationPerformer", {"actor": _one(REFERENCE)},
                                 required=("actor",)))},
        required=("status", "vaccineCode", "patient"),
        choices=(("occurrenceDateTime", "occurrenceString"),)),
    _resource("Encounter", {
        "status": _one(code), "class": _one(CODING), "type": _many(CONCEPT),
        "subject": _one(REFERENCE), "period": _one(PERIOD), "reasonCode": _many(CONCEPT),
        "serviceProvider": _one(REFERENCE),
        "participant": _many(_Type("EncounterParticipant", {"individual": _one(REFERENCE)})),
        "location": _many(_Type("EncounterLocation", {"location": _one(REFERENCE)},
                                required=("location",)))},
        required=("status",)),
    _resource("DocumentReference", {
        "status": _one(code), "type": _one(CONCEPT), "subject": _one(REFERENCE),
        "date": _one(instant), "description": _one(string),
        "content": _many(_Type("DocumentReferenceContent", {"attachment": _one(ATTACHMENT)},
                               required=("attachment",)))},
        required=("status", "content")),
    MEDICATION,
    _resource("Practitioner", {"name": _many(HUMAN_NAME)}),
    _resource("Location", {"name": _one(string)}),
    _resource("Organization", {"name": _one(string)}),
    _resource("PractitionerRole", {}),
)}


def read_resource(resource: dict[str, Any]) -> ResourceNode:
    """The elements HealthDesk reads of one resource, checked. Raises Invalid (with the
    element's path) for the first one that breaks its datatype's rules, KeyError for a
    resource type that is not read at all."""
    node = RESOURCES[resource["resourceType"]](resource)
    node.__dict__["resourceType"] = resource["resourceType"]
    return node  # type: ignore[return-value]


# --------------------------------------------------------------------------- bundle

_BUNDLE_TYPES = frozenset({"document", "message", "transaction", "transaction-response",
                           "batch", "batch-response", "history", "searchset", "collection"})


def read_bundle(path: Path) -> tuple[str, dict[str, Any]]:
    """The Bundle's JSON object with its entries checked as far as the import reads them
    (type, entry a list of objects, fullUrl a URI); the resources are read one by one
    later. Raises ValidationError naming the file when it cannot be read, is not JSON, or
    is not a FHIR Bundle."""
    path = Path(path)
    document = read_json(path)
    kind = document.get("resourceType") if isinstance(document, dict) else None
    if kind != "Bundle":
        what = (f"it is a single FHIR {kind} resource" if isinstance(kind, str)
                else "it has no resourceType")
        raise ValidationError("file", _("{name} is not a FHIR Bundle ({what}); export a Bundle "
                                        "(collection, transaction or search results) from the "
                                        "other system and import that.").format(
                                          name=path.name, what=what))
    entries = document.get("entry") or []
    if not isinstance(entries, list):
        raise ValidationError("file", _("{name} is not a valid FHIR Bundle: its entry is not a "
                                        "list.").format(name=path.name))
    try:
        _bundle_shell(document, entries)
    except Invalid as err:
        raise ValidationError("file", _("{name} is not a valid FHIR Bundle: {first_error}.").format(
            name=path.name, first_error=f"{err.where}: {err.what}")) from None
    return path.name, document


def _bundle_shell(document: dict[str, Any], entries: list[Any]) -> None:
    kind = document.get("type")
    if kind is None:
        raise Invalid(_("Value for the field '{name}' is required.").format(name="type"), "type")
    try:
        if code(kind) not in _BUNDLE_TYPES:
            raise Invalid(_("'{value}' is not a Bundle type ({allowed})").format(
                value=_cut(kind), allowed=", ".join(sorted(_BUNDLE_TYPES))))
    except Invalid as err:
        err.path.append("type")
        raise
    for i, entry in enumerate(entries):
        if entry is None:
            continue
        if type(entry) is not dict:
            raise Invalid(_("must be a JSON object, not {value}").format(value=_shown(entry)),
                          f"[{i}]", "entry")
        url = entry.get("fullUrl")
        if url is not None:
            try:
                uri(url)
            except Invalid as err:
                err.path += ["fullUrl", f"[{i}]", "entry"]
                raise
