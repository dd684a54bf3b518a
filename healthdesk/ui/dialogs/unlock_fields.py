"""Small widgets shared by the unlock dialogs, the first-run wizard and Settings.

A passphrase field with a show/hide toggle, a strength meter, a "new passphrase +
confirm" form, a red error label that sits under its field (and becomes the field's
accessible description so screen readers hear it), and the profile form.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from healthdesk.services.errors import ValidationError

from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QEvent,
    QFont,
    QFontDatabase,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPalette,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..strength import MIN_LENGTH, Strength, estimate

ERROR_COLOR = "#B3261E"
ERROR_COLOR_DARK = "#FF8A80"
STRENGTH_COLORS = {0: "#C62828", 1: "#C62828", 2: "#B26A00", 3: "#2E7D32", 4: "#1B5E20"}
STRENGTH_COLORS_DARK = {0: "#FF8A80", 1: "#FF8A80", 2: "#FFCC80", 3: "#A5D6A7", 4: "#81C784"}


def is_dark(widget: QWidget) -> bool:
    """Whether the widget is drawn on a dark background (pick lighter text colours)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
SEX_CHOICES = (
    ("unknown", QT_TRANSLATE_NOOP("Labels", "Prefer not to say")),
    ("female", QT_TRANSLATE_NOOP("Labels", "Female")),
    ("male", QT_TRANSLATE_NOOP("Labels", "Male")),
    ("intersex", QT_TRANSLATE_NOOP("Labels", "Intersex")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
)
MISMATCH = QT_TRANSLATE_NOOP("Labels",
        "The two passphrases do not match. Type the same passphrase in both fields.")


def heading(text: str, scale: float = 1.45) -> QLabel:
    """A large bold title for the top of a dialog page or a page.

    The size is relative (rich text ``x-large``/``large``), so the title keeps its
    proportion when the text size setting changes the application font.
    """
    size = "x-large" if scale >= 1.4 else "large"
    label = QLabel(QCoreApplication.translate("UnlockFields",
            '<span style="font-size:{size}; font-weight:600">{0}</span>').format(html.escape(text),
                    size=size))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def body_text(text: str) -> QLabel:
    """A wrapped paragraph of explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def with_error(*parts: QWidget | QLayout) -> QWidget:
    """A field and the message under it, as one form cell (a hidden message takes no room)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    for part in parts:
        if isinstance(part, QLayout):
            lay.addLayout(part)
        else:
            lay.addWidget(part)
    return box


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose labels sit level with the first line of a taller cell."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(14)
    # From about 130 % text the labels sit above their fields: beside them, Tamil's long labels
    # made the dialogs wider than their window.
    from ..widgets import BASE_POINTS, body_points

    if body_points() >= 1.15 * BASE_POINTS:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


def monospace(size_scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if size_scale != 1.0:
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * size_scale)
    return font


def busy_bar() -> QProgressBar:
    """An indeterminate bar shown while a key is derived (Argon2id takes a moment)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(QCoreApplication.translate("UnlockFields", "Working"))
    bar.hide()
    return bar


class FieldError(QLabel):
    """A red message under one field. Empty means hidden; the text is never colour alone."""

    def __init__(self, field: QWidget | None = None) -> None:
        super().__init__()
        self.field = field
        self.setWordWrap(True)
        self._color = ""
        self._tone()
        self.hide()

    def _tone(self) -> None:
        color = ERROR_COLOR_DARK if is_dark(self) else ERROR_COLOR
        if color != self._color:  # a style sheet change is itself a palette change
            self._color = color
            self.setStyleSheet(f"color: {color};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tone()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text)
        if text:
            self._make_room()

    def _make_room(self) -> None:
        """Grow a dialog so a new message does not squeeze its fields (never shrink it)."""
        win = self.window()
        if not isinstance(win, QDialog) or not win.isVisible() or win.layout() is None:
            return
        win.layout().activate()
        width = win.width()
        needed = (win.heightForWidth(width) if win.hasHeightForWidth()
                  else win.sizeHint().height())
        if needed > win.height():
            win.resize(width, needed)

    def clear_message(self) -> None:
        self.show_message("")


class PassphraseEdit(QWidget):
    """A masked line edit with a "Show" toggle for people who mistype unseen text."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, accessible_name: str, placeholder: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(300)
        self.toggle = QPushButton(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.setAccessibleName(self.tr("Show {0}").format(accessible_name.lower()))
        self.toggle.setToolTip(self.tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.returnPressed.connect(self.returnPressed.emit)
        self.edit.textChanged.connect(self.textChanged.emit)

    def _toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()


class StrengthMeter(QWidget):
    """A bar, a one-word verdict and a hint; updated as the person types."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)  # unwrapped, Tamil at 200 % widened the whole wizard
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.bar)
        lay.addWidget(self.verdict)
        lay.addWidget(self.hint)
        self._text = ""
        self.strength = self.update_for("")

    def update_for(self, text: str) -> Strength:
        self._text = text
        s = estimate(text)
        self.strength = s
        color = (STRENGTH_COLORS_DARK if is_dark(self) else STRENGTH_COLORS)[s.score]
        self.bar.setValue(max(s.score, 1) if text else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
        word = {"weak": self.tr("Weak"), "fair": self.tr("Fair"), "good": self.tr("Good"),
                "strong": self.tr("Strong")}[s.label]
        self.verdict.setText(self.tr("Strength: <b>{0}</b>").format(word) if text else "")
        self.verdict.setStyleSheet(f"color: {color};")
        self.hint.setText(s.hint)
        self.bar.setAccessibleDescription(f"{word}. {s.hint}")
        return s

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update_for(self._text)


class NewPassphraseForm(QWidget):
    """Choose a passphrase: field, live strength, confirm field, and both messages."""

    submitted = Signal()

    def __init__(self, label: str = "New passphrase") -> None:
        super().__init__()
        self.new = PassphraseEdit(label, self.tr("At least {0} characters").format(MIN_LENGTH))
        self.meter = StrengthMeter()
        self.new_error = FieldError(self.new.edit)
        self.confirm = PassphraseEdit(self.tr("Type the passphrase again"))
        self.confirm_error = FieldError(self.confirm.edit)
        form = form_layout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(self.tr("{0}:").format(label)),
                    with_error(self.new, self.meter, self.new_error))
        form.addRow(QLabel(self.tr("Type it again:")), with_error(self.confirm, self.confirm_error))
        self.new.textChanged.connect(self._new_changed)
        self.confirm.textChanged.connect(self._live_check)
        self.new.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self.submitted.emit)

    def _new_changed(self, text: str) -> None:
        self.meter.update_for(text)
        self.new_error.clear_message()
        self._live_check()

    def _live_check(self, *_: object) -> None:
        """Say "do not match" as soon as the confirmation is as long as the passphrase."""
        new, again = self.new.text(), self.confirm.text()
        if again and len(again) >= len(new) and again != new:
            self.confirm_error.show_message(tr_label(MISMATCH))
        else:
            self.confirm_error.clear_message()

    def validate(self) -> str | None:
        """The passphrase when it may be used; otherwise None with the messages shown."""
        new, again = self.new.text(), self.confirm.text()
        strength = self.meter.update_for(new)
        ok = True
        if not strength.long_enough:
            self.new_error.show_message(self.tr(
                "The passphrase must be at least {0} characters long.").format(MIN_LENGTH))
            ok = False
        if again != new:
            self.confirm_error.show_message(tr_label(MISMATCH))
            ok = False
        if not ok:
            (self.new if not strength.long_enough else self.confirm).setFocus()
            return None
        return new

    def set_enabled(self, enabled: bool) -> None:
        self.new.setEnabled(enabled)
        self.confirm.setEnabled(enabled)


class ProfileForm(QWidget):
    """Name (required), date of birth (optional) and sex; errors under each field."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example, Asha Rao"))
        self.name_error = FieldError(self.name)
        self.dob_known = QCheckBox(self.tr("Add a date of birth"))
        self.dob = QDateEdit()
        self.dob.setAccessibleName(self.tr("Date of birth"))
        self.dob.setDisplayFormat("d MMMM yyyy")
        self.dob.setCalendarPopup(True)
        self.dob.setMinimumDate(QDate(1900, 1, 1))
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setDate(QDate(1960, 1, 1))
        self.dob.setEnabled(False)
        self.dob_known.toggled.connect(self.dob.setEnabled)
        self.dob_error = FieldError(self.dob)
        self.sex = QComboBox()
        self.sex.setAccessibleName(self.tr("Sex"))
        for value, text in SEX_CHOICES:
            self.sex.addItem(tr_label(text), value)
        self.sex_error = FieldError(self.sex)
        dob_row = QHBoxLayout()
        dob_row.addWidget(self.dob_known)
        dob_row.addWidget(self.dob, 1)
        form = form_layout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(self.tr("Name:")), with_error(self.name, self.name_error))
        form.addRow(QLabel(self.tr("Date of birth:")), with_error(dob_row, self.dob_error))
        form.addRow(QLabel(self.tr("Sex:")), with_error(self.sex, self.sex_error))
        self.name.textChanged.connect(lambda _t: self.name_error.clear_message())
        self.setTabOrder(self.name, self.dob_known)
        self.setTabOrder(self.dob_known, self.dob)
        self.setTabOrder(self.dob, self.sex)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``profiles.create``."""
        born: dt.date | None = None
        if self.dob_known.isChecked():
            d = self.dob.date()
            born = dt.date(d.year(), d.month(), d.day())
        return {"name": self.name.text(), "date_of_birth": born,
                "sex": self.sex.currentData() or "unknown"}

    def clear_errors(self) -> None:
        for err in (self.name_error, self.dob_error, self.sex_error):
            err.clear_message()

    def show_error(self, exc: ValidationError) -> None:
        """Put the message next to the field it names (the name field if unsure)."""
        target = {"date_of_birth": self.dob_error, "sex": self.sex_error}.get(
            exc.field, self.name_error)
        target.show_message(str(exc))
        (target.field or self.name).setFocus()
