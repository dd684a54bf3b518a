"""What the FHIR export writes besides the record's current state: dose history as
MedicationAdministration, and documents as DocumentReference with their bytes inline.

A dose that was undone is not exported (the undo is how a mistake is corrected); a
snooze is not an administration at all. Taken doses are ``completed``; skipped and missed
ones ``not-done`` (with the reason as statusReason text), so another system sees the gaps
that adherence is measured by.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from healthdesk.store.models import Document, DoseEvent, Medication
from healthdesk.store.models.documents import DOCUMENT_CATEGORIES

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

_NOT_DONE = {"skipped": "Skipped", "missed": "Missed"}
# LOINC document ontology kinds for HealthDesk's categories (DocumentReference.type).
DOCUMENT_LOINC = {
    "lab_report": ("11502-2", "Laboratory report"),
    "prescription": ("57833-6", "Prescription for medication"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "letter": ("51852-2", "Letter"),
    "discharge_summary": ("18842-5", "Discharge summary"),
    "vaccination": ("11369-6", "History of Immunization Narrative"),
}
assert set(DOCUMENT_LOINC) <= set(DOCUMENT_CATEGORIES)


def _instant(moment: dt.datetime) -> str:
    text = moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return text.replace(".000000", "").replace("+00:00", "Z")


def administrations(record: HealthRecord, pid: str, who: dict[str, str]) -> list[dict[str, Any]]:
    """Every live dose event of the profile as a MedicationAdministration, oldest first."""
    e, m = DoseEvent, Medication
    with record.store.read() as s:
        undone = set(s.scalars(select(e.supersedes).where(
            e.profile_id == pid, e.action == "undone", e.supersedes.is_not(None))))
        rows = s.execute(select(e.id, e.action, e.at, e.amount, e.by_person, e.note,
                                e.medication_id, m.name, m.strength, m.dose_unit)
                         .join(m, m.id == e.medication_id)
                         .where(e.profile_id == pid, e.deleted.is_(False),
                                e.action.in_(("taken", "skipped", "missed")))
                         .order_by(e.at, e.id)).all()
    out = []
    for row in rows:
        if row.id in undone:
            continue
        label = f"{row.name} {row.strength}" if row.strength else row.name
        resource: dict[str, Any] = {
            "resourceType": "MedicationAdministration", "id": row.id,
            "status": "completed" if row.action == "taken" else "not-done",
            "medicationCodeableConcept": {"text": label}, "subject": who,
            "effectiveDateTime": _instant(row.at),
            "supportingInformation": [{"reference": f"urn:uuid:{row.medication_id}",
                                       "display": label}],
        }
        if row.action in _NOT_DONE:
            resource["statusReason"] = [{"text": _NOT_DONE[row.action]}]
        if row.by_person:
            resource["performer"] = [{"actor": {"display": row.by_person}}]
        if row.amount is not None and row.action == "taken":
            dose: dict[str, Any] = {"value": row.amount}
            if row.dose_unit:
                dose["unit"] = row.dose_unit
            resource["dosage"] = {"dose": dose}
        if row.note:
            resource["note"] = [{"text": row.note}]
        out.append(resource)
    return out


def document_references(record: HealthRecord, pid: str,
                        who: dict[str, str]) -> list[dict[str, Any]]:
    """Every live document of the profile, its bytes inline (base64) with their SHA-1, as
    FHIR's Attachment.hash asks."""
    d = Document
    with record.store.read() as s:
        ids = list(s.scalars(select(d.id).where(d.profile_id == pid, d.deleted.is_(False))
                             .order_by(d.document_date, d.id)))
    out = []
    for doc_id in ids:
        with record.store.read() as s:  # one document's bytes in memory at a time
            doc = s.get(d, doc_id)
            assert doc is not None
            content = bytes(doc.content)
            title, category, mime = doc.title, doc.category, doc.mime_type
            when, created, name = doc.document_date, doc.created_at, doc.filename
        code = DOCUMENT_LOINC.get(category)
        kind: dict[str, Any] = {"text": category.replace("_", " ").capitalize()}
        if code is not None:
            kind["coding"] = [{"system": "http://loinc.org", "code": code[0],
                               "display": code[1]}]
        attachment: dict[str, Any] = {
            "contentType": mime, "data": base64.b64encode(content).decode("ascii"),
            "size": len(content), "title": name or title,
            "hash": base64.b64encode(hashlib.sha1(content).digest()).decode("ascii"),
        }
        if when is not None:
            attachment["creation"] = when.isoformat()
        out.append({"resourceType": "DocumentReference", "id": doc_id, "status": "current",
                    "type": kind, "subject": who, "date": _instant(created),
                    "description": title, "content": [{"attachment": attachment}]})
    return out
