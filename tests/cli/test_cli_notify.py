"""``healthdesk notifications | deliver | emergency | mail``: real subprocesses on a real
store, with a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from tests.cli.test_cli import PASS, no_traceback, run
from tests.smtp_server import SmtpServer, free_port


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    record, _ = HealthRecord.create(d, PASS, kdf=KdfParams.FAST_FOR_TESTS)
    with record:
        pid = record.profiles.create(name="Asha Rao").id
        record.contacts.add(pid, "Meera Rao", email="meera@example.com")
        record.readings.record(pid, "spo2", {"spo2": 85})
    return d


@pytest.fixture
def smtp() -> Any:
    server = SmtpServer().start()
    yield server
    server.stop()


def test_notifications_json_unread_then_read(store_dir: Path) -> None:
    p = run("notifications", "--json", "--unread", data=store_dir)
    assert p.returncode == 0, p.stderr
    [n] = json.loads(p.stdout)["notifications"]
    assert (n["kind"], n["priority"], n["profile"]) == ("out_of_range", "urgent", "Asha Rao")
    assert n["link"]["table"] == "measurements"
    assert run("notifications", "--read", n["id"], data=store_dir).returncode == 0
    p = run("notifications", "--unread", data=store_dir)
    assert p.returncode == 0 and "No notifications." in p.stdout


def test_emergency_sends_then_resolves(store_dir: Path, smtp: SmtpServer) -> None:
    p = run("mail", "set", "--host", "127.0.0.1", "--port", str(smtp.port), "--security",
            "plain", "--sender", "alerts@healthdesk.test", data=store_dir)
    assert p.returncode == 0, p.stderr
    p = run("emergency", "--kind", "fall", "--message", "On the stairs", "--json",
            data=store_dir)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert [(d["contact"], d["status"]) for d in doc["deliveries"]] == [("Meera Rao", "sent")]
    assert "On the stairs" in smtp.inbox.messages[0].get_payload(decode=True).decode()
    p = run("emergency", "--resolve", doc["id"], "--by", "Meera", data=store_dir)
    assert p.returncode == 0 and "Resolved by Meera" in p.stdout


def test_deliver_exits_1_with_the_reason_when_the_server_is_down(store_dir: Path) -> None:
    port = free_port()
    run("mail", "set", "--host", "127.0.0.1", "--port", str(port), "--security", "plain",
        "--sender", "alerts@healthdesk.test", data=store_dir)
    p = run("emergency", "--no-send", data=store_dir)
    assert p.returncode == 0, p.stderr
    p = run("deliver", data=store_dir)
    assert p.returncode == 1 and "Could not reach the mail server 127.0.0.1" in p.stderr
    no_traceback(p)
    server = SmtpServer(port).start()
    try:
        # The retry waits its backoff (a minute): nothing is sent twice meanwhile.
        p = run("deliver", "--json", data=store_dir)
        assert json.loads(p.stdout)["sent"] == [] and server.inbox.messages == []
    finally:
        server.stop()


def test_bad_input_is_exit_2_naming_the_field(store_dir: Path) -> None:
    p = run("mail", "set", "--host", "smtp.example.com", "--security", "plain",
            "--sender", "a@example.com", data=store_dir)
    assert p.returncode == 2 and "Plain SMTP" in p.stderr
    no_traceback(p)
    p = run("mail", "set", "--host", "smtp.example.com", "--user", "asha",
            "--sender", "a@example.com", data=store_dir)
    assert p.returncode == 2 and "HEALTHDESK_MAIL_PASSWORD" in p.stderr
    p = run("mail", "set", "--host", "smtp.example.com", "--user", "asha",
            "--sender", "a@example.com", data=store_dir,
            env={"HEALTHDESK_MAIL_PASSWORD": "pw", "PYTHON_KEYRING_BACKEND":
                 "keyring.backends.fail.Keyring"})
    assert p.returncode != 0 and "No secure keyring" in p.stderr
    no_traceback(p)
    p = run("emergency", "--message", "x" * 2001, data=store_dir)
    assert p.returncode == 2 and "message" in p.stderr.lower()


def test_tick_raises_what_is_due_for_scripts(tmp_path: Path) -> None:
    import datetime as dt

    from healthdesk.services.medications import ScheduleInput

    d = tmp_path / "data"
    record, _ = HealthRecord.create(d, PASS, kdf=KdfParams.FAST_FOR_TESTS)
    with record:
        pid = record.profiles.create(name="Asha Rao", timezone="UTC").id
        record.medications.add(pid, "Insulin", stock_count=2, refill_threshold=5,
                               schedule=ScheduleInput(times_of_day=["08:00"],
                                                      timezone="UTC"),
                               start_date=dt.date.today())
    assert json.loads(run("notifications", "--json", data=d).stdout)["notifications"] == []
    p = run("notifications", "--tick", "--json", data=d)
    assert p.returncode == 0, p.stderr
    kinds = [n["kind"] for n in json.loads(p.stdout)["notifications"]]
    assert "refill_due" in kinds
    again = run("notifications", "--tick", "--json", data=d)
    assert len(json.loads(again.stdout)["notifications"]) == len(kinds)  # once each
