"""Dose history as MedicationAdministration and documents as DocumentReference in the FHIR
export, validated with the R4B models."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from healthdesk.interop.fhir_export import export_fhir


def _resources(path: Path, kind: str) -> list[dict[str, Any]]:
    bundle = json.loads(path.read_text())
    Bundle.model_validate(bundle)
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_doses_taken_skipped_and_missed_go_out_and_an_undone_one_does_not(
        tmp_path: Path, record: Any, profile_id: str) -> None:
    med = record.medications.add(profile_id, "Metformin", strength="500 mg")
    t0 = record.now() - dt.timedelta(days=2)
    taken = record.doses.record(med.id, "taken", at=t0, amount=1, by_person="Asha")
    record.doses.record(med.id, "skipped", at=t0 + dt.timedelta(hours=12),
                        scheduled_for=t0 + dt.timedelta(hours=12), note="nausea")
    mistake = record.doses.record(med.id, "taken", at=t0 + dt.timedelta(days=1))
    record.doses.undo(mistake.id)
    out = tmp_path / "out.json"
    export_fhir(record, out)

    given = _resources(out, "MedicationAdministration")
    assert given[0]["id"] == taken.id
    assert [r["status"] for r in given] == ["completed", "not-done"]
    first, skipped = given
    assert first["medicationCodeableConcept"] == {"text": "Metformin 500 mg"}
    assert first["performer"] == [{"actor": {"display": "Asha"}}]
    assert first["dosage"]["dose"]["value"] == 1
    assert skipped["statusReason"] == [{"text": "Skipped"}]
    assert skipped["note"] == [{"text": "nausea"}]


def test_documents_go_out_with_their_bytes_type_and_hash(tmp_path: Path, record: Any,
                                                         profile_id: str) -> None:
    data = b"%PDF-1.4 lipid panel " + bytes(range(256))
    record.documents.import_bytes(profile_id, data, "lipids.pdf", title="Lipid panel",
                                  category="lab_report")
    out = tmp_path / "out.json"
    export_fhir(record, out)

    [doc] = _resources(out, "DocumentReference")
    attachment = doc["content"][0]["attachment"]
    assert base64.b64decode(attachment["data"]) == data
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(data).digest()).decode()
    assert (attachment["size"], attachment["title"], doc["description"]) == (
        len(data), "lipids.pdf", "Lipid panel")
    assert doc["type"]["coding"][0]["code"] == "11502-2"
