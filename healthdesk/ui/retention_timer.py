"""Retention rules while the app runs: applied soon after start, then checked every hour
(they run once a day), always off the GUI thread. What they erased is said once in the
status bar; the rules themselves are in Settings ▸ Keep records."""

from __future__ import annotations

from typing import Any

from .context import UiContext
from .periodic import PeriodicCheck
from .qt import QCoreApplication, QObject

CHECK_EVERY_MS = 60 * 60 * 1000


class RetentionTimer(PeriodicCheck):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, CHECK_EVERY_MS, self.check, parent)

    def start(self, first_check_ms: int = 5_000) -> None:
        super().start(first_check_ms)

    def check(self) -> None:
        def done(run: Any) -> None:
            if run is not None and run.total:
                self.ctx.status_event.emit(QCoreApplication.translate(
                    "RetentionTimer", "Older records erased by the rules in Settings ▸ "
                    "Keep records: {0}.").format(run.total))

        def failed(exc: BaseException) -> None:
            self.ctx.status_event.emit(QCoreApplication.translate(
                "RetentionTimer", "The retention rules could not run: {0}").format(exc))

        self.run_once(self.ctx.record.retention.apply_if_due, done, failed)
