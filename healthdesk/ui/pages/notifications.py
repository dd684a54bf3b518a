"""The notification centre panel: newest first, unread in bold; opening one marks it
read and shows what it links to; an open emergency alert can be marked resolved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthdesk.domain.changes import Changes

from ..context import UiContext
from ..qt import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

SHOWN = ("notifications", "emergency_alerts")
PRIORITY_MARK = {"urgent": "‼", "high": "!", "normal": "•", "low": "·"}

Opener = Callable[[str, str, str], None]  # (table, row id, profile id)


class NotificationsPanel(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 on_open: Opener | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_open = on_open
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(640, 480)
        self.summary = QLabel()
        self.unread_only = QCheckBox(self.tr("Unread only"))
        self.unread_only.toggled.connect(lambda _on: self.reload())
        self.everyone = QCheckBox(self.tr("Everyone on this device"))
        self.everyone.setChecked(True)
        self.everyone.toggled.connect(lambda _on: self.reload())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._selection())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.read_button = QPushButton(self.tr("Mark read"))
        self.read_button.clicked.connect(self.mark_read)
        self.all_button = QPushButton(self.tr("Mark all read"))
        self.all_button.clicked.connect(self.mark_all_read)
        self.resolve_button = QPushButton(self.tr("Help arrived: resolve"))
        self.resolve_button.clicked.connect(self.resolve)
        self.ack_button = QPushButton(self.tr("I'm on it"))
        self.ack_button.setToolTip(self.tr("Stops the alert going on to the next caregiver"))
        self.ack_button.clicked.connect(self.acknowledge)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.unread_only)
        top.addWidget(self.everyone)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.read_button, self.all_button, self.resolve_button,
                  self.ack_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self.rows: list[Any] = []
        ctx.operation_did_execute.connect(self._on_change)
        self.reload()

    def _on_change(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches_any(SHOWN):
            self.reload()

    def reload(self) -> None:
        record = self.ctx.record
        pid = None if self.everyone.isChecked() else self.ctx.profile_id
        unread = self.unread_only.isChecked()
        self.ctx.read(lambda: record.notifications.for_profile(pid, unread_only=unread),
                      self._show)

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        self.list.clear()
        unread = sum(n.unread for n in rows)
        self.summary.setText(self.tr("{0} unread").format(unread) if rows
                             else self.tr("No notifications."))
        for n in rows:
            when = n.raised_at.astimezone().strftime("%d %b %H:%M")
            item = QListWidgetItem(f"{PRIORITY_MARK.get(n.priority, '')} {when}  {n.title}")
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(n.body or n.title)
            font = item.font()
            font.setBold(n.unread)
            item.setFont(font)
            self.list.addItem(item)
        self._selection()

    def _current(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((n for n in self.rows if n.id == ident), None)

    def _selection(self) -> None:
        n = self._current()
        self.open_button.setEnabled(n is not None and n.link_table is not None)
        self.read_button.setEnabled(n is not None and n.unread)
        self.resolve_button.setVisible(n is not None and n.kind == "emergency")
        self.ack_button.setVisible(n is not None and n.kind == "caregiver_alert")

    def _activated(self, item: QListWidgetItem | None) -> None:
        n = self._current() if item is not None else None
        if n is None:
            return
        if n.unread:
            self.ctx.write(lambda: self.ctx.record.notifications.mark_read(n.id),
                           lambda _r: self.reload(), what=self.tr("Marking it read"))
        if n.link_table and n.link_id and self.on_open is not None:
            self.on_open(n.link_table, n.link_id, n.profile_id)

    def mark_read(self) -> None:
        n = self._current()
        if n is not None:
            self.ctx.write(lambda: self.ctx.record.notifications.mark_read(n.id),
                           lambda _r: self.reload(), what=self.tr("Marking it read"))

    def mark_all_read(self) -> None:
        pid = None if self.everyone.isChecked() else self.ctx.profile_id
        self.ctx.write(lambda: self.ctx.record.notifications.mark_all_read(pid),
                       lambda _r: self.reload(), what=self.tr("Marking them read"))

    def acknowledge(self) -> None:
        n = self._current()
        if n is None or n.link_id is None:
            return
        alert_id, note = n.link_id, n.id
        record = self.ctx.record

        def work() -> None:
            record.alerts.acknowledge(alert_id)
            record.notifications.mark_read(note)

        self.ctx.write(work, lambda _r: self.reload(), what=self.tr("\"I'm on it\""))

    def resolve(self) -> None:
        n = self._current()
        if n is None or n.link_id is None:
            return
        alert_id = n.link_id
        self.ctx.write(lambda: self.ctx.record.emergency.resolve(alert_id),
                       lambda a: self.ctx.status_event.emit(self.tr(
                           "Emergency alert resolved by {0}.").format(a.resolved_by)),
                       what=self.tr("Resolving the alert"))
