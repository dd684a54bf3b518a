"""Run service calls off the GUI thread and get the result back on it.

Database work goes to one serial worker (SQLite has one writer anyway, and ordering
keeps "add then list" consistent); network work (sync) gets its own pool so a slow
server never delays a quick read. The work function must not touch widgets: it runs on
a worker thread. ``on_done``/``on_error`` run on the GUI thread.

Every op runs inside ``capture`` (the record's ``capture_changes``): whatever its writes
committed comes back as one ``Changes``, and after the callback the manager emits
``operation_did_execute(changes, initiator)``, even when the op failed after committing
part of its work (a sync stopped after some pages). No call site announces a change.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from healthdesk.domain.changes import Changes

from .qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done_event = Signal(object, object)  # result, Changes
    error_event = Signal(object, object)  # exception, Changes
    progress_event = Signal(float, str)

#: Makes the context that collects one op's committed changes (on the worker thread).
Capture = Callable[[], AbstractContextManager[Any]]


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

    @property
    def stop_event(self) -> threading.Event:
        """The flag itself, for a service that checks it between steps (sync)."""
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, capture: Capture | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay
        self._capture = capture

    def run(self) -> None:
        box: Any = None
        try:
            with (self._capture or nullcontext)() as box:
                result = self._work()
        except BaseException as exc:
            self._relay.error_event.emit(exc, _changes(box))
        else:
            self._relay.done_event.emit(result, _changes(box))


def _changes(box: Any) -> Changes:
    found = getattr(box, "changes", None)
    return found if isinstance(found, Changes) else Changes()


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

    #: After an op that committed changes: (Changes, initiator). The initiator is the
    #: widget (or object) that started the op, or None: a page that made a change itself
    #: may skip reloading what it has already shown.
    operation_did_execute = Signal(object, object)
    #: Once no op is running any more after ``stop_accepting`` (see ``drain``).
    drained_event = Signal()

    def __init__(self, parent: QObject | None = None, *, capture: Capture | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(4)
        self.capture = capture
        self._relays: set[_Relay] = set()
        self._handles: set[OpHandle] = set()
        self.pending = 0
        self.accepting = True

    def run(self, work: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *, network: bool = False,
            on_progress: Callable[[float, str], None] | None = None,
            with_handle: bool = False, initiator: object = None) -> OpHandle:
        """Run ``work()`` (or ``work(handle, progress)`` with ``with_handle``) off-thread.

        While the manager is not accepting work (the record is being locked) the op is
        dropped: its handle comes back cancelled and no callback runs."""
        handle = OpHandle()
        if not self.accepting:
            handle.cancel()
            handle.running = False
            return handle
        relay = _Relay()
        self._relays.add(relay)
        self._handles.add(handle)
        self.pending += 1

        def finish() -> None:
            handle.running = False
            self.pending -= 1
            self._relays.discard(relay)
            self._handles.discard(handle)
            relay.deleteLater()

        def announce(changes: Changes) -> None:
            if changes:
                self.operation_did_execute.emit(changes, initiator)
            if self.pending == 0 and not self.accepting:
                self.drained_event.emit()

        def done(result: Any, changes: Changes) -> None:
            finish()
            if on_done is not None:
                _deliver(on_done, result)
            announce(changes)

        def failed(exc: BaseException, changes: Changes) -> None:
            finish()
            if not isinstance(exc, Cancelled):
                if on_error is not None:
                    _deliver(on_error, exc)
                else:
                    log.error("background operation failed: %s", type(exc).__name__)
            announce(changes)

        relay.done_event.connect(done)
        relay.error_event.connect(failed)
        if on_progress is not None:
            relay.progress_event.connect(on_progress)
        if with_handle:
            def job() -> Any:
                return work(handle, relay.progress_event.emit)
        else:
            job = work
        (self.net_pool if network else self.db_pool).start(_Job(job, relay, self.capture))
        return handle

    def stop_accepting(self) -> None:
        """Refuse new ops and ask the running ones to stop (they stop at their next
        check; a sync between pages)."""
        self.accepting = False
        for handle in list(self._handles):
            handle.cancel()

    def accept_again(self) -> None:
        self.accepting = True

    def drain(self, then: Callable[[], None]) -> None:
        """Stop accepting work and call ``then`` on the GUI thread once every running op
        has finished, without waiting here: the GUI thread never blocks on a pool."""
        self.stop_accepting()
        if self.pending == 0:
            then()
            return

        def once() -> None:
            self.drained_event.disconnect(once)
            then()

        self.drained_event.connect(once)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle. Only after the event loop has ended (quit,
        tests): while the window is up, use ``drain``."""
        return self.db_pool.waitForDone(msecs) and self.net_pool.waitForDone(msecs)
