"""``healthdesk appointments|allergies|conditions|symptoms|contacts``: every verb through
main() on a store made by ``healthdesk init``; bad input exits 2 with the
service's sentence (field and range) and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import PASS, Cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    cli = Cli(tmp_path_factory.mktemp("calendar"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEALTHDESK_KDF", "fast")
        assert main(["init", "--data-dir", str(cli.dir), "--passphrase-file",
                     str(cli.pass_file)]) == 0
        assert main(["profiles", "add", "Kamala Iyer", "--timezone", "Asia/Kolkata",
                     "--data-dir", str(cli.dir), "--passphrase-file", str(cli.pass_file)]) == 0
        yield cli


@pytest.fixture
def cli(store: Cli, capsys: pytest.CaptureFixture[str]) -> Cli:
    store.capsys = capsys
    return store


def test_appointments_add_list_cancel_complete(cli: Cli) -> None:
    review = cli.json("appointments", "add", "Diabetes review", "--start-at",
                      "2099-04-02T10:30", "--clinician", "Dr Mehta", "--place", "City Clinic",
                      "--duration-minutes", "20", "--reminder-offsets", "1440,60")
    assert review["start_at"] == "2099-04-02T10:30:00+05:30"  # read in the person's zone
    assert review["end_at"] == "2099-04-02T10:50:00+05:30"
    assert review["reminder_offsets"] == [1440, 60] and review["status"] == "scheduled"
    eye = cli.ok("appointments", "add", "Eye check", "--start-at", "2099-05-01T09:00",
                 "--reminder-offsets", "").strip()
    past = cli.ok("appointments", "add", "Old visit", "--start-at", "2024-01-05T09:00").strip()
    assert [a["title"] for a in cli.json("appointments", "list")] == ["Diabetes review",
                                                                      "Eye check"]
    assert "Dr Mehta" in cli.ok("appointments", "list")
    assert cli.ok("appointments", "cancel", eye) == (
        "Eye check (2099-05-01 09:00) is now cancelled.\n")
    assert [a["title"] for a in cli.json("appointments", "list")] == ["Diabetes review"]
    done = cli.json("appointments", "complete", past, "--visit-notes", "BP fine")
    assert done["status"] == "completed" and done["visit_notes"] == "BP fine"
    assert [a["id"] for a in cli.json("appointments", "list", "--past")] == [past]
    assert [a["status"] for a in cli.json("appointments", "list", "--all")] == [
        "completed", "scheduled", "cancelled"]


def test_appointment_bad_input(cli: Cli) -> None:
    before = cli.json("appointments", "list", "--all")
    assert cli.bad("appointments", "add", "X", "--start-at", "next tuesday") == (
        "Start at must be a date and time like 2024-03-01T08:30 or 2024-03-01T08:30:00+01:00.")
    assert cli.bad("appointments", "add", "X", "--start-at", "2099-01-01T10:00",
                   "--duration-minutes", "2000") == (
        "Duration minutes must be a whole number between 1 and 1440.")
    assert cli.bad("appointments", "add", "X", "--start-at", "2099-01-01T10:00",
                   "--visit-type", "zoom").startswith("Visit type must be one of: in_person")
    assert cli.bad("appointments", "add", "X", "--start-at", "2099-01-01T10:00",
                   "--reminder-offsets", "99999").startswith(
        "Each reminder must be a whole number of minutes before the appointment, between 0 "
        "and 43200")
    assert cli.bad("appointments", "cancel", "no-such-id") == (
        "No appointment with id no-such-id exists in this record.")
    assert cli.json("appointments", "list", "--all") == before


@pytest.mark.parametrize(("noun", "first", "options", "key"), [
    ("allergies", "Penicillin", ("--category", "medication", "--severity", "severe",
                                 "--reaction", "hives"), "substance"),
    ("conditions", "Type 2 diabetes", ("--icd10", "e119", "--onset", "2019-06-01"), "name"),
    ("symptoms", "Headache", ("--severity", "6", "--duration-minutes", "90",
                              "--onset-at", "2026-03-10T07:00+05:30"), "symptom"),
    ("contacts", "Meera Rao", ("--relationship", "daughter", "--phone", "+91 98450 12345"),
     "name"),
])
def test_clinical_add_list_delete(cli: Cli, noun: str, first: str, options: tuple[str, ...],
                                  key: str) -> None:
    added = cli.json(noun, "add", first, *options)
    assert added[key] == first and added["id"]
    [listed] = cli.json(noun, "list")
    assert listed == added
    assert first in cli.ok(noun, "list")
    cli.ok(noun, "delete", added["id"])
    assert cli.json(noun, "list") == []
    assert f"No {noun} recorded for Kamala Iyer." in cli.ok(noun, "list")


def test_clinical_values_are_normalised_as_in_the_app(cli: Cli) -> None:
    cond = cli.json("conditions", "add", "Hypertension", "--icd10", "i10")
    assert cond["icd10"] == "I10" and cond["status"] == "active"
    symptom = cli.json("symptoms", "add", "Dizziness", "--severity", "3",
                       "--onset-at", "2026-03-10T07:00+05:30")
    assert symptom["onset_at"] == "2026-03-10T07:00:00+05:30"


@pytest.mark.parametrize(("args", "message"), [
    (("allergies", "add", "Nuts", "--severity", "awful"),
     "Severity must be one of: mild, moderate, severe, life_threatening, unknown."),
    (("conditions", "add", "Asthma", "--icd10", "12345"),
     "ICD-10 must be an ICD-10 code like I10 or E11.9 (a letter, two digits, then optionally "
     "a dot and up to 4 letters or digits)."),
    (("symptoms", "add", "Cough", "--severity", "11"),
     "Severity must be a whole number between 1 and 10."),
    (("symptoms", "add", "Cough"), "Severity is required."),
    (("contacts", "add", "Ravi", "--phone", "12"),
     "Phone must have 6 to 20 digits and only digits, spaces and + - ( )."),
    (("contacts", "add", "Ravi"),
     "Give a phone number or an email address, so this contact can be reached."),
    (("contacts", "add", "Ravi", "--email", "r@x.org", "--priority", "10"),
     "Priority must be a whole number between 1 and 9."),
])
def test_clinical_bad_input(cli: Cli, args: tuple[str, ...], message: str) -> None:
    before = cli.json(args[0], "list")
    assert cli.bad(*args) == message
    assert cli.json(args[0], "list") == before


# -- through the installed script, as cron would run it -----------------------------------


def _script(*args: str, data: Path, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("healthdesk")
    assert exe.exists(), "the healthdesk script is installed with the package"
    full = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    full.update({"HEALTHDESK_KDF": "fast", "HEALTHDESK_PASSPHRASE": PASS,
                 "HEALTHDESK_DATA_DIR": str(data), **(env or {})})
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=full,
                          input=stdin, timeout=120)


def test_a_cron_job_loads_vitals_from_standard_input(store: Cli) -> None:
    csv = ("profile,kind,value,unit,taken_at\n"
           "Kamala Iyer,weight,62.4,kg,2026-03-10T06:30+05:30\n"
           "Kamala Iyer,blood_pressure,122/79/66,,2026-03-10T06:31+05:30\n")
    p = _script("readings", "add", "--from", "-", "--source", "device", data=store.dir,
                stdin=csv)
    assert p.returncode == 0, p.stderr
    assert len(p.stdout.split()) == 2
    listed = _script("readings", "list", "--json", data=store.dir)
    assert listed.returncode == 0, listed.stderr
    assert '"source": "device"' in listed.stdout and '"weight": 62.4' in listed.stdout
    bad = _script("readings", "add", "--from", "-", data=store.dir,
                  stdin='{"kind": "pulse", "value": 400}\n')
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr == ("healthdesk: standard input line 1: Pulse must be between 20 and "
                          "250 bpm. Nothing was added.\n")


def test_the_script_without_a_passphrase_is_locked_and_help_has_examples(store: Cli) -> None:
    p = _script("profiles", "list", data=store.dir, env={"HEALTHDESK_PASSPHRASE": ""})
    assert p.returncode == 3 and "Traceback" not in p.stderr
    h = _script("medicines", "add", "--help", data=store.dir)
    assert h.returncode == 0 and "--prn-max-per-day" in h.stdout
    assert "example" in h.stdout and "healthdesk medicines add Metformin" in h.stdout
