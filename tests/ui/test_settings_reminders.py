"""Settings for reminders: start at login (an XDG autostart entry) and quiet hours."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthdesk.ui import autostart
from healthdesk.ui.pages.settings import SettingsPage
from healthdesk.ui.qt import QTime
from tests.ui.conftest import settle


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_start_at_login_writes_and_removes_the_autostart_entry(
        qtbot, ctx, config_home: Path) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    entry = config_home / "autostart" / "healthdesk.desktop"
    assert page.login_check.isVisible() and not page.login_check.isChecked()
    page.login_check.setChecked(True)
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert "Exec=" in text and "healthdesk" in text.split("Exec=")[1].splitlines()[0]
    assert autostart.is_enabled()
    again = SettingsPage(ctx)  # the entry is the setting: a new page reads it back
    qtbot.addWidget(again)
    assert again.login_check.isChecked()
    page.login_check.setChecked(False)
    assert not entry.exists()


def test_an_unwritable_autostart_folder_is_reported_and_unticked(
        qtbot, ctx, config_home: Path) -> None:  # type: ignore[no-untyped-def]
    config_home.mkdir(parents=True)
    (config_home / "autostart").write_text("a file where the folder should be")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    page.login_check.setChecked(True)
    assert not page.login_check.isChecked()
    assert page.login_error.isVisible() and "start-up entry" in page.login_error.text()


def test_quiet_hours_reach_the_reminder_engine(qtbot, ctx, record, config_home
                                               ) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    page.no_quiet.setChecked(True)
    settle(qtbot, ctx)
    assert record.reminders.quiet_hours() is None
    page.no_quiet.setChecked(False)
    page.quiet_start.setTime(QTime(21, 30))
    page.quiet_end.setTime(QTime(6, 45))
    settle(qtbot, ctx)
    quiet = record.reminders.quiet_hours()
    assert quiet is not None
    assert (quiet.start.isoformat(), quiet.end.isoformat()) == ("21:30:00", "06:45:00")
