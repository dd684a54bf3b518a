"""Imports are held to the rules a person typing the values meets, and a file that
brings nothing is an error: `healthdesk import` exits 2, names what is wrong (table, row,
field for a JSON export) and leaves the record exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import no_traceback, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    d = tmp_path_factory.mktemp("refusals") / "demo"
    p = run("demo", "--profiles", "2", "--years", "0.2", data=d)
    assert p.returncode == 0, p.stderr
    out = d.parent / "export.json"
    assert run("export", "-o", str(out), data=d).returncode == 0
    return d, json.loads(out.read_text())


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    d = tmp_path / "fresh"
    assert run("init", data=d).returncode == 0
    return d


def refused(p: Any) -> str:
    assert p.returncode == 2, (p.returncode, p.stderr)
    no_traceback(p)
    lines = p.stderr.splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def write(tmp_path: Path, name: str, doc: Any) -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


def test_a_90000_hour_sleep_reading_refuses_the_whole_file(
        demo: tuple[Path, dict[str, Any]], fresh: Path, tmp_path: Path) -> None:
    _, doc = demo
    doc = json.loads(json.dumps(doc))
    rows = doc["tables"]["measurements"]
    bad = rows[len(rows) // 2]
    bad.update(kind="sleep", value=90000.0, value2=None, value3=None, unit="h", context=None,
               entered_unit=None)
    empty = run("export", data=fresh).stdout
    line = refused(run("import", str(write(tmp_path, "bad.json", doc)), data=fresh))
    assert f"Row {len(rows) // 2 + 1} (id {bad['id']}) of table 'measurements'" in line
    assert "field 'value'" in line and "between 0 and 24 h" in line
    assert "nothing was imported" in line
    assert run("export", data=fresh).stdout == empty


@pytest.mark.parametrize(("table", "field", "value", "words"), [
    ("profiles", "blood_type", "Z+", "Blood type must be one of"),
    ("medications", "missed_dose_window_hours", 480.0, "between 0 and 48"),
    ("appointments", "duration_minutes", 100000, "between 1 and 1440"),
    ("emergency_contacts", "email", "not an address", "Email must be"),
])
def test_every_table_a_person_edits_is_checked(
        demo: tuple[Path, dict[str, Any]], fresh: Path, tmp_path: Path,
        table: str, field: str, value: Any, words: str) -> None:
    doc = json.loads(json.dumps(demo[1]))
    if not doc["tables"].get(table):
        pytest.skip(f"the demo has no {table}")
    doc["tables"][table][0][field] = value
    line = refused(run("import", str(write(tmp_path, "bad.json", doc)), data=fresh))
    assert f"table '{table}', field '{field}'" in line and words in line


def test_same_id_and_version_with_other_content_is_an_altered_file(
        demo: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    store, doc = demo
    doc = json.loads(json.dumps(doc))
    row = doc["tables"]["measurements"][0]
    row["note"] = "changed after the export"
    before = run("export", data=store).stdout
    line = refused(run("import", str(write(tmp_path, "altered.json", doc)), data=store))
    assert row["id"] in line and "same id and version" in line and "'note'" in line
    assert "damaged or was altered" in line
    assert run("export", data=store).stdout == before
    # The untouched file is the same rows: nothing new, nothing refused.
    same = run("import", str(write(tmp_path, "same.json", demo[1])), data=store)
    assert same.returncode == 0 and "0 new, 0 updated" in same.stdout


def observation(loinc: str, value: float, unit: str) -> dict[str, Any]:
    return {"resource": {
        "resourceType": "Observation", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "effectiveDateTime": "2025-01-01T08:00:00Z",
        "valueQuantity": {"value": value, "unit": unit}}}


def a_person(store: Path) -> str:
    return json.loads(run("check", "--json", data=store).stdout)["profiles"][0]


def test_a_fhir_bundle_whose_every_resource_is_refused_exits_2(
        demo: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    store, _ = demo
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        observation("93832-4", 90000, "h"),  # sleep duration: out of range
        observation("99999-9", 1, "h"),      # no kind HealthDesk keeps
    ]}
    before = run("export", data=store).stdout
    line = refused(run("import", str(write(tmp_path, "b.json", bundle)), "--profile",
                       a_person(store), data=store))
    assert "Nothing was imported from b.json" in line
    assert "Sleep must be between 0 and 24 h" in line and "99999-9" in line
    assert run("export", data=store).stdout == before


def test_a_csv_whose_every_row_is_left_out_exits_2(
        demo: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    store, _ = demo
    csv = "date,type,value,unit\n2025-01-01,mood,5,\n2025-01-02,mood,4,\n"
    before = run("export", data=store).stdout
    line = refused(run("import", str(write(tmp_path, "m.csv", csv)), "--profile",
                       a_person(store), data=store))
    assert "Nothing was imported" in line and "mood" in line
    assert run("export", data=store).stdout == before
