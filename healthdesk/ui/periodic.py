"""A check that runs soon after start and then every N minutes, always off the GUI
thread, never twice at once (automatic backups, retention rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import UiContext
from .qt import QObject, QTimer


class PeriodicCheck(QObject):
    """Calls ``check`` (what the owner checks: a backup due, rules to apply) on its timer;
    ``check`` hands the slow part to ``run_once``."""

    def __init__(self, ctx: UiContext, every_ms: int, check: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self._check = check
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self._check)

    def start(self, first_check_ms: int = 60_000) -> None:
        self.timer.start()
        QTimer.singleShot(first_check_ms, self._check)

    def run_once(self, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None]) -> None:
        """``work`` on the database worker unless a run is under way."""
        if self.running:
            return
        self.running = True

        def finished(result: Any) -> None:
            self.running = False
            done(result)

        def broke(exc: BaseException) -> None:
            self.running = False
            failed(exc)

        self.ctx.run(work, finished, broke, initiator=self)
