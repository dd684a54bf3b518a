"""Sensors', phones' and apps' exports: recognised from content, read in the person's
zone, stored once however often they are imported."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.detect import detect_format
from healthdesk.interop.import_run import import_source

DATA = Path(__file__).parent / "data"
UTC = dt.UTC


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def glucose(record: Any, pid: str) -> list[Any]:
    return record.readings.for_profile(pid, "glucose", newest_first=False)


def person(record: Any, pid: str, zone: str) -> str:
    record.profiles.update(pid, timezone=zone)
    return pid


def imported(record: Any, pid: str, path: Path, **kw: Any) -> Any:
    return import_source(record, pid, path, detect_format(path), **kw)


@pytest.mark.parametrize(("name", "fmt"), [
    ("librelink_mmol.csv", "librelink"), ("librelink_mgdl_us.csv", "librelink"),
    ("dexcom_clarity.csv", "dexcom"), ("nightscout_entries.json", "nightscout"),
    ("apple_export.xml", "apple_health")])
def test_formats_are_recognised_from_content_not_name(tmp_path: Path, name: str,
                                                      fmt: str) -> None:
    renamed = tmp_path / "download.dat"
    shutil.copy(DATA / name, renamed)
    assert detect_format(renamed) == fmt


def test_older_csvs_are_still_plain_csv() -> None:
    for name in ("omron_bp.csv", "withings_weight.csv", "glucose_meter.csv"):
        assert detect_format(DATA / name) == "csv"


def test_librelink_metadata_line_decimal_commas_and_the_repeated_dst_hour(
        record: Any, profile_id: str) -> None:
    pid = person(record, profile_id, "Europe/Berlin")
    report = imported(record, pid, DATA / "librelink_mmol.csv")

    rows = glucose(record, pid)
    assert report.kinds["glucose"].imported == len(rows) == 14
    night = [r.taken_at for r in rows[:10]]  # 01:45, 02:00..02:45 twice, 03:00 local
    assert night == [at(2025, 10, 25, 23, 45) + dt.timedelta(minutes=15 * i)
                     for i in range(10)]
    assert rows[0].values["glucose"] == pytest.approx(6.1)
    assert [r.note for r in rows if r.note] == ["Strip (finger-prick) reading"]
    left_out = {k: sum(t.skipped.values()) for k, t in report.kinds.items() if t.skipped}
    assert left_out == {"insulin": 1, "carbohydrates": 1, "notes": 1, "ketone": 1}
    assert "Medicines" in next(iter(report.kinds["insulin"].skipped))


def test_librelink_us_mg_dl_month_first_twelve_hour_clock(record: Any,
                                                          profile_id: str) -> None:
    pid = person(record, profile_id, "America/New_York")
    report = imported(record, pid, DATA / "librelink_mgdl_us.csv")

    rows = glucose(record, pid)
    assert len(rows) == 12
    assert rows[0].taken_at == at(2025, 11, 2, 4, 45)  # 12:45 AM EDT, 2 November
    assert rows[9].taken_at == at(2025, 11, 2, 7, 0)  # 2:00 AM EST after 1 AM twice
    assert len({r.taken_at for r in rows[:10]}) == 10
    assert rows[0].values["glucose"] == pytest.approx(104 / 18.0156, abs=1e-3)
    assert rows[0].unit == "mmol/L"
    assert rows[10].taken_at == at(2025, 11, 4, 0, 15)  # 7:15 PM on 3 November
    assert any("'HI'" in reason for reason in report.kinds["glucose"].skipped)


def test_same_file_twice_adds_nothing_and_a_newer_file_only_the_new(
        record: Any, profile_id: str, tmp_path: Path) -> None:
    pid = person(record, profile_id, "Europe/Berlin")
    imported(record, pid, DATA / "librelink_mmol.csv")
    again = imported(record, pid, DATA / "librelink_mmol.csv")
    assert (again.imported, again.already) == (0, 14)

    lines = (DATA / "librelink_mmol.csv").read_text().splitlines()
    extra = lines[-1].replace("27-10-2025 07:00", "28-10-2025 07:00").replace('"5,2"', '"5,3"')
    newer = tmp_path / "newer.csv"
    newer.write_text("\n".join([*lines, extra]) + "\n")
    report = imported(record, pid, newer)
    assert (report.imported, report.already) == (1, 14)
    assert len(glucose(record, pid)) == 15


def test_dry_run_counts_and_writes_nothing(record: Any, profile_id: str) -> None:
    pid = person(record, profile_id, "Europe/Berlin")
    report = imported(record, pid, DATA / "librelink_mmol.csv", dry_run=True)
    assert report.imported == 14 and report.dry_run
    assert glucose(record, pid) == []
    assert "Would import 14" in report.summary()


def test_dexcom_low_and_high_are_left_out_with_the_reason(record: Any,
                                                          profile_id: str) -> None:
    pid = person(record, profile_id, "America/Chicago")
    report = imported(record, pid, DATA / "dexcom_clarity.csv")

    rows = glucose(record, pid)
    assert len(rows) == 5
    assert rows[0].taken_at == at(2025, 11, 20, 6, 2, 41)  # CST is UTC-6
    assert rows[2].values["glucose"] == pytest.approx(41 / 18.0156, abs=1e-3)
    reasons = report.kinds["glucose"].skipped
    assert sum(reasons.values()) == 2
    assert any(r.startswith("'Low'") and "under 40 mg/dL" in r for r in reasons)
    assert any(r.startswith("'High'") for r in reasons)
    assert [r.note for r in rows if r.note] == ["Calibration (meter reading)"]
    assert report.kinds["details"].skipped  # patient, device and alert rows
    assert {"insulin", "carbs", "exercise"} <= set(report.kinds)


def test_nightscout_entries_are_utc_milliseconds(record: Any, profile_id: str) -> None:
    pid = person(record, profile_id, "Asia/Tokyo")
    report = imported(record, pid, DATA / "nightscout_entries.json")
    rows = glucose(record, pid)
    assert [r.taken_at for r in rows[:2]] == [at(2025, 11, 20), at(2025, 11, 20, 0, 5)]
    assert rows[-1].note == "Meter reading"
    assert report.kinds["cal"].skipped


def _apple_zip(tmp_path: Path) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(DATA / "apple_export.xml", "apple_health_export/export.xml")
        z.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    return path


@pytest.mark.parametrize("zipped", [False, True])
def test_apple_health_export(record: Any, profile_id: str, tmp_path: Path,
                             zipped: bool) -> None:
    path = _apple_zip(tmp_path) if zipped else DATA / "apple_export.xml"
    assert detect_format(path) == "apple_health"
    report = imported(record, profile_id, path)

    by_kind: dict[str, list[Any]] = {}
    for r in record.readings.for_profile(profile_id, newest_first=False):
        by_kind.setdefault(r.kind, []).append(r)
    bp = by_kind["blood_pressure"]  # standalone halves and correlation: one reading
    assert [(r.values["systolic"], r.values["diastolic"]) for r in bp] == [(128, 82), (135, 88)]
    assert bp[0].taken_at == at(2025, 11, 20, 6, 42)
    assert by_kind["spo2"][0].values["spo2"] == 96  # a fraction in HealthKit
    assert [round(r.values["glucose"], 2) for r in by_kind["glucose"]] == [6.11, 6.4]
    assert by_kind["weight"][1].values["weight"] == pytest.approx(81.28, abs=0.01)
    assert by_kind["temperature"][0].values["temperature"] == pytest.approx(38.0)
    assert by_kind["steps"][0].values["steps"] == 3500  # the phone beat the watch that day
    assert by_kind["sleep"][0].values["sleep"] == pytest.approx(7.5)  # in-bed not added
    assert report.kinds["HKQuantityTypeIdentifierActiveEnergyBurned"].skipped == {
        "HealthDesk does not keep this kind of record": 2}
    assert "Workout" in report.kinds and "ActivitySummary" in report.kinds
    assert imported(record, profile_id, path).imported == 0


def test_the_same_reading_from_two_sources_is_stored_once(record: Any, profile_id: str,
                                                          tmp_path: Path) -> None:
    pid = person(record, profile_id, "Europe/Berlin")
    imported(record, pid, DATA / "apple_export.xml")  # 110 mg/dL at 07:02:00 +0100
    ms = int(at(2025, 11, 20, 6, 2, 40).timestamp() * 1000)  # 40 s later, from a meter
    meter = tmp_path / "meter.json"
    meter.write_text(f'[{{"type": "mbg", "mbg": 110, "date": {ms}}}]')
    report = imported(record, pid, meter)
    assert (report.imported, report.already) == (0, 1)
    # Stored once, with both sources noted; a third import of either adds nothing.
    [reading] = [r for r in glucose(record, pid) if r.values["glucose"] == pytest.approx(
        110 / 18.016, abs=0.01)]
    assert reading.sources == ("Apple Health", "Nightscout")
    imported(record, pid, meter)
    assert record.readings.get(reading.id).sources == ("Apple Health", "Nightscout")
    other = tmp_path / "other.json"
    other.write_text(f'[{{"type": "mbg", "mbg": 140, "date": {ms}}}]')
    assert imported(record, pid, other).imported == 1  # another value: another reading
    assert {r.sources for r in glucose(record, pid)} >= {("Nightscout",)}


def test_day_roll_ups_match_the_readings_after_a_bulk_import(record: Any, profile_id: str,
                                                             tmp_path: Path) -> None:
    pid = person(record, profile_id, "Europe/London")
    lines = (DATA / "librelink_mmol.csv").read_text().splitlines()[:2]
    start = dt.datetime(2025, 6, 1)
    for i in range(3000):  # past the bulk threshold: Core inserts
        t = start + dt.timedelta(minutes=15 * i)
        lines.append(f"FreeStyle LibreLink,X,{t:%d-%m-%Y %H:%M},0,{5 + i % 40 / 10:.1f}"
                     + "," * 14)
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines) + "\n")
    assert imported(record, pid, big).imported == 3000
    days = record.readings.daily_series(pid, "glucose")
    rows = glucose(record, pid)
    assert sum(d.count for d in days) == 3000
    first = [r.values["glucose"] for r in rows if r.taken_at.date() == days[0].day]
    assert days[0].count == len(first)
    assert days[0].mean["glucose"] == pytest.approx(sum(first) / len(first))


def test_broken_apple_export_is_refused_with_a_clear_message(record: Any, profile_id: str,
                                                             tmp_path: Path) -> None:
    cut = tmp_path / "export.xml"
    cut.write_bytes((DATA / "apple_export.xml").read_bytes()[:3000])
    with pytest.raises(ValidationError, match="not a complete Apple Health export"):
        imported(record, profile_id, cut)


def test_samsung_health_csv_is_utc_and_meets_the_same_reading_from_apple(
        record: Any, profile_id: str) -> None:
    path = DATA / "samsung_blood_pressure.csv"
    assert detect_format(path) == "samsung_health"
    report = imported(record, profile_id, path)
    bp = record.readings.for_profile(profile_id, "blood_pressure", newest_first=False)
    assert [(r.taken_at, r.values) for r in bp] == [
        (at(2025, 11, 20, 6, 42), {"systolic": 128, "diastolic": 82, "pulse": 71}),
        (at(2025, 11, 21, 18, 0, 30), {"systolic": 135, "diastolic": 88})]
    assert report.kinds["blood_pressure"].skipped == {"no value": 1}
    # Apple Health holds the same two (from OMRON connect and typed in): stored once
    apple = imported(record, profile_id, DATA / "apple_export.xml")
    assert apple.kinds["blood_pressure"].already == 2
    assert record.readings.count(profile_id, "blood_pressure") == 2


def test_a_samsung_type_healthdesk_does_not_keep_is_counted_by_name(
        record: Any, profile_id: str) -> None:
    report = imported(record, profile_id, DATA / "samsung_stress.csv")
    assert report.imported == 0
    assert report.kinds["com.samsung…stress"].skipped == {
        "HealthDesk does not keep this kind of record": 2}
