"""The import report per FHIR resource type: imported / already there / skipped, with a
reason for each skip; on the command line and in its JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from healthdesk.interop.fhir_import import ResourceTally, import_fhir

DATA = Path(__file__).parent / "data"


def test_each_type_says_what_became_of_its_resources(record: Any) -> None:
    first = import_fhir(record, DATA / "fhir_meaning.json")
    t = first.by_resource
    assert t["AllergyIntolerance"] == ResourceTally(imported=1, skipped=3)
    assert t["MedicationRequest"] == ResourceTally(imported=1, skipped=1)
    assert t["Condition"] == ResourceTally(imported=1, already_there=2)
    assert t["Observation"] == ResourceTally(imported=1, skipped=1)
    assert t["DiagnosticReport"] == ResourceTally(referenced=1)
    # Every skip counted has its sentence.
    assert sum(x.skipped for x in t.values()) == len(first.skipped)
    again = import_fhir(record, DATA / "fhir_meaning.json").by_resource
    assert again["AllergyIntolerance"] == ResourceTally(already_there=1, skipped=3)
    assert again["Observation"] == ResourceTally(already_there=1, skipped=1)


def test_lines_read_as_a_report() -> None:
    from healthdesk.interop.fhir_import import FhirImportReport

    report = FhirImportReport({}, [], by_resource={
        "Observation": ResourceTally(imported=3, already_there=1, skipped=2),
        "Practitioner": ResourceTally(referenced=2)})
    assert report.lines() == [
        "Observation: 3 imported, 1 already there, 2 skipped",
        "Practitioner: 2 read for references, 0 skipped"]
