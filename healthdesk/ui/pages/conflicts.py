"""The conflict inbox: values that lost to an edit made at the same time elsewhere.

Each open conflict is one sentence (what changed, which value was kept, which was not)
with two choices: Keep (what the record says now stays) or Restore (the other value is
written back as a new change, which syncs to every device). Shown from the Sync menu
and the status bar; it works as a page too.
"""

from __future__ import annotations

from typing import Any

from healthdesk.domain.changes import Changes

from ..context import UiContext
from ..qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..widgets import body_points, muted, set_point_size

ROLE_ID = Qt.ItemDataRole.UserRole


class ConflictsPage(QWidget):
    #: Emitted after a conflict was kept or restored (the record may have changed).
    resolved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        set_point_size(self, body_points())
        heading = set_point_size(QLabel(self.tr("Conflicts to review")), body_points() + 3,
                                 bold=True)
        self.explain = muted(self.tr(
            "When the same thing was changed on two devices before they synced, one change "
            "was kept and the other is shown here, so nothing is lost. Keep what the record "
            "says now, or restore the other value."))
        self.explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No conflicts: every device agrees."))
        self.empty.setAccessibleName(self.tr("No conflicts"))
        self.keep_button = QPushButton(self.tr("&Keep current"))
        self.keep_button.setToolTip(self.tr("The record stays as it is now"))
        self.restore_button = QPushButton(self.tr("&Restore this value"))
        self.restore_button.setToolTip(self.tr("Write the value that lost back into the "
                                               "record; it syncs to every device"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Conflict message"))
        self.keep_button.clicked.connect(lambda: self._resolve("keep"))
        self.restore_button.clicked.connect(lambda: self._resolve("restore"))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.ids: list[str] = []
        self._update_buttons()
        ctx.operation_did_execute.connect(self._on_change)
        self.refresh()

    def _on_change(self, changes: Changes, initiator: object) -> None:
        # Its own keep/restore refreshes in its callback.
        if initiator is not self and changes.touches_any(("conflicts", "profiles")):
            self.refresh()

    def refresh(self) -> None:
        record = self.ctx.record
        self.ctx.run(record.conflicts.list_open, self._show, self._error)

    def _show(self, conflicts: list[Any]) -> None:
        self.list.clear()
        self.ids = [c.id for c in conflicts]
        for c in conflicts:
            when = c.losing_at.astimezone().strftime("%d %b %Y %H:%M") if c.losing_at else ""
            item = QListWidgetItem(c.summary + (f"\n{when}" if when else ""))
            item.setData(ROLE_ID, c.id)
            item.setToolTip(c.summary)
            self.list.addItem(item)
        self.empty.setVisible(not conflicts)
        self.list.setVisible(bool(conflicts))
        if conflicts:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.keep_button.setEnabled(has)
        self.restore_button.setEnabled(has)

    def _resolve(self, how: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        cid = item.data(ROLE_ID)
        record = self.ctx.record
        work = (lambda: record.conflicts.keep(cid)) if how == "keep" else (
            lambda: record.conflicts.restore(cid))
        self.keep_button.setEnabled(False)
        self.restore_button.setEnabled(False)

        def done(_view: Any) -> None:
            self.message.setText(self.tr("Kept the current value.") if how == "keep" else
                                 self.tr("Restored; it will reach your other devices with "
                                         "the next sync."))
            self.resolved.emit()
            self.refresh()

        self.ctx.run(work, done, self._error, initiator=self)

    def _error(self, exc: BaseException) -> None:
        self.message.setText(str(exc))
        self._update_buttons()
