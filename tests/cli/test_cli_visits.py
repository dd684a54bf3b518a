"""``healthdesk visit checkin|queue|state|record`` through the real entry point on a real
clinic store: roles, the queue's order and states, a whole visit, bad input exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.nouns_helpers import Cli
from tests.cli.test_cli_clinic import _pin, cli  # noqa: F401  (the fixture)


def test_checkin_queue_and_a_whole_visit(cli: Cli, tmp_path: Path,  # noqa: F811
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    admin = ("--staff", "Dr Meera Iyer", "--pin-file", _pin(tmp_path, "1111"))
    desk = ("--staff", "Ravi Desk", "--pin-file", _pin(tmp_path, "4444"))
    doctor = ("--staff", "Dr Arjun Rao", "--pin-file", _pin(tmp_path, "2222"))
    monkeypatch.setenv("HEALTHDESK_NEW_PIN", "4444")
    cli.ok(*admin, "staff", "add", "Ravi Desk", "--role", "receptionist")
    monkeypatch.setenv("HEALTHDESK_NEW_PIN", "2222")
    cli.ok(*admin, "staff", "add", "Dr Arjun Rao", "--role", "doctor")
    kamala = cli.json(*desk, "patients", "add", "Kamala Devi", "--born", "1961-05-02")[
        "clinic_no"]
    cli.ok(*desk, "patients", "add", "Suresh Nair", "--born", "1975-11-20")
    assert cli.json(*desk, "visit", "checkin", kamala, "--reason", "Cough")[
        "state"] == "waiting"
    cli.ok(*desk, "visit", "checkin", "Suresh Nair")
    assert "already in today's queue" in cli.bad(*desk, "visit", "checkin", "Kamala Devi")
    q = cli.json("visit", "queue")
    assert [(e["name"], e["state"], e["checked_in_by"]) for e in q] == [
        ("Kamala Devi", "waiting", "Ravi Desk"), ("Suresh Nair", "waiting", "Ravi Desk")]
    assert "may not" in cli.bad(*desk, "visit", "record", kamala, "--bp", "128/82")
    # A bad blood pressure names the field and saves nothing.
    err = cli.bad(*doctor, "visit", "record", kamala, "--bp", "128", "--notes", "x")
    assert "systolic/diastolic" in err
    err = cli.bad(*doctor, "visit", "record", kamala, "--bp", "400/80")
    assert "ystolic" in err
    assert cli.json("readings", "list", "--profile", "Kamala Devi") == []
    cli.ok(*doctor, "visit", "state", kamala, "with_doctor")
    visit = cli.json(*doctor, "visit", "record", kamala, "--bp", "128/82",
                     "--pulse", "72", "--notes", "Sugar high", "--prescribe", "Metformin",
                     "--strength", "500 mg", "--times", "08:00,20:00",
                     "--next", "2030-04-10T10:00")
    assert visit["entry"]["state"] == "done" and len(visit["reading_ids"]) == 2
    assert visit["appointment_id"] and len(visit["medication_ids"]) == 1
    assert [e["state"] for e in cli.json("visit", "queue")] == ["done", "waiting"]
    assert "not in today's queue" in cli.bad(*doctor, "visit", "record", "Kamala Devi")
    cli.ok(*desk, "visit", "state", "Suresh Nair", "left")
    assert "No one in the queue" in cli.ok("visit", "queue", "--date", "2020-01-01")
