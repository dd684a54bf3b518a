"""Watches' days and nights: Fitbit's resting heart rate and sleep stages, Google Fit's
sessions (sleep per night, the sessions' steps per day of the person's clock)."""

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


def series(record: Any, pid: str, kind: str) -> list[Any]:
    return record.readings.for_profile(pid, kind, newest_first=False)


def test_fitbit_resting_heart_rate_one_a_day_at_noon_of_the_persons_day(
        record: Any, profile_id: str, tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    path = tmp_path / "download.json"  # renamed: the content says what it is
    shutil.copy(DATA / "fitbit_more" / "resting_heart_rate-2026-03-28.json", path)
    assert detect_format(path) == "fitbit"
    report = import_source(record, profile_id, path, "fitbit")
    rows = series(record, profile_id, "pulse")
    # noon CET on the 28th, noon CEST on the 30th (summer time began on the 29th)
    assert [(r.taken_at, r.values["pulse"]) for r in rows] == [
        (at(2026, 3, 28, 11), 59), (at(2026, 3, 30, 10), 58)]
    assert {r.note for r in rows} == {"Resting heart rate (Fitbit's estimate for the day)"}
    assert report.kinds["pulse"].skipped == {
        "no resting heart rate that day (too little wear)": 1}
    assert import_source(record, profile_id, path, "fitbit").already == 2


def test_fitbit_sleep_stages_go_into_the_nights_note(record: Any, profile_id: str,
                                                    tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    path = tmp_path / "fitbit.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted((DATA / "fitbit_more").glob("*.json")):
            z.write(f, f"Takeout/Fitbit/Global Export Data/{f.name}")
    report = import_source(record, profile_id, path, detect_format(path))
    nights = series(record, profile_id, "sleep")
    assert [(r.taken_at, r.values["sleep"]) for r in nights] == [
        (at(2026, 3, 30, 4, 58, 30), pytest.approx(6.87)),
        (at(2026, 3, 31, 4, 30), pytest.approx(6.33))]
    assert [r.note for r in nights] == [
        "Sleep stages: deep 71 min, light 245 min, REM 96 min, awake 56 min",
        "Sleep stages: asleep 380 min, restless 22 min, awake 8 min"]
    assert report.kinds["sleep stages"].skipped == {
        "the stage-by-stage timeline is not kept (the minutes per stage are in the "
        "night's note)": 6}
    assert len(series(record, profile_id, "pulse")) == 2


def _sessions_zip(tmp_path: Path) -> Path:
    path = tmp_path / "takeout.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted((DATA / "googlefit_sessions").glob("*.json")):
            z.write(f, f"Takeout/Fit/All Sessions/{f.name}")
        z.writestr("Takeout/Fit/Daily activity metrics/2026-03-29.csv", "Start time,End time\n")
    return path


def test_google_fit_sessions_sleep_per_night_and_steps_per_day(
        record: Any, profile_id: str, tmp_path: Path, clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    record.profiles.update(profile_id, timezone="Europe/London")
    path = _sessions_zip(tmp_path)
    assert detect_format(path) == "google_fit_sessions"
    report = import_source(record, profile_id, path, "google_fit_sessions")
    nights = series(record, profile_id, "sleep")
    assert [(r.taken_at, r.values["sleep"]) for r in nights] == [
        (at(2026, 3, 29, 6, 35), 7.25),  # 7 h 30 in bed less 15 min awake
        (at(2026, 3, 31, 5, 40), 7.0)]  # no stages: the session's length
    assert nights[0].note == "Sleep stages: light 285 min, deep 60 min, awake 15 min, REM 90 min"
    assert report.kinds["sleep"].skipped == {
        "a shorter sleep ending the same day (the longest is kept)": 1}
    # The run ended at 00:10 summer time on the 30th: that day's steps, not the 29th's.
    steps = series(record, profile_id, "steps")
    assert [(r.taken_at, r.values["steps"]) for r in steps] == [
        (at(2026, 3, 29, 11), 4210), (at(2026, 3, 30, 11), 5100)]
    assert report.kinds["session: biking"].skipped == {
        "HealthDesk keeps no activity sessions (their steps are kept)": 1}
    assert report.kinds["com.google.heart_rate.summary"].skipped == {
        "a session's average, not a reading": 1}
    assert report.kinds["com.google.calories.expended"].skipped == {
        "HealthDesk does not keep this kind of record": 2}
    assert steps[0].sources == ("Google Fit",)
    again = import_source(record, profile_id, path, "google_fit_sessions")
    assert (again.imported, again.already) == (0, 4)


def test_one_session_file_on_its_own(record: Any, profile_id: str, tmp_path: Path,
                                     clock: Any) -> None:
    clock.t = at(2026, 6, 1)
    path = tmp_path / "night.json"
    shutil.copy(DATA / "googlefit_sessions" / "2026-03-30T22_40_00Z_SLEEP.json", path)
    assert detect_format(path) == "google_fit_sessions"
    report = import_source(record, profile_id, path, "google_fit_sessions")
    assert report.imported == 1
    assert series(record, profile_id, "sleep")[0].taken_at == at(2026, 3, 31, 5, 40)


def test_a_session_file_cut_off_part_way_is_refused_naming_it(record: Any, profile_id: str,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "takeout.zip"
    whole = (DATA / "googlefit_sessions" / "2026-03-29T09_00_00Z_WALKING.json").read_text()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Takeout/Fit/All Sessions/walk.json", whole[:120])
    assert detect_format(path) == "google_fit_sessions"
    with pytest.raises(ValidationError, match=r"walk\.json is not readable JSON"):
        import_source(record, profile_id, path, "google_fit_sessions")
