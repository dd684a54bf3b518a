"""The dict-first FHIR reader (interop/fhir_read.py): malformed resources are each left
out with the element named and why, nothing else in the bundle is lost, and what it
reads agrees with the fhir.resources R4B models on every resource of the test bundles."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.fhir_import import HANDLED, SUPPORTING, import_fhir
from healthdesk.interop.fhir_read import RESOURCES, Invalid, Node, read_resource

DATA = Path(__file__).parent / "data"
PATIENT = {"fullUrl": "urn:uuid:p1", "resource": {
    "resourceType": "Patient", "id": "p1", "name": [{"family": "Okafor", "given": ["Ada"]}]}}


def _weight(rid: str, day: int, **changes: Any) -> dict[str, Any]:
    r: dict[str, Any] = {
        "resourceType": "Observation", "id": rid, "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}],
                 "text": "Body weight"},
        "subject": {"reference": "urn:uuid:p1"},
        "effectiveDateTime": f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}T08:00:00Z",
        "valueQuantity": {"value": 70 + day / 10, "unit": "kg",
                          "system": "http://unitsofmeasure.org", "code": "kg"}}
    for key, value in changes.items():
        if value is None:
            r.pop(key, None)
        else:
            r[key] = value
    return r


# id -> (what is changed in a good weight reading, the reason it is left out)
MALFORMED: dict[str, tuple[dict[str, Any], str]] = {
    "feb-30": ({"effectiveDateTime": "2025-02-30T08:00:00Z"},
               "effectiveDateTime: 2025-02-30T08:00:00Z is not a real date or time (day is "
               "out of range for month)"),
    "words-date": ({"effectiveDateTime": "yesterday"},
                   "effectiveDateTime: 'yesterday' is not a FHIR dateTime"),
    "number-date": ({"effectiveDateTime": 20250101},
                    "effectiveDateTime: 20250101 is not a FHIR dateTime"),
    "no-zone": ({"effectiveDateTime": "2025-01-03T08:00:00"},
                "effectiveDateTime: '2025-01-03T08:00:00' is not a FHIR dateTime"),
    "text-number": ({"valueQuantity": {"value": "72", "unit": "kg"}},
                    "valueQuantity.value: must be a JSON number, not '72'"),
    "nan": ({"valueQuantity": {"value": float("nan"), "unit": "kg"}},
            "valueQuantity.value: must be a finite number"),
    "quantity-text": ({"valueQuantity": "72 kg"},
                      "valueQuantity: must be a JSON object, not '72 kg'"),
    "no-code": ({"code": None}, "code: Value for the field 'code' is required."),
    "coding-object": ({"code": {"coding": {"code": "29463-7"}}},
                      "code.coding: must be a list, not an object"),
    "code-number": ({"code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"},
                                         {"system": "http://loinc.org", "code": 29463}]}},
                    "code.coding[1].code: must be a string, not 29463"),
    "spaced-code": ({"status": " final"}, "status: ' final' is not a FHIR code"),
    "two-times": ({"effectivePeriod": {"start": "2025-01-04T08:00:00Z"}},
                  "effectiveDateTime: only one of effectiveDateTime, effectivePeriod may be "
                  "given"),
    "huge-note": ({"note": [{"text": "x" * 2_000_000}]},
                  "note[0].text: is 2,000,000 characters long; FHIR allows at most 1 MB"),
    "garbage": ({"component": [{"code": {"coding": [[[[[]]]]]}}]},
                "component[0].code.coding[0]: must be a JSON object, not a list"),
    "null-status": ({"status": None}, "status: Value for the field 'status' is required."),
}
# Refused by HealthDesk's own rules after a clean read (the handlers' reasons, as before).
REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "furlongs": ({"valueQuantity": {"value": 3, "unit": "furlongs"}},
                 "valueQuantity: unit 'furlongs' is not one HealthDesk reads"),
    "no-value": ({"valueQuantity": None}, "valueQuantity: there is no number"),
    "year-only": ({"effectiveDateTime": "2025"},
                  "effectiveDateTime: it has no full date of measurement"),
    "heavy": ({"valueQuantity": {"value": 7000, "unit": "kg", "code": "kg"}},
              "valueQuantity: Weight must be between"),
}


def _bundle(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "malformed.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": [PATIENT, *({"resource": r} for r in entries)]}))
    return path


def test_each_malformed_resource_is_left_out_naming_its_element_and_the_rest_is_kept(
        record: Any, tmp_path: Path) -> None:
    good = [_weight(f"good-{d}", d) for d in range(1, 11)]
    # Elements HealthDesk does not read are not checked: garbage there loses nothing.
    good[0]["interpretation"] = [[[{"x": [1, {"y": None}]}]], "nonsense", 7]
    good[1]["bogusElement"] = {"deep": [[[[{"deeper": "x" * 1_500_000}]]]]}
    bad = [_weight(rid, 20 + i, **change) for i, (rid, (change, _why)) in
           enumerate({**MALFORMED, **REFUSED}.items())]
    condition = {"resourceType": "Condition", "id": "long-name",
                 "subject": {"reference": "urn:uuid:p1"},
                 "code": {"text": "Long " + "name " * 2000}, "onsetDateTime": "2024-05"}
    huge_condition = {"resourceType": "Condition", "id": "huge-name",
                      "subject": {"reference": "urn:uuid:p1"},
                      "code": {"text": "y" * (1024 * 1024 + 1)}}
    bad_dose = {"resourceType": "Immunization", "id": "month-13", "status": "completed",
                "vaccineCode": {"text": "Tetanus"}, "patient": {"reference": "urn:uuid:p1"},
                "occurrenceDateTime": "2024-13-01"}
    path = _bundle(tmp_path, [*good, *bad, condition, huge_condition, bad_dose])

    report = import_fhir(record, path)

    pid = record.profiles.find_by_name("Ada Okafor").id
    weights = record.readings.for_profile(pid)
    assert len(weights) == 10  # every good reading, the two with garbage beside them too
    assert sorted(round(r.values["weight"], 1) for r in weights) == \
        [round(70 + d / 10, 1) for d in range(1, 11)]
    [kept] = record.conditions.for_profile(pid)  # a long name is cut, not refused
    assert kept.name.startswith("Long name") and len(kept.name) <= 200
    assert kept.onset is None  # a month alone is no date
    skipped = report.skipped
    for rid, (_change, why) in MALFORMED.items():
        line = next(s for s in skipped if s.startswith(f"Observation/{rid}:"))
        assert line.startswith(f"Observation/{rid}: not valid FHIR ({why}"), line
        assert line.endswith("; left out.")
    for rid, (_change, why) in REFUSED.items():
        line = next(s for s in skipped if s.startswith(f"Observation/{rid}:"))
        assert line.startswith(f"Observation/{rid}: {why}"), line
    assert any(s.startswith("Condition/huge-name: not valid FHIR (code.text: is 1,048,577 "
                            "characters long") for s in skipped)
    assert any(s.startswith("Immunization/month-13: not valid FHIR (occurrenceDateTime: "
                            "'2024-13-01' is not a FHIR dateTime") for s in skipped)
    assert len(skipped) == len(MALFORMED) + len(REFUSED) + 2
    tally = report.by_resource
    assert (tally["Observation"].imported, tally["Observation"].skipped) == \
        (10, len(MALFORMED) + len(REFUSED))
    assert (tally["Condition"].imported, tally["Condition"].skipped) == (1, 1)


def test_a_patient_with_a_bad_birth_date_is_left_out_with_its_readings(
        record: Any, tmp_path: Path) -> None:
    other = {"resourceType": "Patient", "id": "p2", "birthDate": "1960-02-30",
             "name": [{"family": "Ngata", "given": ["Mere"]}]}
    theirs = _weight("theirs", 5, subject={"reference": "Patient/p2"})
    path = _bundle(tmp_path, [other, _weight("mine", 4), theirs])

    report = import_fhir(record, path)

    assert [p.name for p in record.profiles.all()] == ["Ada Okafor"]
    assert report.skipped == [
        "Patient/p2: not valid FHIR (birthDate: 1960-02-30 is not a real date or time (day "
        "is out of range for month)); left out.",
        "Observation/theirs: its subject Patient/p2 is not a Patient in this bundle; "
        "left out."]


def test_a_bundle_shell_is_checked_without_the_models(record: Any, tmp_path: Path) -> None:
    cases = {"no-type": ({"resourceType": "Bundle"}, "type: Value for the field 'type' is "
                         "required."),
             "bad-type": ({"resourceType": "Bundle", "type": "pile"},
                          "type: 'pile' is not a Bundle type"),
             "entry-text": ({"resourceType": "Bundle", "type": "collection",
                             "entry": ["x"]}, "entry[0]: must be a JSON object, not 'x'"),
             "url-number": ({"resourceType": "Bundle", "type": "collection",
                             "entry": [{"fullUrl": 5}]}, "entry[0].fullUrl: must be a "
                            "string, not 5")}
    for name, (document, why) in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(document))
        with pytest.raises(ValidationError) as err:
            import_fhir(record, path)
        assert str(err.value).startswith(f"{name}.json is not a valid FHIR Bundle: {why}"), \
            str(err.value)
    assert record.profiles.all() == []


def test_the_reader_gives_fhir_names_none_for_absent_elements_and_python_values() -> None:
    assert set(RESOURCES) == {*HANDLED, *SUPPORTING}  # every type the import reads
    encounter = read_resource({
        "resourceType": "Encounter", "id": "e1", "status": "finished",
        "class": {"code": "AMB"}, "period": {"start": "2024-05-01T09:30:00.123456789+05:30",
                                             "end": "2024-05"}})
    assert encounter.get_resource_type() == "Encounter"
    assert encounter.class_fhir.code == "AMB"
    assert encounter.period.start == dt.datetime(2024, 5, 1, 9, 30, 0, 123456,
                                                 dt.timezone(dt.timedelta(hours=5.5)))
    assert encounter.period.end == "2024-05"  # a month alone stays text: no full date
    assert encounter.subject is None and encounter.reasonCode is None
    with pytest.raises(AttributeError, match="no element 'valueQuantity'"):
        _ = encounter.valueQuantity
    doc = read_resource({"resourceType": "DocumentReference", "status": "current",
                         "content": [{"attachment": {"data": "aGVs\nbG8="}}]})
    assert doc.content[0].attachment.data == b"hello"
    with pytest.raises(Invalid) as err:
        read_resource({"resourceType": "DocumentReference", "status": "current",
                       "content": [{"attachment": {"data": "@@@"}}]})
    assert (err.value.where, err.value.what) == ("content[0].attachment.data", "is not base64")


def _same(node: Any, model: Any, where: str) -> None:
    """Every element the reader kept equals the R4B model's value of it."""
    if isinstance(node, list):
        assert isinstance(model, list) and len(node) == len(model), where
        for i, (a, b) in enumerate(zip(node, model, strict=True)):
            _same(a, b, f"{where}[{i}]")
    elif isinstance(node, Node):
        for name, value in node.__dict__.items():
            if name != "resourceType":
                _same(value, getattr(model, name), f"{where}.{name}")
    elif isinstance(model, Decimal):
        assert float(model) == node, where
    elif isinstance(node, dt.datetime):
        assert (node, node.utcoffset()) == (model, model.utcoffset()), where
    else:
        assert node == model and type(node) is type(model), where


def test_what_the_reader_keeps_agrees_with_the_r4b_models_on_every_test_bundle() -> None:
    from fhir.resources.R4B import get_fhir_model_class

    compared = 0
    bundles = {p: [e.get("resource") for e in json.loads(p.read_text())["entry"]]
               for p in sorted(DATA.glob("fhir_*.json"))}
    for p in sorted((DATA / "fhir_bulk").glob("*.ndjson")):
        bundles[p] = []
        for line in p.read_text().splitlines():
            try:
                bundles[p].append(json.loads(line))
            except ValueError:
                continue  # the line that is not JSON on purpose
    for path, resources in bundles.items():
        for resource in resources:
            if not isinstance(resource, dict) or resource.get("resourceType") not in RESOURCES:
                continue
            try:
                model = get_fhir_model_class(resource["resourceType"]).model_validate(resource)
            except ValueError:  # the models refuse it (pydantic's error): so may we
                continue
            _same(read_resource(resource), model, f"{path.name} {resource.get('id')}")
            compared += 1
    assert compared > 80
