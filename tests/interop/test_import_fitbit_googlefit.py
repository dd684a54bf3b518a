"""Fitbit's export (JSON files, one per type, or the export as a zip) and Google Fit's
daily metrics CSV: recognised from content, UTC series and local-clock records placed
right across a DST change, everything not kept counted with the reason."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from healthdesk.interop.detect import detect_format
from healthdesk.interop.import_run import import_source

DATA = Path(__file__).parent / "data" / "fitbit"
UTC = dt.UTC


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def _zip(tmp_path: Path, *extra: tuple[str, str]) -> Path:
    path = tmp_path / "takeout.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted(DATA.glob("*.json")):
            z.write(f, f"Takeout/Fitbit/Global Export Data/{f.name}")
        for name, text in extra:
            z.writestr(name, text)
    return path


def _series(record: Any, pid: str, kind: str) -> list[tuple[dt.datetime, dict[str, float]]]:
    return [(r.taken_at, r.values)
            for r in record.readings.for_profile(pid, kind, newest_first=False)]


@pytest.mark.parametrize("name", ["heart_rate-2026-03-28.json", "steps-2026-03-28.json",
                                  "weight-2026-03-29.json", "sleep-2026-03-29.json",
                                  "calories-2026-03-29.json"])
def test_each_file_is_recognised_from_content(tmp_path: Path, name: str) -> None:
    renamed = tmp_path / "download.json"
    renamed.write_bytes((DATA / name).read_bytes())
    assert detect_format(renamed) == "fitbit"


def test_the_export_across_a_dst_change(record: Any, profile_id: str, tmp_path: Path,
                                        clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    path = _zip(tmp_path)
    assert detect_format(path) == "fitbit"
    report = import_source(record, profile_id, path, "fitbit")

    # Heart rate is UTC, one a minute.
    assert _series(record, profile_id, "pulse") == [
        (at(2026, 3, 28, 23, 59, 55), {"pulse": 61}), (at(2026, 3, 29, 0, 0, 5), {"pulse": 62})]
    assert report.kinds["pulse"].skipped == {
        "more than one in a minute (the first is kept)": 1, "an unreadable value or date": 1}
    # Steps per day of the person's clock (23:05 UTC is already the 29th in Berlin), at
    # noon: 11:00 UTC in winter time, 10:00 UTC once summer time has begun.
    assert _series(record, profile_id, "steps") == [
        (at(2026, 3, 28, 11), {"steps": 40}), (at(2026, 3, 29, 10), {"steps": 1225})]
    # Weight in the person's clock: 02:30 on the 29th does not exist (the clock jumps from
    # 02:00 to 03:00) and is read as the clock before the change showed it.
    assert _series(record, profile_id, "weight") == [
        (at(2026, 3, 29, 1, 30), {"weight": 72.4}), (at(2026, 3, 30, 5, 10), {"weight": 72.1})]
    assert report.kinds["body fat"].skipped == {
        "HealthDesk does not keep this kind of record": 1}
    # The night's main sleep at its end; the nap counted.
    [(end, hours)] = _series(record, profile_id, "sleep")
    assert end == at(2026, 3, 29, 5, 15) and hours["sleep"] == pytest.approx(5.93)
    assert report.kinds["sleep"].skipped == {"a nap (not the night's main sleep)": 1}
    assert report.kinds["calories"].skipped == {
        "HealthDesk does not keep this kind of record": 2}
    assert record.readings.for_profile(profile_id, "weight")[0].sources == ("Fitbit",)
    again = import_source(record, profile_id, path, "fitbit")
    assert (again.imported, again.already) == (0, report.imported)


def test_weights_in_pounds_when_the_account_uses_them(record: Any, profile_id: str,
                                                      tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    profile = (DATA / "Profile.csv").read_text()
    weights = [{"logId": 1, "weight": 160.0, "date": "03/30/26", "time": "07:10:00"}]
    path = tmp_path / "us.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Fitbit/Personal & Account/Profile.csv", profile)
        z.writestr("Fitbit/Personal & Account/weight-2026-03-30.json", json.dumps(weights))
    import_source(record, profile_id, path, "fitbit")
    [(_when, values)] = _series(record, profile_id, "weight")
    assert values["weight"] == pytest.approx(72.57, abs=0.01)  # 160 lb in kg


def test_google_fit_daily_metrics_steps_and_weight_at_noon_of_the_persons_day(
        record: Any, profile_id: str, tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/London")
    path = tmp_path / "metrics.csv"
    path.write_bytes((DATA.parent / "googlefit_daily_metrics.csv").read_bytes())
    assert detect_format(path) == "google_fit"
    report = import_source(record, profile_id, path, "google_fit")
    # Noon in London: 12:00 UTC in winter time, 11:00 UTC from the 29th (summer time).
    assert _series(record, profile_id, "steps") == [
        (at(2026, 3, 28, 12), {"steps": 4210}), (at(2026, 3, 29, 11), {"steps": 1302}),
        (at(2026, 3, 31, 11), {"steps": 6011})]
    assert [v for _t, v in _series(record, profile_id, "weight")] == [
        {"weight": 70.3}, {"weight": 70.0}]
    assert report.kinds["Average heart rate (bpm)"].skipped == {
        "a day's average, not a reading": 1}
    assert report.kinds["Calories (kcal)"].skipped == {
        "HealthDesk does not keep this kind of record": 3}
    assert record.readings.for_profile(profile_id, "steps")[0].sources == ("Google Fit",)


def test_mysugr_export_glucose_pressure_weight_hba1c_in_the_persons_clock(
        record: Any, profile_id: str, tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    path = tmp_path / "export.csv"
    path.write_bytes((DATA.parent / "mysugr.csv").read_bytes())
    assert detect_format(path) == "mysugr"
    report = import_source(record, profile_id, path, "mysugr")
    sugar = record.readings.for_profile(profile_id, "glucose", newest_first=False)
    # 08:07 CET; 02:30 on the 29th does not exist in Berlin: read as 03:30 summer time.
    assert [(r.taken_at, round(r.values["glucose"] * 18.016)) for r in sugar] == [
        (at(2026, 3, 2, 7, 7), 142), (at(2026, 3, 29, 1, 30), 61)]
    assert [r.note for r in sugar] == ["before breakfast", "hypo at night"]
    assert _series(record, profile_id, "blood_pressure") == [
        (at(2026, 3, 2, 12, 10), {"systolic": 128, "diastolic": 81})]
    assert _series(record, profile_id, "weight") == [(at(2026, 3, 2, 12, 10), {"weight": 72.4})]
    [(_t, hba1c)] = _series(record, profile_id, "hba1c")
    assert hba1c["hba1c"] == pytest.approx(7.0, abs=0.05)  # 53 mmol/mol
    assert report.kinds["glucose"].skipped == {"an unreadable value or date": 1}  # "HI"
    assert report.kinds["Insulin Injection Units (Pen)"].skipped == {
        "insulin is recorded in Medicines, not as a reading": 1}
    assert report.kinds["Ketones"].skipped == {"HealthDesk does not keep this kind of record": 1}
    assert sugar[0].sources == ("mySugr",)
