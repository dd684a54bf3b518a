"""Automatic backups while the app runs: checked soon after start and every half hour
(a backup is due once a day), and once more on quit; always off the GUI thread. A failure
or an old last backup is said in the status bar (Settings ▸ Backups has the details)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.interop.transfer import Transfer

from .context import UiContext
from .qt import QObject, QTimer

CHECK_EVERY_MS = 30 * 60 * 1000
QUIT_AFTER = dt.timedelta(minutes=10)  # no second backup for a quick open and close


class BackupTimer(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self, first_check_ms: int = 60_000) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self.check)

    def _run_if(self, due: Any) -> None:
        if self.running:
            return
        record = self.ctx.record
        self.running = True

        def work() -> str | None:
            schedule = Transfer(record).backup_schedule()
            if due(schedule, record.now()):
                schedule.run()
            return schedule.status().warning(record.now())

        def done(warning: str | None) -> None:
            self.running = False
            if warning:
                self.ctx.status_event.emit(warning)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.ctx.status_event.emit(f"The automatic backup failed: {exc}")

        self.ctx.run(work, done, failed, initiator=self)

    def check(self) -> None:
        """Back up when a day has passed since the last good backup."""
        self._run_if(lambda schedule, now: schedule.due(now))

    def on_quit(self) -> None:
        """Back up on the way out (the app waits for running work before it closes)."""
        self.timer.stop()

        def due(schedule: Any, now: dt.datetime) -> bool:
            st = schedule.status()
            return st.folder is not None and (st.last_good_at is None
                                              or now - st.last_good_at >= QUIT_AFTER)

        self._run_if(due)
