"""Lock the record after N idle minutes (the ``lock_timeout_minutes`` preference).

An application-wide event filter restarts the countdown on any key press, click or
wheel turn; the timer fires the window's ``lock_event``.
"""

from __future__ import annotations

from collections.abc import Callable

from .qt import QApplication, QEvent, QObject, QTimer

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class IdleLock(QObject):
    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self.minutes = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 means never lock."""
        self.minutes = max(0, int(minutes))
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self._timer.start(self.minutes * 60_000)
        else:
            self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.minutes:
            self._timer.start(self.minutes * 60_000)
        return False
