"""FHIR import of what happened and what was written down: MedicationAdministration (a
dose given or not given) as dose history, DocumentReference (a document with its bytes
inline) as a document; and the codes a resource arrived with, kept as they came.

The handlers take the running import (fhir_import._Import) for its profile lookup,
counters and references. The export side is fhir_history.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from healthdesk.store.models import Allergy, Condition, Medication

from . import fhir_codes as fc
from .fhir_codes import day, moment, notes, text_of
from .fhir_history import DOCUMENT_LOINC
from .fhir_import_report import Skip

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

    from .fhir_import import _Import

_CATEGORY_OF_LOINC = {code: category for category, (code, _d) in DOCUMENT_LOINC.items()}
# MedicationAdministration.status: what HealthDesk records for it (None: left out).
_ACTION = {"completed": "taken", "not-done": "skipped"}


def arrived_codes(concept: Any) -> tuple[dict[str, str], ...] | None:
    """A CodeableConcept's codings (system, code, display) as they arrived, for
    ``measurements.codes``; None when it has none with a system and a code."""
    out = []
    for c in getattr(concept, "coding", None) or []:
        if c.system and c.code:
            kept = {"system": str(c.system), "code": str(c.code)}
            if c.display:
                kept["display"] = str(c.display)
            out.append(kept)
    return tuple(out) or None


def merged_codings(kept: Any, ours: list[dict[str, str]]) -> list[dict[str, str]]:
    """An export's codings: those a reading arrived with, in their order, then ours that
    they do not already name (system and code)."""
    first = [dict(c) for c in kept or ()]
    have = {(c.get("system"), c.get("code")) for c in first}
    return first + [c for c in ours if (c.get("system"), c.get("code")) not in have]


def _medicine_label(imp: _Import, resource: Any) -> str:
    concept = resource.medicationCodeableConcept
    if concept is None and resource.medicationReference is not None:
        ref = resource.medicationReference
        target = next((c for c in resource.contained or [] if f"#{c.id}" == ref.reference),
                      None) or imp.resolve(ref.reference)
        return text_of(getattr(target, "code", None)) or (ref.display or "").strip()
    return text_of(concept) or ""


def _medication_id(imp: _Import, pid: str, label: str) -> str:
    """The profile's medicine of that name; one is added (no schedule, so no reminders)
    when the record has none, as a dose history needs its medicine."""
    name, strength = fc.split_strength(label)
    meds: dict[str, str] = imp.existing.setdefault((pid, "medication ids"), {})
    if not meds:
        meds.update({m.name.casefold(): m.id for m in
                     imp.record.medications.for_profile(pid, active_only=False)})
    found = meds.get(name.casefold())
    if found is None:
        view = imp.record.medications.add(pid, name, strength=strength)
        imp.created["medications"] += 1
        found = meds[name.casefold()] = view.id
    return str(found)


def administration(imp: _Import, a: Any) -> None:
    """A dose given (completed) or not given (not-done) as a dose event at its time."""
    action = _ACTION.get(a.status)
    if action is None:
        raise Skip(f"its status is {a.status}")
    pid = imp.profile_for(getattr(a.subject, "reference", None))
    when = moment(a.effectiveDateTime) or moment(getattr(a.effectivePeriod, "start", None))
    if when is None:
        raise Skip("effectiveDateTime: it has no full date and time of the dose")
    label = _medicine_label(imp, a)
    if not label:
        raise Skip("medication: it names no medicine")
    med_id = _medication_id(imp, pid, label)
    done = imp.existing.setdefault((pid, f"doses {med_id}"), set())
    if not done:
        done.update((e.at, e.action) for e in imp.record.doses.history(med_id))
        done.add(None)  # loaded, even when the medicine has no history
    if (when, action) in done:
        imp.duplicates["doses"] += 1
        return
    dose = getattr(a.dosage, "dose", None)
    amount = dose.value if action == "taken" and dose is not None else None
    performer = next((p.actor.display for p in a.performer or []
                      if getattr(p.actor, "display", None)), None)
    reason = "; ".join(filter(None, (text_of(r) for r in a.statusReason or [])))
    note = "\n".join(filter(None, (reason or None, notes(a)))) or None
    imp.record.doses.record(med_id, action, at=when, amount=None if amount is None else
                            float(amount), by_person=performer, note=note,
                            scheduled_for=when if action != "taken" else None,
                            override_confirmed=True)  # it happened: as-needed limits aside
    done.add((when, action))
    imp.created["doses"] += 1


def document_reference(imp: _Import, d: Any) -> None:
    """A document whose bytes are inline (attachment.data). Only a link (url) is left
    out with the reason: the record keeps documents, not addresses of them."""
    if d.status != "current":
        raise Skip(f"its status is {d.status}")
    pid = imp.profile_for(getattr(d.subject, "reference", None))
    attachments = [c.attachment for c in d.content or [] if c.attachment is not None]
    inline = next((x for x in attachments if x.data), None)
    if inline is None:
        if any(x.url for x in attachments):
            raise Skip("content.attachment: it holds only a link (url) to the document, not "
                       "the document itself")
        raise Skip("content.attachment: it holds no document")
    data = inline.data if isinstance(inline.data, bytes) else base64.b64decode(inline.data)
    codes = [c.code for c in getattr(d.type, "coding", None) or [] if c.system == fc.LOINC]
    category = next((_CATEGORY_OF_LOINC[c] for c in codes if c in _CATEGORY_OF_LOINC), "other")
    title = (d.description or inline.title or text_of(d.type) or "Document").strip()
    when = day(inline.creation) or day(d.date)
    have = imp.existing.setdefault((pid, "document digests"), set())
    if not have:
        have.update(v.sha256 for v in imp.record.documents.for_profile(pid))
        have.add("")  # loaded, even when the profile has no documents
    digest = hashlib.sha256(data).hexdigest()
    if digest in have:
        imp.duplicates["documents"] += 1
        return
    imp.record.documents.import_bytes(
        pid, data, inline.title, title=title[:300], category=category,
        document_date=when if isinstance(when, dt.date) else None,
        mime_type=inline.contentType)
    have.add(digest)
    imp.created["documents"] += 1


_CODED: dict[str, Any] = {"conditions": Condition, "allergies": Allergy, "medications": Medication}
# Where each exported resource type carries the concept the codes belong to.
_CONCEPT = {"Condition": ("conditions", "code"), "AllergyIntolerance": ("allergies", "code"),
            "MedicationStatement": ("medications", "medicationCodeableConcept")}


def keep_codes(imp: _Import, table: str, row_id: str, concept: Any) -> None:
    """Keep the codings a condition, allergy or medicine arrived with on its row."""
    kept = arrived_codes(concept)
    if kept:
        with imp.record.store.write() as s:
            row = s.get(_CODED[table], row_id)
            if row is not None:
                row.codes = list(kept)


def with_kept_codes(record: HealthRecord, pid: str, resources: list[dict[str, Any]]) -> None:
    """Put back, first and in their order, the codings each exported condition, allergy
    and medicine of the profile arrived with."""
    kept: dict[str, Any] = {}
    with record.store.read() as s:
        for model in _CODED.values():
            kept.update((row_id, codes) for row_id, codes in s.execute(
                select(model.id, model.codes).where(model.profile_id == pid,
                                                    model.codes.is_not(None))))
    for resource in resources:
        where = _CONCEPT.get(resource.get("resourceType", ""))
        codes = kept.get(resource.get("id", ""))
        if where is not None and codes:
            concept = resource.setdefault(where[1], {})
            concept["coding"] = merged_codings(codes, concept.get("coding", []))
