"""The audit trail: who changed what, when, on which device, for this person or for one
member of staff; exported as CSV or JSON for an inspector.

Field names only, never values (the trail never copies health data a second time).
Reading and writing the file both run on the database worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from healthdesk.services.audit_export import render

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LIMIT = 500
PERSON = ""


class AuditTrailDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events: list[Any] = []
        self.names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(820, 560)
        self.whose = QComboBox()
        self.whose.setAccessibleName(self.tr("Whose entries"))
        self.whose.addItem(self.tr("This person's record"), PERSON)
        self.rows = QListWidget()
        self.rows.setAccessibleName(self.tr("Audit entries"))
        self.count = QLabel()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.whose, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.count)
        self.whose.currentIndexChanged.connect(lambda _i: self.reload())
        ctx.read(lambda: ctx.record.clinic.staff(), self._staff)

    def _staff(self, staff: list[Any]) -> None:
        for s in staff:
            self.whose.addItem(self.tr("Entries by {0}").format(s.name), s.name)
        self.reload()

    def _load(self, actor: str | None) -> tuple[list[Any], dict[str, str]]:
        record = self.ctx.record
        pid = None if actor else (self.ctx.profile_id or None)
        events = record.audit.events(pid, actor=actor, limit=LIMIT)
        return events, {p.id: p.name for p in record.profiles.all()}

    def reload(self) -> None:
        actor = self.whose.currentData() or None
        self.ctx.read(lambda: self._load(actor), self._show)

    def _show(self, loaded: tuple[list[Any], dict[str, str]]) -> None:
        self.events, self.names = loaded
        self.rows.clear()
        for e in self.events:
            when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("{0}  {1}  {2} {3}  {4}  ({5})").format(
                when, e.actor, e.action, e.entity_label, self.names.get(e.profile_id, ""),
                ", ".join(e.fields) or "-")
            self.rows.addItem(QListWidgetItem(text))
        self.count.setText(self.tr("{0} entries, newest first").format(len(self.events)))

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit trail"), "audit.csv",
                self.tr("CSV (*.csv);;JSON (*.json)"))
        if not path:
            return
        fmt = "json" if path.lower().endswith(".json") else "csv"
        events, names = self.events, self.names

        def write() -> str:
            Path(path).write_text(render(events, names, fmt), encoding="utf-8")
            return path

        self.ctx.write(write, lambda p: self.ctx.status_event.emit(
            self.tr("Audit trail written to {0}.").format(p)), what=self.tr("The audit export"))
