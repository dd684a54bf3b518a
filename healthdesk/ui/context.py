"""What every page is given: the record, the task runner, and the current profile.

Pages never hold the store; they call services through ``ctx.record`` inside
``ctx.tasks.run(...)`` so the GUI thread stays free.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthdesk.services.record import HealthRecord

from .ops import OpHandle, TaskManager
from .qt import QObject, Signal


class UiContext(QObject):
    #: Emitted after the current profile changed (argument: profile id or "").
    profile_did_change = Signal(str)
    #: Emitted after a write, with the area that changed ("readings", "medications",
    #: "doses", "appointments", "records", "chat", "profiles", "settings").
    record_did_change = Signal(str)
    #: Emitted when a page asks to show a transient message in the status bar.
    status_event = Signal(str)

    def __init__(self, record: HealthRecord, tasks: TaskManager, *, demo: bool = False) -> None:
        super().__init__()
        self.record = record
        self.tasks = tasks
        self.demo = demo
        self.profile_id: str = ""

    def set_profile(self, profile_id: str) -> None:
        if profile_id != self.profile_id:
            self.profile_id = profile_id
            self.profile_did_change.emit(profile_id)

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> OpHandle:
        return self.tasks.run(work, on_done, on_error)

    def changed(self, area: str) -> None:
        self.record_did_change.emit(area)
