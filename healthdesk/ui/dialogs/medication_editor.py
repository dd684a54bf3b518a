"""Add or edit a medicine and its schedule, with the schedule worded live as you edit.

Saving goes through the medications service on the worker thread; a ValidationError
is shown under the field it names and nothing is saved. Editing validates the fields
and the schedule first, then updates the medicine and replaces the schedule only when it
changed (each replacement is kept as history).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.services.medications import (
    FORMS,
    ROUTES,
    MedicationView,
    ScheduleInput,
    clean_fields,
    clean_schedule,
    describe,
)

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ..text_fit import fit_to_screen, scrolling
from ..widgets import FieldError, FormErrors, body_points, set_point_size, system_zone
from .medication_editor_schedule import ScheduleEditor

UNITS = ("tablet", "capsule", "ml", "puff", "drop", "unit", "mg", "patch", "spray", "sachet",
         "injection", "application", "lozenge", "dose")
# The dose units as the box shows them; the store keeps the key ("tablet"), and a unit
# typed that is not in the list is kept as typed.
UNIT_WORDS = {
    "tablet": QT_TRANSLATE_NOOP("DoseUnits", "tablet"),
    "capsule": QT_TRANSLATE_NOOP("DoseUnits", "capsule"),
    "puff": QT_TRANSLATE_NOOP("DoseUnits", "puff"),
    "drop": QT_TRANSLATE_NOOP("DoseUnits", "drop"),
    "unit": QT_TRANSLATE_NOOP("DoseUnits", "unit"),
    "patch": QT_TRANSLATE_NOOP("DoseUnits", "patch"),
    "spray": QT_TRANSLATE_NOOP("DoseUnits", "spray"),
    "sachet": QT_TRANSLATE_NOOP("DoseUnits", "sachet"),
    "injection": QT_TRANSLATE_NOOP("DoseUnits", "injection"),
    "application": QT_TRANSLATE_NOOP("DoseUnits", "application"),
    "lozenge": QT_TRANSLATE_NOOP("DoseUnits", "lozenge"),
    "dose": QT_TRANSLATE_NOOP("DoseUnits", "dose"),
}


def unit_word(key: str) -> str:
    word = UNIT_WORDS.get(key)
    return QCoreApplication.translate("DoseUnits", word) if word else key
_SCHEDULE_KEYS = ("kind", "times_of_day", "weekdays", "interval_days", "start_date",
                  "end_date", "prn_min_interval_minutes", "prn_max_per_day", "timezone",
                  "tz_policy")


# The store's form and route keys, as the form shows them.
KEY_LABELS = {
    "tablet": QT_TRANSLATE_NOOP("Labels", "Tablet"),
    "capsule": QT_TRANSLATE_NOOP("Labels", "Capsule"),
    "liquid": QT_TRANSLATE_NOOP("Labels", "Liquid"),
    "inhaler": QT_TRANSLATE_NOOP("Labels", "Inhaler"),
    "injection": QT_TRANSLATE_NOOP("Labels", "Injection"),
    "patch": QT_TRANSLATE_NOOP("Labels", "Patch"),
    "drops": QT_TRANSLATE_NOOP("Labels", "Drops"),
    "cream": QT_TRANSLATE_NOOP("Labels", "Cream"),
    "spray": QT_TRANSLATE_NOOP("Labels", "Spray"),
    "suppository": QT_TRANSLATE_NOOP("Labels", "Suppository"),
    "powder": QT_TRANSLATE_NOOP("Labels", "Powder"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "oral": QT_TRANSLATE_NOOP("Labels", "By mouth (oral)"),
    "inhaled": QT_TRANSLATE_NOOP("Labels", "Inhaled"),
    "subcutaneous": QT_TRANSLATE_NOOP("Labels", "Under the skin (subcutaneous)"),
    "intramuscular": QT_TRANSLATE_NOOP("Labels", "Into a muscle (intramuscular)"),
    "intravenous": QT_TRANSLATE_NOOP("Labels", "Into a vein (intravenous)"),
    "topical": QT_TRANSLATE_NOOP("Labels", "On the skin (topical)"),
    "transdermal": QT_TRANSLATE_NOOP("Labels", "Skin patch (transdermal)"),
    "nasal": QT_TRANSLATE_NOOP("Labels", "In the nose (nasal)"),
    "ophthalmic": QT_TRANSLATE_NOOP("Labels", "In the eye (ophthalmic)"),
    "otic": QT_TRANSLATE_NOOP("Labels", "In the ear (otic)"),
    "rectal": QT_TRANSLATE_NOOP("Labels", "Rectal"),
    "sublingual": QT_TRANSLATE_NOOP("Labels", "Under the tongue (sublingual)"),
}


def _label(value: str) -> str:
    return tr_label(KEY_LABELS.get(value, value.replace("_", " ").capitalize()))


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def schedule_changed(old: Any, new: dict[str, Any], dose_amount: float) -> bool:
    """Whether the cleaned ``new`` schedule differs from the current view ``old``."""
    if old is None or old.dose_amount != dose_amount:
        return True
    for key in _SCHEDULE_KEYS:
        a, b = getattr(old, key), new[key]
        if isinstance(a, tuple | list) or isinstance(b, tuple | list):
            a, b = tuple(a or ()), tuple(b or ())
        if a != b:
            return True
    return False


class MedicationEditor(QDialog):
    """The form for one medicine: what it is, how much, and when."""

    def __init__(self, ctx: UiContext, medication: MedicationView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.medication = medication
        self.saved: MedicationView | None = None
        self.setWindowTitle(self.tr("Edit medicine") if medication else self.tr("Add a medicine"))
        set_point_size(self, body_points())
        self.general_error = FieldError()
        self.errors = FormErrors(self.general_error)
        self._build()
        self._fill()
        self.schedule.set_zones("UTC", system_zone())
        self._load_zone()

    # -- layout --------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda *_: self.update_summary())
        return edit

    def _build(self) -> None:
        e = self.errors
        self.name_edit = self._line(self.tr("Medicine name"), self.tr("e.g. Metformin"))
        self.strength_edit = self._line(self.tr("Strength"), self.tr("e.g. 500 mg"))
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("Form"))
        for f in FORMS:
            self.form_combo.addItem(_label(f), f)
        self.dose_edit = self._line(self.tr("Dose amount"), "1")
        self.dose_edit.setMaximumWidth(90)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        for key in UNITS:
            self.unit_combo.addItem(unit_word(key), key)
        self.unit_combo.setAccessibleName(self.tr("Dose unit"))
        self.unit_combo.currentTextChanged.connect(lambda *_: self.update_summary())
        dose_row = QHBoxLayout()
        dose_row.setContentsMargins(0, 0, 0, 0)
        dose_row.addWidget(self.dose_edit)
        dose_row.addWidget(self.unit_combo)
        dose_row.addStretch(1)
        dose_error = FieldError()  # one line under both, so the message has room
        e.register("dose_amount", self.dose_edit, dose_error)
        e.register("dose_unit", self.unit_combo, dose_error)
        dose_box = QWidget()
        dose_lay = QVBoxLayout(dose_box)
        dose_lay.setContentsMargins(0, 0, 0, 0)
        dose_lay.setSpacing(2)
        dose_lay.addLayout(dose_row)
        dose_lay.addWidget(dose_error)
        self.route_combo = QComboBox()
        self.route_combo.setAccessibleName(self.tr("Route"))
        for r in ROUTES:
            self.route_combo.addItem(_label(r), r)
        self.prescriber_edit = self._line(self.tr("Prescribed by"), self.tr(
                "Doctor's name (optional)"))
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setAccessibleName(self.tr("Instructions"))
        self.instructions_edit.setPlaceholderText(self.tr("e.g. with food"))
        self.instructions_edit.setTabChangesFocus(True)
        self.instructions_edit.setFixedHeight(56)
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("d MMM yyyy")
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.end_check = QCheckBox(self.tr("Stops on"))
        self.end_check.setAccessibleName(self.tr("Has an end date"))
        self.end_edit = QDateEdit()
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("d MMM yyyy")
        self.end_edit.setAccessibleName(self.tr("End date"))
        self.end_edit.setEnabled(False)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.end_check.toggled.connect(lambda *_: self.update_summary())
        self.end_edit.dateChanged.connect(lambda *_: self.update_summary())
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit, 1)
        end_box = QWidget()
        end_box.setLayout(end_row)
        self.stock_edit = self._line(self.tr("Stock on hand"), self.tr(
                "How many you have (optional)"))
        self.refill_edit = self._line(self.tr("Refill reminder at"), self.tr(
                "Warn when this many are left"))
        self.missed_spin = QDoubleSpinBox()
        self.missed_spin.setRange(0, 48)
        self.missed_spin.setSingleStep(0.5)
        self.missed_spin.setDecimals(1)
        self.missed_spin.setSuffix(self.tr(" hours"))
        self.missed_spin.setValue(2)
        self.missed_spin.setAccessibleName(self.tr("If a dose is missed, take it within"))
        missed_row = QHBoxLayout()
        missed_row.setContentsMargins(0, 0, 0, 0)
        missed_row.addWidget(QLabel(self.tr("Take it if within")))
        missed_row.addWidget(self.missed_spin)
        missed_row.addWidget(QLabel(self.tr(", otherwise skip it")))
        missed_row.addStretch(1)
        missed_box = QWidget()
        missed_box.setLayout(missed_row)
        self.alert_check = QCheckBox(self.tr("Alert a caregiver after"))
        self.alert_spin = QSpinBox()
        self.alert_spin.setRange(5, 1440)
        self.alert_spin.setValue(60)
        self.alert_spin.setSuffix(self.tr(" min"))
        self.alert_spin.setAccessibleName(self.tr("Caregiver alert delay in minutes"))
        self.alert_spin.setEnabled(False)
        self.alert_check.toggled.connect(self.alert_spin.setEnabled)
        self.escalate_check = QCheckBox(self.tr("then the next caregiver after"))
        self.escalate_spin = QSpinBox()
        self.escalate_spin.setRange(5, 1440)
        self.escalate_spin.setValue(30)
        self.escalate_spin.setSuffix(self.tr(" min"))
        self.escalate_spin.setAccessibleName(self.tr("Next caregiver after minutes"))
        self.escalate_check.setEnabled(False)
        self.escalate_spin.setEnabled(False)
        self.alert_check.toggled.connect(self.escalate_check.setEnabled)
        self.alert_check.toggled.connect(
            lambda on: self.escalate_spin.setEnabled(on and self.escalate_check.isChecked()))
        self.escalate_check.toggled.connect(self.escalate_spin.setEnabled)
        alert_row = QHBoxLayout()
        alert_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.alert_check, self.alert_spin, self.escalate_check, self.escalate_spin):
            alert_row.addWidget(w)
        alert_row.addStretch(1)
        alert_box = QWidget()
        alert_box.setLayout(alert_row)
        self.urgent_check = QCheckBox(self.tr("Remind me even during quiet hours"))
        self.urgent_check.setToolTip(self.tr("For medicines that must not wait until morning, "
                                     "such as insulin or anti-epileptics"))

        what = QGroupBox(self.tr("The medicine"))
        form = QFormLayout(what)
        from ..widgets import BASE_POINTS, body_points

        if body_points() >= 1.15 * BASE_POINTS:  # long Tamil labels were cut at 200 %
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Name"), e.wrap("name", self.name_edit))
        form.addRow(self.tr("Strength"), e.wrap("strength", self.strength_edit))
        form.addRow(self.tr("Form"), e.wrap("form", self.form_combo))
        form.addRow(self.tr("Each dose"), dose_box)
        form.addRow(self.tr("How it is taken"), e.wrap("route", self.route_combo))
        form.addRow(self.tr("Prescribed by"), e.wrap("prescriber", self.prescriber_edit))
        form.addRow(self.tr("Instructions"), e.wrap("instructions", self.instructions_edit))
        form.addRow(self.tr("Starts on"), e.wrap("start_date", self.start_edit))
        form.addRow("", e.wrap("end_date", end_box))
        form.addRow(self.tr("Stock on hand"), e.wrap("stock_count", self.stock_edit))
        form.addRow(self.tr("Refill warning at"), e.wrap("refill_threshold", self.refill_edit))
        form.addRow(self.tr("Missed dose"), e.wrap("missed_dose_window_hours", missed_box))
        form.addRow("", e.wrap("caregiver_alert_minutes", alert_box))
        form.addRow("", e.wrap("reminder_urgent", self.urgent_check))

        self.schedule = ScheduleEditor(e)
        self.schedule.schedule_did_change.connect(self.update_summary)
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Schedule in words"))
        set_point_size(self.summary_label, body_points() + 1, bold=True)
        right = QVBoxLayout()
        right.addWidget(self.schedule, 1)
        right.addWidget(QLabel(self.tr("In words:")))
        right.addWidget(self.summary_label)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(what, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save this medicine (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(columns), 1)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)
        fit_to_screen(self)

    def _fill(self) -> None:
        med = self.medication
        today = self.ctx.record.now().astimezone().date()
        self.start_edit.setDate(_qdate(today))
        self.end_edit.setDate(_qdate(today + dt.timedelta(days=30)))
        if med is None:
            self.dose_edit.setText("1")
            self.update_summary()
            return
        sc = med.schedule
        self.name_edit.setText(med.name)
        self.strength_edit.setText(med.strength or "")
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(med.form)))
        self.dose_edit.setText(_num(sc.dose_amount if sc else med.dose_amount))
        known = self.unit_combo.findData(med.dose_unit)
        if known >= 0:
            self.unit_combo.setCurrentIndex(known)
        else:
            self.unit_combo.setCurrentText(med.dose_unit)
        self.route_combo.setCurrentIndex(max(0, self.route_combo.findData(med.route)))
        self.prescriber_edit.setText(med.prescriber or "")
        self.instructions_edit.setPlainText(med.instructions or "")
        start = med.start_date or (sc.start_date if sc else None)
        if start is not None:
            self.start_edit.setDate(_qdate(start))
        end = med.end_date or (sc.end_date if sc else None)
        if end is not None:
            self.end_check.setChecked(True)
            self.end_edit.setDate(_qdate(end))
        self.stock_edit.setText(_num(med.stock_count))
        self.refill_edit.setText(_num(med.refill_threshold))
        self.missed_spin.setValue(med.missed_dose_window_hours)
        if med.caregiver_alert_minutes is not None:
            self.alert_check.setChecked(True)
            self.alert_spin.setValue(med.caregiver_alert_minutes)
        if med.caregiver_escalation_minutes is not None:
            self.escalate_check.setChecked(True)
            self.escalate_spin.setValue(med.caregiver_escalation_minutes)
        self.urgent_check.setChecked(med.reminder_urgent)
        if sc is not None:
            self.schedule.load(sc)
        self.update_summary()

    def _load_zone(self) -> None:
        """The person's home zone, for the time-zone choice's label."""
        pid = self.medication.profile_id if self.medication else self.ctx.profile_id
        if not pid:
            return
        sc = self.medication.schedule if self.medication else None

        def done(profile: Any) -> None:
            home = sc.timezone if sc is not None and sc.tz_policy == "home" else (
                profile.timezone or "UTC")
            self.schedule.set_zones(home, system_zone())

        self.ctx.run(lambda: self.ctx.record.profiles.get(pid), done, lambda _e: None)

    # -- values --------------------------------------------------------------------------

    def _dates(self) -> tuple[dt.date, dt.date | None]:
        start = _pydate(self.start_edit.date())
        end = _pydate(self.end_edit.date()) if self.end_check.isChecked() else None
        return start, end

    def fields(self) -> dict[str, Any]:
        """The medicine's fields as typed (the service validates them)."""
        start, end = self._dates()
        return {
            "name": self.name_edit.text(), "strength": self.strength_edit.text().strip() or None,
            "form": self.form_combo.currentData(), "dose_amount": self.dose_edit.text(),
            "dose_unit": self._unit_key(),
            "route": self.route_combo.currentData(),
            "prescriber": self.prescriber_edit.text().strip() or None,
            "instructions": self.instructions_edit.toPlainText().strip() or None,
            "start_date": start, "end_date": end,
            "stock_count": self.stock_edit.text().strip() or None,
            "refill_threshold": self.refill_edit.text().strip() or None,
            "missed_dose_window_hours": self.missed_spin.value(),
            "caregiver_alert_minutes": (self.alert_spin.value() if self.alert_check.isChecked()
                                        else None),
            "caregiver_escalation_minutes": (
                self.escalate_spin.value() if self.alert_check.isChecked()
                and self.escalate_check.isChecked() else None),
            "reminder_urgent": self.urgent_check.isChecked(),
        }

    def schedule_input(self) -> ScheduleInput:
        start, end = self._dates()
        sc = self.medication.schedule if self.medication else None
        keep = sc.timezone if sc is not None and sc.tz_policy == "home" else None
        return self.schedule.value(start, end, keep)

    def _unit_key(self) -> str:
        """The store's unit: a listed unit's key, whatever language shows it, else the
        text as typed."""
        text = self.unit_combo.currentText().strip()
        at = self.unit_combo.findText(text)
        return str(self.unit_combo.itemData(at)) if at >= 0 else text

    def update_summary(self) -> None:
        """Re-word the schedule with the service's own ``describe``."""
        if not hasattr(self, "summary_label"):
            return
        try:
            amount = float(self.dose_edit.text().replace(",", ".").strip())
        except ValueError:
            amount = 0
        if amount <= 0:
            self.summary_label.setText(self.tr("Enter how much to take for each dose."))
            return
        s = self.schedule
        kind, times = s.kind(), s.times()
        weekdays = s.weekdays()
        if kind == "fixed" and not times:
            self.summary_label.setText(self.tr("Add at least one time of day."))
            return
        if weekdays is not None and not weekdays:
            self.summary_label.setText(self.tr("Choose at least one day."))
            return
        if weekdays is not None and len(weekdays) == 7:
            weekdays = None
        _start, end = self._dates()
        unit = self._unit_key() or "dose"
        self.summary_label.setText(describe(
            kind, times, weekdays, s.interval(), amount, unit,
            s.prn_minutes() if kind == "as_needed" else None,
            s.prn_max_spin.value() if kind == "as_needed" else None, end))

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Validate and save in the background; errors appear next to their fields."""
        self.errors.clear()
        fields, schedule = self.fields(), self.schedule_input()
        med, pid = self.medication, self.ctx.profile_id
        self.save_button.setEnabled(False)

        def work() -> MedicationView:
            rec = self.ctx.record
            if med is None:
                return rec.medications.add(pid, fields.pop("name"), **fields, schedule=schedule)
            cleaned = clean_fields(fields)
            home = rec.profiles.get(med.profile_id).timezone or "UTC"
            new_schedule = clean_schedule(schedule, home, cleaned["start_date"], rec.now())
            saved = rec.medications.update(med.id, **fields)
            if schedule_changed(med.schedule, new_schedule, cleaned["dose_amount"]):
                rec.medications.set_schedule(med.id, schedule)
                saved = rec.medications.get(med.id)
            return saved

        self.ctx.run(work, self._saved, self._failed)

    def _saved(self, view: MedicationView) -> None:
        self.saved = view
        self.ctx.status_event.emit(f"{view.name} saved.")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            self.general_error.show_message(self.tr("Could not save: {exc}").format(exc=exc))
