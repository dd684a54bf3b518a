"""The International Patient Summary: a document Bundle with a Composition and its
sections, validated with the R4B models."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.fhir_import import import_fhir
from healthdesk.interop.fhir_ips import export_ips

DATA = Path(__file__).parent / "data"


def _sections(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    return {s["code"]["coding"][0]["code"]: s for s in composition["section"]}


def test_a_full_record_fills_every_section_and_validates(tmp_path: Path, record: Any) -> None:
    import_fhir(record, DATA / "fhir_meaning.json")
    import_fhir(record, DATA / "fhir_reading_kinds.json",
                profile_id=record.profiles.find_by_name("Layla Haddad").id)
    pid = record.profiles.find_by_name("Layla Haddad").id
    record.immunizations.add(pid, "Tdap", "2020-05-01", cvx="115")
    record.conditions.add(pid, "Type 2 diabetes", icd10="E11.9")
    out = tmp_path / "ips.json"
    export_ips(record, out, profile_ids=[pid])

    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    assert bundle["type"] == "document"
    composition = bundle["entry"][0]["resource"]
    assert composition["type"]["coding"][0]["code"] == "60591-5"
    sections = _sections(bundle)
    assert set(sections) == {"11450-4", "48765-2", "10160-0", "11369-6", "30954-2", "8716-3"}
    urls = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    for section in sections.values():  # every reference resolves inside the document
        for ref in section.get("entry", []):
            assert ref["reference"] in urls
    problems = [urls[r["reference"]] for r in sections["11450-4"]["entry"]]
    # The resolved hypertension is not an active problem.
    assert [p["code"]["text"] for p in problems] == ["Type 2 diabetes"]
    vitals = [urls[r["reference"]] for r in sections["8716-3"]["entry"]]
    # The latest temperature only, of the three.
    assert sum(v["code"]["text"] == "Temperature" for v in vitals) == 1
    assert "Penicillin G" in sections["48765-2"]["text"]["div"]


def test_an_empty_record_still_has_the_required_sections_with_empty_reasons(
        record: Any, profile_id: str) -> None:
    bundle = json.loads(export_ips(record, None, profile_ids=[profile_id]))
    Bundle.model_validate(bundle)
    sections = _sections(bundle)
    assert set(sections) == {"11450-4", "48765-2", "10160-0"}
    for section in sections.values():
        assert section["emptyReason"]["coding"][0]["code"] == "unavailable"
        assert "No " in section["text"]["div"]


def test_it_is_one_persons_summary(record: Any, profile_id: str) -> None:
    record.profiles.create("Second Person", date_of_birth=dt.date(1990, 1, 1))
    with pytest.raises(ValidationError) as err:
        export_ips(record, None)
    assert err.value.field == "profile"
    assert "--profile NAME" in err.value.message
