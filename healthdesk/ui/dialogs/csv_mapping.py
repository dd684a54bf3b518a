"""The mapping dialog for a CSV HealthDesk does not recognise: which column is the time,
which the value, and the unit; a preview of the first rows as they would be stored, a dry
run with counts, and the choice to remember the mapping for the next file of this shape.

Previews and dry runs read the file on the database worker (ctx.run); the dialog only
shows what comes back, and drops answers to a mapping that has since changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from ..context import UiContext
from ..qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Mapping = Any  # interop.import_mapping's, reached through the Transfer facade
Table = Any

NONE = "(none)"
ONE_VALUE = [k for k, spec in kinds.KINDS.items() if len(spec.components) == 1]


class CsvMappingDialog(QDialog):
    """Accepted with ``mapping()`` and ``remember()`` for the caller to import with."""

    def __init__(self, ctx: UiContext, path: Path, table: Table, profile_id: str,
                 person: str, saved: Mapping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.table, self.profile_id = ctx, Path(path), table, profile_id
        self.setWindowTitle(self.tr("Read “{name}”").format(name=self.path.name))
        self._asked = 0  # answers to older mappings are dropped
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("HealthDesk does not know this file's layout. Say which column holds what; "
                    "the readings go into {person}'s record.").format(person=person)))
        form = QFormLayout()
        self.kind = QComboBox()
        for key in ONE_VALUE:
            self.kind.addItem(_(kinds.KINDS[key].label), key)
        self.time = self._columns()
        self.clock = self._columns(optional=True)
        self.value = self._columns()
        self.unit_column = self._columns(optional=True)
        self.unit = QComboBox()
        form.addRow(self.tr("Kind of reading"), self.kind)
        form.addRow(self.tr("Date (and time) column"), self.time)
        form.addRow(self.tr("Time column, if separate"), self.clock)
        form.addRow(self.tr("Value column"), self.value)
        form.addRow(self.tr("Unit column"), self.unit_column)
        form.addRow(self.tr("Unit, if no column names it"), self.unit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first rows as they would be stored:")))
        self.preview = QListWidget()
        layout.addWidget(self.preview)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.dry_run = QPushButton(self.tr("Dry run"))
        self.dry_run.setToolTip(self.tr("Read the whole file and count what would be imported; "
                                "nothing is saved"))
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        layout.addWidget(self.dry_run)
        layout.addWidget(self.counts)
        self.save_box = QCheckBox(self.tr("Remember this for the next file of this shape"))
        self.save_box.setChecked(True)
        layout.addWidget(self.save_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.dry_run.clicked.connect(self._dry_run)
        self._guess(saved)
        self._fill_units()
        for combo in (self.time, self.clock, self.value, self.unit_column, self.unit):
            combo.currentIndexChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._changed()

    def _columns(self, *, optional: bool = False) -> QComboBox:
        box = QComboBox()
        if optional:
            box.addItem(NONE, None)
        for i, name in enumerate(self.table.header):
            sample = self.table.rows[0][i] if self.table.rows and i < len(self.table.rows[0]) \
                else ""
            box.addItem(f"{i + 1}: {name or '(no name)'}" + (f" (“{sample}”)" if sample else ""),
                        i)
        return box

    def _guess(self, saved: Mapping | None) -> None:
        if saved is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(saved.kind)))
            self.time.setCurrentIndex(self.time.findData(saved.time))
            self.clock.setCurrentIndex(max(0, self.clock.findData(saved.clock)))
            self.value.setCurrentIndex(self.value.findData(saved.value))
            self.unit_column.setCurrentIndex(max(0, self.unit_column.findData(saved.unit_column)))
            self._saved_unit = saved.unit
            return
        self._saved_unit = None
        if len(self.table.header) > 1:  # most files: the time first, a value next
            self.value.setCurrentIndex(1)

    def _fill_units(self) -> None:
        spec = kinds.KINDS[self.kind.currentData()]
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in spec.units:
            self.unit.addItem(unit, unit)
        if self._saved_unit:
            self.unit.setCurrentIndex(max(0, self.unit.findData(self._saved_unit)))
        self.unit.blockSignals(False)

    def _kind_changed(self) -> None:
        self._saved_unit = None
        self._fill_units()
        self._changed()

    def mapping(self) -> Mapping:
        from healthdesk.interop.transfer import Transfer

        return Transfer.column_mapping(kind=self.kind.currentData(), time=self.time.currentData(),
                       value=self.value.currentData(), clock=self.clock.currentData(),
                       unit_column=self.unit_column.currentData(),
                       unit=self.unit.currentData())

    def remember(self) -> bool:
        return self.save_box.isChecked()

    def _changed(self) -> None:
        self._asked += 1
        asked, mapping = self._asked, self.mapping()
        self.counts.setText("")
        record = self.ctx.record

        def work() -> list[dict[str, Any]]:
            from healthdesk.interop.transfer import Transfer

            return Transfer(record).preview_mapping(self.profile_id, self.path, mapping)

        self.ctx.run(work, lambda rows: self._show_preview(asked, rows),
                     lambda exc: self._show_problem(asked, exc))

    def _show_preview(self, asked: int, rows: list[dict[str, Any]]) -> None:
        if asked != self._asked:
            return
        self.preview.clear()
        self.problem.setText("")
        for row in rows:
            if "problem" in row:
                self.preview.addItem(self.tr("Row {0}: left out: {1}").format(row['row'], row[
                        'problem']))
            else:
                kind = self.kind.currentData()
                shown = kinds.format_reading(
                    kind, {kinds.KINDS[kind].components[0].name: row["value"]}, row["unit"])
                self.preview.addItem(self.tr("Row {0}: {1}  {shown}").format(row['row'], row[
                        'local'], shown=shown))
        self.import_button.setEnabled(any("problem" not in r for r in rows))

    def _show_problem(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.preview.clear()
        text = exc.message if isinstance(exc, ValidationError) else str(exc)
        self.problem.setText(text)
        self.import_button.setEnabled(False)

    def _dry_run(self) -> None:
        asked, mapping, record = self._asked, self.mapping(), self.ctx.record
        self.counts.setText(self.tr("Reading the whole file…"))

        def work() -> Any:
            from healthdesk.interop.transfer import Transfer

            return Transfer(record).import_mapped(self.profile_id, self.path, mapping,
                                                  dry_run=True)

        def done(report: Any) -> None:
            if asked != self._asked:
                return
            reasons = "; ".join(f"{n} {why}" for t in report.kinds.values()
                                for why, n in sorted(t.skipped.items()))
            self.counts.setText(f"Would import {report.imported}, {report.already} already "
                                f"there, {report.skipped} left out"
                                + (f" ({reasons})." if reasons else "."))

        self.ctx.run(work, done, lambda exc: self._show_problem(asked, exc))
