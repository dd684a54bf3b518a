"""Medicines: the list (with stock, refill warnings and the next dose), add/edit/stop/
delete/refill, and the selected medicine's dose history below."""

from __future__ import annotations

from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.domain.stock import RefillForecast
from healthdesk.services.errors import ValidationError
from healthdesk.services.medications import MedicationView, format_dose, prescribed_per_day

from ..adherence_chart import WeeklyAdherenceChart
from ..context import UiContext
from ..dialogs.medication_editor import MedicationEditor
from ..qt import (
    QAbstractItemView,
    QCheckBox,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ..widgets import (
    Badge,
    ReloadWhenShown,
    body_points,
    confirm,
    local_date,
    muted,
    set_point_size,
    system_zone,
)
from .medications_models import (
    DoseHistoryModel,
    MedicationRow,
    MedicationTableModel,
    load_medications,
)

# What this page shows of the current person.
SHOWN = ("medications", "medication_schedules", "dose_events", "refills", "profiles")
CHART_WEEKS = 12


def stock_words(f: RefillForecast | None, row: MedicationRow | None) -> str:
    """"28 tablets left: about 14 days at the recent rate (2.0 a day), until 24 Mar."."""
    if f is None or row is None or f.stock is None:
        return "" if row is None else QCoreApplication.translate(
            "Medications", "Stock not tracked: enter what you have to see when it runs out.")
    left = format_dose(f.stock, row.med.dose_unit)
    # Whole sentences, not English pieces glued: each language orders them its own way.
    if f.days_left is None or not f.daily_use:
        text = QCoreApplication.translate("Medications", "{0} left").format(left)
    elif f.days_left < 1:
        text = QCoreApplication.translate(
            "Medications", "{0} left: less than a day").format(left)
    elif f.runs_out_on is None:
        text = QCoreApplication.translate(
            "Medications", "{0} left: about {1} days").format(left, round(f.days_left))
    elif f.basis == "recent":
        text = QCoreApplication.translate(
            "Medications", "{0} left: about {1} days at the recent rate ({2} a day), "
            "until {3}").format(left, round(f.days_left), f"{f.daily_use:.1f}",
                                local_date(f.runs_out_on, "d MMM"))
    else:
        text = QCoreApplication.translate(
            "Medications", "{0} left: about {1} days at the prescribed rate ({2} a day), "
            "until {3}").format(left, round(f.days_left), f"{f.daily_use:.1f}",
                                local_date(f.runs_out_on, "d MMM"))
    if f.warn:
        text += " " + QCoreApplication.translate("Medications", "Time to refill.")
    return text


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    return view


class MedicationsPage(ReloadWhenShown, QWidget):
    """Every medicine of the current person, and what happened to its doses."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: MedicationEditor | None = None
        self._selected_id: str | None = None
        self._generation = 0
        set_point_size(self, body_points())
        self.model = MedicationTableModel()
        self.history_model = DoseHistoryModel()
        self._build()
        ctx.profile_did_change.connect(lambda _pid: self._changed(clear=True))
        ctx.operation_did_execute.connect(self._on_changes)

    # -- layout --------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Any, keys: str | None = None) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(f"{tip} ({keys})" if keys else tip)
        b.clicked.connect(slot)
        if keys:
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            # Only while focus is on this page: other pages use the same keys.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return b

    def _build(self) -> None:
        title = set_point_size(QLabel(self.tr("Medicines")), body_points() + 7, bold=True)
        self.stopped_check = QCheckBox(self.tr("Show stopped medicines"))
        self.stopped_check.toggled.connect(lambda _c: self.reload())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.stopped_check)
        self.add_button = self._button(self.tr("Add…"), self.tr("Add a medicine"), self.add_action,
                "Ctrl+N")
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Change the selected medicine"),
                                        self.edit_action, "Ctrl+E")
        self.stop_button = self._button(self.tr("Stop"), self.tr(
                "Stop or restart the selected medicine"),
                                        self.toggle_active_action)
        self.refill_button = self._button(self.tr("Record refill…"), self.tr(
                "Add a refill to the stock"),
                                          self.refill_action, "Ctrl+R")
        self.delete_button = self._button(self.tr("Delete…"), self.tr(
                "Delete the selected medicine"),
                                          self.delete_action, self.tr("Del"))
        self.caregivers_button = self._button(
            self.tr("Caregivers…"), self.tr("Who is alerted when a dose is not taken"),
                    self.caregivers_action)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.stop_button, self.refill_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.caregivers_button)
        bar.addWidget(self.delete_button)
        self.table = _table(self.model, self.tr("Medicines"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((200, 330, 270, 130)):
            self.table.setColumnWidth(col, width)
        # Names and dates fit their text; the schedule sentence takes what is left.
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_action())
        self.table.activated.connect(lambda _i: self.edit_action())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        self.empty_label = muted(self.tr("No medicines yet. Choose Add… to enter the first one."))
        self.message_label = muted("")
        self.message_label.hide()

        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 8, 0, 0)
        self.history_title = set_point_size(QLabel(self.tr("Dose history")),
                                            body_points() + 2, bold=True)
        self.detail_label = muted(self.tr("Select a medicine to see its doses."))
        self.history = _table(self.history_model, self.tr("Dose history"))
        hh = self.history.horizontalHeader()
        for col, width in enumerate((190, 190, 240, 110)):
            self.history.setColumnWidth(col, width)
        hh.setStretchLastSection(True)
        self.adherence_label = QLabel("")
        self.adherence_label.setWordWrap(True)
        self.adherence_label.setAccessibleName(self.tr("Adherence"))
        self.chart = WeeklyAdherenceChart()
        self.stock_label = QLabel("")
        self.stock_label.setWordWrap(True)
        self.stock_label.setAccessibleName(self.tr("Stock"))
        self.refill_badge = Badge(self.tr("Refill soon"), "warn")
        self.refill_badge.hide()
        stock_row = QHBoxLayout()
        stock_row.addWidget(self.stock_label, 1)
        stock_row.addWidget(self.refill_badge)
        low.addWidget(self.history_title)
        low.addWidget(self.detail_label)
        low.addWidget(self.adherence_label)
        low.addWidget(self.chart)
        low.addLayout(stock_row)
        low.addWidget(self.history, 1)

        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(self.table, 1)
        up.addWidget(self.empty_label)
        # The details scroll rather than squeeze: at 200 % text the stock line was
        # drawn over the adherence chart when the pane was smaller than its contents.
        lower_scroll = QScrollArea()
        lower_scroll.setWidgetResizable(True)
        lower_scroll.setFrameShape(QFrame.Shape.NoFrame)
        lower_scroll.setWidget(lower)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.message_label)
        lay.addWidget(split, 1)
        self._selection()

    # -- loading -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_any(SHOWN, self.ctx.profile_id):
            self._changed()

    def _changed(self, clear: bool = False) -> None:
        if clear:
            self._selected_id = None
        self.mark_stale()

    def reload(self) -> None:
        pid = self.ctx.profile_id
        self._generation += 1
        generation = self._generation
        self._dirty = False
        if not pid:
            self.model.set_rows([])
            self._selection()
            return
        stopped, zone = self.stopped_check.isChecked(), system_zone()
        self.ctx.run(lambda: load_medications(self.ctx.record, pid, stopped, zone),
                     lambda rows: self._loaded(generation, rows), self._error)

    def _loaded(self, generation: int, rows: list[MedicationRow]) -> None:
        if generation != self._generation:
            return
        keep = self._selected_id
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._selection()

    def _error(self, exc: BaseException) -> None:
        self.message_label.setText(str(exc))
        self.message_label.show()
        self.ctx.status_event.emit(str(exc))

    def current(self) -> MedicationRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _selection(self) -> None:
        row = self.current()
        for b in (self.edit_button, self.stop_button, self.refill_button, self.delete_button):
            b.setEnabled(row is not None)
        if row is None:
            self.history_model.set_events([], None)
            self.history_title.setText(self.tr("Dose history"))
            self.detail_label.setText(self.tr("Select a medicine to see its doses."))
            self._care_loaded(None, (None, None))
            return
        med = row.med
        self._selected_id = med.id
        self.stop_button.setText(self.tr("Stop") if med.active else self.tr("Restart"))
        self.history_title.setText(self.tr("Dose history: {title}").format(title=row.title))
        prescriber = med.prescriber and self.tr("Prescribed by {name}").format(
            name=med.prescriber)
        parts = [p for p in (med.instructions, prescriber) if p]
        self.detail_label.setText(" · ".join(parts) or self.tr("Newest first."))
        mid = med.id
        self.ctx.run(lambda: self.ctx.record.doses.history(mid, limit=500),
                     lambda events: self._history_loaded(mid, events, row.zone), self._error)
        per_day, zone = prescribed_per_day(med), system_zone()

        def care() -> tuple[Any, Any]:
            rec = self.ctx.record
            return (rec.adherence.for_medicine(mid, weeks=CHART_WEEKS, current_zone=zone),
                    rec.stock.forecast(mid, per_day))

        self.ctx.run(care, lambda result: self._care_loaded(mid, result), self._error)

    def _care_loaded(self, medication_id: str | None, result: tuple[Any, Any]) -> None:
        if medication_id != self._selected_id:
            return
        adherence, forecast = result
        report = None if adherence is None else adherence.report
        if report is None or report.period(90).percent is None:
            self.adherence_label.setText("" if medication_id is None else
                                         self.tr("No scheduled doses to count yet."))
            self.chart.set_weeks([])
            self.chart.setVisible(medication_id is not None and adherence is not None)
        else:
            parts = [self.tr("%n days: {percent}%", "", d).format(
                percent=report.period(d).percent) for d in (7, 30, 90)
                if report.period(d).percent is not None]
            streak = report.current_streak
            text = self.tr("Taken on time: {periods}").format(periods=" · ".join(parts))
            if streak:
                text += " · " + self.tr("%n days in a row", "", streak)
            self.adherence_label.setText(text)
            self.chart.set_weeks(list(report.weeks))
            self.chart.show()
        self.stock_label.setText(stock_words(forecast, self.current()))
        self.refill_badge.setVisible(bool(forecast is not None and forecast.warn))

    def _history_loaded(self, medication_id: str, events: list,
            zone: str | None) -> None:  # type: ignore[type-arg]
        if medication_id == self._selected_id:
            self.history_model.set_events(events, zone)

    # -- actions -------------------------------------------------------------------------

    def _open_editor(self, med: MedicationView | None) -> None:
        self.editor = MedicationEditor(self.ctx, med, self)
        self.editor.accepted.connect(self._editor_saved)
        self.editor.open()

    def _editor_saved(self) -> None:
        if self.editor is not None and self.editor.saved is not None:
            self._selected_id = self.editor.saved.id

    def add_action(self) -> None:
        if self.ctx.profile_id:
            self._open_editor(None)

    def edit_action(self) -> None:
        row = self.current()
        if row is not None:
            self._open_editor(row.med)

    def _write(self, work: Any, done_text: str) -> None:
        def done(_v: object) -> None:
            self.message_label.hide()
            self.ctx.status_event.emit(done_text)

        self.ctx.run(work, done, self._write_error)

    def _write_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, ValidationError | LookupError) else (
            f"Could not save the change: {exc}")
        self._error(Exception(text))

    def toggle_active_action(self) -> None:
        row = self.current()
        if row is None:
            return
        med = row.med
        verb = "stopped" if med.active else "restarted"
        if med.active and not self.stopped_check.isChecked():
            self._selected_id = None
        self._write(lambda: self.ctx.record.medications.set_active(med.id, not med.active),
                    f"{row.title} {verb}.")

    def delete_action(self) -> None:
        row = self.current()
        if row is None:
            return
        if not confirm(self, self.tr("Delete medicine"), self.tr(
                "Delete {title}? Its dose history is kept, but it will no longer appear in your "
                "list.").format(title=row.title)):
            return
        self._selected_id = None
        mid = row.med.id
        self._write(lambda: self.ctx.record.medications.delete(mid), f"{row.title} deleted.")

    def caregivers_action(self) -> None:
        if self.ctx.profile_id:
            from ..dialogs.caregivers import CaregiversDialog

            self.caregivers_dialog = CaregiversDialog(self.ctx, self.ctx.profile_id, self)
            self.caregivers_dialog.open()

    def refill_action(self) -> None:
        row = self.current()
        if row is None:
            return
        unit = row.med.dose_unit
        qty, ok = QInputDialog.getDouble(self, self.tr("Record refill"),
                                         self.tr("How many ({unit}) did you get for {title}?")
                                                 .format(unit=unit, title=row.title),
                                         30.0, 0.5, 10_000.0, 1)
        if not ok:
            return
        mid = row.med.id
        self._write(lambda: self.ctx.record.medications.record_refill(mid, qty),
                    self.tr("Refill of {qty:g} recorded for {title}.").format(qty=qty,
                            title=row.title))

    # -- search ----------------------------------------------------------------------------

    def show_item(self, entity: str, row_id: str) -> None:
        """Select a medicine (or the medicine of a dose event) found by search."""
        pid = self.ctx.profile_id

        def find() -> tuple[str, bool] | None:
            rec = self.ctx.record
            meds = rec.medications.for_profile(pid, active_only=False)
            if entity == "medications":
                hit = [m for m in meds if m.id == row_id]
            else:
                hit = [m for m in meds if any(e.id == row_id for e in rec.doses.history(m.id))]
            return (hit[0].id, hit[0].active) if hit else None

        def found(result: tuple[str, bool] | None) -> None:
            if result is None:
                self.ctx.status_event.emit("That medicine is no longer in this record.")
                return
            self._selected_id = result[0]
            if not result[1] and not self.stopped_check.isChecked():
                self.stopped_check.setChecked(True)  # reloads
            else:
                self.reload()
            self.table.setFocus()

        self.ctx.run(find, found, self._error)
