"""Reminders while the record is locked (or before the first unlock after a restart).

The plan was made while the record was open (services/reminder_plan.py); here it is only
held in memory and read against the clock. Each line says what the person chose in
Settings (who, how many, maybe which medicines, or only "A reminder is due"), as a tray
message and on the lock window. Where recording while locked is allowed, Taken / Skip /
Snooze seal the answer to the store (services/locked_doses.py); it is applied at unlock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from healthdesk.services.locked_doses import Sealer
from healthdesk.services.reminder_plan import LockLine, PlannedDose, ReminderPlan, lock_lines

from .qt import (
    QHBoxLayout,
    QLabel,
    QObject,
    QPushButton,
    QSystemTrayIcon,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

TICK_MS = 30_000
SNOOZE_MINUTES = 10
_DONE = dt.datetime.max.replace(tzinfo=dt.UTC)


class LockedReminders(QObject):
    """The locked app's reminder engine: a plan, a clock, answered doses, the tray."""

    #: The lines now shown changed.
    changed = Signal()

    def __init__(self, plan: ReminderPlan, sealer: Sealer | None,
                 clock: Callable[[], dt.datetime], tray: QSystemTrayIcon | None = None,
                 tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan, self.clock, self.tray = plan, clock, tray
        self.sealer = sealer if plan.can_record else None
        self.answered: dict[str, dt.datetime] = {}
        self.announced: set[tuple[str, dt.datetime]] = set()
        self.lines: list[LockLine] = []
        self.messages: list[tuple[str, str]] = []  # (title, text) shown, newest last
        self.error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)

    @property
    def can_record(self) -> bool:
        return self.sealer is not None

    def start(self) -> None:
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        now = self.clock()
        self.lines = lock_lines(self.plan, now, self.answered)
        # A snoozed dose is announced again when its snooze ends.
        def moment(d: PlannedDose) -> tuple[str, dt.datetime]:
            return d.key, self.answered.get(d.key, d.announce_at)

        fresh = [line for line in self.lines
                 if any(moment(d) not in self.announced for d in line.doses)]
        for line in self.lines:
            self.announced.update(moment(d) for d in line.doses)
        if fresh:
            title = self.tr("HealthDesk reminder")
            text = "\n".join(line.text for line in fresh)
            self.messages.append((title, text))
            if self.tray is not None:
                icon = (QSystemTrayIcon.MessageIcon.Critical if any(f.urgent for f in fresh)
                        else QSystemTrayIcon.MessageIcon.Information)
                self.tray.showMessage(title, text, icon, 10_000)
        self.changed.emit()

    def answer(self, line: LockLine, action: str) -> None:
        """Seal ``action`` ("taken", "skipped", "snoozed") for every dose of ``line``."""
        if self.sealer is None:
            return
        now = self.clock()
        try:
            for d in line.doses:
                self.sealer.record(d.medication_id, d.scheduled_for, action, now,
                                   SNOOZE_MINUTES if action == "snoozed" else None)
                again = now + dt.timedelta(minutes=SNOOZE_MINUTES)
                self.answered[d.key] = again if action == "snoozed" else _DONE
        except Exception as exc:  # a full disk must not break the lock screen
            self.error = self.tr("The answer could not be saved ({0}); unlock to record "
                                 "it.").format(type(exc).__name__)
        else:
            self.error = ""
        self.tick()


class LockedPanel(QWidget):
    """The lock window's reminder lines, with Taken / Skip / Snooze where allowed."""

    def __init__(self, reminders: LockedReminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.setAccessibleName(self.tr("Reminders while locked"))
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.rows: list[QWidget] = []
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self._lay.addWidget(self.error_label)
        reminders.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            self._lay.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = [self._row(line) for line in self.reminders.lines]
        for i, row in enumerate(self.rows):
            self._lay.insertWidget(i, row)
        self.error_label.setText(self.reminders.error)
        self.error_label.setVisible(bool(self.reminders.error))
        self.setVisible(bool(self.rows) or bool(self.reminders.error))

    def _row(self, line: LockLine) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        label = QLabel(line.text)
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: 600;")
        lay.addWidget(label, 1)
        row.label = label  # type: ignore[attr-defined]
        row.buttons = {}  # type: ignore[attr-defined]
        if self.reminders.can_record:
            for action, text in (("taken", self.tr("Taken")), ("skipped", self.tr("Skip")),
                                 ("snoozed", self.tr("Snooze 10 min"))):
                b = QPushButton(text)
                b.setAccessibleName(self.tr("{0}: {1}").format(text, line.text))
                b.clicked.connect(lambda _=False, a=action, ln=line: self.reminders.answer(
                    ln, a))
                lay.addWidget(b)
                row.buttons[action] = b  # type: ignore[attr-defined]
        return row


def attach(dialog: QWidget, reminders: LockedReminders) -> LockedPanel:
    """Put the reminder lines at the top of the lock window ``dialog``."""
    panel = LockedPanel(reminders, dialog)
    lay = dialog.layout()
    if isinstance(lay, QVBoxLayout):
        lay.insertWidget(0, panel)
    return panel
