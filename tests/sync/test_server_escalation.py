"""Escalation without the patient's computer: a record synced to a real server, the
device then off; the server sends the caregiver the missed-dose e-mail (real SMTP on
127.0.0.1) once, with the id and Message-ID a device would use, and only when allowed
and no device is online."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
import pytest

from healthdesk.domain import notification_rules as rules
from healthdesk.server import escalation
from healthdesk.services.alerts import alert_id
from healthdesk.services.medications import ScheduleInput
from tests.smtp_server import SmtpServer


@pytest.fixture
def smtp() -> Any:
    server = SmtpServer().start()
    yield server
    server.stop()


def _mailer(port: int) -> escalation.Mailer:
    return escalation.smtp_mailer(escalation.SmtpConfig(
        "127.0.0.1", port, "plain", None, None, "server@healthdesk.test"))


def test_server_mails_each_caregiver_in_turn_once_when_devices_are_off(  # type: ignore[no-untyped-def]
        new_device, server_db: str, smtp: SmtpServer) -> None:
    phone = new_device()
    rec = phone.record
    now = rec.store.clock()
    pid = rec.profiles.create(name="Kamala Iyer", timezone="UTC").id
    rec.caregivers.add(pid, "Meera", contact="meera@example.com")
    rec.caregivers.add(pid, "Ravi", contact="ravi@example.com")
    due = (now + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
    med = rec.medications.add(pid, "Levetiracetam", strength="500 mg",
                              caregiver_alert_minutes=60, caregiver_escalation_minutes=30,
                              schedule=ScheduleInput(times_of_day=[due.strftime("%H:%M")],
                                                     timezone="UTC"))
    rec.notifications.set_settings(pid, server_escalation=True)
    phone.sync()
    when = dt.datetime.combine(due.date(), due.time(), dt.UTC)
    mailer = _mailer(smtp.port)
    with psycopg.connect(server_db, autocommit=True) as conn:
        # The phone has just synced: it is online and checks for itself.
        assert escalation.escalating_profiles(conn, now) == []
        later = when + dt.timedelta(minutes=61)
        assert escalation.escalating_profiles(conn, later) == [pid]
        sent = escalation.run(conn, later, mailer, "server@healthdesk.test")
        assert [(s.address, s.status) for s in sent] == [("meera@example.com", "sent")]
        assert sent[0].alert_id == alert_id(med.id, when, 0)  # the devices' id
        assert escalation.run(conn, later, mailer, "server@healthdesk.test") == []
        sent = escalation.run(conn, when + dt.timedelta(minutes=91), mailer,
                              "server@healthdesk.test")
        assert [s.address for s in sent] == ["ravi@example.com"]
        stored = conn.execute("SELECT count(*), min(status) FROM escalation_mail "
                              "WHERE profile_id = %s", (pid,)).fetchone()
    assert stored == (2, "sent")
    assert [m["To"] for m in smtp.inbox.messages] == ["meera@example.com", "ravi@example.com"]
    first = smtp.inbox.messages[0]
    assert "Kamala Iyer's Levetiracetam 500 mg" in first["Subject"]
    note = rules.notification_id("caregiver_alert", alert_id(med.id, when, 0))
    assert first["Message-ID"] == rules.message_id(
        rules.delivery_id(note, "meera@example.com", "email"))


def test_nothing_without_consent_or_once_the_dose_is_taken(  # type: ignore[no-untyped-def]
        new_device, server_db: str, smtp: SmtpServer) -> None:
    phone = new_device()
    rec = phone.record
    phone.clock.offset = -dt.timedelta(hours=3)  # the server refuses stamps from the future
    now = rec.store.clock()
    pid = rec.profiles.create(name="Asha Rao", timezone="UTC").id
    rec.caregivers.add(pid, "Meera", contact="meera@example.com")
    due = (now + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
    med = rec.medications.add(pid, "Metformin", caregiver_alert_minutes=60,
                              schedule=ScheduleInput(times_of_day=[due.strftime("%H:%M")],
                                                     timezone="UTC"))
    phone.sync()
    when = dt.datetime.combine(due.date(), due.time(), dt.UTC)
    later = when + dt.timedelta(hours=2)
    with psycopg.connect(server_db, autocommit=True) as conn:
        assert pid not in escalation.escalating_profiles(  # not allowed
            conn, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
        rec.notifications.set_settings(pid, server_escalation=True)
        phone.sync()
        assert [a for a, *_ in escalation.due_alerts(conn, pid, later)] == [
            alert_id(med.id, when, 0)]  # due, until the dose is taken:
        phone.clock.offset += when + dt.timedelta(minutes=3) - rec.store.clock()
        rec.doses.record(med.id, "taken", scheduled_for=when)
        phone.sync()
        assert pid in escalation.escalating_profiles(
            conn, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
        assert escalation.run(conn, later, _mailer(smtp.port), "s@h.test", [pid]) == []
    assert smtp.inbox.messages == []
