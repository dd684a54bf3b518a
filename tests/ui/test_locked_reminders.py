"""Reminders while the record is locked, on a real window, a real lock window and a real
store, with an injected clock: locking keeps reminding (the lock window's line, in the
form chosen in Settings), a dose taken from the locked screen is in the record after the
unlock, with its note, and nothing of it sits in the spool in plaintext."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.app.start import _lock
from healthdesk.services.locked_doses import Sealer
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.services.reminder_plan import ReminderPlan
from healthdesk.store.sealed_events import SPOOL_FILE
from healthdesk.ui.locked_reminders import LockedPanel, LockedReminders
from healthdesk.ui.qt import Qt, QTimer
from healthdesk.ui.reminders import ReminderCenter
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle

UTC = dt.UTC
NINE_PM = dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


@pytest.fixture
def metformin(record, profile_id, clock):  # type: ignore[no-untyped-def]
    clock.advance(hours=-2)
    med = record.medications.add(profile_id, "Metformin", strength="500 mg",
                                 schedule=ScheduleInput(times_of_day=["09:00", "21:00"],
                                                        timezone="UTC"))
    clock.advance(hours=2)
    record.doses.record(med.id, "taken", scheduled_for=dt.datetime(2026, 3, 10, 9, 0,
                                                                   tzinfo=UTC))
    return med


class _App:
    """The app's quit, for a test that must not end the test run's QApplication."""

    quitted = False

    def quit(self) -> None:
        self.quitted = True


def _with_fake_clock(monkeypatch, clock) -> None:  # type: ignore[no-untyped-def]
    """The lock window opens the record with the test's clock (the edge of the world)."""
    import healthdesk.ui.dialogs.unlock as unlock

    class Clocked(HealthRecord):
        @classmethod
        def open(cls, *a: Any, **kw: Any) -> HealthRecord:  # type: ignore[override]
            return HealthRecord.open(*a, **{**kw, "clock": clock})

    monkeypatch.setattr(unlock, "HealthRecord", Clocked)


def test_locking_keeps_reminding_and_a_dose_taken_while_locked_is_recorded(
        qtbot, ctx, record, clock, metformin, window, data_dir, monkeypatch
        ) -> None:  # type: ignore[no-untyped-def]
    record.preferences.set("record_doses_while_locked", True)
    _with_fake_clock(monkeypatch, clock)
    center = ReminderCenter(ctx, window, tray=False, zone=lambda: "UTC")
    window.reminders = center
    center.start()
    settle(qtbot, ctx)
    seen: dict[str, Any] = {}

    def while_locked() -> None:
        dialog = getattr(window, "unlock_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, while_locked)
            return
        try:
            panel: LockedPanel = window.locked_panel
            seen["before"] = [r.label.text() for r in panel.rows]
            clock.advance(hours=12)  # 21:00: the evening dose, with the record closed
            center.locked.tick()
            seen["line"] = [r.label.text() for r in panel.rows]
            seen["message"] = list(center.locked.messages)
            qtbot.mouseClick(panel.rows[0].buttons["taken"], Qt.MouseButton.LeftButton)
            seen["after_take"] = [r.label.text() for r in panel.rows]
            seen["spool"] = (data_dir / SPOOL_FILE).read_bytes()
            clock.advance(minutes=40)
        finally:
            dialog.passphrase.edit.setText(PASSPHRASE)
            dialog.unlock_action()

    QTimer.singleShot(0, while_locked)
    app = _App()
    _lock(app, window, ctx)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not getattr(window, "locking", True), timeout=20_000)
    settle(qtbot, ctx)
    assert not app.quitted
    assert seen["before"] == []  # nothing due at 09:00 (taken)
    assert seen["line"] == ["Asha Rao: 1 medicine due at 21:00 — unlock to record"]
    assert seen["message"] == [("HealthDesk reminder", seen["line"][0])]
    assert seen["after_take"] == []
    assert b"Metformin" not in seen["spool"] and b"taken" not in seen["spool"]
    qtbot.waitUntil(lambda: center.settled is not None and bool(center.settled.settled),
                    timeout=10_000)
    [applied] = center.settled.applied
    assert applied.message == ("Metformin: taken at 21:00 (recorded while locked, applied at "
                               "21:40).")
    events = [e for e in ctx.record.doses.history(metformin.id)
              if e.scheduled_for == NINE_PM]
    assert [(e.action, e.at, e.note) for e in events] == [
        ("taken", NINE_PM, "Recorded while locked at 21:00, applied at 21:40.")]
    assert not (data_dir / SPOOL_FILE).exists()
    assert center.locked is None and center.timer.isActive()


def _plan(record, show: str, can_record: bool = False) -> ReminderPlan:  # type: ignore[no-untyped-def]
    record.preferences.set("lock_screen_reminders", show)
    record.preferences.set("record_doses_while_locked", can_record)
    return record.reminder_plan.build("UTC")


@pytest.mark.parametrize(("show", "line"), [
    ("names", "Asha Rao: Metformin 500 mg due at 21:00 — unlock to record"),
    ("none", "A reminder is due"),
])
def test_the_locked_line_follows_the_setting_and_no_buttons_unless_allowed(
        qtbot, record, clock, metformin, show, line) -> None:  # type: ignore[no-untyped-def]
    locked = LockedReminders(_plan(record, show), None, clock)
    panel = LockedPanel(locked)
    qtbot.addWidget(panel)
    locked.start()
    assert panel.rows == [] and not panel.isVisibleTo(None)
    clock.advance(hours=12)
    locked.tick()
    assert [r.label.text() for r in panel.rows] == [line]
    assert panel.rows[0].buttons == {}  # recording while locked is off
    locked.tick()
    assert len(locked.messages) == 1  # announced once
    locked.stop()


def test_snooze_while_locked_comes_back_after_ten_minutes(qtbot, record, clock, metformin,
                                                          data_dir) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(record, "count", can_record=True)
    sealer = record.locked_doses.prepare()
    assert isinstance(sealer, Sealer)
    locked = LockedReminders(plan, sealer, clock)
    clock.advance(hours=12)
    locked.tick()
    [line] = locked.lines
    locked.answer(line, "snoozed")
    assert locked.lines == []
    clock.advance(minutes=10)
    locked.tick()
    assert len(locked.lines) == 1 and len(locked.messages) == 2
    report = record.locked_doses.apply_pending()
    assert [s.applied for s in report.settled] == [True]
    [event] = [e for e in record.doses.history(metformin.id) if e.action == "snoozed"]
    assert event.snooze_until == NINE_PM + dt.timedelta(minutes=10)
