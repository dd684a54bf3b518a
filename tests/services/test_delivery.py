"""E-mail delivery against a real SMTP server on 127.0.0.1 (aiosmtpd, started here):
contents, queued while the server is down, a 5xx recorded, and kill -9 mid-delivery
resends once with the same Message-ID."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from healthdesk.services.mail import DeliveryError
from healthdesk.services.record import HealthRecord
from healthdesk.store.errors import StoreError
from healthdesk.store.keyring_store import DeviceKeyring
from tests.conftest import PASSPHRASE
from tests.keyring_memory import MemoryKeyring
from tests.smtp_server import SmtpServer, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def smtp() -> Any:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def rec(data_dir: Path, clock: Any) -> Any:
    r = HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Asha",
                          keyring=DeviceKeyring(MemoryKeyring()))
    yield r
    r.close()


def _person(rec: HealthRecord) -> str:
    pid = rec.profiles.create(name="Asha Rao", timezone="Europe/London",
                              blood_type="B+").id
    rec.contacts.add(pid, "Meera Rao", email="meera@example.com", priority=1)
    rec.contacts.add(pid, "Ravi Rao", email="ravi@example.com", priority=2)
    rec.contacts.add(pid, "Neighbour", phone="+44 20 7946 0001", email="n@example.com",
                     priority=3)
    rec.contacts.update(rec.contacts.for_profile(pid)[2].id, may_alert=False)
    rec.allergies.add(pid, "Penicillin", category="medication", severity="severe",
                      reaction="hives")
    rec.conditions.add(pid, "Type 2 diabetes")
    rec.medications.add(pid, "Metformin", strength="500 mg")
    rec.readings.record(pid, "blood_pressure", {"systolic": 150, "diastolic": 95})
    return pid


def _plain(rec: HealthRecord, port: int) -> None:
    rec.mail.configure(host="127.0.0.1", port=port, security="plain", username=None,
                       sender="alerts@healthdesk.test", password=None)


def test_emergency_reaches_the_contacts_in_order_with_the_snapshot(
        rec: HealthRecord, smtp: SmtpServer) -> None:
    pid = _person(rec)
    _plain(rec, smtp.port)
    alert = rec.emergency.raise_alert(pid, "fall", "I fell in the kitchen")
    report = rec.delivery.deliver_once()
    assert report.ok and len(report.sent) == 2
    assert [m["To"] for m in smtp.inbox.messages] == ["meera@example.com", "ravi@example.com"]
    msg = smtp.inbox.messages[0]
    assert msg["Subject"] == "EMERGENCY: A fall for Asha Rao"
    body = msg.get_payload(decode=True).decode()
    for part in ("I fell in the kitchen", "blood pressure: 150/95 mmHg", "Penicillin (severe)",
                 "Type 2 diabetes", "Metformin 500 mg", "Blood type: B+"):
        assert part in body
    views = rec.delivery.for_source(alert.id)
    assert [(v.contact_name, v.status, v.attempts) for v in views] == [
        ("Meera Rao", "sent", 1), ("Ravi Rao", "sent", 1)]
    assert msg["Message-ID"] == views[0].message_id
    assert rec.delivery.deliver_once().sent == []  # sent once
    resolved = rec.emergency.resolve(alert.id, by="Meera Rao")
    assert resolved.resolved_by == "Meera Rao" and not resolved.open


def test_queued_while_the_server_is_down_then_delivered_once(
        rec: HealthRecord, clock: Any) -> None:
    pid = _person(rec)
    port = free_port()
    _plain(rec, port)
    rec.emergency.raise_alert(pid, "medical")
    down = rec.delivery.deliver_once()
    assert not down.ok and "Could not reach the mail server 127.0.0.1" in down.failed[0][1]
    [first, *_] = rec.delivery.pending()
    assert first.status == "failed" and first.attempts == 1
    assert first.next_attempt_at == clock.t + dt.timedelta(minutes=1)
    server = SmtpServer(port).start()
    try:
        assert rec.delivery.deliver_once().sent == []  # backoff: not yet
        clock.advance(minutes=1)
        assert len(rec.delivery.deliver_once().sent) == 2
        clock.advance(hours=1)
        rec.delivery.deliver_once()
        assert len(server.inbox.messages) == 2
    finally:
        server.stop()


def test_a_5xx_is_recorded_as_failed_with_its_reply_and_not_retried(
        rec: HealthRecord, smtp: SmtpServer, clock: Any) -> None:
    pid = _person(rec)
    _plain(rec, smtp.port)
    smtp.inbox.refuse = "554 5.7.1 Message rejected as spam"
    alert = rec.emergency.raise_alert(pid, "panic")
    report = rec.delivery.deliver_once()
    assert "554 5.7.1 Message rejected as spam" in report.failed[0][1]
    views = rec.delivery.for_source(alert.id)
    assert all(v.status == "failed" and v.next_attempt_at is None for v in views)
    assert "554" in (views[0].last_error or "")
    clock.advance(days=1)
    assert rec.delivery.deliver_once().failed == []


def test_password_only_in_the_keyring_and_plain_only_to_loopback(
        data_dir: Path, clock: Any) -> None:
    with pytest.raises(Exception, match="Plain SMTP"):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE).mail.configure(
            host="smtp.example.com", port=25, security="plain", username=None,
            sender="a@b.example", password=None)
    ring = MemoryKeyring()
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE,
                           keyring=DeviceKeyring(ring)) as rec:
        rec.mail.configure(host="smtp.example.com", port=587, security="starttls",
                           username="asha", sender="asha@example.com", password="s3cret-pw")
        assert rec.mail.password() == "s3cret-pw"
    assert b"s3cret-pw" not in (data_dir / "healthdesk.db").read_bytes()
    assert any(v == "s3cret-pw" for v in ring._secrets.values())
    from keyring.backends import fail

    with HealthRecord.open(data_dir, passphrase=PASSPHRASE,
                           keyring=DeviceKeyring(fail.Keyring())) as rec, \
            pytest.raises(StoreError, match="No secure keyring"):
        rec.mail.configure(host="smtp.example.com", port=465, security="tls",
                           username="asha", sender="asha@example.com", password="x")


def test_mail_test_message_reaches_the_server(rec: HealthRecord, smtp: SmtpServer) -> None:
    _plain(rec, smtp.port)
    rec.mail.test("asha@example.com")
    assert smtp.inbox.messages[0]["Subject"] == "HealthDesk test message"
    smtp.inbox.refuse = "550 No such user"
    with pytest.raises(DeliveryError, match="550 No such user"):
        rec.mail.test("nobody@example.com")


_CHILD = """
import sys
from healthdesk.services.record import HealthRecord
rec = HealthRecord.open(sys.argv[1], passphrase=sys.argv[2])
print("delivering", flush=True)
rec.delivery.deliver_once()
"""


def _silent_server() -> tuple[socket.socket, int]:
    """Accepts connections and never answers: the child hangs inside the SMTP call."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    conns: list[socket.socket] = []

    def accept() -> None:
        try:
            while True:
                conns.append(s.accept()[0])
        except OSError:
            pass

    threading.Thread(target=accept, daemon=True).start()
    return s, int(s.getsockname()[1])


def test_kill_9_between_recording_and_sending_resends_once_same_message_id(
        data_dir: Path) -> None:
    hang, port = _silent_server()
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as rec:
        pid = rec.profiles.create(name="Asha Rao").id
        rec.contacts.add(pid, "Meera Rao", email="meera@example.com")
        _plain(rec, port)
        alert = rec.emergency.raise_alert(pid, "fall")
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(data_dir), PASSPHRASE],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None and child.stdout.readline().strip() == "delivering"
    deadline = time.monotonic() + 30
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as rec:
        while rec.delivery.for_source(alert.id)[0].status != "sending":
            assert time.monotonic() < deadline, "the child never recorded 'sending'"
            time.sleep(0.05)
        # Meanwhile it is in progress: another pass (a cron job's) leaves it alone.
        rec.delivery.deliver_once()
        assert rec.delivery.for_source(alert.id)[0].attempts == 1  # not taken twice
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    hang.close()
    server = SmtpServer().start()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    try:
        with HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=lambda: later) as rec:
            _plain(rec, server.port)
            [before] = rec.delivery.for_source(alert.id)
            assert before.status == "sending" and before.attempts == 1
            assert len(rec.delivery.deliver_once().sent) == 1
            assert rec.delivery.deliver_once().sent == []
            [after] = rec.delivery.for_source(alert.id)
        assert len(server.inbox.messages) == 1
        assert server.inbox.messages[0]["Message-ID"] == before.message_id == after.message_id
        assert (after.status, after.attempts) == ("sent", 2)
    finally:
        server.stop()


def test_webhook_posts_json_for_a_text_gateway(rec: HealthRecord, clock: Any) -> None:
    import json
    from http.server import BaseHTTPRequestHandler, HTTPServer

    got: list[dict[str, Any]] = []

    class Gateway(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            got.append({"body": json.loads(self.rfile.read(int(self.headers["Content-Length"]))),
                        "auth": self.headers.get("Authorization")})
            self.send_response(502 if len(got) == 1 else 200)
            self.end_headers()

        def log_message(self, *_a: Any) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Gateway)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        pid = rec.profiles.create(name="Asha Rao").id
        rec.contacts.add(pid, "Ravi", phone="+91 98450 12345", email="ravi@example.com",
                         preferred_method="webhook")
        rec.mail.set_webhook(f"http://127.0.0.1:{httpd.server_port}/sms", token="gw-token")
        with pytest.raises(Exception, match="https://"):
            rec.mail.set_webhook("http://gateway.example.com/sms")
        alert = rec.emergency.raise_alert(pid, "panic", "Help")
        first = rec.delivery.deliver_once()
        assert "The webhook answered 502" in first.failed[0][1]
        clock.advance(hours=1)
        assert len(rec.delivery.deliver_once().sent) == 1
    finally:
        httpd.shutdown()
    [d] = rec.delivery.for_source(alert.id)
    assert (d.channel, d.address, d.status, d.attempts) == ("webhook", "+91 98450 12345",
                                                            "sent", 2)
    body = got[-1]["body"]
    assert body["to"] == "+91 98450 12345" and body["kind"] == "emergency"
    assert "Help" in body["text"] and got[-1]["auth"] == "Bearer gw-token"
