"""Run service calls off the GUI thread and get the result back on it.

Database work goes to one serial worker (SQLite has one writer anyway, and ordering
keeps "add then list" consistent); network work (sync, later) gets its own pool so a
slow server never delays a quick read. The work function must not touch widgets: it
runs on a worker thread. ``on_done``/``on_error`` run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from .qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done_event = Signal(object)
    error_event = Signal(object)
    progress_event = Signal(float, str)


class Cancelled(Exception):
    """Raised inside work that noticed its cancel flag."""


class OpHandle:
    """What a caller keeps: cancel a long op, or ask if it is still running."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:
            self._relay.error_event.emit(exc)
        else:
            self._relay.done_event.emit(result)


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call back, unless the widget that asked has been closed and deleted meanwhile:
    a result for a page that no longer exists has nowhere to go."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("dropped a result for a deleted widget")


class TaskManager(QObject):
    """Owns the worker pools. One per main window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(4)
        self._relays: set[_Relay] = set()
        self.pending = 0

    def run(self, work: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, network: bool = False,
            on_progress: Callable[[float, str], None] | None = None,
            with_handle: bool = False) -> OpHandle:
        """Run ``work()`` (or ``work(handle, progress)`` with ``with_handle``) off-thread."""
        handle = OpHandle()
        relay = _Relay()
        self._relays.add(relay)
        self.pending += 1

        def finish() -> None:
            handle.running = False
            self.pending -= 1
            self._relays.discard(relay)
            relay.deleteLater()

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                _deliver(on_done, result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                _deliver(on_error, exc)
            else:
                log.error("background operation failed: %s", type(exc).__name__)

        relay.done_event.connect(done)
        relay.error_event.connect(failed)
        if on_progress is not None:
            relay.progress_event.connect(on_progress)
        if with_handle:
            def job() -> Any:
                return work(handle, relay.progress_event.emit)
        else:
            job = work
        (self.net_pool if network else self.db_pool).start(_Job(job, relay))
        return handle

    def wait_idle(self, msecs: int = 30_000) -> bool:
        return self.db_pool.waitForDone(msecs) and self.net_pool.waitForDone(msecs)
