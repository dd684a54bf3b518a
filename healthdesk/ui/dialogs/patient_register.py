"""The clinic's patient register (Ctrl+Shift+P): find a patient as you type, or register one.

Empty, it lists the patients opened most recently here. Typing searches names (any case,
any script), clinic numbers, phones and dates of birth on the database worker after a
short pause; answers for text that has since changed are dropped. Enter opens the
chosen patient. "Register" adds one from the name, date of birth and phone typed below;
the same name and date of birth as someone registered asks first. A line above the list
names patients who may be registered twice (often one person registered on two of the
clinic's computers while offline, seen after a sync) and numbers two patients hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from healthdesk.services.register import DuplicatePatient

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDialog,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

DEBOUNCE_MS = 120
PID_ROLE = Qt.ItemDataRole.UserRole


class PatientRegisterDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 on_open: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_open = on_open
        self.setWindowTitle(self.tr("Patients"))
        self.resize(720, 560)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Name, clinic number, phone or date of birth"))
        self.field.setAccessibleName(self.tr("Find a patient"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Patients found"))
        self.heading = QLabel(self.tr("Recent patients"))
        self.duplicates_line = QLabel()
        self.duplicates_line.setWordWrap(True)
        self.duplicates_line.setAccessibleName(self.tr("Patients who may be registered twice"))
        self.duplicates_button = QPushButton(self.tr("Show them"))
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.duplicates_line.hide()
        self.duplicates_button.hide()
        self._duplicate_rows: list[Any] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self.open_current())
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New patient's name"))
        self.new_born = QLineEdit()
        self.new_born.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.new_born.setAccessibleName(self.tr("Date of birth"))
        self.new_phone = QLineEdit()
        self.new_phone.setAccessibleName(self.tr("Phone"))
        self.new_sex = QComboBox()
        for value, label in (("unknown", self.tr("Not stated")), ("female", self.tr("Female")),
                             ("male", self.tr("Male")), ("other", self.tr("Other"))):
            self.new_sex.addItem(label, value)
        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.clicked.connect(lambda: self.register())
        self.new_error = QLabel()
        self.new_error.setWordWrap(True)
        self.new_error.hide()
        new = QGroupBox(self.tr("New patient"))
        form = QFormLayout(new)
        form.addRow(self.tr("Name"), self.new_name)
        row = QHBoxLayout()
        row.addWidget(self.new_born)
        row.addWidget(QLabel(self.tr("Phone")))
        row.addWidget(self.new_phone)
        row.addWidget(self.new_sex)
        form.addRow(self.tr("Born"), row)
        form.addRow(self.new_error)
        form.addRow(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        twice = QHBoxLayout()
        twice.addWidget(self.duplicates_line, 1)
        twice.addWidget(self.duplicates_button)
        layout.addLayout(twice)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        layout.addWidget(new)
        self.shown_for: str | None = None
        ctx.run(ctx.record.patients.refresh, lambda _n: self._refreshed())

    def _refreshed(self) -> None:
        self.search_now()
        patients = self.ctx.record.patients
        self.ctx.read(lambda: (patients.likely_duplicates(), patients.clashes()),
                      self._show_twice)

    def _show_twice(self, found: tuple[list[list[Any]], list[list[Any]]]) -> None:
        twice, clashes = found
        parts = []
        if twice:
            parts.append(self.tr("May be registered twice (the same name and date of "
                                 "birth): {0}.").format(", ".join(
                                     f"{g[0].name} ({', '.join(p.clinic_no or '?' for p in g)})"
                                     for g in twice)))
        if clashes:
            parts.append(self.tr("Clinic numbers two patients hold: {0}; give one of them "
                                 "a new number.").format(", ".join(
                                     str(g[0].clinic_no) for g in clashes)))
        self._duplicate_rows = [p for g in twice + clashes for p in g]
        self.duplicates_line.setText(" ".join(parts))
        self.duplicates_line.setVisible(bool(parts))
        self.duplicates_button.setVisible(bool(parts))

    def show_duplicates(self) -> None:
        """List the patients the line names, to open each and keep one."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._show("", self._duplicate_rows)
        self.heading.setText(self.tr("Possible duplicates"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the results.
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def search_now(self) -> None:
        text = self.field.text()
        self.ctx.read(lambda: self.ctx.record.patients.search(text),
                      lambda rows: self._show(text, rows))

    def _show(self, text: str, rows: list[Any]) -> None:
        if text != self.field.text():
            return  # typed on since: a newer search is on its way
        self.shown_for = text
        self.heading.setText(self.tr("Recent patients") if not text.strip() else
                             self.tr("{0} found").format(len(rows)))
        self.results.clear()
        for p in rows:
            born = p.date_of_birth.isoformat() if p.date_of_birth else self.tr("born ?")
            item = QListWidgetItem(f"{p.name}   ·   {p.clinic_no or ''}   ·   {born}"
                                   f"   ·   {p.phone or ''}")
            item.setData(PID_ROLE, p.profile_id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.open_patient(str(item.data(PID_ROLE)))

    def open_patient(self, profile_id: str) -> None:
        self.ctx.run(lambda: self.ctx.record.patients.opened(profile_id))
        if self.on_open is not None:
            self.on_open(profile_id)
        self.accept()

    def register(self, allow_duplicate: bool = False) -> None:
        name, born = self.new_name.text(), self.new_born.text().strip() or None
        phone, sex = self.new_phone.text().strip() or None, self.new_sex.currentData()
        self.register_button.setEnabled(False)
        self.ctx.run(lambda: self.ctx.record.patients.register(
            name, born, sex=sex, phone=phone, allow_duplicate=allow_duplicate),
            lambda row: self.open_patient(row.profile_id), self._not_registered,
            initiator=self)

    def _not_registered(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        if isinstance(exc, DuplicatePatient):
            answer = QMessageBox.question(
                self, self.tr("Already registered?"),
                self.tr("{0}\n\nRegister a new patient anyway?").format(exc))
            if answer == QMessageBox.StandardButton.Yes:
                self.register(allow_duplicate=True)
            return
        self.new_error.setText(str(exc))
        self.new_error.show()
