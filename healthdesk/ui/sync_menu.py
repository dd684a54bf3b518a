"""The Sync menu, the sync status in the status bar, and syncing in the background.

Rounds run on the task manager's network pool, one at a time: on request ("Sync now",
F5), every few minutes while signed in, and soon after a local change (so an edit reaches
the other devices without anyone thinking about it). The status bar always says when the
last sync worked, how many changes wait, how many conflicts need a look, and what went
wrong, in words; "Set-aside changes" lists what did not go through either way (from the
server and not applied here, or from here and refused by the server), with the reasons.

A round is a network op whose database writes (one transaction per pushed batch and per
pulled page) run on its network thread, beside the database worker: SQLite's rule of one
writer is kept by ``BEGIN IMMEDIATE`` and the busy timeout (store/db.py), so a write op
during a sync waits on the worker, never on the GUI thread, for at most one page's commit.
The pages hear what a pull changed from ``operation_did_execute`` like any other op's
changes (initiator: this controller). "Stop sync" ends a round between batches and pages.
"""

from __future__ import annotations

import logging
from typing import Any

from healthdesk.services.sync import SyncCancelled

from .context import UiContext
from .icons import icon
from .ops import OpHandle
from .qt import (
    QAction,
    QDialog,
    QKeySequence,
    QLabel,
    QMainWindow,
    QObject,
    QSizePolicy,
    QTimer,
    QVBoxLayout,
)

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000   # background sync while signed in
AFTER_CHANGE_MS = 10 * 1000  # a local change is sent this soon (edits in a burst: once)
CLOCK_MS = 60 * 1000        # "synced 3 min ago" stays true
START_DELAY_MS = 1500


class SyncController(QObject):
    def __init__(self, window: QMainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.setObjectName("syncController")
        self.window = window
        self.ctx = ctx
        self.running = False
        self.again = False
        self.label = QLabel("")
        self.label.setAccessibleName(self.tr("Sync status"))
        # May shrink (the tooltip keeps the whole line): a long status in Tamil at 200 %
        # must not push the window wider than the screen.
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(1)
        window.statusBar().addPermanentWidget(self.label)
        menu = window.menuBar().addMenu(self.tr("S&ync"))
        self.sync_action = QAction(icon("sync", widget=window), self.tr("Sync &now"), window,
                                   shortcut=QKeySequence("F5"), triggered=self.sync_now)
        self.sign_in_action = QAction(self.tr("&Sign in…"), window, triggered=self.sign_in)
        self.sign_out_action = QAction(self.tr("Sign &out"), window, triggered=self.sign_out)
        self.sharing_action = QAction(self.tr("S&haring…"), window, triggered=self.sharing)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window,
                                        triggered=self.conflicts)
        self.retry_action = QAction(self.tr("&Retry refused changes"), window,
                                    triggered=self.retry)
        self.set_aside_action = QAction(self.tr("Set-&aside changes…"), window,
                                        triggered=self.set_aside)
        self.stop_action = QAction(self.tr("S&top sync"), window, triggered=self.stop)
        self.stop_action.setEnabled(False)
        self.handle: OpHandle | None = None
        for a in (self.sync_action, self.stop_action, self.sign_in_action,
                  self.sign_out_action,
                  self.sharing_action, self.conflicts_action, self.set_aside_action,
                  self.retry_action):
            menu.addAction(a)
        self.period = QTimer(self)
        self.period.setInterval(PERIOD_MS)
        self.period.timeout.connect(self.sync_in_background)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_in_background)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self.refresh_status)
        self.clock.start()
        ctx.operation_did_execute.connect(self._on_change)
        ctx.sync_wanted_event.connect(self.sync_in_background)
        ctx.network_error_event.connect(self._network_error)
        self.status: Any = None
        self.changed_locally = False
        # After the first paint: counting a large outbox must not hold up Today's queries
        # on the (serial) database worker.
        QTimer.singleShot(START_DELAY_MS, self.refresh_status)

    # -- status ------------------------------------------------------------------------

    def refresh_status(self) -> None:
        record = self.ctx.record
        self.ctx.run(record.sync.status, self._show_status, self._status_failed)

    def _show_status(self, status: Any) -> None:
        self.status = status
        text = self.tr("Syncing…") if self.running else status.summary(self.ctx.record.now())
        self.label.setText(text)
        self.label.setToolTip(status.last_error or "")
        signed_in = status.signed_in
        self.sync_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)
        self.sharing_action.setEnabled(signed_in)
        self.retry_action.setEnabled(status.set_aside > 0)
        self.set_aside_action.setEnabled(status.set_aside + status.pulled_set_aside > 0)
        if signed_in and not self.period.isActive():
            self.period.start()
        elif not signed_in:
            self.period.stop()
        if self.changed_locally and signed_in and status.pending:
            self.soon.start()
        self.changed_locally = False

    def _status_failed(self, exc: BaseException) -> None:
        log.debug("sync status unavailable: %s", type(exc).__name__)

    def _on_change(self, _changes: Any, initiator: object) -> None:
        if initiator is self:
            return  # what a round pulled is no local edit: no sync follows
        self.changed_locally = True
        self.refresh_status()  # starts the "soon" timer once it knows we are signed in

    # -- rounds ------------------------------------------------------------------------

    def sync_now(self) -> None:
        self._start(explicit=True)

    def sync_in_background(self) -> None:
        if not self.window.isVisible():
            return  # locked (the window is hidden and the record closed): not now
        if self.status is None or self.status.signed_in:
            self._start(explicit=False)

    def _start(self, explicit: bool) -> None:
        if self.running:
            self.again = self.again or explicit
            return
        self.running = True
        self.label.setText(self.tr("Syncing…"))
        self.stop_action.setEnabled(True)
        record = self.ctx.record
        self.handle = self.ctx.network(
            lambda handle, _progress: record.sync.sync_now(stop=handle.stop_event),
            self._done, self._failed, with_handle=True, initiator=self)

    def stop(self) -> None:
        """Stop the running round at its next page or batch; what came is kept."""
        if self.handle is not None and self.running:
            self.handle.cancel()
            self.label.setText(self.tr("Stopping sync…"))

    def _network_error(self, text: str) -> None:
        self.label.setText(text)

    def _done(self, report: Any) -> None:
        self.running = False
        self.stop_action.setEnabled(False)
        if report.pushed or report.pulled:
            self.ctx.status_event.emit(self.tr("Synced: sent {0}, received {1}.").format(
                report.pushed, report.pulled))
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.stop_action.setEnabled(False)
        if isinstance(exc, SyncCancelled):
            self.again = False
        self.ctx.status_event.emit(str(exc))
        self._next()

    def _next(self) -> None:
        self.refresh_status()
        if self.again:
            self.again = False
            self._start(explicit=True)

    # -- dialogs -----------------------------------------------------------------------

    def sign_in(self) -> None:
        from .dialogs.sign_in import SignInDialog

        dialog = SignInDialog(self.ctx, self.window)
        dialog.accepted.connect(self.sync_now)
        dialog.finished.connect(lambda _code: self.refresh_status())
        self.dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        record = self.ctx.record
        self.period.stop()
        self.ctx.network(record.sync.logout, lambda _r: self.refresh_status(), self._failed)

    def sharing(self) -> None:
        from .dialogs.sharing import SharingDialog

        self.dialog = SharingDialog(self.ctx, self.window)
        self.dialog.open()

    def conflicts(self) -> None:
        from .pages.conflicts import ConflictsPage

        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Conflicts"))
        dialog.resize(640, 460)
        page = ConflictsPage(self.ctx, dialog)
        page.resolved.connect(self.refresh_status)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page)
        dialog.page = page  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()

    def set_aside(self) -> None:
        from .dialogs.set_aside import SetAsideDialog

        dialog = SetAsideDialog(self.ctx, self.window)
        dialog.retried.connect(lambda _n: self.sync_now())
        dialog.finished.connect(lambda _code: self.refresh_status())
        self.dialog = dialog
        dialog.open()

    def retry(self) -> None:
        record = self.ctx.record
        self.ctx.run(record.sync.retry_set_aside, lambda _n: self.sync_now(), self._failed)


def install_sync_menu(window: QMainWindow) -> SyncController:
    """Add the Sync menu and status to ``window`` (once; later calls return the same)."""
    existing = window.findChild(SyncController, "syncController")
    if isinstance(existing, SyncController):
        return existing
    return SyncController(window, window.ctx)  # type: ignore[attr-defined]
