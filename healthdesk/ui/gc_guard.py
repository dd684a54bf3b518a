"""Run Python's garbage collector on the GUI thread only.

A collection can start on any thread that allocates. If it starts on a worker and
frees a Qt object owned by the GUI thread, Qt crashes (Anki hit the same thing). So
automatic collection is switched off while the UI runs and done on a GUI-thread timer;
reference counting still frees almost everything at once.
"""

from __future__ import annotations

import gc

from .qt import QObject, QTimer

COLLECT_EVERY_MS = 5_000


class GcGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        gc.collect()

    def release(self) -> None:
        """Stop the timer, collect once more here, and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
