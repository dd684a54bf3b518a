"""The visit form, by keyboard: Tab goes vitals → notes → prescription → next appointment,
Enter saves (Ctrl+Enter in the notes). The whole visit is one transaction in the visits
service, so a refused part (a reading out of range, a role that may not prescribe) saves
nothing; the message names the field and the range, and the cursor goes to that box."""

from __future__ import annotations

import itertools
from typing import Any

from healthdesk.services.medications import ScheduleInput
from healthdesk.services.visits import QueueView, vitals_from_form

from ..context import UiContext
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QShortcut,
    QVBoxLayout,
    QWidget,
)


class VisitDialog(QDialog):
    def __init__(self, ctx: UiContext, entry: QueueView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.saved: Any = None
        self.setWindowTitle(self.tr("Visit: {0}").format(entry.name))

        def line(name: str, placeholder: str = "") -> QLineEdit:
            box = QLineEdit()
            box.setAccessibleName(name)
            box.setPlaceholderText(placeholder)
            return box

        self.bp = line(self.tr("Blood pressure"), self.tr("128/82 mmHg"))
        self.pulse = line(self.tr("Pulse"), self.tr("beats per minute"))
        self.temperature = line(self.tr("Temperature"), self.tr("°C"))
        self.weight = line(self.tr("Weight"), self.tr("kg"))
        self.spo2 = line(self.tr("SpO2"), self.tr("%"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Visit notes"))
        self.notes.setTabChangesFocus(True)  # Tab goes on to the prescription
        self.notes.setFixedHeight(90)
        self.medicine = line(self.tr("Medicine"), self.tr("name, e.g. Metformin"))
        self.strength = line(self.tr("Strength"), self.tr("e.g. 500 mg"))
        self.times = line(self.tr("Times of day"), self.tr("08:00, 20:00"))
        self.next_at = line(self.tr("Next appointment"), self.tr("YYYY-MM-DD HH:MM"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the visit was not saved"))
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        self.fields: dict[str, QWidget] = {
            "blood_pressure": self.bp, "systolic": self.bp, "diastolic": self.bp,
            "pulse": self.pulse, "temperature": self.temperature, "weight": self.weight,
            "spo2": self.spo2, "notes": self.notes, "name": self.medicine,
            "strength": self.strength, "times_of_day": self.times, "start_at": self.next_at}

        form = QFormLayout()
        heading = QLabel(self.tr("{0} · {1} · waiting {2} min").format(
            entry.name, entry.clinic_no or "", entry.minutes))
        heading.setAccessibleName(self.tr("Patient"))
        form.addRow(heading)
        for label, box in ((self.tr("&Blood pressure"), self.bp), (self.tr("P&ulse"), self.pulse),
                           (self.tr("&Temperature"), self.temperature),
                           (self.tr("&Weight"), self.weight), (self.tr("Sp&O2"), self.spo2),
                           (self.tr("&Notes"), self.notes), (self.tr("&Medicine"), self.medicine),
                           (self.tr("St&rength"), self.strength),
                           (self.tr("T&imes of day"), self.times),
                           (self.tr("Ne&xt appointment"), self.next_at)):
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the visit"))
        # Enter in any box saves through returnPressed, not the dialog's default button:
        # Qt moves "default" with the focus as buttons are disabled and enabled.
        self.save_button.setAutoDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the visit"))
        # Never the default: disabling Save while it works moves focus to Cancel, and an
        # auto-default Cancel would then take the next Enter and throw the visit away.
        cancel.setAutoDefault(False)
        for box in (self.bp, self.pulse, self.temperature, self.weight, self.spo2,
                    self.medicine, self.strength, self.times, self.next_at):
            box.returnPressed.connect(self.save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        order = [self.bp, self.pulse, self.temperature, self.weight, self.spo2, self.notes,
                 self.medicine, self.strength, self.times, self.next_at, self.save_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        self.bp.setFocus()

    def _parts(self) -> dict[str, Any]:
        vitals = vitals_from_form(self.bp.text(), pulse=self.pulse.text(),
                                  temperature=self.temperature.text(),
                                  weight=self.weight.text(), spo2=self.spo2.text())
        prescriptions = []
        if self.medicine.text().strip():
            times = [t.strip() for t in self.times.text().split(",") if t.strip()]
            prescriptions.append({"name": self.medicine.text(),
                                  "strength": self.strength.text().strip() or None,
                                  "schedule": ScheduleInput(times_of_day=times)
                                  if times else None})
        nxt = self.next_at.text().strip()
        return {"vitals": vitals, "prescriptions": prescriptions,
                "notes": self.notes.toPlainText().strip() or None,
                "next_appointment": {"start_at": nxt} if nxt else None}

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # already saving
        try:
            parts = self._parts()
        except ValueError as exc:  # ValidationError: a box's text is not a reading
            self._refused(exc)
            return
        self.save_button.setEnabled(False)
        self.error.hide()
        entry_id = self.entry.id
        self.ctx.run(lambda: self.ctx.record.visits.record_visit(entry_id, **parts),
                     self._saved, self._refused, initiator=self)

    def _saved(self, visit: Any) -> None:
        self.saved = visit
        self.ctx.status_event.emit(self.tr("{0}'s visit is saved.").format(self.entry.name))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(str(exc))
        self.error.show()
        box = self.fields.get(str(getattr(exc, "field", "")))
        if box is not None:
            box.setFocus()
