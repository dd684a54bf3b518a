"""Automatic backups while the app runs: checked soon after start and every half hour
(a backup is due once a day), and once more on quit; always off the GUI thread. A failure
or an old last backup is said in the status bar (Settings ▸ Backups has the details)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.interop.transfer import Transfer

from .context import UiContext
from .periodic import PeriodicCheck
from .qt import QCoreApplication, QObject

CHECK_EVERY_MS = 30 * 60 * 1000
QUIT_AFTER = dt.timedelta(minutes=10)  # no second backup for a quick open and close


class BackupTimer(PeriodicCheck):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, CHECK_EVERY_MS, self.check, parent)

    def _run_if(self, due: Any) -> None:
        record = self.ctx.record

        def work() -> str | None:
            schedule = Transfer(record).backup_schedule()
            if due(schedule, record.now()):
                schedule.run()
            return schedule.status().warning(record.now())

        def done(warning: str | None) -> None:
            if warning:
                self.ctx.status_event.emit(warning)

        def failed(exc: BaseException) -> None:
            self.ctx.status_event.emit(QCoreApplication.translate(
                "BackupTimer", "The automatic backup failed: {0}").format(exc))

        self.run_once(work, done, failed)

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
