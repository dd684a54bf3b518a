"""Health Connect's own export: a zip holding health_connect_export.db, read with sqlite3
from memory; epoch-millisecond times, storage units, the same reading from two apps once,
steps per day of the person's clock from the app that counted most."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.detect import detect_format
from healthdesk.interop.import_run import import_source

SQL = Path(__file__).parent / "data" / "health_connect_export.sql"
UTC = dt.UTC


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def export(tmp_path: Path, *, wal: bool = False) -> Path:
    db = tmp_path / "health_connect_export.db"
    con = sqlite3.connect(db)
    if wal:
        con.execute("PRAGMA journal_mode = WAL")
    con.executescript(SQL.read_text())
    con.commit()
    con.close()
    path = tmp_path / "Health Connect.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(db, "health_connect_export.db")
    db.unlink()
    return path


def series(record: Any, pid: str, kind: str) -> list[tuple[dt.datetime, dict[str, float]]]:
    return [(r.taken_at, r.values)
            for r in record.readings.for_profile(pid, kind, newest_first=False)]


@pytest.mark.parametrize("wal", [False, True])
def test_the_export_in_the_persons_zone(record: Any, profile_id: str, tmp_path: Path,
                                        clock: Any, wal: bool) -> None:
    clock.t = at(2025, 12, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    phone = tmp_path / "phone"
    phone.mkdir()
    path = export(phone, wal=wal)
    renamed = path.rename(phone / "backup.bin")
    assert detect_format(renamed) == "health_connect"
    report = import_source(record, profile_id, renamed, "health_connect")

    # The monitor's app and Samsung Health wrote the same reading: stored once.
    assert series(record, profile_id, "blood_pressure") == [
        (at(2025, 10, 24, 6, 30), {"systolic": 132, "diastolic": 84}),
        (at(2025, 10, 26, 6, 45), {"systolic": 128, "diastolic": 80})]
    assert (report.kinds["blood_pressure"].imported, report.kinds["blood_pressure"].already
            ) == (2, 1)
    assert series(record, profile_id, "weight") == [(at(2025, 10, 25, 5, 10), {"weight": 72.4})]
    assert series(record, profile_id, "height") == [(at(2025, 1, 1, 10), {"height": 168.0})]
    sugar = record.readings.for_profile(profile_id, "glucose", newest_first=False)
    assert [(r.values["glucose"], r.context) for r in sugar] == [
        (5.8, "fasting"), (8.1, "after_meal")]
    assert list(report.kinds["glucose"].skipped) == [
        "Glucose must be between 0.5 and 60 mmol/L."]
    assert series(record, profile_id, "spo2") == [(at(2025, 10, 25, 22), {"spo2": 96})]
    assert series(record, profile_id, "temperature") == [
        (at(2025, 10, 26, 7), {"temperature": 37.2})]
    pulses = record.readings.for_profile(profile_id, "pulse", newest_first=False)
    assert [(r.taken_at, r.values["pulse"], r.note) for r in pulses] == [
        (at(2025, 10, 25, 4), 58, "Resting heart rate"),
        (at(2025, 10, 26, 0, 58, 5), 61, None), (at(2025, 10, 26, 0, 59, 10), 63, None),
        (at(2025, 10, 26, 1, 0), 64, None), (at(2025, 10, 26, 1, 1, 30), 65, None)]
    assert report.kinds["pulse"].skipped == {
        "more than one in a minute (the first is kept)": 1}
    # Noon of each day in Berlin: summer time on the 25th, winter time on the 26th; the
    # 22:30 UTC walk belongs to the 26th; each day keeps the app that counted most.
    assert series(record, profile_id, "steps") == [
        (at(2025, 10, 25, 10), {"steps": 3600}), (at(2025, 10, 26, 11), {"steps": 2000})]
    assert report.kinds["steps"].skipped == {
        "another app counted fewer steps that day (the most is kept)": 2}
    [night] = record.readings.for_profile(profile_id, "sleep")
    assert (night.taken_at, night.values["sleep"]) == (at(2025, 10, 26, 5, 50), 7.75)
    assert night.note == "Sleep stages: awake 25 min, light 315 min, deep 60 min, REM 90 min"
    assert report.kinds["sleep"].skipped == {
        "a shorter sleep ending the same day (the longest is kept)": 1}
    assert report.kinds["exercise_session_record_table"].skipped == {
        "HealthDesk does not keep this kind of record": 1}
    assert report.kinds["total_calories_burned_record_table"].skipped == {
        "HealthDesk does not keep this kind of record": 2}
    assert "nutrition_record_table" not in report.kinds  # empty
    assert night.sources == ("Health Connect",)
    again = import_source(record, profile_id, renamed, "health_connect")
    assert (again.imported, again.already) == (0, report.imported + report.already)
    assert list(phone.iterdir()) == [renamed]  # nothing unpacked beside it


def test_a_zip_without_the_database_or_a_cut_off_one_is_refused(
        record: Any, profile_id: str, tmp_path: Path) -> None:
    good = export(tmp_path)
    raw = zipfile.ZipFile(good).read("health_connect_export.db")
    cut = tmp_path / "cut.zip"
    with zipfile.ZipFile(cut, "w") as z:
        z.writestr("health_connect_export.db", raw[:90])
    assert detect_format(cut) == "health_connect"
    with pytest.raises(ValidationError, match="holds no Health Connect database"):
        import_source(record, profile_id, cut, "health_connect")
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("notes.txt", "hello")
    with pytest.raises(ValidationError):
        detect_format(other)


def test_the_database_on_its_own_imports_the_same(record: Any, profile_id: str,
                                                  tmp_path: Path, clock: Any) -> None:
    clock.t = at(2025, 12, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    bare = tmp_path / "phone.sqlite"
    bare.write_bytes(zipfile.ZipFile(export(tmp_path)).read("health_connect_export.db"))
    assert detect_format(bare) == "health_connect"
    report = import_source(record, profile_id, bare, "health_connect")
    assert (report.imported, report.already) == (16, 1)
