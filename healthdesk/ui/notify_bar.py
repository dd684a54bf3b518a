"""The main window's notification button (with the unread count) and emergency button,
in the status bar of every page, their shortcuts, and the minute tick that raises what
is due and runs the delivery queue (both off the GUI thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from healthdesk.domain.changes import Changes

from .qt import QAction, QKeySequence, QObject, QPushButton, QTimer, QToolButton

if TYPE_CHECKING:
    from .main_window import MainWindow

TICK_MS = 60_000
SHOWN = ("notifications",)


class NotifyBar(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.button = QToolButton()
        self.button.setAccessibleName(self.tr("Notifications"))
        self.button.clicked.connect(self.open_panel)
        self.emergency_button = QPushButton(self.tr("Emergency"))
        self.emergency_button.setToolTip(self.tr("Send an emergency alert (Ctrl+Shift+H)"))
        self.emergency_button.setStyleSheet("QPushButton { background: #b00020; "
                                            "color: white; font-weight: bold; }")
        self.emergency_button.clicked.connect(self.open_emergency)
        bar = window.statusBar()
        bar.addPermanentWidget(self.button)
        bar.addPermanentWidget(self.emergency_button)
        self.unread = 0
        self.panel: Any = None
        self.emergency_dialog: Any = None
        self.announced: set[str] = set()  # popped up already (this window's life)
        self._show_count()
        self.ctx.operation_did_execute.connect(self._on_change)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        QTimer.singleShot(0, self.tick)

    def retranslate(self) -> None:
        self.button.setAccessibleName(self.tr("Notifications"))
        self.emergency_button.setText(self.tr("Emergency"))
        self.emergency_button.setToolTip(self.tr("Send an emergency alert (Ctrl+Shift+H)"))
        self._show_count()

    def actions(self) -> list[QAction]:
        """For the Record menu: they carry the shortcuts, so they work on every page."""
        notes = QAction(self.tr("&Notifications…"), self.window,
                        shortcut=QKeySequence("Ctrl+Shift+N"), triggered=self.open_panel)
        sos = QAction(self.tr("&Emergency alert…"), self.window,
                      shortcut=QKeySequence("Ctrl+Shift+H"), triggered=self.open_emergency)
        return [notes, sos]

    def _show_count(self) -> None:
        self.button.setText(self.tr("Notifications ({0})").format(self.unread)
                            if self.unread else self.tr("Notifications"))
        self.button.setToolTip(self.tr("{0} unread (Ctrl+Shift+N)").format(self.unread))

    def _on_change(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_any(SHOWN):
            self.refresh()
            self.ctx.read(self.ctx.record.notifications.recent_to_announce, self.announce)

    def refresh(self) -> None:
        def done(n: int) -> None:
            self.unread = n
            self._show_count()

        self.ctx.read(self.ctx.record.notifications.unread_count, done)

    def tick(self) -> None:
        """Raise what is due, then (when something waits) one delivery pass."""
        record = self.ctx.record

        def ticked(_raised: Any) -> None:
            self.refresh()  # what it raised is announced through _on_change
            self.ctx.network(record.delivery.deliver_once, lambda _r: None,
                             lambda _e: None)

        self.ctx.run(record.producers.tick, ticked, lambda _e: None)

    def announce(self, fresh: list[Any]) -> None:
        """A tray message for what was just raised (the reminder center's tray icon),
        else the status bar."""
        # A due dose pops up from the reminder center, with Take / Skip / Snooze: its
        # notification is the record of it, not a second pop-up.
        fresh = [n for n in fresh if n.id not in self.announced and n.kind != "reminder"]
        if not fresh:
            return
        self.announced.update(n.id for n in fresh)
        text = "\n".join(n.title for n in fresh[:3])
        if len(fresh) > 3:
            text += "\n" + self.tr("and {0} more").format(len(fresh) - 3)
        center = getattr(self.window, "reminders", None)
        tray = getattr(center, "tray", None)
        if tray is not None:
            from .qt import QSystemTrayIcon

            urgent = any(n.priority == "urgent" for n in fresh)
            tray.showMessage(self.tr("HealthDesk"), text,
                             QSystemTrayIcon.MessageIcon.Critical if urgent
                             else QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            self.ctx.status_event.emit(text.replace("\n", " · "))

    def open_panel(self) -> None:
        from .pages.notifications import NotificationsPanel

        if self.panel is None:
            self.panel = NotificationsPanel(self.ctx, self.window,
                                            on_open=self.window.open_item)
        self.panel.reload()
        self.panel.show()
        self.panel.raise_()

    def open_emergency(self) -> None:
        from .dialogs.emergency import EmergencyDialog

        self.emergency_dialog = EmergencyDialog(self.ctx, self.window)
        self.emergency_dialog.open()
