"""Immunizations through FHIR: Synthea / US Core / IPS shaped doses in, the same codes out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from healthdesk.interop.fhir_export import export_fhir
from healthdesk.interop.fhir_import import import_fhir
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from tests.conftest import PASSPHRASE, FakeClock

DATA = Path(__file__).parent / "data"
BUNDLE = DATA / "fhir_immunizations.json"


def _doses(record: Any) -> dict[str, Any]:
    pid = record.profiles.find_by_name("Chidi Okafor").id
    return {v.vaccine: v for v in record.immunizations.for_profile(pid)}


def test_doses_arrive_with_codes_lot_site_performer_and_dose_number(record: Any) -> None:
    report = import_fhir(record, BUNDLE)

    assert report.created == {"profiles": 1, "immunizations": 4}
    doses = _doses(record)
    flu = doses["Influenza, seasonal, injectable, preservative free"]
    assert (flu.cvx, flu.given_on, flu.status) == ("140", dt.date(2024, 10, 14), "completed")
    tdap = doses["Tdap"]  # no text: the first coding's display names it
    assert (tdap.cvx, tdap.snomed, tdap.lot, tdap.site, tdap.performer, tdap.dose_number,
            tdap.notes) == ("115", "871878002", "AC52B030AA", "left arm",
                            "Anna Lindqvist", 2, "Sore arm for a day.")
    covid = doses["COVID-19 mRNA vaccine"]
    assert (covid.cvx, covid.snomed, covid.performer, covid.dose_number) == (
        None, "1119349007", "City Pharmacy", 3)
    assert doses["zoster vaccine recombinant"].status == "not_done"


def test_unusable_doses_are_skipped_with_the_field_and_a_second_import_adds_nothing(
        record: Any) -> None:
    first = import_fhir(record, BUNDLE)
    assert first.skipped == [
        "Immunization/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f08: its status is entered-in-error; "
        "left out.",
        "Immunization/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a09: occurrenceDateTime: it has no "
        "full date the vaccine was given; left out.",
    ]
    again = import_fhir(record, BUNDLE)
    assert again.created == {}
    assert again.duplicates == {"profiles": 1, "immunizations": 4}
    assert len(_doses(record)) == 4


def test_export_round_trip_keeps_codes_and_validates(tmp_path: Path, record: Any,
                                                      clock: FakeClock) -> None:
    import_fhir(record, BUNDLE)
    pid = record.profiles.find_by_name("Chidi Okafor").id
    tdap = _doses(record)["Tdap"]
    record.immunizations.update(tdap.id, next_due_on="2026-03-02")
    out = tmp_path / "out.json"
    export_fhir(record, out)
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)  # the whole bundle, every resource, as R4B reads it
    exported = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Immunization"]
    assert len(exported) == 4
    tdap_out = next(r for r in exported if r["vaccineCode"]["text"] == "Tdap")
    assert tdap_out["vaccineCode"]["coding"] == [
        {"system": "http://hl7.org/fhir/sid/cvx", "code": "115"},
        {"system": "http://snomed.info/sct", "code": "871878002"}]
    assert tdap_out["protocolApplied"] == [{"doseNumberPositiveInt": 2}]
    assert tdap_out["lotNumber"] == "AC52B030AA"
    assert {r["status"] for r in exported} == {"completed", "not-done"}

    fresh, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE,
                                   kdf=KdfParams.FAST_FOR_TESTS, clock=clock)
    with fresh:
        import_fhir(fresh, out)
        back = {v.vaccine: v for v in fresh.immunizations.for_profile(
            fresh.profiles.find_by_name("Chidi Okafor").id)}
        theirs = {v.vaccine: v for v in record.immunizations.for_profile(pid)}
        strip = ("id", "profile_id")
        assert {k: {f: getattr(v, f) for f in v.__dataclass_fields__ if f not in strip}
                for k, v in back.items()} == \
               {k: {f: getattr(v, f) for f in v.__dataclass_fields__ if f not in strip}
                for k, v in theirs.items()}
