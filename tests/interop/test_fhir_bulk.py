"""FHIR Bulk Data ndjson import: a directory or zip of one file per resource type, many
patients, streamed in batches, with a report."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop import fhir_bulk
from healthdesk.interop.fhir_bulk import import_bulk, is_bulk_source

BULK = Path(__file__).parent / "data" / "fhir_bulk"


def _check(record: Any) -> None:
    thandiwe = record.profiles.find_by_name("Thandiwe Banda")
    mateo = record.profiles.find_by_name("Mateo Castillo")
    assert [r.kind for r in record.readings.for_profile(thandiwe.id)] == ["weight"] * 7
    assert [r.kind for r in record.readings.for_profile(mateo.id)] == \
        ["head_circumference"] * 3
    [dose] = record.immunizations.for_profile(mateo.id)
    assert (dose.cvx, dose.performer) == ("08", "Grace Phiri")  # across files and batches
    [visit] = record.encounters.for_profile(mateo.id)
    assert (visit.title, visit.practitioner) == ("Well child visit", "Grace Phiri")


def test_a_directory_of_ndjson_makes_one_profile_per_patient(
        record: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fhir_bulk, "BATCH", 3)  # several batches per file
    seen: list[float] = []
    report = import_bulk(record, BULK, progress=lambda f, _w: seen.append(f))
    _check(record)
    assert report.created == {"profiles": 2, "readings": 10, "immunizations": 1,
                              "encounters": 1}
    assert report.skipped == ["Observation.ndjson line 5: not JSON; left out."]
    assert report.by_resource["Practitioner"].referenced == 1
    assert seen == sorted(seen) and seen[-1] == 1.0
    again = import_bulk(record, BULK)
    assert again.created == {"readings": 0}
    assert again.duplicates["readings"] == 10


def test_a_zip_of_the_same_files(tmp_path: Path, record: Any) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in BULK.iterdir():
            z.write(f, f"output/{f.name}")
    assert is_bulk_source(archive) and is_bulk_source(BULK)
    import_bulk(record, archive)
    _check(record)


def test_a_source_without_ndjson_is_refused(tmp_path: Path, record: Any) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    assert not is_bulk_source(tmp_path)
    with pytest.raises(ValidationError) as err:
        import_bulk(record, tmp_path)
    assert "no .ndjson files" in err.value.message


def _thandiwe_counts(record: Any) -> tuple[list[int], Any]:
    counts: list[int] = []

    def progress(_fraction: float, _what: str) -> None:
        who = record.profiles.find_by_name("Thandiwe Banda")
        counts.append(record.readings.count(who.id) if who else 0)
    return counts, progress


def test_readings_wait_across_batches_for_the_stores_bulk_path(
        record: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fhir_bulk, "BATCH", 2)
    counts, progress = _thandiwe_counts(record)
    report = import_bulk(record, BULK, progress=progress)
    _check(record)
    assert report.created["readings"] == 10
    # Far below the bulk threshold and HOLD: stored once, after the last batch.
    assert set(counts[:-1]) == {0} and counts[-1] == 7


def test_held_readings_are_stored_once_hold_are_waiting(
        record: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fhir_bulk, "BATCH", 2)
    monkeypatch.setattr(fhir_bulk, "HOLD", 3)
    counts, progress = _thandiwe_counts(record)
    report = import_bulk(record, BULK, progress=progress)
    _check(record)
    assert report.created["readings"] == 10
    assert any(0 < n < 7 for n in counts)  # stored along the way, not all at the end
    assert counts == sorted(counts) and counts[-1] == 7
