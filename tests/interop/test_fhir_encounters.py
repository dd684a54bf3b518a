"""Encounters through FHIR: Synthea-shaped visits in as past visits, and back out."""

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

BUNDLE = Path(__file__).parent / "data" / "fhir_encounters.json"


def _visits(record: Any) -> list[Any]:
    return list(record.encounters.for_profile(record.profiles.find_by_name("Kofi Mensah").id))


def test_finished_encounters_become_past_visits_with_type_place_and_practitioner(
        record: Any) -> None:
    report = import_fhir(record, BUNDLE)
    assert report.created == {"profiles": 1, "encounters": 2}
    assert report.skipped == [
        "Encounter/c1000000-0000-4000-8000-000000000012: its status is planned: not a past "
        "visit yet; left out."]
    er, checkup = _visits(record)  # newest first
    assert (checkup.title, checkup.snomed, checkup.setting, checkup.practitioner,
            checkup.place) == ("Encounter for check up (procedure)", "185349003",
                               "outpatient", "Ama Osei", "Riverside Family Practice")
    assert checkup.start_at == dt.datetime(2024, 5, 6, 9, 0, tzinfo=dt.UTC)
    assert checkup.end_at == dt.datetime(2024, 5, 6, 9, 30, tzinfo=dt.UTC)
    assert (er.title, er.setting, er.place, er.practitioner, er.reason) == (
        "Emergency room admission (procedure)", "emergency", "St. Mary's Hospital ED",
        "Dr. Kwame Boateng", "Acute viral pharyngitis (disorder)")
    assert import_fhir(record, BUNDLE).duplicates["encounters"] == 2


def test_export_round_trip(tmp_path: Path, record: Any, clock: FakeClock) -> None:
    import_fhir(record, BUNDLE)
    out = tmp_path / "out.json"
    export_fhir(record, out)
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    exported = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Encounter"]
    assert {r["class"]["code"] for r in exported} == {"AMB", "EMER"}
    fresh, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE,
                                   kdf=KdfParams.FAST_FOR_TESTS, clock=clock)
    with fresh:
        import_fhir(fresh, out)
        strip = ("id", "profile_id")
        def fields(v: Any) -> dict[str, Any]:
            return {f: getattr(v, f) for f in v.__dataclass_fields__ if f not in strip}
        assert [fields(v) for v in _visits(fresh)] == [fields(v) for v in _visits(record)]
