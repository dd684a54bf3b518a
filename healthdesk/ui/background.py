"""``healthdesk gui --background``: the start at login, before anyone types the passphrase.

Only the tray icon (and, when something is due, a small reminder window) shows. The
reminders come from the plan written at the last unlock, which opens only with its key
from the OS keyring; Taken / Skip / Snooze there are sealed to the store when the person
allowed it. "Unlock HealthDesk" (the tray menu, or a click on the icon) asks for the
passphrase; then the app goes on as after a normal start (the sealed answers are applied
and the missed doses listed). A record whose data key this device remembers opens at once.
Without a secure keyring there is no plan: the tray says once that reminders need one
unlock after each restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from healthdesk.services.locked_doses import Sealer
from healthdesk.services.record import HealthRecord
from healthdesk.services.reminder_plan import ReminderPlan, load_before_unlock

from .icons import app_icon
from .locked_reminders import LockedPanel, LockedReminders
from .qt import (
    QAction,
    QApplication,
    QEventLoop,
    QHBoxLayout,
    QLabel,
    QMenu,
    QObject,
    QPushButton,
    QSystemTrayIcon,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from healthdesk.services.record import DeviceKeyring


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackgroundStart(QObject):
    """The tray, the plan's reminders and an Unlock entry, until the record is open."""

    def __init__(self, data_dir: Path, keyring: DeviceKeyring,
                 clock: Callable[[], dt.datetime] = _utc_now, tray: bool | None = None,
                 unlock: Callable[[Path], HealthRecord | None] | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.record: HealthRecord | None = None
        self.quit_asked = False
        self._unlock = unlock or _ask_passphrase
        self._loop = QEventLoop()
        self.plan: ReminderPlan | None = load_before_unlock(self.data_dir, keyring)
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray = QSystemTrayIcon(app_icon(), self) if use_tray else None
        plan = self.plan or ReminderPlan(clock(), "none", False, ())
        sealer = (Sealer.for_plan(self.data_dir, plan.store_id, plan.sealing_key)
                  if plan.can_record else None)
        self.reminders = LockedReminders(plan, sealer, clock, self.tray, parent=self)
        self.window = QWidget(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.window.setWindowTitle(self.tr("HealthDesk reminder"))
        lay = QVBoxLayout(self.window)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.panel = LockedPanel(self.reminders)
        lay.addWidget(self.panel)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.unlock_button = QPushButton(self.tr("Unlock HealthDesk…"))
        self.unlock_button.clicked.connect(self.unlock)
        bar.addWidget(self.unlock_button)
        lay.addLayout(bar)
        self.reminders.changed.connect(self._show_if_due)
        if self.tray is not None:
            menu = QMenu()
            menu.addAction(QAction(self.tr("Unlock HealthDesk…"), menu,
                                   triggered=self.unlock))
            menu.addSeparator()
            menu.addAction(QAction(self.tr("Quit HealthDesk"), menu, triggered=self.quit))
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.setToolTip(self.tr("HealthDesk (locked)"))
            self.tray.activated.connect(lambda _reason: self.unlock())
            self.tray.show()

    def run(self) -> HealthRecord | None:
        """Remind until the record is unlocked (returned) or the person quits (None)."""
        if self.plan is None:
            self.note.setText(self.tr(
                "HealthDesk started without your passphrase. Reminders need one unlock "
                "after each restart on this device (it has no secure keyring, or nothing "
                "was planned yet)."))
            if self.tray is not None:
                self.tray.showMessage(self.tr("HealthDesk"), self.note.text(),
                                      QSystemTrayIcon.MessageIcon.Information, 10_000)
            else:
                self.window.show()
        self.reminders.start()
        if self.tray is None:
            self.window.show()  # without a tray this window is the only way in
        self._loop.exec()
        self.reminders.stop()
        self.window.hide()
        if self.tray is not None:
            self.tray.hide()
        return self.record

    def _show_if_due(self) -> None:
        if self.reminders.lines and not self.window.isVisible():
            self.window.adjustSize()
            self.window.show()

    def unlock(self) -> None:
        if self.record is not None:
            return
        record = self._unlock(self.data_dir)
        if record is not None:
            self.record = record
            self._loop.quit()

    def quit(self) -> None:
        self.quit_asked = True
        self._loop.quit()


def _ask_passphrase(data_dir: Path) -> HealthRecord | None:
    from .dialogs.unlock import UnlockDialog

    dialog = UnlockDialog(data_dir, locked=True)
    return dialog.record if dialog.exec() and dialog.record else None


def start_in_background(app: QApplication, data_dir: Path, keyring: DeviceKeyring
                        ) -> tuple[HealthRecord | None, bool]:
    """The record once unlocked, or None when the person quit from the tray; and whether
    it opened at once (this device remembers its key: the window may stay in the tray)."""
    try:
        return HealthRecord.open(data_dir, keyring=keyring), True
    except Exception:
        pass  # nothing remembered here: remind from the plan until unlocked
    app.setQuitOnLastWindowClosed(False)
    start = BackgroundStart(data_dir, keyring)
    record = start.run()
    app.setQuitOnLastWindowClosed(True)
    return record, False
