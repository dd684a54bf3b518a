"""An International Patient Summary (HL7 IPS): one person's record as a FHIR ``document``
Bundle whose first entry is a Composition with the IPS sections.

Sections (LOINC codes from the IPS implementation guide): problems 11450-4, allergies
48765-2, medications 10160-0 (the three required ones, each with an emptyReason when the
record has nothing), immunizations 11369-6, results 30954-2 and vital signs 8716-3.
Results and vital signs carry the latest reading of each kind, not years of history: it
is a summary for the next clinician. Each section has a generated narrative, as the IPS
asks, so a reader without FHIR tooling still sees the content.

The resources are the ones the full export builds (fhir_export.py), so codes and units are
the same; the whole Bundle is validated with the R4B models before it is written.
"""

from __future__ import annotations

import html
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS, format_reading
from healthdesk.store.models import Measurement

from . import fhir_export as fx
from .canonical import write_private_atomic

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

LOINC = "http://loinc.org"
IPS_DOCUMENT = ("60591-5", "Patient summary Document")
EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"
SECTIONS = (  # key, LOINC code, LOINC display, title, required by the IPS
    ("problems", "11450-4", "Problem list - Reported", "Active problems", True),
    ("allergies", "48765-2", "Allergies and adverse reactions Document",
     "Allergies and intolerances", True),
    ("medications", "10160-0", "History of Medication use Narrative", "Medication summary",
     True),
    ("immunizations", "11369-6", "History of Immunization Narrative", "Immunizations", False),
    ("results", "30954-2", "Relevant diagnostic tests/laboratory data Narrative", "Results",
     False),
    ("vital_signs", "8716-3", "Vital signs", "Vital signs", False),
)


def _narrative(lines: list[str], empty: str) -> dict[str, str]:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    body = f"<ul>{items}</ul>" if lines else f"<p>{html.escape(empty)}</p>"
    return {"status": "generated",
            "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _latest_readings(record: HealthRecord, pid: str) -> list[Any]:
    m = Measurement
    newest = (select(m.kind, func.max(m.taken_at).label("at"))
              .where(m.profile_id == pid, m.deleted.is_(False)).group_by(m.kind).subquery())
    with record.store.read() as s:
        return list(s.execute(
            select(m.id, m.kind, m.value, m.value2, m.value3, m.unit, m.entered_unit,
                   m.taken_at, m.context, m.note)
            .join(newest, (newest.c.kind == m.kind) & (newest.c.at == m.taken_at))
            .where(m.profile_id == pid, m.deleted.is_(False)).order_by(m.kind, m.id)))


def _reading_line(row: Any) -> str:
    spec = KINDS[row.kind]
    values = dict(zip((c.name for c in spec.components), (row.value, row.value2, row.value3),
                      strict=False))
    values = {k: v for k, v in values.items() if v is not None}
    shown = format_reading(row.kind, values, row.entered_unit or row.unit)
    return f"{spec.label}: {shown} ({row.taken_at.date().isoformat()})"


def build_ips(record: HealthRecord, profile_id: str) -> dict[str, Any]:
    """The IPS document Bundle of one person, as FHIR JSON (not yet validated)."""
    p = record.profiles.get(profile_id)
    who = fx._ref(p.id, p.name)
    device_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"healthdesk:{record.store_id}"))
    device = {"resourceType": "Device", "id": device_id,
              "deviceName": [{"name": "HealthDesk", "type": "user-friendly-name"}]}
    conditions = [c for c in record.conditions.for_profile(p.id) if c.status != "resolved"]
    medicines = record.medications.for_profile(p.id, active_only=True)
    doses = record.immunizations.for_profile(p.id)
    readings = [(row, fx.observation(row, who)) for row in _latest_readings(record, p.id)]
    by_category: dict[str, list[tuple[Any, dict[str, Any]]]] = {"laboratory": [],
                                                                 "vital-signs": []}
    for row, obs in readings:
        category = obs["category"][0]["coding"][0]["code"]
        by_category.setdefault(category, []).append((row, obs))
    content: dict[str, list[tuple[str, dict[str, Any]]]] = {
        "problems": [(c.name + (f" ({c.icd10})" if c.icd10 else ""), fx.condition(c, who))
                     for c in conditions],
        "allergies": [(a.substance + (f": {a.reaction}" if a.reaction else ""),
                       fx.allergy(a, who)) for a in record.allergies.for_profile(p.id)],
        "medications": [(" ".join(filter(None, (m.name, m.strength, m.instructions))),
                         fx.medication(m, who)) for m in medicines],
        "immunizations": [(f"{d.vaccine} ({d.given_on.isoformat()})", fx.immunization(d, who))
                          for d in doses],
        "results": [(_reading_line(r), o) for r, o in by_category["laboratory"]],
        "vital_signs": [(_reading_line(r), o) for r, o in by_category["vital-signs"]],
    }
    sections = []
    for key, code, display, title, required in SECTIONS:
        items = content[key]
        if not items and not required:
            continue
        section: dict[str, Any] = {
            "title": title, "code": {"coding": [{"system": LOINC, "code": code,
                                                 "display": display}]},
            "text": _narrative([line for line, _r in items],
                               f"No {title.lower()} recorded in HealthDesk."),
        }
        if items:
            section["entry"] = [{"reference": f"urn:uuid:{r['id']}"} for _l, r in items]
        else:
            section["emptyReason"] = {"coding": [{"system": EMPTY_REASON,
                                                  "code": "unavailable"}]}
        sections.append(section)
    now = fx._instant(record.now())
    composition = {
        "resourceType": "Composition", "id": str(uuid.uuid4()), "status": "final",
        "type": {"coding": [{"system": LOINC, "code": IPS_DOCUMENT[0],
                             "display": IPS_DOCUMENT[1]}]},
        "subject": who, "date": now, "author": [{"reference": f"urn:uuid:{device_id}"}],
        "title": f"International Patient Summary of {p.name}", "section": sections,
    }
    resources = [composition, fx.patient(p), device,
                 *(r for key in content for _line, r in content[key])]
    return {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "document",
            "identifier": {"system": "urn:ietf:rfc:3986",
                           "value": f"urn:uuid:{uuid.uuid4()}"},
            "timestamp": now,
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]}


def export_ips(record: HealthRecord, dest: Path | None, *,
               profile_ids: list[str] | None = None) -> bytes:
    """Write one person's IPS document Bundle to ``dest`` (0600, atomically) when given;
    return its bytes. ``profile_ids`` must name exactly one person unless the record has
    only one.

    Raises ValidationError when it names none or several people, or an unknown one.
    """
    from fhir.resources.R4B.bundle import Bundle

    ids = profile_ids or [p.id for p in record.profiles.all()]
    if len(ids) != 1:
        raise ValidationError("profile", _("An International Patient Summary is one person's; "
                                         "choose whose with --profile NAME."))
    known = {p.id for p in record.profiles.all()}
    if ids[0] not in known:
        raise ValidationError("profile",
            _("No profile with id {ids} exists in this record.").format(
                                             ids=ids[0]))
    bundle = build_ips(record, ids[0])
    Bundle.model_validate(bundle)
    data = (json.dumps(bundle, ensure_ascii=False, separators=(",", ":"), default=str)
            + "\n").encode("utf-8")
    if dest is not None:
        write_private_atomic(Path(dest), data)
    return data


__all__ = ["build_ips", "export_ips"]
