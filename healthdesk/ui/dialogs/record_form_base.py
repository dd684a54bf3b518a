"""The form every small Records/Chat dialog is built from.

``RecordForm`` lays out labelled inputs, runs Save's service call off the GUI thread,
and shows a ``ValidationError`` in red under the input it names (also as that input's
accessible description); nothing is saved and the dialog stays open to fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QSpinBox,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #B00020; font-weight: 600;"
# Service fields with no input of their own, shown under the nearest one.
FIELD_ALIASES = {"file": "title", "destination": "title"}


class ChoiceBox(QWidget):
    """A drop-down of (value, label) pairs that reads back the stored value."""

    def __init__(self, choices: list[tuple[str, str]], value: str | None = None) -> None:
        super().__init__()
        self.combo = QComboBox()
        for key, text in choices:
            self.combo.addItem(tr_label(text), key)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        if value is not None:
            self.set_value(value)

    def set_value(self, value: str | None) -> None:
        idx = self.combo.findData(value)
        if idx >= 0:
            self.combo.setCurrentIndex(idx)

    def value(self) -> str:
        return str(self.combo.currentData())


class OptionalDate(QWidget):
    """A date picker that may be left empty ("Not set"), with a Clear button."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, value: dt.date | None = None, today: dt.date | None = None) -> None:
        super().__init__()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self._today = today or dt.date.today()
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Leave this date empty"))
        clear.clicked.connect(lambda: self.set_value(None))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(clear)
        self.setFocusProxy(self.edit)
        self.set_value(value)
        # Starting to pick from "Not set" (click, arrow key, digit) starts at today,
        # not at the 1900 placeholder; merely tabbing through leaves it unset.
        self.edit.installEventFilter(self)
        self.edit.lineEdit().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.value() is None and self._starts_picking(event):
            self.edit.setDate(QDate(self._today))
        return super().eventFilter(obj, event)

    @staticmethod
    def _starts_picking(event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        return key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                       Qt.Key.Key_PageDown, Qt.Key.Key_F4) or Qt.Key.Key_0 <= key <= Qt.Key.Key_9

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value) if value else self.EMPTY)

    def value(self) -> dt.date | None:
        d = self.edit.date()
        return None if d == self.EMPTY else d.toPython()


class RecordForm(QDialog):
    """A labelled form whose Save runs ``work(values)`` in the background.

    A ValidationError is shown under the input it names (and set as that input's
    accessible description); anything else is shown at the top of the form.
    """

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.result_view: Any = None
        self._getters: dict[str, Callable[[], Any]] = {}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._work: Callable[[dict[str, Any]], Any] | None = None
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        outer.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            outer.addWidget(note)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        from ..widgets import BASE_POINTS, body_points

        if body_points() >= 1.15 * BASE_POINTS:  # Tamil's long labels clipped at 200 %
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save_action)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # A record this person may only view (or a clinic with no one signed in): the form
        # says why and cannot save, instead of failing at Save.
        self.read_only: str | None = None
        ctx.read(lambda: ctx.record.access.read_only_reason(ctx.profile_id), self._read_only)

    def _read_only(self, reason: str | None) -> None:
        if not reason:
            return
        self.read_only = reason
        self.general_error.setText(reason)
        self.general_error.show()
        self.save_button.setEnabled(False)
        for widget in self.inputs.values():
            widget.setEnabled(False)

    # -- building ----------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget,
                  getter: Callable[[], Any], hint: str = "") -> QWidget:
        """Add one labelled input; ``key`` is the service's field name."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        if hint:
            tip = QLabel(hint)
            tip.setWordWrap(True)
            tip.setStyleSheet("color: #555;")
            col.addWidget(tip)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        col.addWidget(error)
        name = QLabel(label)
        name.setBuddy(widget)
        self.form.addRow(name, box)
        target = widget.focusProxy() or widget
        target.setAccessibleName(label.replace("&", ""))
        widget.setAccessibleName(label.replace("&", ""))
        self.inputs[key] = widget
        self.errors[key] = error
        self._getters[key] = getter
        return widget

    def text(self, key: str, label: str, value: str | None = None, hint: str = "",
             placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setPlaceholderText(placeholder)
        self.add_field(key, label, edit, edit.text, hint)
        return edit

    def notes(self, key: str, label: str, value: str | None = None) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(80)
        self.add_field(key, label, edit, edit.toPlainText)
        return edit

    def choice(self, key: str, label: str, choices: list[tuple[str, str]],
               value: str | None = None) -> ChoiceBox:
        box = ChoiceBox(choices, value)
        self.add_field(key, label, box, box.value)
        return box

    def date(self, key: str, label: str, value: dt.date | None = None,
             hint: str = "") -> OptionalDate:
        box = OptionalDate(value, self.ctx.record.now().astimezone().date())
        self.add_field(key, label, box, box.value, hint)
        return box

    def spin(self, key: str, label: str, lo: int, hi: int, value: int,
             hint: str = "", special: str = "") -> QSpinBox:
        box = QSpinBox()
        box.setRange(lo, hi)
        if special:
            box.setSpecialValueText(special)
        box.setValue(value)
        self.add_field(key, label, box, box.value, hint)
        return box

    def fit(self) -> None:
        """Be tall enough for every wrapped hint and message at the current width.

        (A top-level window does not apply its layout's height-for-width by itself.)
        """
        lay = self.layout()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else -1
        need = max(need, lay.totalMinimumSize().height())
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit)

    def on_save(self, work: Callable[[dict[str, Any]], Any]) -> None:
        """What Save does with the collected values (runs on the DB worker)."""
        self._work = work

    # -- saving ------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {key: get() for key, get in self._getters.items()}

    def clear_errors(self) -> None:
        self.general_error.hide()
        for key, label in self.errors.items():
            label.hide()
            label.clear()
            self.inputs[key].setAccessibleDescription("")

    def show_error(self, field: str, message: str) -> None:
        """Put ``message`` under the input for ``field`` (or on top if there is none)."""
        key = field if field in self.errors else FIELD_ALIASES.get(field, field)
        label = self.errors.get(key)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            self.fit()
            return
        label.setText(message)
        label.show()
        self.fit()
        widget = self.inputs[key]
        widget.setAccessibleDescription(message)
        (widget.focusProxy() or widget).setAccessibleDescription(message)
        widget.setFocus()

    def save_action(self) -> None:
        if self._work is None or self.read_only:
            return
        self.clear_errors()
        values = self.values()
        work = self._work
        self.save_button.setEnabled(False)
        self.ctx.run(lambda: work(values), self._saved, self._failed)

    def _saved(self, result: Any) -> None:
        self.save_button.setEnabled(True)
        self.result_view = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_error(exc.field, str(exc))
        else:
            self.show_error("", str(exc) or type(exc).__name__)
