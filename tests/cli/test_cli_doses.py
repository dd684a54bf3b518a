"""``healthdesk doses``: a real subprocess on a real encrypted store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from tests.cli.test_cli import PASS, no_traceback, run

UTC = dt.UTC
DAY = "2025-03-10"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("doses") / "data"
    record, _ = HealthRecord.create(d, PASS, kdf=KdfParams.FAST_FOR_TESTS)
    with record:
        asha = record.profiles.create(name="Asha Rao", timezone="Asia/Kolkata").id
        record.profiles.create(name="Ravi Kumar", timezone="Europe/London")
        med = record.medications.add(
            asha, "Metformin", strength="500 mg", start_date="2025-01-01",
            schedule=ScheduleInput(times_of_day=["08:00", "20:00"], timezone="Asia/Kolkata"))
        # 08:00 IST is 02:30 UTC; taken ten minutes late.
        record.doses.record(med.id, "taken", scheduled_for=dt.datetime(2025, 3, 10, 2, 30,
                                                                       tzinfo=UTC),
                            at=dt.datetime(2025, 3, 10, 2, 40, tzinfo=UTC))
    return d


def test_json_lists_each_dose_with_offset_state_and_event(store_dir: Path) -> None:
    p = run("doses", "--profile", "asha rao", "--date", DAY, "--json", data=store_dir)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["date"] == DAY
    [person] = doc["profiles"]
    assert person["profile"] == "Asha Rao"
    morning, evening = person["doses"]
    assert (morning["medication"], morning["scheduled_for"], morning["state"]) == (
        "Metformin 500 mg", "2025-03-10T08:00:00+05:30", "taken")
    assert morning["event"]["action"] == "taken"
    assert morning["event"]["at"] == "2025-03-10T08:10:00+05:30"
    assert (evening["scheduled_for"], evening["state"], evening["event"]) == (
        "2025-03-10T20:00:00+05:30", "missed", None)
    assert "Skip the" in evening["advice"] and "two doses" in evening["advice"]


def test_text_output_for_everyone(store_dir: Path) -> None:
    p = run("doses", "--date", DAY, data=store_dir)
    assert p.returncode == 0, p.stderr
    assert "Asha Rao — 2025-03-10" in p.stdout
    assert "08:00  Metformin 500 mg  2 tablets" not in p.stdout  # one tablet by default
    assert "08:00  Metformin 500 mg  1 tablet" in p.stdout
    assert "Taken at 08:10" in p.stdout and "Missed" in p.stdout
    assert "Ravi Kumar — 2025-03-10\n  No doses scheduled." in p.stdout


@pytest.mark.parametrize("bad", ["2025-13-01", "10/03/2025", "2025-3-10", "tomorrow",
                                 "2025-02-30"])
def test_bad_date_is_exit_2_naming_the_field_and_format(store_dir: Path, bad: str) -> None:
    p = run("doses", "--date", bad, data=store_dir)
    assert p.returncode == 2
    assert p.stderr.strip() == ("healthdesk: Date (--date) must be a calendar date written "
                                "YYYY-MM-DD, like 2026-03-10.")
    no_traceback(p)


def test_unknown_profile_is_bad_input(store_dir: Path) -> None:
    p = run("doses", "--profile", "Nobody", data=store_dir)
    assert p.returncode == 2
    assert "No profile is named 'Nobody'" in p.stderr and "Asha Rao" in p.stderr
    no_traceback(p)


def test_wrong_passphrase_is_locked(store_dir: Path) -> None:
    p = run("doses", data=store_dir, passphrase="not the passphrase")
    assert p.returncode == 3
    no_traceback(p)
