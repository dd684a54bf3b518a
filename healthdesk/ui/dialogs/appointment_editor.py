"""Plan or change an appointment: what, with whom, where, when, and when to remind.

The date and time are typed in the person's own zone and sent without an offset; the
appointments service reads them in the profile's zone (this computer's when it has none),
so the page and the service always agree on the day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.services.appointments import VISIT_TYPES, AppointmentView

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTime,
    QVBoxLayout,
    QWidget,
)
from ..widgets import FieldError, FormErrors, body_points, set_point_size, to_local

VISIT_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
    "lab": QT_TRANSLATE_NOOP("Labels", "Lab test"),
    "imaging": QT_TRANSLATE_NOOP("Labels", "Scan or X-ray"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
#: (minutes before the start, label), largest first.
REMINDERS = (
    (10_080, QT_TRANSLATE_NOOP("Labels", "1 week before")),
    (1440, QT_TRANSLATE_NOOP("Labels", "1 day before")),
    (120, QT_TRANSLATE_NOOP("Labels", "2 hours before")),
    (30, QT_TRANSLATE_NOOP("Labels", "30 minutes before")),
    (0, QT_TRANSLATE_NOOP("Labels", "When it starts")),
)
DEFAULT_REMINDERS = (1440, 120)


def visit_label(value: str) -> str:
    return tr_label(VISIT_LABELS.get(value, value.replace("_", " ").capitalize()))


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


class AppointmentEditor(QDialog):
    """The form for one appointment."""

    def __init__(self, ctx: UiContext, appointment: AppointmentView | None = None,
                 parent: QWidget | None = None, timezone: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.timezone = timezone
        self.saved: AppointmentView | None = None
        self.setWindowTitle(self.tr("Change appointment") if appointment else self.tr(
                "Plan an appointment"))
        set_point_size(self, body_points())
        self.general_error = FieldError()
        self.errors = FormErrors(self.general_error)
        self._build()
        self._fill()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        e = self.errors
        self.title_edit = self._line(self.tr("Title"), self.tr("e.g. Diabetes review"))
        self.clinician_edit = self._line(self.tr("Clinician"), self.tr(
                "Who you will see (optional)"))
        self.place_edit = self._line(self.tr("Place"), self.tr(
                "Clinic, address or link (optional)"))
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 1440)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSuffix(self.tr(" minutes"))
        self.duration_spin.setValue(30)
        self.duration_spin.setAccessibleName(self.tr("Duration"))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Visit type"))
        for v in VISIT_TYPES:
            self.type_combo.addItem(visit_label(v), v)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Questions to ask, things to bring…"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.reminder_checks: dict[int, QCheckBox] = {}
        reminders = QVBoxLayout()
        reminders.setContentsMargins(0, 0, 0, 0)
        reminders.setSpacing(2)
        for minutes, label in REMINDERS:
            label = tr_label(label)
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Remind me {0}").format(label.lower()))
            self.reminder_checks[minutes] = box
            reminders.addWidget(box)
        reminder_box = QWidget()
        reminder_box.setLayout(reminders)

        form = QFormLayout()
        from ..widgets import BASE_POINTS, body_points

        if body_points() >= 1.15 * BASE_POINTS:  # long Tamil labels were cut at 200 %
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("What"), e.wrap("title", self.title_edit))
        form.addRow(self.tr("With"), e.wrap("clinician", self.clinician_edit))
        form.addRow(self.tr("Where"), e.wrap("place", self.place_edit))
        form.addRow(self.tr("When"), e.wrap("start_at", self.when_edit))
        form.addRow(self.tr("How long"), e.wrap("duration_minutes", self.duration_spin))
        form.addRow(self.tr("Type of visit"), e.wrap("visit_type", self.type_combo))
        form.addRow(self.tr("Notes"), e.wrap("notes", self.notes_edit))
        form.addRow(self.tr("Remind me"), e.wrap("reminder_offsets", reminder_box))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save this appointment (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.general_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        outer.addLayout(row)
        self.setMinimumWidth(520)

    def _fill(self) -> None:
        a = self.appointment
        if a is None:
            now = to_local(self.ctx.record.now(), self.timezone)
            tomorrow = (now + dt.timedelta(days=1)).replace(hour=10, minute=0, second=0,
                                                             microsecond=0)
            self.when_edit.setDateTime(_qdatetime(tomorrow))
            for minutes in DEFAULT_REMINDERS:
                self.reminder_checks[minutes].setChecked(True)
            return
        self.title_edit.setText(a.title)
        self.clinician_edit.setText(a.clinician or "")
        self.place_edit.setText(a.place or "")
        self.when_edit.setDateTime(_qdatetime(to_local(a.start_at, self.timezone)))
        self.duration_spin.setValue(a.duration_minutes)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(a.visit_type)))
        self.notes_edit.setPlainText(a.notes or "")
        for minutes, box in self.reminder_checks.items():
            box.setChecked(minutes in a.reminder_offsets)

    def start_at(self) -> dt.datetime:
        """The chosen time as a naive local time (the service applies the zone)."""
        q = self.when_edit.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def fields(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(), "start_at": self.start_at(),
            "duration_minutes": self.duration_spin.value(),
            "clinician": self.clinician_edit.text().strip() or None,
            "place": self.place_edit.text().strip() or None,
            "visit_type": self.type_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip() or None,
            "reminder_offsets": [m for m, box in self.reminder_checks.items() if box.isChecked()],
        }

    def save(self) -> None:
        self.errors.clear()
        fields, appt, pid = self.fields(), self.appointment, self.ctx.profile_id
        self.save_button.setEnabled(False)

        def work() -> AppointmentView:
            rec = self.ctx.record
            if appt is None:
                title, start = fields.pop("title"), fields.pop("start_at")
                return rec.appointments.add(pid, title, start, **fields)
            return rec.appointments.update(appt.id, **fields)

        self.ctx.run(work, self._saved, self._failed)

    def _saved(self, view: AppointmentView) -> None:
        self.saved = view
        self.ctx.status_event.emit(f"{view.title} saved.")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            self.general_error.show_message(self.tr("Could not save: {exc}").format(exc=exc))
