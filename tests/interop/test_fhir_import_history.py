"""FHIR import of dose history (MedicationAdministration) and documents (DocumentReference),
and readings' codes kept as they arrived and exported back."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from healthdesk.interop.fhir_export import export_fhir
from healthdesk.interop.fhir_import import import_fhir

PATIENT = {"resourceType": "Patient", "id": "p", "name": [{"text": "Ravi Kumar"}]}
SUBJECT = {"reference": "Patient/p"}


def _bundle(tmp_path: Path, *resources: dict[str, Any]) -> Path:
    doc = {"resourceType": "Bundle", "type": "collection",
           "entry": [{"fullUrl": f"urn:uuid:{i}", "resource": r}
                     for i, r in enumerate((PATIENT, *resources))]}
    Bundle.model_validate(doc)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(doc))
    return path


def _out(record: Any, tmp_path: Path, kind: str) -> list[dict[str, Any]]:
    out = tmp_path / "out.json"
    export_fhir(record, out)
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_oral_temperature_keeps_its_codes_and_fahrenheit_on_the_way_back(
        record: Any, tmp_path: Path) -> None:
    coding = [{"system": "http://loinc.org", "code": "8331-1", "display": "Oral temperature"},
              {"system": "http://snomed.info/sct", "code": "415945006"}]
    path = _bundle(tmp_path, {
        "resourceType": "Observation", "status": "final", "subject": SUBJECT,
        "code": {"coding": coding}, "effectiveDateTime": "2026-02-01T08:00:00Z",
        "valueQuantity": {"value": 99.1, "unit": "degF", "system": "http://unitsofmeasure.org",
                          "code": "[degF]"}})
    report = import_fhir(record, path)
    assert report.created["readings"] == 1
    [obs] = _out(record, tmp_path, "Observation")
    assert obs["code"]["coding"][:2] == coding  # as they came, in their order
    assert obs["valueQuantity"]["code"] == "[degF]"
    assert obs["valueQuantity"]["value"] == 99.1


def test_doses_given_and_not_given_become_dose_history_once(record: Any,
                                                            tmp_path: Path) -> None:
    med = {"resourceType": "Medication", "id": "m1",
           "code": {"text": "Metformin 500 mg"}}
    given = {"resourceType": "MedicationAdministration", "status": "completed",
             "subject": SUBJECT, "medicationReference": {"reference": "Medication/m1"},
             "effectiveDateTime": "2026-02-01T08:05:00Z", "dosage": {"dose": {"value": 2}},
             "performer": [{"actor": {"display": "Nurse Mary"}}]}
    missed = {"resourceType": "MedicationAdministration", "status": "not-done",
              "subject": SUBJECT, "medicationCodeableConcept": {"text": "Metformin 500 mg"},
              "statusReason": [{"text": "Nausea"}],
              "effectiveDateTime": "2026-02-01T20:00:00Z"}
    wrong = {**given, "status": "entered-in-error"}
    path = _bundle(tmp_path, med, given, missed, wrong)
    report = import_fhir(record, path)
    [profile] = [p for p in record.profiles.all() if p.name == "Ravi Kumar"]
    [medicine] = record.medications.for_profile(profile.id, active_only=False)
    assert (medicine.name, medicine.strength) == ("Metformin", "500 mg")
    events = record.doses.history(medicine.id)
    assert [(e.action, e.at, e.amount, e.by_person) for e in reversed(events)] == [
        ("taken", dt.datetime(2026, 2, 1, 8, 5, tzinfo=dt.UTC), 2.0, "Nurse Mary"),
        ("skipped", dt.datetime(2026, 2, 1, 20, 0, tzinfo=dt.UTC), None,
         record.store.actor)]
    assert events[0].note == "Nausea"
    tally = report.by_resource["MedicationAdministration"]
    assert (tally.imported, tally.skipped) == (2, 1)
    assert any("entered-in-error" in s for s in report.skipped)
    # Again into the same profile: nothing new.
    again = import_fhir(record, path, profile_id=profile.id)
    assert again.by_resource["MedicationAdministration"].already_there == 2
    assert len(record.doses.history(medicine.id)) == 2


def test_documents_with_bytes_come_in_and_a_link_only_is_skipped_with_the_reason(
        record: Any, tmp_path: Path) -> None:
    data = b"%PDF-1.4 discharge " + bytes(range(200))
    inline = {"resourceType": "DocumentReference", "status": "current", "subject": SUBJECT,
              "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}]},
              "description": "Discharge summary, March", "date": "2026-03-02T10:00:00Z",
              "content": [{"attachment": {"contentType": "application/pdf",
                                          "data": base64.b64encode(data).decode(),
                                          "title": "discharge.pdf",
                                          "creation": "2026-03-01"}}]}
    link = {"resourceType": "DocumentReference", "status": "current", "subject": SUBJECT,
            "content": [{"attachment": {"url": "https://example.org/doc/1"}}]}
    report = import_fhir(record, _bundle(tmp_path, inline, link))
    [profile] = [p for p in record.profiles.all() if p.name == "Ravi Kumar"]
    [doc] = record.documents.for_profile(profile.id)
    assert (doc.title, doc.category, doc.document_date) == (
        "Discharge summary, March", "discharge_summary", dt.date(2026, 3, 1))
    assert record.documents.read_bytes(doc.id) == data
    assert report.by_resource["DocumentReference"].skipped == 1
    assert any("only a link (url)" in s for s in report.skipped)
    again = import_fhir(record, _bundle(tmp_path, inline), profile_id=profile.id)
    assert again.by_resource["DocumentReference"].already_there == 1


def test_export_then_import_carries_dose_history_and_documents(
        record: Any, profile_id: str, tmp_path: Path) -> None:
    med = record.medications.add(profile_id, "Amlodipine", strength="5 mg")
    t0 = record.now() - dt.timedelta(days=1)
    record.doses.record(med.id, "taken", at=t0, amount=1)
    record.documents.import_bytes(profile_id, b"lab values " * 20, "labs.txt",
                                  title="Labs", category="lab_report")
    out = tmp_path / "out.json"
    export_fhir(record, out, profile_ids=[profile_id])
    other = record.profiles.create(name="Copy").id
    import_fhir(record, out, profile_id=other)
    [copy] = record.medications.for_profile(other, active_only=False)
    assert [(e.action, e.at) for e in record.doses.history(copy.id)] == [("taken", t0)]
    [doc] = record.documents.for_profile(other)
    assert (doc.title, doc.category) == ("Labs", "lab_report")


def test_condition_allergy_and_medicine_codes_travel_back_as_they_came(
        record: Any, tmp_path: Path) -> None:
    snomed = {"system": "http://snomed.info/sct", "code": "44054006",
              "display": "Diabetes mellitus type 2"}
    icd = {"system": "http://hl7.org/fhir/sid/icd-10", "code": "E11.9"}
    rxnorm = {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975",
              "display": "metformin hydrochloride 500 MG Oral Tablet"}
    peanut = {"system": "http://snomed.info/sct", "code": "762952008", "display": "Peanut"}
    path = _bundle(
        tmp_path,
        {"resourceType": "Condition", "subject": SUBJECT,
         "code": {"coding": [snomed, icd], "text": "Type 2 diabetes"}},
        {"resourceType": "AllergyIntolerance", "patient": SUBJECT,
         "code": {"coding": [peanut], "text": "Peanut"}},
        {"resourceType": "MedicationStatement", "status": "active", "subject": SUBJECT,
         "medicationCodeableConcept": {"coding": [rxnorm], "text": "Metformin 500 mg"}})
    import_fhir(record, path)
    [cond] = _out(record, tmp_path, "Condition")
    assert cond["code"]["coding"][:2] == [snomed, icd]
    assert len(cond["code"]["coding"]) == 2  # ICD-10 E11.9 is ours too: not repeated
    [allergy] = _out(record, tmp_path, "AllergyIntolerance")
    assert allergy["code"]["coding"] == [peanut]
    [med] = _out(record, tmp_path, "MedicationStatement")
    assert med["medicationCodeableConcept"]["coding"] == [rxnorm]
