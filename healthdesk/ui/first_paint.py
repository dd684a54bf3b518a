"""A first-paint marker for timing a start (bench/bench_startup.py).

With ``HEALTHDESK_FIRST_PAINT=1`` in the environment the app writes one line to stderr,
``HEALTHDESK_FIRST_PAINT <seconds since the epoch>``, once the Today page has its data
and has painted: what the person waits for, without the shutdown that timing to process
exit would add. ``HEALTHDESK_QUIT_AFTER_MS`` still quits N ms after the window is shown.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from .qt import QApplication, QEvent, QObject, QTimer, QWidget

ENV = "HEALTHDESK_FIRST_PAINT"
MARK = "HEALTHDESK_FIRST_PAINT"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


class FirstPaint(QObject):
    """Report the first paint of ``page`` (or a widget inside it) once ``ready()`` holds."""

    def __init__(self, page: QWidget, ready: Callable[[], bool],
                 then: Callable[[], None] | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._ready = ready
        self._then = then
        self._done = False
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (not self._done and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and (obj is self._page or self._page.isAncestorOf(obj)) and self._ready()):
            self._done = True
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            # Zero-delay: the paint under way finishes (and is flushed) first.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{MARK} {time.time():.6f}", file=sys.stderr, flush=True)
        if self._then is not None:
            self._then()


def watch_today(window: QWidget, then: Callable[[], None] | None = None) -> FirstPaint | None:
    """Watch the main window's Today page, if the environment asks for it."""
    if not wanted():
        return None
    page = window.pages.get("Today")  # type: ignore[attr-defined]
    if page is None:
        return None
    message = getattr(page, "message_label", None)

    def ready() -> bool:
        # Its data, or a message in its place (nobody in the record yet, a failed read).
        return (getattr(page, "data", None) is not None
                or (message is not None and not message.isHidden()))

    return FirstPaint(page, ready, then)
