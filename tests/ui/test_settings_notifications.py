"""Settings ▸ Notifications in a real window (offscreen) on a real store: channels and
quiet hours are saved as they change; a bad mail setting says why and keeps nothing; the
password goes to the keyring, and a test message reaches a real SMTP server."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import settle


@pytest.fixture
def section(qtbot, ctx) -> Any:  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_notifications import NotificationsSection

    w = NotificationsSection(ctx)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ctx)
    return w


def test_channels_and_quiet_hours_save_as_they_change(  # type: ignore[no-untyped-def]
        qtbot, ctx, record, profile_id, section):
    box = section.boxes[("refill_due", "email")]
    assert not box.isChecked() and section.boxes[("emergency", "email")].isChecked()
    box.setChecked(True)
    settle(qtbot, ctx)
    assert "email" in record.notifications.settings(profile_id).channels["refill_due"]
    section.quiet_start.setTime(section.quiet_start.time().fromString("21:30", "HH:mm"))
    section.quiet.setChecked(True)
    settle(qtbot, ctx)
    s = record.notifications.settings(profile_id)
    assert (s.quiet_start, s.quiet_end) == ("21:30", "07:00")
    section.mail_here.setChecked(True)
    settle(qtbot, ctx)
    assert record.notifications.settings(profile_id).mail_from_this_device


def test_mail_settings_refused_then_saved_and_tested(  # type: ignore[no-untyped-def]
        qtbot, ctx, record, section):
    from tests.smtp_server import SmtpServer

    section.host.setText("smtp.example.com")
    section.security.setCurrentIndex(section.security.findData("plain"))
    section.sender.setText("asha@example.com")
    section.save_mail_button.click()
    settle(qtbot, ctx)
    assert "Plain SMTP" in section.message.text()
    assert record.mail.mail_settings() is None
    server = SmtpServer().start()
    try:
        section.host.setText("127.0.0.1")
        section.port.setValue(server.port)
        section.save_mail_button.click()
        settle(qtbot, ctx)
        assert record.mail.mail_settings().port == server.port
        section.test_to.setText("meera@example.com")
        section.test_button.click()
        qtbot.waitUntil(lambda: "Test message sent" in section.message.text(),
                        timeout=10_000)
        assert server.inbox.messages[0]["To"] == "meera@example.com"
    finally:
        server.stop()
