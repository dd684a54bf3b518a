"""Two devices, one record, a real server: the caregiver alert both raise converges to one
notification and one delivery, sent only by the person's mail device, once (real SMTP)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
import pytest

from healthdesk.server import escalation
from healthdesk.services.medications import ScheduleInput
from tests.smtp_server import SmtpServer


@pytest.fixture
def smtp() -> Any:
    server = SmtpServer().start()
    yield server
    server.stop()


def test_both_devices_raise_it_one_sends_it_once(new_device, smtp: SmtpServer,  # type: ignore[no-untyped-def]
                                                 server_db: str) -> None:
    phone = new_device()
    laptop = new_device(phone.account)
    for d in (phone, laptop):
        d.clock.offset = -dt.timedelta(hours=3)  # the dose is in the past of both
    rec = phone.record
    now = rec.store.clock()
    pid = rec.profiles.create(name="Kamala Iyer", timezone="UTC").id
    rec.caregivers.add(pid, "Meera", contact="meera@example.com")
    due = (now + dt.timedelta(minutes=5)).replace(second=0, microsecond=0)
    rec.medications.add(pid, "Metformin", caregiver_alert_minutes=60,
                        schedule=ScheduleInput(times_of_day=[due.strftime("%H:%M")],
                                               timezone="UTC"))
    rec.notifications.set_settings(pid, mail_from_this_device=True, server_escalation=True)
    rec.mail.configure(host="127.0.0.1", port=smtp.port, security="plain", username=None,
                       sender="alerts@healthdesk.test", password=None)
    phone.sync()
    laptop.sync()
    for d in (phone, laptop):  # an hour and a bit after the dose, on both
        d.clock.offset = -dt.timedelta(hours=3) + (due - now) + dt.timedelta(minutes=62)
    laptop_raised = laptop.record.producers.tick()
    phone_raised = phone.record.producers.tick()
    assert laptop_raised == phone_raised and len(laptop_raised) >= 1
    [mine] = laptop.record.delivery.pending()
    assert laptop.record.delivery.deliver_once().sent == []  # not the mail device
    laptop.sync()
    phone.sync()
    laptop.sync()
    assert len(phone.record.delivery.deliver_once().sent) == 1
    phone.sync()
    laptop.sync()
    assert laptop.record.delivery.deliver_once().sent == []
    assert [m["To"] for m in smtp.inbox.messages] == ["meera@example.com"]
    assert [d.status for d in laptop.record.delivery.for_source(mine.notification_id or "")] \
        == ["sent"]
    alerts = [n for n in laptop.record.notifications.for_profile(pid)
              if n.kind == "caregiver_alert"]
    assert len(alerts) == 1
    # The server, escalating later, finds the device's delivery and sends nothing.
    with psycopg.connect(server_db, autocommit=True) as conn:
        late = phone.record.store.clock() + dt.timedelta(hours=1)
        assert [a for a, *_ in escalation.due_alerts(conn, pid, late)]  # still unacknowledged
        assert escalation.run(conn, late, escalation.smtp_mailer(escalation.SmtpConfig(
            "127.0.0.1", smtp.port, "plain", None, None, "s@h.test")), "s@h.test",
            [pid]) == []
    assert len(smtp.inbox.messages) == 1
