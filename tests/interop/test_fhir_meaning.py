"""Meaning, not only text: "no known allergy" is not an allergy, a doNotPerform request is
not a medicine, a condition recorded several times takes its latest status, and a lab
result with no date of its own takes its DiagnosticReport's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from healthdesk.interop.fhir_import import import_fhir

BUNDLE = Path(__file__).parent / "data" / "fhir_meaning.json"


def test_statements_of_absence_and_refusals_are_not_imported_as_facts(record: Any) -> None:
    report = import_fhir(record, BUNDLE)
    pid = record.profiles.find_by_name("Layla Haddad").id

    assert [a.substance for a in record.allergies.for_profile(pid)] == ["Penicillin G"]
    [medicine] = record.medications.for_profile(pid, active_only=False)
    assert medicine.name.startswith("lisinopril")
    why = "\n".join(report.skipped)
    assert ("AllergyIntolerance/nka: code: it records that no allergy is known, which is "
            "not an allergy; left out.") in report.skipped
    assert "AllergyIntolerance/nkda-text: code: it records that no allergy is known" in why
    assert "AllergyIntolerance/latex-refuted: its verification status is refuted" in why
    assert "MedicationRequest/no-nsaids: doNotPerform:" in why


def test_a_condition_recorded_three_times_takes_its_latest_status(record: Any) -> None:
    report = import_fhir(record, BUNDLE)
    pid = record.profiles.find_by_name("Layla Haddad").id

    [c] = record.conditions.for_profile(pid)
    assert (c.name, c.status, c.resolved_on) == ("Essential hypertension (disorder)",
                                                 "resolved", dt.date(2024, 6, 18))
    assert report.duplicates["conditions"] == 2


def test_an_undated_result_takes_its_reports_date_and_an_orphan_is_skipped(
        record: Any) -> None:
    report = import_fhir(record, BUNDLE)
    pid = record.profiles.find_by_name("Layla Haddad").id

    [r] = record.readings.for_profile(pid)
    assert r.kind == "cholesterol"
    assert r.taken_at == dt.datetime(2024, 2, 7, 6, 15, tzinfo=dt.UTC)
    assert any(s.startswith("Observation/chol-orphan: effectiveDateTime:")
               for s in report.skipped)
