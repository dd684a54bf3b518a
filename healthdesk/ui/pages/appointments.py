"""Appointments: upcoming and past lists, a month calendar marking busy days (click a
day to see only that day), and plan / change / cancel / mark done / delete."""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.services.appointments import AppointmentView
from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..dialogs.appointment_editor import REMINDERS, AppointmentEditor, visit_label
from ..i18n import tr_label
from ..qt import (
    QAbstractItemView,
    QCalendarWidget,
    QColor,
    QDate,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QTabWidget,
    QTextCharFormat,
    QVBoxLayout,
    QWidget,
)
from ..widgets import (
    TONES,
    Card,
    ReloadWhenShown,
    body_points,
    confirm,
    long_date,
    muted,
    set_point_size,
    when_text,
)
from .appointments_history import VisitHistory
from .appointments_models import AppointmentsData, AppointmentTableModel, load_appointments

SHOWN = ("appointments", "profiles", "encounters")
_REMINDER_WORDS = dict(REMINDERS)


def _table(model: AppointmentTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    for col, width in enumerate((175, 190, 150, 100)):
        view.setColumnWidth(col, width)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return view


class AppointmentsPage(ReloadWhenShown, QWidget):
    """The current person's appointments."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: AppointmentsData | None = None
        self.editor: AppointmentEditor | None = None
        self.marked: set[dt.date] = set()
        self._selected_id: str | None = None
        self._generation = 0
        set_point_size(self, body_points())
        self.upcoming_model = AppointmentTableModel()
        self.past_model = AppointmentTableModel()
        self._build()
        ctx.profile_did_change.connect(lambda _p: self._changed(clear=True))
        ctx.operation_did_execute.connect(self._on_changes)

    # -- layout --------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Any, keys: str | None = None) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(f"{tip} ({keys})" if keys else tip)
        b.clicked.connect(slot)
        if keys:
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return b

    def _build(self) -> None:
        title = set_point_size(QLabel(self.tr("Appointments")), body_points() + 7, bold=True)
        self.add_button = self._button(self.tr("Add…"), self.tr("Plan an appointment"),
                self.add_action, "Ctrl+N")
        self.edit_button = self._button(self.tr("Edit…"), self.tr(
                "Change the selected appointment"),
                                        self.edit_action, "Ctrl+E")
        self.done_button = self._button(self.tr("Mark done…"), self.tr(
                "Mark it done and add visit notes"),
                                        self.done_action, "Ctrl+D")
        self.cancel_button = self._button(self.tr("Cancel appointment"), self.tr(
                "Mark it cancelled"),
                                          self.cancel_action)
        self.delete_button = self._button(self.tr("Delete…"), self.tr(
                "Delete the selected appointment"),
                                          self.delete_action, self.tr("Del"))
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.done_button, self.cancel_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have appointments"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumSize(280, 240)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_clicked)
        self.calendar.currentPageChanged.connect(lambda *_: self.reload())
        self.filter_label = muted(self.tr("Showing all days."))
        self.all_days_button = QPushButton(self.tr("Show all days"))
        self.all_days_button.setToolTip(self.tr("Stop filtering by the chosen day"))
        self.all_days_button.clicked.connect(lambda: self.set_day(None))
        self.all_days_button.hide()
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(muted(self.tr("Days in bold blue have appointments. Click a day to see "
                             "only that day.")))
        left.addWidget(self.filter_label)
        left.addWidget(self.all_days_button)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        # 300 px at 100 %; wider with the text size, so the calendar keeps all seven days.
        side.setFixedWidth(max(300, min(self.calendar.minimumSizeHint().width() + 8, 500)))

        self.upcoming_table = _table(self.upcoming_model, self.tr("Upcoming appointments"))
        self.past_table = _table(self.past_model, self.tr("Past and closed appointments"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.upcoming_table, self.tr("Upcoming"))
        self.tabs.addTab(self.past_table, self.tr("Past"))
        self.history = VisitHistory(self.ctx)
        self.tabs.addTab(self.history, self.tr("Visit history"))
        self.tabs.currentChanged.connect(lambda _i: self._selection())
        for table in (self.upcoming_table, self.past_table):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
            table.doubleClicked.connect(lambda _i: self.edit_action())
            table.activated.connect(lambda _i: self.edit_action())
        self.detail_card = Card(self.tr("Details"))
        self.detail_label = QLabel(self.tr("Select an appointment to see its details."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_card.body.addWidget(self.detail_label)
        right = QVBoxLayout()
        right.addWidget(self.tabs, 3)
        right.addWidget(self.detail_card, 0)
        self.message_label = muted("")
        self.message_label.hide()

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(side)
        body.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(self.message_label)
        lay.addLayout(body, 1)
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
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.history.reload()
        self.ctx.run(lambda: load_appointments(self.ctx.record, pid, year, month),
                     lambda data: self._loaded(generation, data), self._error)

    def _loaded(self, generation: int, data: AppointmentsData) -> None:
        if generation != self._generation:
            return
        first = self.data is None
        self.data = data
        self.upcoming_model.set_appointments(data.upcoming, data.timezone, data.today)
        self.past_model.set_appointments(data.past, data.timezone, data.today)
        self._mark(data.marked)
        if first:
            self.calendar.setSelectedDate(QDate(data.today.year, data.today.month,
                                                data.today.day))
        self._counts()
        self._reselect()

    def _mark(self, days: set[dt.date]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(QColor(TONES["info"][1]))
        fmt.setBackground(QColor(TONES["info"][0]))
        fmt.setFontUnderline(True)
        for d in days:
            self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day), fmt)
        self.marked = set(days)

    def _counts(self) -> None:
        self.tabs.setTabText(0, self.tr("Upcoming ({0})").format(self.upcoming_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Past and done ({0})").format(self.past_model.rowCount()))

    def _error(self, exc: BaseException) -> None:
        self.message_label.setText(str(exc))
        self.message_label.show()
        self.ctx.status_event.emit(str(exc))

    # -- day filter ------------------------------------------------------------------------

    def _day_clicked(self, q: QDate) -> None:
        self.set_day(dt.date(q.year(), q.month(), q.day()))

    def set_day(self, day: dt.date | None) -> None:
        """Show only that day's appointments (None: every day)."""
        self.upcoming_model.set_day(day)
        self.past_model.set_day(day)
        self.all_days_button.setVisible(day is not None)
        self.filter_label.setText(self.tr("Showing all days.") if day is None
                                  else self.tr("Showing only {0}.").format(long_date(day)))
        if day is not None and not self.current_model().rows:
            other = 1 - self.tabs.currentIndex()
            if (self.past_model if other else self.upcoming_model).rows:
                self.tabs.setCurrentIndex(other)
        self._counts()
        self._reselect()

    # -- selection -------------------------------------------------------------------------

    def current_table(self) -> QTableView:
        return self.past_table if self.tabs.currentIndex() == 1 else self.upcoming_table

    def current_model(self) -> AppointmentTableModel:
        return self.past_model if self.tabs.currentIndex() == 1 else self.upcoming_model

    def current(self) -> AppointmentView | None:
        if self.tabs.currentWidget() is self.history:  # visits are history, not editable
            return None
        index = self.current_table().currentIndex()
        rows = self.current_model().rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _reselect(self) -> None:
        for i, (table, model) in enumerate(((self.upcoming_table, self.upcoming_model),
                                            (self.past_table, self.past_model))):
            row = model.row_of(self._selected_id) if self._selected_id else -1
            if row >= 0:
                self.tabs.setCurrentIndex(i)
                table.selectRow(row)
                break
        else:
            table = self.current_table()
            if self.current_model().rows:
                table.selectRow(0)
        self._selection()

    def _selection(self) -> None:
        a = self.current()
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(a is not None)
        open_ = a is not None and a.status == "scheduled"
        self.done_button.setEnabled(open_)
        self.cancel_button.setEnabled(open_)
        if a is None and self.tabs.currentWidget() is self.history:
            self.detail_label.setText(self.tr("Past visits from imported records; they are history "
                                      "and are not edited here."))
            return
        if a is None:
            self.detail_label.setText(self.tr("Select an appointment to see its details.")
                                      if self.current_model().rows else
                                      self.tr("No appointments here. Choose Add… to plan one."))
            return
        self._selected_id = a.id
        zone = self.data.timezone if self.data else None
        lines = [f"<b>{_esc(a.title)}</b> — {when_text(a.start_at, zone)}, "
                 f"{a.duration_minutes} min, {visit_label(a.visit_type).lower()}"]
        who = " · ".join(p for p in (a.clinician, a.place) if p)
        if who:
            lines.append(_esc(who))
        if a.reminder_offsets:
            lines.append("Reminders: " + ", ".join(
                tr_label(_REMINDER_WORDS.get(m,
                        f"{m} min before")).lower() for m in a.reminder_offsets))
        if a.notes:
            lines.append(self.tr("Notes: {0}").format(_esc(a.notes)))
        if a.visit_notes:
            lines.append(self.tr("Visit notes: {0}").format(_esc(a.visit_notes)))
        self.detail_label.setText("<br>".join(lines))

    # -- actions -------------------------------------------------------------------------

    def _open_editor(self, appointment: AppointmentView | None) -> None:
        zone = self.data.timezone if self.data else None
        self.editor = AppointmentEditor(self.ctx, appointment, self, timezone=zone)
        self.editor.accepted.connect(self._editor_saved)
        self.editor.open()

    def _editor_saved(self) -> None:
        if self.editor is not None and self.editor.saved is not None:
            self._selected_id = self.editor.saved.id

    def add_action(self) -> None:
        if self.ctx.profile_id:
            self._open_editor(None)

    def edit_action(self) -> None:
        a = self.current()
        if a is not None:
            self._open_editor(a)

    def _write(self, work: Any, done_text: str) -> None:
        def done(_v: object) -> None:
            self.message_label.hide()
            self.ctx.status_event.emit(done_text)

        def failed(exc: BaseException) -> None:
            ok = isinstance(exc, ValidationError | LookupError)
            self._error(Exception(str(exc) if ok else f"Could not save the change: {exc}"))

        self.ctx.run(work, done, failed)

    def done_action(self) -> None:
        a = self.current()
        if a is None or a.status != "scheduled":
            return
        notes, ok = QInputDialog.getMultiLineText(
            self, self.tr("Mark as done"), self.tr("{title}: notes from the visit (optional)")
                    .format(title=a.title),
            a.visit_notes or "")
        if not ok:
            return
        aid = a.id
        self._write(lambda: self.ctx.record.appointments.complete(aid, notes.strip() or None),
                    self.tr("{title} marked as done.").format(title=a.title))

    def cancel_action(self) -> None:
        a = self.current()
        if a is None or a.status != "scheduled":
            return
        if confirm(self, self.tr("Cancel appointment"), self.tr(
                "Mark {title} as cancelled? It stays in the list, crossed out, and sends no more "
                "reminders.").format(title=a.title)):
            aid = a.id
            self._write(lambda: self.ctx.record.appointments.cancel(aid),
                        f"{a.title} cancelled.")

    def delete_action(self) -> None:
        a = self.current()
        if a is None:
            return
        if confirm(self, self.tr("Delete appointment"), self.tr("Delete {title} for good?").format(
                title=a.title)):
            aid = a.id
            self._selected_id = None
            self._write(lambda: self.ctx.record.appointments.delete(aid),
                        f"{a.title} deleted.")

    def show_item(self, entity: str, row_id: str) -> None:
        """Select an appointment found by search."""
        self.set_day(None)
        self._selected_id = row_id  # after set_day, which reselects what is there now
        self.reload()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
