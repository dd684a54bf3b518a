"""``healthdesk clinic|staff|patients|audit`` and ``--staff NAME --pin-file FILE`` through
the real entry point on a real store."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    c = Cli(tmp_path)
    monkeypatch.setenv("HEALTHDESK_KDF", "fast")
    monkeypatch.delenv("HEALTHDESK_STAFF", raising=False)
    monkeypatch.delenv("HEALTHDESK_STAFF_PIN", raising=False)
    assert main(["init", "--data-dir", str(c.dir), "--passphrase-file", str(c.pass_file)]) == 0
    c.capsys = capsys
    monkeypatch.setenv("HEALTHDESK_NEW_PIN", "1111")
    c.ok("clinic", "setup", "Sunrise Clinic", "--admin", "Dr Meera Iyer",
         "--registration", "MH-1234")
    return c


def _pin(tmp_path: Path, pin: str) -> str:
    f = tmp_path / f"pin-{pin}.txt"
    f.write_text(pin + "\n")
    return str(f)


def test_staff_sign_in_roles_and_audit(cli: Cli, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    admin = ("--staff", "Dr Meera Iyer", "--pin-file", _pin(tmp_path, "1111"))
    nurse = ("--staff", "Nurse Lata", "--pin-file", _pin(tmp_path, "3333"))
    # No one signed in: a clear sentence, exit 2.
    assert "Sign in" in cli.bad("staff", "add", "Nurse Lata", "--role", "nurse")
    monkeypatch.setenv("HEALTHDESK_NEW_PIN", "3333")
    cli.ok(*admin, "staff", "add", "Nurse Lata", "--role", "nurse")
    assert [s["role"] for s in cli.json("staff", "list")] == ["admin", "nurse"]
    assert "may not manage staff" in cli.bad(*nurse, "staff", "add", "X", "--role", "nurse")
    added = cli.json(*nurse, "patients", "add", "Kamala Devi", "--born", "1961-05-02",
                     "--phone", "98450 12345")
    no = added["clinic_no"]  # this computer's series, drawn from its device id
    assert re.fullmatch(r"HD-[A-Z]{4}-00001", no)
    assert f"already registered as {no}" in cli.bad(
        *nurse, "patients", "add", "kamala devi", "--born", "1961-05-02")
    assert [p["name"] for p in cli.json("patients", "search", "KAM")] == ["Kamala Devi"]
    assert [p["name"] for p in cli.json("patients", "search", "9845012345")] == ["Kamala Devi"]
    assert cli.json("patients", "search", "02/05/1961")[0]["clinic_no"] == no
    cli.ok(*nurse, "readings", "add", "blood_pressure", "128/82", "--profile", "Kamala Devi")
    trail = cli.json("audit", "--staff", "Nurse Lata")
    assert {e["entity"] for e in trail} == {"profiles", "clinic_records", "measurements"}
    assert all(e["actor"] == "Nurse Lata" for e in trail)
    assert cli.json(*admin, "audit", "--profile", "Kamala Devi", "--since", "2100-01-01") == []
    out = tmp_path / "audit.csv"
    cli.ok("audit", "-o", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["actor"] for r in rows} == {"Nurse Lata"} and rows[0]["profile"] == "Kamala Devi"
    cli.ok("audit", "-o", str(tmp_path / "audit.json"))
    assert len(json.loads((tmp_path / "audit.json").read_text())) == len(rows)


def test_wrong_pin_and_disabled_member(cli: Cli, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    admin = ("--staff", "Dr Meera Iyer", "--pin-file", _pin(tmp_path, "1111"))
    monkeypatch.setenv("HEALTHDESK_NEW_PIN", "3333")
    cli.ok(*admin, "staff", "add", "Nurse Lata", "--role", "nurse")
    wrong = ("--staff", "Nurse Lata", "--pin-file", _pin(tmp_path, "0000"))
    assert "4 more tries" in cli.bad(*wrong, "staff", "list")
    cli.ok(*admin, "staff", "disable", "Nurse Lata")
    monkeypatch.setenv("HEALTHDESK_STAFF", "Nurse Lata")
    monkeypatch.setenv("HEALTHDESK_STAFF_PIN", "3333")
    assert "disabled" in cli.bad("staff", "list")


def test_demo_clinic(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDESK_KDF", "fast")
    d = tmp_path / "clinic"
    assert main(["demo", "--clinic", "--patients", "40", "--data-dir", str(d)]) == 0
    out = capsys.readouterr().out
    assert "40 profiles" in out and "Nurse Lata Pillai (nurse) 3333" in out
    monkeypatch.setenv("HEALTHDESK_PASSPHRASE", "healthdesk-demo")
    assert main(["patients", "search", "00040", "--json", "--data-dir", str(d)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["clinic_no"].endswith("-00040")
    assert main(["staff", "list", "--json", "--data-dir", str(d)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5


def test_a_clinic_number_names_the_patient(cli: Cli, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDESK_STAFF", "Dr Meera Iyer")
    monkeypatch.setenv("HEALTHDESK_STAFF_PIN", "1111")
    numbers = [cli.json("patients", "add", f"Patient {i:02d}", "--born", "1980-01-01")[
        "clinic_no"] for i in range(12)]
    cli.ok("readings", "add", "pulse", "72", "--profile", numbers[2].lower())
    assert [r["values"]["pulse"] for r in cli.json("readings", "list", "--profile",
                                                     numbers[2])] == [72]
    err = cli.bad("readings", "list", "--profile", "Nobody")
    assert "and 2 more" in err and "Patient 11" not in err  # a few names, not thousands


def test_patients_duplicates_lists_the_same_person_registered_twice(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDESK_STAFF", "Dr Meera Iyer")
    monkeypatch.setenv("HEALTHDESK_STAFF_PIN", "1111")
    assert "No patient is registered twice" in cli.ok("patients", "duplicates")
    one = cli.json("patients", "add", "Kamala Devi", "--born", "1961-05-02")["clinic_no"]
    two = cli.json("patients", "add", "kamala devi", "--born", "1961-05-02",
                   "--allow-duplicate")["clinic_no"]
    found = cli.json("patients", "duplicates")
    assert [[p["clinic_no"] for p in g] for g in found["registered_twice"]] == [[one, two]]
    assert found["number_clashes"] == []
    out = cli.ok("patients", "duplicates")
    assert "registered twice?" in out and one in out and two in out
