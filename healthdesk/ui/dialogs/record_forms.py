"""Small add/edit dialogs for the Records and Chat pages.

Each form is one ``RecordForm``: labelled inputs, a red message under the input a
``ValidationError`` names, and a Save button that runs the service call off the GUI
thread. Nothing is saved when the service refuses; the dialog stays open to fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from healthdesk.domain.measurements import KINDS
from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ALLERGY_CATEGORIES = [("medication", "Medicine"), ("food", "Food"),
                      ("environment", "Environment (pollen, dust, animals)"),
                      ("biologic", "Biologic (vaccine, serum)"), ("other", "Other")]
ALLERGY_SEVERITIES = [("unknown", "Not known"), ("mild", "Mild"), ("moderate", "Moderate"),
                      ("severe", "Severe"), ("life_threatening", "Life-threatening")]
CONDITION_STATUSES = [("active", "Active"), ("remission", "In remission"),
                      ("inactive", "Inactive"), ("resolved", "Resolved")]
GOAL_DIRECTIONS = [("decrease", "Bring it down"), ("increase", "Bring it up"),
                   ("maintain", "Keep it steady")]
GOAL_STATUSES = [("active", "Active"), ("achieved", "Achieved"), ("abandoned", "Stopped")]
ERROR_STYLE = "color: #B00020; font-weight: 600;"
FIELD_ALIASES = {"file": "title", "destination": "title"}


def label_of(choices: list[tuple[str, str]], value: str) -> str:
    return dict(choices).get(value, value.replace("_", " ").capitalize())


class ChoiceBox(QWidget):
    """A drop-down of (value, label) pairs that reads back the stored value."""

    def __init__(self, choices: list[tuple[str, str]], value: str | None = None) -> None:
        super().__init__()
        self.combo = QComboBox()
        for key, text in choices:
            self.combo.addItem(text, key)
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
        self.edit.setSpecialValueText("Not set")
        self._today = today or dt.date.today()
        clear = QToolButton()
        clear.setText("Clear")
        clear.setToolTip("Leave this date empty")
        clear.clicked.connect(lambda: self.set_value(None))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(clear)
        self.setFocusProxy(self.edit)
        self.set_value(value)
        # Opening the calendar on "Not set" would start in 1900; start at today instead.
        self.edit.calendarWidget().setSelectedDate(QDate(value or self._today))

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
        self.setMinimumWidth(520)
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
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save_action)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

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
            return
        label.setText(message)
        label.show()
        widget = self.inputs[key]
        widget.setAccessibleDescription(message)
        (widget.focusProxy() or widget).setAccessibleDescription(message)
        widget.setFocus()

    def save_action(self) -> None:
        if self._work is None:
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


# -- the forms ----------------------------------------------------------------------


def allergy_form(ctx: UiContext, profile_id: str, allergy: Any = None,
                 parent: QWidget | None = None) -> RecordForm:
    a = allergy
    f = RecordForm(ctx, "Edit allergy" if a else "Add an allergy", parent)
    f.text("substance", "&Substance", a and a.substance, placeholder="e.g. Penicillin")
    f.choice("category", "&Kind", ALLERGY_CATEGORIES, a.category if a else "medication")
    f.choice("severity", "Se&verity", ALLERGY_SEVERITIES, a.severity if a else "unknown")
    f.text("reaction", "&Reaction", a and a.reaction, placeholder="e.g. hives, swelling")
    f.date("noted_on", "&Noted on", a.noted_on if a else None)
    f.notes("notes", "N&otes", a and a.notes)
    svc = lambda: ctx.record.allergies  # noqa: E731 - looked up at save time
    if a is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(a.id, **v))
    return f


def condition_form(ctx: UiContext, profile_id: str, condition: Any = None,
                   parent: QWidget | None = None) -> RecordForm:
    c = condition
    f = RecordForm(ctx, "Edit condition" if c else "Add a condition", parent)
    f.text("name", "&Name", c and c.name, placeholder="e.g. Type 2 diabetes")
    f.text("icd10", "&ICD-10 code", c and c.icd10, hint="Optional, e.g. E11.9",
           placeholder="Optional")
    f.choice("status", "&Status", CONDITION_STATUSES, c.status if c else "active")
    f.date("onset", "Since (&onset)", c.onset if c else None)
    f.date("resolved_on", "&Resolved on", c.resolved_on if c else None)
    f.notes("notes", "No&tes", c and c.notes)
    svc = lambda: ctx.record.conditions  # noqa: E731
    if c is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(c.id, **v))
    return f


def symptom_form(ctx: UiContext, profile_id: str, entry: Any = None,
                 parent: QWidget | None = None) -> RecordForm:
    e = entry
    f = RecordForm(ctx, "Edit symptom" if e else "Log a symptom", parent)
    f.text("symptom", "&Symptom", e and e.symptom, placeholder="e.g. Headache")
    f.spin("severity", "Se&verity (1–10)", 0, 10, e.severity if e else 0,
           hint="1 = barely noticeable, 10 = the worst you can imagine.",
           special="Choose 1 to 10")
    onset = QDateTimeEdit()
    onset.setCalendarPopup(True)
    onset.setDisplayFormat("d MMM yyyy  HH:mm")
    when = (e.onset_at if e else ctx.record.now()).astimezone()
    onset.setDateTime(QDateTime(when.replace(tzinfo=None)))
    f.add_field("onset_at", "Started &at", onset,
                lambda: onset.dateTime().toPython().astimezone())
    dur = e.duration_minutes if e and e.duration_minutes is not None else None
    f.text("duration_minutes", "How &long (minutes)", None if dur is None else str(dur),
           placeholder="Optional, e.g. 90")
    f.notes("note", "&Note", e and e.note)
    svc = lambda: ctx.record.symptoms  # noqa: E731
    if e is None:
        f.on_save(lambda v: svc().log(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(e.id, **v))
    return f


def goal_form(ctx: UiContext, profile_id: str, goal: Any = None,
              parent: QWidget | None = None) -> RecordForm:
    g = goal
    f = RecordForm(ctx, "Edit goal" if g else "Set a goal", parent)
    f.text("title", "&Goal", g and g.title, placeholder="e.g. Weight down to 80 kg")
    kinds = [("", "Progress I record by hand")] + [(k, s.label + " readings")
                                                  for k, s in KINDS.items()]
    kind = f.choice("measurement_kind", "&Follows", kinds, (g.measurement_kind or "") if g else "")
    kind.setEnabled(g is None)
    f.choice("direction", "&Direction", GOAL_DIRECTIONS, g.direction if g else "decrease")
    num = lambda x: "" if x is None else f"{x:g}"  # noqa: E731
    f.text("start_value", "St&arting value", num(g.start_value) if g else "",
           placeholder="Optional")
    f.text("target_value", "&Target value", num(g.target_value) if g else "")
    f.text("unit", "&Unit", g and g.unit, placeholder="e.g. kg, steps, minutes")
    f.date("due_date", "D&ue by", g.due_date if g else None)
    if g is not None:
        f.choice("status", "&Status", GOAL_STATUSES, g.status)
    f.notes("note", "&Note", g and g.note)
    svc = lambda: ctx.record.goals  # noqa: E731

    def clean(v: dict[str, Any]) -> dict[str, Any]:
        v = dict(v)
        if not v.get("unit"):
            v["unit"] = None
        return v

    if g is None:
        f.on_save(lambda v: svc().create(profile_id, **{
            **clean(v), "measurement_kind": v["measurement_kind"] or None}))
    else:
        f.on_save(lambda v: svc().update(g.id, **{
            k: x for k, x in clean(v).items() if k != "measurement_kind"}))
    return f


def progress_form(ctx: UiContext, goal: Any, parent: QWidget | None = None) -> RecordForm:
    f = RecordForm(ctx, "Record progress", parent, intro=f"Where does “{goal.title}” stand "
                   "today?")
    unit = f" ({goal.unit})" if goal.unit else ""
    f.text("value", f"&Value{unit}", placeholder="e.g. 82.5")
    f.notes("note", "&Note")
    f.on_save(lambda v: ctx.record.goals.record_progress(goal.id, v["value"], note=v["note"]))
    return f


def contact_form(ctx: UiContext, profile_id: str, contact: Any = None,
                 parent: QWidget | None = None) -> RecordForm:
    c = contact
    f = RecordForm(ctx, "Edit emergency contact" if c else "Add an emergency contact", parent)
    f.text("name", "&Name", c and c.name)
    f.text("relationship", "&Relationship", c and c.relationship,
           placeholder="e.g. daughter, GP, neighbour")
    f.text("phone", "&Phone", c and c.phone, placeholder="e.g. +91 98400 12345")
    f.text("email", "&Email", c and c.email, placeholder="Optional")
    f.spin("priority", "Call &order", 1, 9, c.priority if c else 1,
           hint="1 is called first.")
    f.notes("notes", "N&otes", c and c.notes)
    svc = lambda: ctx.record.contacts  # noqa: E731
    if c is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(c.id, **v))
    return f


def document_form(ctx: UiContext, document: Any, parent: QWidget | None = None) -> RecordForm:
    d = document
    f = RecordForm(ctx, "Document details", parent)
    f.text("title", "&Title", d.title)
    cats = [(c, c.replace("_", " ").capitalize()) for c in ctx.record.documents.categories()]
    f.choice("category", "&Category", cats, d.category)
    f.date("document_date", "&Date", d.document_date)
    f.text("tags", "Ta&gs", ", ".join(d.tags), hint="Separate tags with commas.",
           placeholder="e.g. kidney, 2024")
    f.on_save(lambda v: ctx.record.documents.update(d.id, **v))
    return f


def conversation_form(ctx: UiContext, profile_id: str,
                      parent: QWidget | None = None) -> RecordForm:
    f = RecordForm(ctx, "New conversation", parent,
                   intro="Notes shared by everyone who cares for this person.")
    f.text("title", "&Title", placeholder="e.g. Care notes")
    f.on_save(lambda v: ctx.record.chat.create_session(profile_id, v["title"], kind="notes"))
    return f
