"""Pieces every Records section shares: a read-only table model and a list section.

A ``ListSection`` is a table with Add / Edit / Delete buttons over one service; each
concrete section only says how to load, describe, edit and delete its rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..widgets import local_date

Index = QModelIndex | QPersistentModelIndex

# Severity of an allergy: colour AND the words, never colour alone.
SEVERITY_LABELS = {
    "life_threatening": QT_TRANSLATE_NOOP("Labels", "Life-threatening"),
    "severe": QT_TRANSLATE_NOOP("Labels", "Severe"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Moderate"),
    "mild": QT_TRANSLATE_NOOP("Labels", "Mild"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Severity not known"),
}
SEVERITY_COLORS = {"life_threatening": "#B71C1C", "severe": "#D84315", "moderate": "#B26A00",
                   "mild": "#2E7D32", "unknown": "#616161"}
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "remission": QT_TRANSLATE_NOOP("Labels", "In remission"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
}
MUTED = "#555555"
TONES = {"info": f"color: {MUTED};", "ok": "color: #2E7D32; font-weight: 600;",
         "error": "color: #B00020; font-weight: 600;"}
# Large, readable text and roomy buttons on every Records/Chat page and their dialogs.
PAGE_STYLE = ("QTableView, QListWidget, QPushButton, QToolButton, QLabel, QLineEdit, "
              "QPlainTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit, QProgressBar "
              "{ font-size: 14px; } QPushButton { padding: 6px 14px; } "
              "QHeaderView::section { font-size: 13px; font-weight: 600; padding: 4px; }")


def fmt_date(d: Any) -> str:
    """"3 Mar 2025" (no leading zero, month as a word: no day/month confusion)."""
    return local_date(d, "d MMM yyyy") if d is not None else ""


def in_zone(t: dt.datetime, zone: str | None = None) -> dt.datetime:
    """A stored UTC time in the person's home zone (as Today and Medications show
    times), or in this computer's zone when the person's is not known."""
    if zone:
        try:
            return t.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return t.astimezone()


def fmt_datetime(t: Any, zone: str | None = None) -> str:
    """A UTC time shown where the person lives: "3 Mar 2025, 14:05"."""
    if t is None:
        return ""
    local = in_zone(t, zone)
    return f"{local_date(local.date(), 'd MMM yyyy')}, {local:%H:%M}"


def error_text(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    color: Callable[[Any], str | None] | None = None
    bold: bool = False


class RowsModel(QAbstractTableModel):
    """Frozen service views as table rows; row i is ``rows[i]``, looked up by ``.id``."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            color = col.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.FontRole and col.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            # Column titles are marked QT_TRANSLATE_NOOP("Column", …) where they are
            # declared (class attributes, built before a translator is installed).
            return QCoreApplication.translate("Column", self.columns[section].header)
        return None

    def index_of(self, row_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                return i
        return -1


def make_table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(34)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table


def button(text: str, tip: str, slot: Callable[[], None], shortcut: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    b.clicked.connect(lambda _=False: slot())
    return b


class ListSection(QWidget):
    """A table of one kind of record with Add / Edit / Delete.

    Subclasses set ``noun``, ``columns`` and implement ``load``, ``form``, ``delete_work``
    and ``describe``. ``dialog`` and ``confirm_box`` hold the open dialog (for tests).
    """

    noun = "item"
    add_text = QT_TRANSLATE_NOOP("Labels", "Add…")
    intro = ""
    empty_text = QT_TRANSLATE_NOOP("Labels", "Nothing recorded yet.")
    columns: Sequence[Column] = ()
    #: Emitted on the GUI thread after the rows were (re)loaded, with the rows.
    rows_did_load = Signal(object)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self._select_after: str | None = None
        self.model = RowsModel(self.columns, self)
        self.table = make_table(self.model, self.noun.capitalize() + " list")
        self.table.doubleClicked.connect(lambda _i: self.edit_action())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.add_button = button(tr_label(self.add_text), QCoreApplication.translate("ListSection",
                "Add a new {noun}").format(noun=self.noun), self.add_action)
        self.edit_button = button(QCoreApplication.translate("ListSection", "Edit…"),
                QCoreApplication.translate("ListSection", "Change the selected {noun} (Enter)")
                        .format(noun=self.noun),
                                  self.edit_action)
        self.delete_button = button(QCoreApplication.translate("ListSection", "Delete"),
                QCoreApplication.translate("ListSection", "Remove the selected {noun} (Delete)")
                        .format(noun=self.noun),
                                    self.delete_action)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.say("")
        self._shown_pid = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.setSpacing(8)
        if self.intro:
            intro = QLabel(tr_label(self.intro))
            intro.setWordWrap(True)
            lay.addWidget(intro)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, *self.extra_buttons(),
                  self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.add_widgets(lay)
        lay.addWidget(self.message)
        lay.addWidget(self.body(), 1)
        self._enable()

    # -- what subclasses provide -----------------------------------------------------

    def add_widgets(self, layout: QVBoxLayout) -> None:
        """Extra widgets above the table (summaries)."""

    def extra_buttons(self) -> list[QPushButton]:
        """More buttons between Edit and Delete."""
        return []

    def body(self) -> QWidget:
        """The main area (by default the table)."""
        return self.table

    # Abstract: every section overrides these three (tests/ui/test_records_page.py checks
    # it). Not abc.abstractmethod because Qt's metaclass cannot be combined with ABCMeta.

    def load(self, profile_id: str) -> Any:
        """Runs on the DB worker: return the rows (or a tuple whose first item is rows)."""
        raise NotImplementedError(f"{type(self).__name__} must say how its rows load")

    def form(self, row: Any) -> Any:
        """The add/edit dialog for ``row`` (None: a new one)."""
        raise NotImplementedError(f"{type(self).__name__} must give its edit form")

    def delete_work(self, row: Any) -> None:
        """Runs on the DB worker: delete ``row`` through its service."""
        raise NotImplementedError(f"{type(self).__name__} must say how a row is deleted")

    def describe(self, row: Any) -> str:
        return self.noun

    def loaded(self, result: Any) -> list[Any]:
        """Handle what ``load`` returned on the GUI thread; return the table rows."""
        return list(result)

    # -- behaviour -------------------------------------------------------------------

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.add_button.setEnabled(bool(self.ctx.profile_id))

    def reload(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            self.model.set_rows([])
            self._enable()
            return
        keep = self.current()
        keep_id = self._select_after or (keep.id if keep else None)
        load = self.load

        def done(result: Any) -> None:
            if pid != self.ctx.profile_id:
                return
            self.model.set_rows(self.loaded(result))
            if not self.model.rows:
                self.say(tr_label(self.empty_text))
            elif self.message.text() == tr_label(self.empty_text) or pid != self._shown_pid:
                self.say("")
            self._shown_pid = pid
            if keep_id:
                self.select_id(keep_id)
            self._enable()
            self.rows_did_load.emit(self.model.rows)

        self.ctx.run(lambda: load(pid), done, self.show_error)

    def select_id(self, row_id: str) -> bool:
        i = self.model.index_of(row_id)
        if i < 0:
            self._select_after = row_id
            return False
        self._select_after = None
        self.table.selectRow(i)
        self.table.scrollTo(self.model.index(i, 0))
        return True

    def say(self, text: str, tone: str = "info") -> None:
        """Show a line under the buttons: "info" (grey), "ok" (green) or "error" (red)."""
        self.message.setStyleSheet(TONES[tone])
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        self.say(error_text(exc), "error")
        self.ctx.status_event.emit(error_text(exc))

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: Any) -> None:
        view = dialog.result_view
        if view is not None and hasattr(view, "id"):
            self._select_after = view.id

    def add_action(self) -> None:
        if self.ctx.profile_id:
            self._open(self.form(None))

    def edit_action(self) -> None:
        row = self.current()
        if row is not None:
            self._open(self.form(row))

    def delete_action(self) -> None:
        row = self.current()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ListSection",
                "Delete {noun}").format(noun=self.noun),
                          QCoreApplication.translate("ListSection", "Delete {0}?").format(
                                  self.describe(row)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("ListSection",
                "Delete"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("ListSection",
                "Keep"))
        self.confirm_box = box

        def answered(_code: int) -> None:
            if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
                return
            self.ctx.run(lambda: self.delete_work(row), None, self.show_error)

        box.finished.connect(answered)
        box.open()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.current() is not None:
            self.delete_action()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current():
            self.edit_action()
        else:
            super().keyPressEvent(event)
