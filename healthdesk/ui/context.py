"""What every page is given: the record, the op runner, and the current profile.

Pages never hold the store; they call services through ops (``ctx.read``, ``ctx.write``,
``ctx.network``) so the GUI thread stays free, and they hear about changes from one
signal, ``operation_did_execute(changes, initiator)``: every op's committed writes (a
local edit, a pulled sync page) as one ``healthdesk.domain.changes.Changes``. A page
asks the change set whether it touches what the page shows (docs/architecture.md,
"How a screen hears about changes").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthdesk.services.record import HealthRecord

from .ops import OpHandle, TaskManager
from .qt import QApplication, QMessageBox, QObject, QWidget, Signal


class UiContext(QObject):
    #: Emitted after the current profile changed (argument: profile id or "").
    profile_did_change = Signal(str)
    #: Emitted after an op committed changes: (Changes, initiator or None).
    operation_did_execute = Signal(object, object)
    #: Emitted when a page asks to show a transient message in the status bar.
    status_event = Signal(str)
    #: Emitted when a network op failed and nobody handled it: the sync status line
    #: shows the sentence.
    network_error_event = Signal(str)
    #: Emitted when something wants a sync round soon (sharing changed who sees what).
    sync_wanted_event = Signal()

    def __init__(self, record: HealthRecord, tasks: TaskManager, *, demo: bool = False) -> None:
        super().__init__()
        self.record = record
        self.tasks = tasks
        self.demo = demo
        self.profile_id: str = ""
        # Read at run time on the worker: after a lock, the new record's store captures.
        tasks.capture = lambda: self.record.capture_changes()
        tasks.operation_did_execute.connect(self.operation_did_execute)

    def set_profile(self, profile_id: str) -> None:
        if profile_id != self.profile_id:
            self.profile_id = profile_id
            self.profile_did_change.emit(profile_id)

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            initiator: object = None) -> OpHandle:
        """A database op with no default failure display (the caller handles it)."""
        return self.tasks.run(work, on_done, on_error, initiator=initiator)

    def read(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> OpHandle:
        """A read op: a failure is a status bar message unless ``on_error`` is given."""
        return self.tasks.run(work, on_done, on_error or self._status_error)

    def write(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, *, what: str,
              initiator: object = None) -> OpHandle:
        """A write op. ``what`` names what is being saved ("The reading"): a failure
        shows a message box saying it was not saved, unless ``on_error`` is given."""
        def not_saved(exc: BaseException) -> None:
            parent = initiator if isinstance(initiator, QWidget) else \
                QApplication.activeWindow()
            QMessageBox.warning(parent, self.tr("Not saved"),
                                self.tr("{0} was not saved: {1}").format(what, exc))

        return self.tasks.run(work, on_done, on_error or not_saved, initiator=initiator)

    def network(self, work: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None, *,
                with_handle: bool = False,
                on_progress: Callable[[float, str], None] | None = None,
                initiator: object = None) -> OpHandle:
        """A network op on the network pool: a failure goes to the sync status line
        unless ``on_error`` is given."""
        return self.tasks.run(work, on_done, on_error or self._network_error, network=True,
                              with_handle=with_handle, on_progress=on_progress,
                              initiator=initiator)

    def _status_error(self, exc: BaseException) -> None:
        self.status_event.emit(str(exc))

    def _network_error(self, exc: BaseException) -> None:
        self.network_error_event.emit(str(exc))
