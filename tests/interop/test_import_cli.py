"""`healthdesk import FILE [--profile NAME] [--dry-run] [--json]` as a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from healthdesk.services.record import HealthRecord
from tests.conftest import PASSPHRASE

DATA = Path(__file__).parent / "data"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    env.update({"HEALTHDESK_DATA_DIR": str(data), "HEALTHDESK_PASSPHRASE": PASSPHRASE,
                "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    return subprocess.run([sys.executable, "-m", "healthdesk", "import", *args],
                          capture_output=True, text=True, env=env, timeout=180)


def test_dry_run_then_import_then_again_with_json_report(data_dir: Path) -> None:
    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    rec.profiles.create(name="Dana Miller", timezone="America/Chicago")
    rec.profiles.create(name="Sam Miller")
    rec.close()
    clarity = str(DATA / "dexcom_clarity.csv")

    need = run(data_dir, clarity)
    assert need.returncode == 2 and "--profile" in need.stderr
    assert "Traceback" not in need.stderr

    dry = run(data_dir, clarity, "--profile", "Dana Miller", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["format"] == "dexcom" and report["dry_run"] is True
    assert report["kinds"]["glucose"]["imported"] == 5
    assert sum(report["kinds"]["glucose"]["skipped"].values()) == 2

    done = run(data_dir, clarity, "--profile", "Dana Miller")
    assert done.returncode == 0, done.stderr
    assert "Imported 5 readings from dexcom_clarity.csv (Dexcom Clarity CSV)" in done.stdout
    assert "'Low': below the sensor's range" in done.stdout

    again = json.loads(run(data_dir, clarity, "--profile", "Dana Miller", "--json").stdout)
    assert (again["imported"], again["already_there"]) == (0, 5)

    unknown = run(data_dir, clarity, "--profile", "Nobody")
    assert unknown.returncode == 2 and "No profile is named 'Nobody'" in unknown.stderr


def test_unknown_file_exits_2_with_a_sentence(data_dir: Path, tmp_path: Path) -> None:
    junk = tmp_path / "notes.csv"
    junk.write_text("colour,shape\nred,round\n")
    p = run(data_dir, str(junk))
    assert p.returncode == 2
    assert "no header row of readings was found" in p.stderr and "Traceback" not in p.stderr


def test_a_fitbit_export_zip_imports_from_the_command_line(data_dir: Path,
                                                           tmp_path: Path) -> None:
    import zipfile

    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    rec.profiles.create(name="Dana Miller", timezone="Europe/Berlin")
    rec.close()
    path = tmp_path / "takeout.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(DATA / "fitbit" / "sleep-2026-03-29.json",
                "Takeout/Fitbit/Global Export Data/sleep-2026-03-29.json")
    done = run(data_dir, str(path), "--profile", "Dana Miller", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["format"] == "fitbit"
    assert report["kinds"]["sleep"] == {
        "imported": 1, "already_there": 0,
        "skipped": {"a nap (not the night's main sleep)": 1}}


def test_meter_and_health_connect_exports_dry_run_as_json_then_import(data_dir: Path,
                                                                      tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    rec.profiles.create(name="Dana Miller", timezone="Europe/Berlin")
    rec.close()
    meter = str(DATA / "meters" / "accuchek_connect_mmol.csv")
    dry = run(data_dir, meter, "--profile", "Dana Miller", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert (report["format"], report["dry_run"], report["imported"]) == ("accu_chek", True, 7)
    assert report["kinds"]["Bolus [U]"]["skipped"] == {
        "insulin is recorded in Medicines, not as a reading": 1}
    done = run(data_dir, meter, "--profile", "Dana Miller")
    assert done.returncode == 0 and "Imported 7 readings" in done.stdout
    assert "'HI': above the meter's range" in done.stdout

    db = tmp_path / "health_connect_export.db"
    con = sqlite3.connect(db)
    con.executescript((DATA / "health_connect_export.sql").read_text())
    con.commit()
    con.close()
    export = tmp_path / "Health Connect.zip"
    with zipfile.ZipFile(export, "w") as z:
        z.write(db, "health_connect_export.db")
    first = json.loads(run(data_dir, str(export), "--profile", "Dana Miller", "--json").stdout)
    assert first["format"] == "health_connect" and first["imported"] == 16
    again = json.loads(run(data_dir, str(export), "--profile", "Dana Miller", "--json").stdout)
    assert (again["imported"], again["already_there"]) == (0, 17)
