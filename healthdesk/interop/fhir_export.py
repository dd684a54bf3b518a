"""Export to a FHIR R4 ``collection`` Bundle: what another health system can read.

Every resource is built as FHIR JSON and validated with fhir.resources (R4B models, wire-
compatible with R4 for these resources) before it is written: the exporter never emits
a resource another system would refuse. The JSON written is the validated JSON itself
(pydantic's own serialiser is ~2x slower than validation, which matters for years of
readings).

What travels: Patient (one per profile), Observation per live reading (LOINC codes, UCUM
units, in the unit it was entered in; blood pressure as the 85354-9 panel with
components), Condition, AllergyIntolerance, MedicationStatement (dose, route, schedule as
Dosage.timing), Appointment, Immunization (CVX / SNOMED CT codes as they arrived, the
next dose's due date in a HealthDesk extension), Encounter per past visit,
MedicationAdministration per dose taken, skipped or missed, and DocumentReference per
document (fhir_history.py). References are ``urn:uuid:`` full URLs of HealthDesk ids, so
a re-import into an empty record gives the same readings. Two HealthDesk extensions carry
what FHIR has no code for (a glucose reading's context, an allergy's exact severity);
other systems ignore them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from healthdesk.domain import measurements as kinds
from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.appointments import to_view as appointment_view
from healthdesk.services.clinical import AllergyView, ConditionView
from healthdesk.services.encounters import EncounterView
from healthdesk.services.immunizations import ImmunizationView
from healthdesk.services.medications import MedicationView
from healthdesk.services.profiles import ProfileView
from healthdesk.store.models import Appointment, Measurement

from . import fhir_codes as fc
from .canonical import write_private_atomic
from .fhir_history import administrations, document_references
from .fhir_import_history import merged_codings, with_kept_codes

if TYPE_CHECKING:
    from healthdesk.services.appointments import AppointmentView
    from healthdesk.services.record import HealthRecord

_CRITICALITY = {"mild": "low", "moderate": "low", "severe": "high", "life_threatening": "high",
                "unknown": "unable-to-assess"}
_REACTION_SEVERITY = {"mild": "mild", "moderate": "moderate", "life_threatening": "severe"}


def _ref(pid: str, name: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{pid}", "display": name}


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    out = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def _concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    return {"coding": [_coding(system, code, display)]}


def _instant(moment: Any) -> str:
    text = moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return text.replace(".000000", "").replace("+00:00", "Z")


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": fc.UCUM, "code": fc.TO_UCUM[unit]}


def _note(text: str | None) -> list[dict[str, str]] | None:
    return [{"text": text}] if text else None


def _clean(resource: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resource.items() if v not in (None, [], {}, "")}


def patient(p: ProfileView) -> dict[str, Any]:
    words = p.name.split()
    name = {"use": "official", "text": p.name, "family": words[-1] if len(words) > 1 else None,
            "given": words[:-1] if len(words) > 1 else words}
    return _clean({"resourceType": "Patient", "id": p.id, "name": [_clean(name)],
                   "gender": fc.SEX_TO_GENDER.get(p.sex, "unknown"),
                   "birthDate": p.date_of_birth.isoformat() if p.date_of_birth else None})


def observation(m: Any, who: dict[str, str]) -> dict[str, Any]:
    """One reading (a Measurement row) as an Observation."""
    spec = kinds.KINDS[m.kind]
    values = [m.value, m.value2, m.value3]
    resource: dict[str, Any] = {
        "resourceType": "Observation", "id": m.id, "status": "final", "subject": who,
        "effectiveDateTime": _instant(m.taken_at), "note": _note(m.note),
    }
    if m.kind == "blood_pressure":
        parts = [(fc.SYSTOLIC, "Systolic blood pressure", values[0], m.unit),
                 (fc.DIASTOLIC, "Diastolic blood pressure", values[1], m.unit),
                 (fc.HEART_RATE, "Heart rate", values[2], spec.unit_of(spec.components[2]))]
        category = "vital-signs"
        panel = [_coding(fc.LOINC, fc.BP_PANEL, "Blood pressure panel with all children "
                                                "optional")]
        resource["code"] = {"coding": merged_codings(getattr(m, "codes", None), panel),
                            "text": "Blood pressure"}
        resource["component"] = [{"code": _concept(fc.LOINC, code, label),
                                  "valueQuantity": _quantity(value, unit)}
                                 for code, label, value, unit in parts if value is not None]
    else:
        known = fc.EXPORT_LOINC[m.kind]
        category = known.category
        # In the unit it was entered in (mg/dL stays mg/dL), with the code for that unit.
        unit, value = m.unit, values[0]
        entered = getattr(m, "entered_unit", None)
        if entered and entered != m.unit and entered in spec.units:
            unit = entered
            value = kinds.display(m.kind, {spec.components[0].name: value}, unit)[
                spec.components[0].name]
            mass = fc.MASS_LOINC.get(m.kind) if unit == u.MG_DL else None
            if mass is not None and known.context is None:
                known = fc.BY_LOINC[mass]
        codings = [_coding(fc.LOINC, known.code, known.display)]
        codings += [_coding(fc.LOINC, c, fc.BY_LOINC[c].display)
                    for c in fc.EXTRA_CODINGS.get(m.kind, ())]
        # The codes it arrived with first (LOINC 8331-1 stays 8331-1), then ours.
        resource["code"] = {"coding": merged_codings(getattr(m, "codes", None), codings),
                            "text": spec.label}
        resource["valueQuantity"] = _quantity(value, unit)
    resource["category"] = [_concept(fc.OBS_CATEGORY, category)]
    if m.context:
        resource["extension"] = [{"url": fc.CONTEXT_EXTENSION, "valueCode": m.context}]
    return _clean(resource)


def condition(c: ConditionView, who: dict[str, str]) -> dict[str, Any]:
    code: dict[str, Any] = {"text": c.name}
    if c.icd10:
        code["coding"] = [_coding(fc.ICD10, c.icd10, c.name)]
    ended = c.resolved_on if c.status != "active" else None
    return _clean({
        "resourceType": "Condition", "id": c.id, "subject": who, "code": code,
        "clinicalStatus": _concept(fc.CONDITION_CLINICAL, c.status),
        "verificationStatus": _concept(fc.CONDITION_VERIFICATION, "confirmed"),
        "category": [_concept(fc.CONDITION_CATEGORY, "problem-list-item")],
        "onsetDateTime": c.onset.isoformat() if c.onset else None,
        "abatementDateTime": ended.isoformat() if ended else None, "note": _note(c.notes),
    })


def allergy(a: AllergyView, who: dict[str, str]) -> dict[str, Any]:
    reaction = None
    if a.reaction:
        reaction = [_clean({"manifestation": [{"text": a.reaction}],
                            "severity": _REACTION_SEVERITY.get(a.severity)})]
    return _clean({
        "resourceType": "AllergyIntolerance", "id": a.id, "patient": who,
        "extension": [{"url": fc.SEVERITY_EXTENSION, "valueCode": a.severity}],
        "clinicalStatus": _concept(fc.ALLERGY_CLINICAL, "active"),
        "verificationStatus": _concept(fc.ALLERGY_VERIFICATION, "confirmed"),
        "category": [a.category] if a.category in fc.ALLERGY_CATEGORIES else None,
        "criticality": _CRITICALITY[a.severity], "code": {"text": a.substance},
        "recordedDate": a.noted_on.isoformat() if a.noted_on else None,
        "reaction": reaction, "note": _note(a.notes),
    })


def _dosage(med: MedicationView) -> dict[str, Any]:
    dosage: dict[str, Any] = {
        "text": med.instructions,
        "doseAndRate": [{"doseQuantity": {"value": med.dose_amount, "unit": med.dose_unit}}],
        "route": {"coding": [_coding(fc.SNOMED, fc.ROUTE_TO_SNOMED[med.route], med.route)]}
        if med.route in fc.ROUTE_TO_SNOMED else {"text": med.route},
    }
    sc = med.schedule
    if sc is not None and sc.kind == "as_needed":
        dosage["asNeededBoolean"] = True
        if sc.prn_min_interval_minutes:
            minutes = sc.prn_min_interval_minutes
            period = (minutes // 60, "h") if minutes % 60 == 0 else (minutes, "min")
            dosage["timing"] = {"repeat": {"frequency": 1, "period": period[0],
                                           "periodUnit": period[1]}}
        if sc.prn_max_per_day:
            dosage["maxDosePerPeriod"] = {
                "numerator": {"value": sc.prn_max_per_day},
                "denominator": {"value": 1, "unit": "day", "system": fc.UCUM, "code": "d"}}
    elif sc is not None:
        repeat = {"frequency": len(sc.times_of_day), "period": sc.interval_days,
                  "periodUnit": "d", "timeOfDay": [f"{t}:00" for t in sc.times_of_day],
                  "dayOfWeek": [fc.DAYS_OF_WEEK[d] for d in sc.weekdays or ()] or None}
        dosage["timing"] = {"repeat": _clean(repeat)}
    return _clean(dosage)


def medication(med: MedicationView, who: dict[str, str]) -> dict[str, Any]:
    label = f"{med.name} {med.strength}" if med.strength else med.name
    period = _clean({"start": med.start_date.isoformat() if med.start_date else None,
                     "end": med.end_date.isoformat() if med.end_date else None})
    return _clean({
        "resourceType": "MedicationStatement", "id": med.id, "subject": who,
        "status": "active" if med.active else "stopped",
        "medicationCodeableConcept": {"text": label}, "effectivePeriod": period or None,
        "informationSource": {"display": med.prescriber} if med.prescriber else None,
        "dosage": [_dosage(med)], "note": _note(med.notes),
    })


def appointment(a: AppointmentView, who: dict[str, str]) -> dict[str, Any]:
    people = [{"actor": who, "status": "accepted"}]
    for name, role in ((a.clinician, "ATND"), (a.place, "LOC")):
        if name:
            people.append({"actor": {"display": name}, "status": "accepted",
                           "type": [_concept(fc.PARTICIPATION, role)]})
    return _clean({
        "resourceType": "Appointment", "id": a.id,
        "status": fc.STATUS_TO_APPOINTMENT[a.status], "description": a.title,
        "appointmentType": {"text": fc.VISIT_LABELS.get(a.visit_type, "Other")},
        "start": _instant(a.start_at), "end": _instant(a.end_at),
        "minutesDuration": a.duration_minutes, "comment": a.notes, "participant": people,
    })


def immunization(i: ImmunizationView, who: dict[str, str]) -> dict[str, Any]:
    """One vaccine dose, with the CVX and SNOMED CT codes it arrived with."""
    codings = [_coding(system, code) for system, code in ((fc.CVX, i.cvx), (fc.SNOMED, i.snomed))
               if code]
    due = ([{"url": fc.NEXT_DOSE_EXTENSION, "valueDate": i.next_due_on.isoformat()}]
           if i.next_due_on else None)
    return _clean({
        "resourceType": "Immunization", "id": i.id, "extension": due,
        "status": "completed" if i.status == "completed" else "not-done",
        "vaccineCode": _clean({"coding": codings, "text": i.vaccine}), "patient": who,
        "occurrenceDateTime": i.given_on.isoformat(), "primarySource": None,
        "lotNumber": i.lot, "site": {"text": i.site} if i.site else None,
        "performer": [{"actor": {"display": i.performer}}] if i.performer else None,
        "protocolApplied": [{"doseNumberPositiveInt": i.dose_number}]
        if i.dose_number else None,
        "note": _note(i.notes),
    })


def encounter(e: EncounterView, who: dict[str, str]) -> dict[str, Any]:
    """One past visit: its type (with the SNOMED CT code it arrived with), class, period,
    practitioner and place."""
    code, display = fc.SETTING_CLASS[e.setting]
    kind: dict[str, Any] = {"text": e.title}
    if e.snomed:
        kind["coding"] = [_coding(fc.SNOMED, e.snomed)]
    period = _clean({"start": _instant(e.start_at),
                     "end": _instant(e.end_at) if e.end_at else None})
    return _clean({
        "resourceType": "Encounter", "id": e.id, "status": "finished",
        "class": _coding(fc.ACT_CODE, code, display), "type": [kind], "subject": who,
        "period": period,
        "participant": [{"individual": {"display": e.practitioner}}] if e.practitioner
        else None,
        "location": [{"location": {"display": e.place}}] if e.place else None,
        "reasonCode": [{"text": e.reason}] if e.reason else None,
    })


def _resources(record: HealthRecord, profile_ids: list[str] | None) -> list[dict[str, Any]]:
    profiles = record.profiles.all()
    if profile_ids is not None:
        known = {p.id for p in profiles}
        for pid in profile_ids:
            if pid not in known:
                raise ValidationError("profile", _("No profile with id {pid} exists in this "
                                                   "record.").format(pid=pid))
        profiles = [p for p in profiles if p.id in set(profile_ids)]
    out: list[dict[str, Any]] = []
    for p in profiles:
        who = _ref(p.id, p.name)
        out.append(patient(p))
        with record.store.read() as s:
            m = Measurement
            rows = s.execute(select(m.id, m.kind, m.value, m.value2, m.value3, m.unit,
                                    m.entered_unit, m.taken_at, m.context, m.note, m.codes)
                             .where(m.profile_id == p.id, m.deleted.is_(False))
                             .order_by(m.taken_at, m.id))
            out += [observation(m, who) for m in rows]
            visits = [appointment_view(a) for a in s.scalars(select(Appointment).where(
                Appointment.profile_id == p.id, Appointment.deleted.is_(False))
                .order_by(Appointment.start_at, Appointment.id))]
        out += [condition(c, who) for c in record.conditions.for_profile(p.id)]
        out += [allergy(a, who) for a in record.allergies.for_profile(p.id)]
        out += [medication(m, who) for m in record.medications.for_profile(p.id, active_only=False)]
        out += [appointment(a, who) for a in visits]
        out += [immunization(i, who) for i in record.immunizations.for_profile(p.id)]
        out += [encounter(e, who) for e in record.encounters.for_profile(p.id)]
        out += administrations(record, p.id, who)
        out += document_references(record, p.id, who)
        with_kept_codes(record, p.id, out)
    return out


def render_fhir(record: HealthRecord, *, profile_ids: list[str] | None = None,
                progress: Callable[[float, str], None] | None = None) -> bytes:
    """The Bundle's bytes (UTF-8 JSON), every resource validated, nothing written.

    ``progress(fraction, what)`` is called now and then: validation costs ~0.4 ms a
    resource, so years of readings take seconds; run it off the GUI thread.
    Raises ValidationError for an unknown profile id.
    """
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle

    resources = _resources(record, profile_ids)
    for i, resource in enumerate(resources, start=1):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        if progress is not None and i % 250 == 0:
            progress(0.95 * i / len(resources), "Checking FHIR resources")
    bundle = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
              "timestamp": _instant(record.now()),
              "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]}
    Bundle.model_validate({**bundle, "entry": [{"fullUrl": e["fullUrl"]}
                                               for e in bundle["entry"]] or None})
    text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"), default=str)
    if progress is not None:
        progress(1.0, "Exported")
    return (text + "\n").encode("utf-8")


def export_fhir(record: HealthRecord, dest: Path | None, *,
                profile_ids: list[str] | None = None,
                progress: Callable[[float, str], None] | None = None) -> bytes:
    """Write the FHIR Bundle to ``dest`` (0600, atomically) when given; return its bytes.

    Raises ValidationError for an unknown profile id; OSError when ``dest`` is unwritable.
    """
    data = render_fhir(record, profile_ids=profile_ids, progress=progress)
    if dest is not None:
        write_private_atomic(Path(dest), data)
    return data
