"""Typing a reading in: the quick-entry panel and the edit dialog share one form.

The form shows the right inputs for each kind (three labelled numbers for blood
pressure, a value and "when" for glucose...), in the unit this device prefers. Values go
to the service as typed ("7,5" works); the service validates and, when it refuses, its
``ValidationError`` is shown in red under the input it names and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from healthdesk.domain import units as u
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS, display, format_reading
from healthdesk.services.errors import ValidationError
from healthdesk.services.readings import ReadingView

from ..chart_theme import category_cell_colours
from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..readings_model import CONTEXT_LABELS, KIND_ORDER
from ..widgets import BASE_POINTS, FieldError, body_points, set_point_size

FIELD_HINTS = {
    "systolic": QT_TRANSLATE_NOOP("Labels", "top number, e.g. 120"),
    "diastolic": QT_TRANSLATE_NOOP("Labels", "bottom number, e.g. 80"),
    "pulse": QT_TRANSLATE_NOOP("Labels", "optional, e.g. 70"),
}
CONTEXT_CHOICES = (
    ("fasting", QT_TRANSLATE_NOOP("Labels", "Fasting (nothing to eat for 8 hours)")),
    ("before_meal", CONTEXT_LABELS["before_meal"]),
    ("after_meal", QT_TRANSLATE_NOOP("Labels", "After a meal (1-2 hours after)")),
    ("bedtime", CONTEXT_LABELS["bedtime"]),
    ("random", CONTEXT_LABELS["random"]),
)
BAD_INPUT_STYLE = "QLineEdit, QComboBox, QDateTimeEdit { border: 2px solid #B00020; }"


class ReadingForm(QWidget):
    """Inputs for one reading of one kind; ``choose_kind`` adds the kind selector."""

    #: Emitted when Enter is pressed in a text input.
    submit_event = Signal()
    #: Emitted when the user picks another kind (argument: kind key).
    kind_did_change = Signal(str)

    def __init__(self, now: Callable[[], dt.datetime], *, choose_kind: bool = True) -> None:
        super().__init__()
        self._now = now
        self.kind = KIND_ORDER[0]
        self.units: dict[str, str] = {}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.time_touched = False
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # From about 130 % text each label sits above its field: beside it, Tamil's long labels
        # squeezed the field to a few letters (and WrapLongRows let rows overlap).
        if body_points() >= 1.15 * BASE_POINTS:
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.kind_box = QComboBox()
        for key in KIND_ORDER:
            self.kind_box.addItem(_(KINDS[key].label), key)
        self.kind_box.setAccessibleName(self.tr("Kind of reading"))
        self.kind_box.setToolTip(self.tr("What you measured"))
        self.kind_box.setVisible(choose_kind)
        if choose_kind:
            self._add_row("kind", self.tr("&What"), self.kind_box)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self._context_key = "random"
        self.context_box = self._context_combo()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.dateTimeChanged.connect(self._time_edited)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional, e.g. after a walk"))
        self.note.returnPressed.connect(self.submit_event.emit)
        self._fixed_rows = self.form.rowCount()
        self._dynamic = 0
        self._add_row("taken_at", self.tr("W&hen"), self.when)
        self._add_row("note", self.tr("&Note"), self.note)
        self.general_error = FieldError()
        self.form.addRow(self.general_error)
        self.reset_time()
        self._build_values()

    # -- building ---------------------------------------------------------------------

    def _add_row(self, key: str, label: str, widget: QWidget, unit: str = "",
                 at: int | None = None) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(widget, 1)
        if unit:
            unit_label = QLabel(unit)
            unit_label.setMinimumWidth(max(62, unit_label.fontMetrics().horizontalAdvance(
                unit) + 8))
            line.addWidget(unit_label)
        column.addLayout(line)
        error = FieldError()
        column.addWidget(error)
        name = QLabel(label)
        name.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        # 34 px at the base size; taller with the text, or 200 % clips the letters.
        widget.setMinimumHeight(max(34, widget.fontMetrics().height() + 14))
        if at is None:
            self.form.addRow(name, box)
        else:
            self.form.insertRow(at, name, box)
        self.inputs[key] = widget
        self.errors[key] = error

    def _build_values(self) -> None:
        """(Re)build the number inputs for ``self.kind`` in the preferred unit."""
        for _row in range(self._dynamic):
            self.form.removeRow(self._fixed_rows)
        for key in [k for k in self.inputs if k not in ("kind", "taken_at", "note")]:
            self.inputs.pop(key)
            self.errors.pop(key)
        spec = KINDS[self.kind]
        unit = self.unit
        at = self._fixed_rows
        previous: QWidget | None = self.kind_box if self.kind_box.parent() else None
        for component in spec.components:
            edit = QLineEdit()
            edit.returnPressed.connect(self.submit_event.emit)
            hint = tr_label(FIELD_HINTS.get(component.name, "" if component.required
                                            else QT_TRANSLATE_NOOP("Labels", "optional")))
            edit.setPlaceholderText(hint)
            edit.setToolTip(f"{_(component.label)} ({hint})" if hint else _(component.label))
            self._add_row(component.name, _(component.label), edit, component.unit or unit, at)
            at += 1
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        self._dynamic = len(spec.components)
        if spec.contexts:
            # removeRow() deletes a row's widgets, so each rebuild gets a new selector.
            self.context_box = self._context_combo()
            self._add_row("context", self.tr("T&iming"), self.context_box, at=at)
            self._dynamic += 1
            QWidget.setTabOrder(previous, self.context_box)  # type: ignore[arg-type]
            previous = self.context_box
        for widget in (self.when, self.note):
            QWidget.setTabOrder(previous, widget)  # type: ignore[arg-type]
            previous = widget

    def _context_combo(self) -> QComboBox:
        box = QComboBox()
        for key, text in CONTEXT_CHOICES:
            box.addItem(tr_label(text), key)
        box.setCurrentIndex(max(box.findData(self._context_key), 0))
        box.setToolTip(self.tr("When you measured: it decides which normal range applies"))
        box.currentIndexChanged.connect(
            lambda _i: setattr(self, "_context_key", str(box.currentData())))
        return box

    def _kind_chosen(self, _index: int) -> None:
        kind = str(self.kind_box.currentData())
        if kind != self.kind:
            self.kind = kind
            self._build_values()
            self.kind_did_change.emit(kind)

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))
        if kind != self.kind:  # the selector is hidden in the edit dialog
            self.kind = kind
            self._build_values()

    def set_units(self, units: dict[str, str]) -> None:
        if units != self.units:
            self.units = dict(units)
            self._build_values()

    @property
    def unit(self) -> str:
        """The unit values are typed in for the current kind."""
        return self.units.get(self.kind) or KINDS[self.kind].canonical_unit

    # -- values -----------------------------------------------------------------------

    def _time_edited(self) -> None:
        self.time_touched = True

    def reset_time(self) -> None:
        """Back to "now" (by the record's clock), unless the user chose a time."""
        now = self._now().replace(second=0, microsecond=0)
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        self.when.blockSignals(False)
        self.time_touched = False

    def set_time(self, moment: dt.datetime) -> None:
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def taken_at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), tz=dt.UTC)

    def values(self) -> dict[str, str]:
        return {c.name: self.inputs[c.name].text().strip()  # type: ignore[attr-defined]
                for c in KINDS[self.kind].components}

    def context(self) -> str | None:
        return str(self.context_box.currentData()) if KINDS[self.kind].contexts else None

    def prefill(self, view: ReadingView, unit: str | None) -> None:
        """Show a stored reading for editing, in the unit it is displayed in."""
        self.set_kind(view.kind)
        for name, number in display(view.kind, view.values, unit).items():
            self.inputs[name].setText(u.format_number(number, 4,
                    trim=True))  # type: ignore[attr-defined]
        if view.context:
            self._context_key = view.context
            self.context_box.setCurrentIndex(max(self.context_box.findData(view.context), 0))
        self.set_time(view.taken_at)
        self.note.setText(view.note or "")

    def clear_values(self) -> None:
        for component in KINDS[self.kind].components:
            self.inputs[component.name].clear()  # type: ignore[attr-defined]
        self.note.clear()
        if not self.time_touched:
            self.reset_time()

    def focus_first(self) -> None:
        self.inputs[KINDS[self.kind].components[0].name].setFocus()

    # -- errors -----------------------------------------------------------------------

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.clear()
            label.hide()
            self.inputs[key].setStyleSheet("")
            self.inputs[key].setAccessibleDescription("")
        self.general_error.hide()

    def show_error(self, exc: BaseException) -> None:
        """Put the message next to the input it names (or under the form)."""
        message = str(exc)
        key = getattr(exc, "field", None)
        if key == "unit":
            key = KINDS[self.kind].components[0].name
        if isinstance(exc, ValidationError) and key in self.errors:
            self.errors[key].setText(message)
            self.errors[key].show()
            self.inputs[key].setStyleSheet(BAD_INPUT_STYLE)
            self.inputs[key].setAccessibleDescription(message)
            self.inputs[key].setFocus()
        else:
            self.general_error.setText(message)
            self.general_error.show()


class ReadingEntry(QGroupBox):
    """The quick-entry panel: pick a kind, type the numbers, press Enter."""

    #: Emitted after a reading was saved (argument: the ReadingView).
    reading_did_save = Signal(object)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Add a reading"))
        self.ctx = ctx
        self.form = ReadingForm(lambda: ctx.record.now())
        self.save_button = QPushButton(self.tr("&Save reading"))
        self.save_button.setToolTip(self.tr("Save this reading (Enter)"))
        self.save_button.setMinimumHeight(40)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_action)
        self.form.submit_event.connect(self.save_action)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Last saved reading"))
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.saving = False

    def save_action(self) -> None:
        if self.saving or not self.ctx.profile_id:
            if not self.ctx.profile_id:
                self.form.show_error(RuntimeError("Choose a person first."))
            return
        form = self.form
        form.clear_errors()
        kind, values, unit, when = form.kind, form.values(), form.unit, form.taken_at()
        context, note, pid = form.context(), form.note.text(), self.ctx.profile_id
        readings = self.ctx.record.readings
        self.saving = True
        self.save_button.setEnabled(False)
        self.ctx.run(lambda: readings.record(pid, kind, values, unit=unit, taken_at=when,
                                             context=context, note=note or None),
                     self._saved, self._failed)

    def _saved(self, view: ReadingView) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        text = format_reading(view.kind, view.values, self.form.units.get(view.kind))
        background, foreground = category_cell_colours(view.classification.level,
                                                       self.palette())
        self.result.setText(self.tr("Saved: {text} — {label}").format(text=text,
                label=view.classification.label))
        self.result.setToolTip(view.classification.explanation)
        self.result.setStyleSheet(
            f"background: {background or 'transparent'}; color: {foreground};"
            " border: 1px solid; border-radius: 6px;"
            f" padding: 10px; font-weight: 600; font-size: {body_points():g}pt;")
        self.result.show()
        self.form.clear_values()
        self.form.focus_first()
        self.reading_did_save.emit(view)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.result.hide()
        self.form.show_error(exc)


class ReadingEditDialog(QDialog):
    """Change one reading; Save runs ``readings.update`` in the background."""

    def __init__(self, ctx: UiContext, view: ReadingView, units: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(self.tr("Edit {0} reading").format(_(KINDS[view.kind].label).lower()))
        set_point_size(self, body_points())
        self.setMinimumWidth(460)
        self.form = ReadingForm(lambda: ctx.record.now(), choose_kind=False)
        self.form.set_units(units)
        self.form.prefill(view, units.get(view.kind))
        self._original = (self.form.values(), self.form.context(), self.form.taken_at())
        self.form.submit_event.connect(self.save_action)
        heading = QLabel(f"{_(KINDS[view.kind].label)}")
        set_point_size(heading, body_points() + 3, bold=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the changes (Enter)"))
        buttons.accepted.connect(self.save_action)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.focus_first()

    def save_action(self) -> None:
        form = self.form
        form.clear_errors()
        values, context, when = form.values(), form.context(), form.taken_at()
        changes: dict[str, Any] = {"note": form.note.text()}
        if values != self._original[0]:
            changes.update(values=values, unit=form.unit)
        if context != self._original[1]:
            changes["context"] = context
        if when != self._original[2]:
            changes["taken_at"] = when
        readings, reading_id = self.ctx.record.readings, self.view.id
        self.save_button.setEnabled(False)
        self.ctx.run(lambda: readings.update(reading_id, **changes), self._saved, self._failed)

    def _saved(self, _view: ReadingView) -> None:
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.form.show_error(exc)
