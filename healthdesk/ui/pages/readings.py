"""The Readings page: add a reading, see its trend against the normal range, look back.

Three parts: the quick-entry form (``readings_entry``), the chart (``charts``), and a
table that pages through every reading (``readings_model``). Every service call runs
on the database worker via ``ctx.run``; the op runner then publishes what the write
changed, and this page (and Today) reload from ``operation_did_execute`` when it touches
the current person's readings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS
from healthdesk.services.readings import ReadingView

from ..charts import ReadingsChart
from ..context import UiContext
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ..readings_model import (
    KIND_ORDER,
    ReadingsSource,
    ReadingsTableModel,
    reading_text,
    units_from_preferences,
    when_text,
)
from ..widgets import BASE_POINTS, TONES, RoundedFrame, body_points, muted, set_point_size
from .readings_entry import ReadingEditDialog, ReadingEntry

#: The widest usual text of each column sizes it ("": the note column takes what is left).
COLUMN_SAMPLES = ("Sun 22 Nov 2026 14:06", "138/86 mmHg, pulse 68",
                  "High blood pressure (stage 1)", "After a meal", "", "Typed in")
READING_ENTITIES = ("measurements", "measurement", "reading", "readings")


class ReadingsPage(QWidget):
    """Readings of the current person: entry, chart and a paged table with undo."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.units: dict[str, str] = {}
        self.edit_dialog: ReadingEditDialog | None = None
        self._deleted: list[ReadingView] = []
        self._focus_id: str | None = None
        self._dirty = True
        set_point_size(self, body_points())
        self.entry = ReadingEntry(ctx)
        # 370 px at the base text size and half as much again per 100 % more: at 200 %
        # Tamil the field labels ("சிஸ்டாலிக் (மேல் அளவு)") were cut off by a fixed 370,
        # while the form's own size hint (the longest kind's name) crowds out the chart.
        scale = max(1.0, body_points() / BASE_POINTS)
        self.entry.setFixedWidth(int(370 * (1 + 0.5 * (scale - 1))))
        self.chart = ReadingsChart(ctx)
        self.model = ReadingsTableModel(ctx.run, self)
        self._build()
        self.entry.form.kind_did_change.connect(self._entry_kind_changed)
        self.entry.reading_did_save.connect(lambda view: self._show_kind(view.kind))
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.model.rows_did_load.connect(self._update_count)
        self.model.load_did_fail.connect(
            lambda exc: self.count_label.setText(self.tr("Readings could not be loaded: {exc}")
                    .format(exc=exc)))
        ctx.profile_did_change.connect(self._profile_changed)
        ctx.operation_did_execute.connect(self._record_changed)

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Readings"))
        set_point_size(title, body_points() + 9, bold=True)
        title.setAccessibleName(self.tr("Readings"))
        intro = muted(self.tr("Add a reading, see how it compares with the normal range, "
                      "and look back at earlier ones."))
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.setSpacing(16)
        top_row.addWidget(self.entry)
        top_row.addWidget(self.chart, 1)
        # Never shorter than the form wants: squeezed, its rows overlap at large text.
        top.setMinimumHeight(self.entry.sizeHint().height())
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(self._build_table_panel())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 8)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self,
                         activated=self.undo_delete_action)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_table_panel(self) -> QWidget:
        self.filter_box = QComboBox()
        self.filter_box.addItem(self.tr("All kinds"), None)
        for key in KIND_ORDER:
            self.filter_box.addItem(_(KINDS[key].label), key)
        self.filter_box.setAccessibleName(self.tr("Show readings of"))
        self.filter_box.setMinimumHeight(32)
        show = QLabel(self.tr("Sh&ow"))
        show.setBuddy(self.filter_box)
        self.count_label = muted("")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected reading (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected_action)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr(
                "Delete the selected reading (Delete); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected_action)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.filter_box)
        bar.addSpacing(12)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        self.undo_bar = RoundedFrame()
        fill, _text, border = TONES["warn"]
        self.undo_bar.set_colours(fill, border)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Bring the reading back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete_action)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setToolTip(self.tr("Hide this message"))
        dismiss.clicked.connect(self._hide_undo)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(12, 6, 8, 6)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(dismiss)
        self.undo_bar.hide()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Readings list, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(70)
        metrics = self.fontMetrics()  # the page's (larger) font; the table inherits it
        for column, sample in enumerate(COLUMN_SAMPLES):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected_action())
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected_action),
                           (Qt.Key.Key_Backspace, self.delete_selected_action),
                           (Qt.Key.Key_Return, self.edit_selected_action),
                           (Qt.Key.Key_Enter, self.edit_selected_action)):
            shortcut = QShortcut(QKeySequence(keys), self.table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        column.addLayout(bar)
        column.addWidget(self.undo_bar)
        column.addWidget(self.table, 1)
        return panel

    # -- loading ----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
        elif not self.entry.form.time_touched:
            self.entry.form.reset_time()

    def reload(self) -> None:
        """Preferences (units) first, then the table and the chart."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        if not self.entry.form.time_touched:
            self.entry.form.reset_time()
        preferences = self.ctx.record.preferences
        self.ctx.run(lambda: preferences.all(), self._preferences_loaded,
                     lambda exc: self._preferences_loaded({}))

    def _preferences_loaded(self, prefs: dict[str, Any]) -> None:
        self.units = units_from_preferences(prefs)
        self.entry.form.set_units(self.units)
        self.model.set_units(self.units)
        self.chart.unit = self.units.get(self.chart.kind)
        self.reload_table()
        self.chart.reload()

    def reload_table(self, focus_id: str | None = None, min_rows: int = 0) -> None:
        """Reload the rows (as many as were loaded), keeping the selection if it is there."""
        if not self.ctx.profile_id:
            self.model.load(None)
            return
        selected = self.selected_reading()
        keep_id = focus_id or self._focus_id or (selected.id if selected else None)
        self._focus_id = None
        keep_row = self.table.currentIndex().row()
        ctx = self.ctx
        source = ReadingsSource(lambda: ctx.record.readings, ctx.profile_id,
                                self.filter_box.currentData())
        self.model.load(source, max(min_rows, self.model.rowCount()),
                        lambda: self._reselect(keep_id, keep_row))

    def _reselect(self, reading_id: str | None, fallback_row: int) -> None:
        row = self.model.row_of(reading_id) if reading_id else -1
        if row < 0:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_count(self) -> None:
        total, loaded = self.model.total, self.model.rowCount()
        kind = self.filter_box.currentData()
        what = self.tr("{kind} readings").format(kind=_(KINDS[kind].label).lower()) if kind \
            else self.tr("readings")
        if total == 0:
            self.count_label.setText(self.tr("No {what} yet. Add one above.").format(what=what))
        elif loaded < total:
            self.count_label.setText(self.tr(
                    "{total:,} {what} (newest first; scroll for older ones)").format(total=total,
                            what=what))
        else:
            self.count_label.setText(self.tr("{total:,} {what}, newest first").format(total=total,
                    what=what))
        has_rows = loaded > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def _record_changed(self, changes: Changes, _initiator: object) -> None:
        pid = self.ctx.profile_id
        # Units are preferences; a person's profile carries their targets.
        if changes.touches_readings(pid) or changes.touches("preferences") \
                or changes.touches("profiles", pid):
            self.reload()

    def _profile_changed(self, _profile_id: str) -> None:
        self._deleted.clear()
        self._hide_undo()
        self.entry.result.hide()
        self.reload()

    def _filter_changed(self) -> None:
        kind = self.filter_box.currentData()
        if kind:
            self._show_kind(kind)
        self.reload_table()

    def _entry_kind_changed(self, kind: str) -> None:
        self._show_kind(kind)

    def _show_kind(self, kind: str) -> None:
        self.chart.set_kind(kind, self.units.get(kind))

    # -- actions ----------------------------------------------------------------------

    def selected_reading(self) -> ReadingView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.reading_at(rows[0].row()) if rows else None

    def edit_selected_action(self) -> None:
        view = self.selected_reading()
        if view is None:
            self.ctx.status_event.emit("Select a reading in the list first.")
            return
        self.edit_dialog = ReadingEditDialog(self.ctx, view, self.units, self)
        self.edit_dialog.open()

    def delete_selected_action(self) -> None:
        view = self.selected_reading()
        if view is None:
            self.ctx.status_event.emit("Select a reading in the list first.")
            return
        readings = self.ctx.record.readings
        self.ctx.run(lambda: readings.delete(view.id), lambda _r: self._was_deleted(view),
                     self._failed)

    def _was_deleted(self, view: ReadingView) -> None:
        self._deleted.append(view)
        self._show_undo()
        self.ctx.status_event.emit("Reading deleted. Press Ctrl+Z to undo.")
        self.table.setFocus()

    def undo_delete_action(self) -> None:
        """Bring back the most recently deleted reading."""
        if not self._deleted:
            return
        view = self._deleted.pop()
        readings = self.ctx.record.readings
        self.ctx.run(lambda: readings.restore(view.id), self._was_restored, self._failed)

    def _was_restored(self, view: ReadingView) -> None:
        self._show_undo()
        self.ctx.status_event.emit("Reading restored.")
        self._focus_id = view.id

    def _show_undo(self) -> None:
        if not self._deleted:
            self._hide_undo()
            return
        view = self._deleted[-1]
        self.undo_label.setText(self.tr("Reading deleted: {0} on {1}.").format(reading_text(view,
                self.units), when_text(view.taken_at)))
        self.undo_bar.show()

    def _hide_undo(self) -> None:
        self.undo_bar.hide()

    def _failed(self, exc: BaseException) -> None:
        self.ctx.status_event.emit(str(exc))
        self.count_label.setText(str(exc))

    def show_item(self, entity: str, row_id: str) -> None:
        """Open a reading found by search: filter to its kind and select it."""
        if entity not in READING_ENTITIES:
            return
        readings = self.ctx.record.readings

        def work() -> tuple[ReadingView, int]:
            view = readings.get(row_id)
            newer = readings.count(view.profile_id, view.kind,
                                   start=view.taken_at + dt.timedelta(microseconds=1))
            return view, newer

        def done(found: tuple[ReadingView, int]) -> None:
            view, newer = found
            self.filter_box.blockSignals(True)
            self.filter_box.setCurrentIndex(max(self.filter_box.findData(view.kind), 0))
            self.filter_box.blockSignals(False)
            self._show_kind(view.kind)
            self.reload_table(focus_id=view.id, min_rows=newer + 20)
            self.table.setFocus()

        self.ctx.run(work, done, self._failed)
