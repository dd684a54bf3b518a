"""Retention rules while the app runs: applied soon after start, then checked every hour
(they run once a day), always off the GUI thread. What they erased is said once in the
status bar; the rules themselves are in Settings ▸ Keep records."""

from __future__ import annotations

from typing import Any

from .context import UiContext
from .qt import QCoreApplication, QObject, QTimer

CHECK_EVERY_MS = 60 * 60 * 1000


class RetentionTimer(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self, first_check_ms: int = 5_000) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def check(self) -> None:
        if self.running:
            return
        self.running = True
        record = self.ctx.record

        def done(run: Any) -> None:
            self.running = False
            if run is not None and run.total:
                self.ctx.status_event.emit(QCoreApplication.translate(
                    "RetentionTimer", "Older records erased by the rules in Settings ▸ "
                    "Keep records: {0}.").format(run.total))

        def failed(exc: BaseException) -> None:
            self.running = False
            self.ctx.status_event.emit(QCoreApplication.translate(
                "RetentionTimer", "The retention rules could not run: {0}").format(exc))

        self.ctx.run(record.retention.apply_if_due, done, failed, initiator=self)
