"""More kinds of reading through FHIR: BMI, lipids, pain score, head circumference and body
temperature by every common LOINC code, in the units they arrive in and back out in them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from healthdesk.domain import ranges
from healthdesk.domain import units as u
from healthdesk.domain.measurements import format_reading, normalize
from healthdesk.interop.fhir_export import export_fhir
from healthdesk.interop.fhir_import import import_fhir
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from healthdesk.store.models import Measurement
from tests.conftest import PASSPHRASE, FakeClock

BUNDLE = Path(__file__).parent / "data" / "fhir_reading_kinds.json"


def _entered(record: Any, pid: str) -> dict[str, str | None]:
    with record.store.read() as s:
        return dict(s.execute(select(Measurement.id, Measurement.entered_unit).where(
            Measurement.profile_id == pid)).all())  # type: ignore[arg-type]


def _shown(record: Any) -> dict[str, list[str]]:
    """Each reading as the person sees it in the unit it was entered in."""
    pid = record.profiles.find_by_name("Yui Nakamura").id
    entered = _entered(record, pid)
    out: dict[str, list[str]] = {}
    for r in record.readings.for_profile(pid, newest_first=False):
        out.setdefault(r.kind, []).append(format_reading(r.kind, r.values, entered[r.id]))
    return out


def test_every_kind_arrives_in_its_canonical_unit_and_remembers_the_entered_one(
        record: Any) -> None:
    report = import_fhir(record, BUNDLE)
    assert report.skipped == []
    assert report.created == {"profiles": 1, "readings": 9}
    pid = record.profiles.find_by_name("Yui Nakamura").id
    stored = {r.kind: r for r in record.readings.for_profile(pid)}
    assert stored["hdl"].values == {"hdl": pytest.approx(52 / 38.67, abs=1e-4)}
    assert _entered(record, pid)[stored["hdl"].id] == u.MG_DL
    assert stored["triglycerides"].values["triglycerides"] == pytest.approx(148 / 88.57,
                                                                          abs=1e-4)
    assert stored["head_circumference"].values["head_circumference"] == pytest.approx(54.61)
    assert _shown(record) == {
        "temperature": ["100.4 \u00b0F", "37.2 \u00b0C", "37.9 \u00b0C"],
        "bmi": ["27.4 kg/m2"], "hdl": ["52 mg/dL"], "ldl": ["162 mg/dL"],
        "triglycerides": ["148 mg/dL"], "pain": ["4/10"], "head_circumference": ["21.5 in"],
    }


def test_export_keeps_the_entered_unit_and_its_loinc_code_and_reimports_the_same(
        tmp_path: Path, record: Any, clock: FakeClock) -> None:
    import_fhir(record, BUNDLE)
    out = tmp_path / "out.json"
    export_fhir(record, out)
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    observations = [e["resource"] for e in bundle["entry"]
                    if e["resource"]["resourceType"] == "Observation"]
    quantities = {r["code"]["coding"][0]["code"]: r["valueQuantity"] for r in observations}
    assert quantities["2085-9"] == {"value": 52.0, "unit": "mg/dL",
                                    "system": "http://unitsofmeasure.org", "code": "mg/dL"}
    assert quantities["18262-6"]["value"] == 162.0
    assert quantities["72514-3"]["code"] == "{score}"
    # Temperatures keep the code they arrived with (oral, tympanic, rectal) first, then
    # the general body temperature code.
    temps = {r["code"]["coding"][0]["code"]: r for r in observations
             if any(c["code"] == "8310-5" for c in r["code"]["coding"])}
    assert sorted(temps) == ["8331-1", "8332-9", "8333-7"]
    assert sorted(r["valueQuantity"]["code"] for r in temps.values()) == [
        "Cel", "Cel", "[degF]"]
    fresh, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE,
                                   kdf=KdfParams.FAST_FOR_TESTS, clock=clock)
    with fresh:
        assert import_fhir(fresh, out).skipped == []
        assert _shown(fresh) == _shown(record)


@pytest.mark.parametrize(("kind", "value", "unit", "label"), [
    ("bmi", 18.4, None, "Underweight"), ("bmi", 24.9, None, "Healthy weight"),
    ("bmi", 30, None, "Obese"),
    ("hdl", 39, u.MG_DL, "Low"), ("hdl", 40, u.MG_DL, "Normal"),
    ("ldl", 129, u.MG_DL, "Optimal or near optimal"), ("ldl", 130, u.MG_DL, "Borderline high"),
    ("ldl", 159, u.MG_DL, "Borderline high"), ("ldl", 160, u.MG_DL, "High"),
    ("ldl", 190, u.MG_DL, "Very high"),
    ("triglycerides", 149, u.MG_DL, "Normal"), ("triglycerides", 150, u.MG_DL,
                                                "Borderline high"),
    ("triglycerides", 200, u.MG_DL, "High"), ("triglycerides", 500, u.MG_DL, "Very high"),
    ("pain", 7, None, "No reference range"),
])
def test_guideline_cut_offs_land_on_their_side_in_either_unit(kind: str, value: float,
                                                              unit: str | None,
                                                              label: str) -> None:
    reading = normalize(kind, {"value": value}, unit)
    assert ranges.classify(kind, reading.values).label == label


def test_a_pain_score_is_a_whole_number_from_0_to_10() -> None:
    from healthdesk.domain.errors import ValidationError

    for bad in (11, 2.5):
        with pytest.raises(ValidationError) as err:
            normalize("pain", {"value": bad})
        assert err.value.field == "pain"
