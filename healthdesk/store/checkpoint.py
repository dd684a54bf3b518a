"""WAL checkpoints off the write path: a worker thread copies the WAL into the database
file when writes pause, instead of the write that happens to cross SQLite's threshold.

SQLite's automatic checkpoint runs inside the ``COMMIT`` of whichever write makes the WAL
reach ``wal_autocheckpoint`` pages. A reading writes ~12 pages, so every ~80th saved
reading paid for copying ~1,000 pages and an fsync of the database file (4-40 ms here):
that, not the average write, was the p99 of recording a reading (docs/performance.md).

Here the store's connections raise the automatic threshold to ``SAFETY_PAGES``, and each
committed write notes itself (:meth:`Checkpointer.wrote`) for a worker that polls until
writes have paused for ``IDLE_S`` and then runs a ``PASSIVE`` checkpoint, which takes no
lock a writer or reader waits for. Only after a pause: a checkpoint running beside a
steady stream of writes never finds the WAL fully copied at the start of a write, so the
WAL is never started again from its beginning and grows to the safety net (measured:
10,000 frames after 1,000 readings in a row, against 1,017 with SQLite's own). A stream
with no pause therefore checkpoints in a COMMIT at ``SAFETY_PAGES`` (once per ~330
readings instead of once per ~80, too rare to reach the p99). Durability is unchanged:
each commit is still fsynced into the WAL (synchronous = FULL) before it returns, and a
crash before a checkpoint replays the WAL. The worker exits after ``LINGER_S`` without
writes and is started again by the next one.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

SAFETY_PAGES = 4_000  # ~16 MiB of WAL at 4 KiB pages before a writer must checkpoint
IDLE_S = 0.05
LINGER_S = 10.0


class Checkpointer:
    """One store's checkpoint worker. ``run_checkpoint`` runs ``PRAGMA wal_checkpoint
    (PASSIVE)`` on a connection of the store and returns False once the store is closed."""

    def __init__(self, run_checkpoint: Callable[[], bool], *, idle_s: float = IDLE_S,
                 linger_s: float = LINGER_S) -> None:
        self._run_checkpoint = run_checkpoint
        self._idle_s = idle_s
        self._linger_s = linger_s
        # Written by the writers, read by the worker, no lock: a race only miscounts by one.
        self._writes = 0  # committed since the last checkpoint began
        self._last_write = 0.0
        self._open = 0  # write transactions open now (threads write too: counted under a lock)
        self._count = threading.Lock()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many the worker ran (tests, benchmarks)

    def began(self) -> None:
        """A write transaction began: no checkpoint starts until it ends."""
        with self._count:
            self._open += 1

    def wrote(self) -> None:
        """A write transaction ended (committed or not): checkpoint once writes pause. A
        counter and a clock read; the worker polls them (waking it from here cost ~1 ms a
        write in thread switches on a loaded 2-core machine), and is started when it is
        not running."""
        with self._count:
            self._open -= 1
        self._writes += 1
        self._last_write = time.monotonic()
        thread = self._thread
        if thread is None or not thread.is_alive():
            with self._lock:
                if self._stop.is_set() or (self._thread is not None
                                           and self._thread.is_alive()):
                    return
                self._thread = threading.Thread(target=self._loop, name="healthdesk-checkpoint",
                                                daemon=True)
                self._thread.start()

    def stop(self) -> None:
        """No more checkpoints from the worker (the store is closing: closing its last
        connection checkpoints what is left)."""
        with self._lock:
            self._stop.set()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.wait(self._idle_s):
            quiet = time.monotonic() - self._last_write
            if not self._writes:
                if quiet > self._linger_s:
                    return  # no write for a while: the next one starts a worker again
                continue
            if quiet < self._idle_s or self._open > 0:
                continue  # writes are still coming (an import's next batch is open)
            self._writes = 0
            try:
                if not self._run_checkpoint():
                    return
                self.checkpoints += 1
            except Exception:  # a busy or full disk: the next pause tries again
                log.warning("background WAL checkpoint failed", exc_info=True)
