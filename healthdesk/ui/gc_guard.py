"""Run Python's garbage collector on the GUI thread only.

A collection can start on any thread that allocates. If it starts on a worker and
frees a Qt object owned by the GUI thread, Qt crashes (Anki hit the same thing). So
automatic collection is switched off while the UI runs and done on a GUI-thread timer;
reference counting still frees almost everything at once.

The first collection, a few seconds after start-up, also freezes what survives it
(``gc.freeze``): the modules, mapped classes and widgets live as long as the app, and
re-scanning them made every full collection a pause of ~50-150 ms on the GUI thread.
After that most ticks collect only the young generations and a full one runs once a
minute over what was made since. A cycle made before the freeze that becomes garbage
later stays until the app quits (a little memory, never a pause).
"""

from __future__ import annotations

import gc

from .qt import QObject, QTimer

COLLECT_EVERY_MS = 5_000
FULL_EVERY = 12  # ticks: one full collection a minute


class GcGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._ticks = 0
        self._frozen = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        self._ticks += 1
        if not self._frozen:
            gc.collect()
            gc.freeze()
            self._frozen = True
        elif self._ticks % FULL_EVERY == 0:
            gc.collect()
        else:
            gc.collect(1)

    def release(self) -> None:
        """Stop the timer, collect once more here, and give collection back to Python."""
        self._timer.stop()
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        gc.collect()
        if self._was_enabled:
            gc.enable()
