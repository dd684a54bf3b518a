"""The start at login before the first unlock (``gui --background``): reminders from the
plan the keyring opens, an answer sealed from there applied after the unlock; without a
plan, one clear sentence. And the login entries for Linux, macOS and Windows, built on
any system."""

from __future__ import annotations

import datetime as dt
import plistlib
import shlex
from pathlib import Path
from typing import Any

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import DeviceKeyring, HealthRecord
from healthdesk.services.reminder_plan import ReminderPlanService
from healthdesk.ui import autostart
from healthdesk.ui.background import BackgroundStart
from healthdesk.ui.qt import QTimer
from tests.conftest import PASSPHRASE
from tests.keyring_memory import MemoryKeyring

UTC = dt.UTC
NINE_PM = dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


def test_reminds_from_the_plan_and_an_answer_is_applied_after_unlock(
        qtbot, record, profile_id, clock, data_dir) -> None:  # type: ignore[no-untyped-def]
    clock.advance(hours=-2)
    med = record.medications.add(profile_id, "Metformin", strength="500 mg",
                                 schedule=ScheduleInput(times_of_day=["21:00"],
                                                        timezone="UTC"))
    clock.advance(hours=2)
    record.preferences.set("record_doses_while_locked", True)
    keyring = DeviceKeyring(MemoryKeyring())
    service = ReminderPlanService(record.store, keyring)
    record.locked_doses.prepare()
    assert service.save(service.build("UTC"))
    # Someone swaps the key beside the store: the plan's own copy is what seals.
    (data_dir / "locked-key.json").write_text("{}")
    record.close()  # the machine restarts; nobody has typed the passphrase

    opened: list[HealthRecord] = []

    def unlock(d: Path) -> HealthRecord:
        opened.append(HealthRecord.open(d, passphrase=PASSPHRASE, clock=clock))
        return opened[-1]

    start = BackgroundStart(data_dir, keyring, clock=clock, tray=False, unlock=unlock)
    seen: dict[str, Any] = {}

    def drive() -> None:
        try:
            seen["at_start"] = [r.label.text() for r in start.panel.rows]
            clock.advance(hours=12)
            start.reminders.tick()
            seen["at_nine"] = [r.label.text() for r in start.panel.rows]
            seen["visible"] = start.window.isVisible()
            start.panel.rows[0].buttons["taken"].click()
            clock.advance(minutes=5)
        finally:
            start.unlock()

    QTimer.singleShot(0, drive)
    rec = start.run()
    assert rec is opened[0]
    assert seen == {"at_start": [], "visible": True,
                    "at_nine": ["Asha Rao: 1 medicine due at 21:00 — unlock to record"]}
    assert len(rec.locked_doses.apply_pending().applied) == 1
    assert [e.action for e in rec.doses.history(med.id)] == ["taken"]
    rec.close()


def test_without_a_plan_it_says_reminders_need_one_unlock(qtbot, data_dir
                                                         ) -> None:  # type: ignore[no-untyped-def]
    start = BackgroundStart(data_dir, DeviceKeyring(MemoryKeyring()), tray=False,
                            unlock=lambda _d: None)
    QTimer.singleShot(0, start.quit)
    assert start.run() is None and start.quit_asked
    assert "need one unlock after each restart" in start.note.text()


def test_login_entries_for_each_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    args = ["/opt/Health Desk/healthdesk", "gui", "--background"]
    assert autostart.arguments()[-2:] == ["gui", "--background"]
    text = autostart.desktop_entry(args)
    assert shlex.split(text.split("Exec=")[1].splitlines()[0]) == args
    assert autostart.entry_path("xdg") == tmp_path / "config" / "autostart" / (
        "healthdesk.desktop")
    agent = plistlib.loads(autostart.launch_agent(args))
    assert agent == {"Label": "org.healthdesk.HealthDesk", "ProgramArguments": args,
                     "RunAtLoad": True, "KeepAlive": False, "ProcessType": "Interactive"}
    assert autostart.entry_path("macos") == (
        tmp_path / "Library" / "LaunchAgents" / "org.healthdesk.HealthDesk.plist")
    key, name, line = autostart.run_value([r"C:\Program Files\HealthDesk\healthdesk.exe",
                                           "gui", "--background"])
    assert key == r"Software\Microsoft\Windows\CurrentVersion\Run" and name == "HealthDesk"
    assert line == r'"C:\Program Files\HealthDesk\healthdesk.exe" gui --background'
