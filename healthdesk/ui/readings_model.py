"""The readings table: a model that pages through the readings service.

Ten years of readings are tens of thousands of rows; the model holds the first page and
asks for the next one (``canFetchMore``/``fetchMore``) as the view scrolls near the end.
A page of 200 rows takes 10-35 ms to read out of SQLCipher (see ``bench/bench_charts.py``),
too long for the GUI thread during a scroll, so pages are read on the database worker
and appended when they arrive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from healthdesk.domain.measurements import KINDS, format_reading
from healthdesk.domain.ranges import Category
from healthdesk.services.readings import ReadingView

from .chart_theme import category_cell_colours, with_shape
from .i18n import tr_label
from .qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from .widgets import CATEGORY_TONES, TONES, category_colour
from .widgets import when_text as shared_when_text

Runner = Callable[..., Any]
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "When"),
    QT_TRANSLATE_NOOP("Labels", "Reading"),
    QT_TRANSLATE_NOOP("Labels", "Category"),
    QT_TRANSLATE_NOOP("Labels", "Context"),
    QT_TRANSLATE_NOOP("Labels", "Note"),
    QT_TRANSLATE_NOOP("Labels", "Source"),
)

#: (background, text) per category, from the app's shared tones: light fills with dark
#: text stay readable, and the category's name is always in the cell too (never colour
#: alone).
CATEGORY_COLOURS: dict[Category | None, tuple[str, str]] = {
    level: TONES[tone][:2] for level, tone in CATEGORY_TONES.items()  # type: ignore[misc]
}
#: Strong colours for chart markers and legend dots; stage 2 is a deeper shade of the
#: "high" tone so two neighbouring legend entries never share one colour.
CATEGORY_DOTS: dict[Category | None, str] = {
    level: category_colour(level) for level in CATEGORY_TONES  # type: ignore[misc]
} | {Category.VERY_HIGH: "#A33A0B"}
CONTEXT_LABELS = {
    "fasting": QT_TRANSLATE_NOOP("Labels", "Fasting"),
    "before_meal": QT_TRANSLATE_NOOP("Labels", "Before a meal"),
    "after_meal": QT_TRANSLATE_NOOP("Labels", "After a meal"),
    "bedtime": QT_TRANSLATE_NOOP("Labels", "At bedtime"),
    "random": QT_TRANSLATE_NOOP("Labels", "Other time"),
}
SOURCE_LABELS = {
    "manual": QT_TRANSLATE_NOOP("Labels", "Typed in"),
    "demo": QT_TRANSLATE_NOOP("Labels", "Demo"),
    "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
    "sync": QT_TRANSLATE_NOOP("Labels", "Synced"),
}
_FIRST = ("blood_pressure", "glucose", "weight", "pulse", "temperature", "spo2")
#: Kinds in the order people reach for them; the rest follow in the domain's order.
KIND_ORDER: tuple[str, ...] = _FIRST + tuple(k for k in KINDS if k not in _FIRST)
#: Which preference holds each kind's display unit (kinds not listed: canonical unit).
UNIT_PREFERENCES = {"glucose": "glucose_unit", "weight": "weight_unit",
                    "temperature": "temperature_unit", "height": "height_unit",
                    "cholesterol": "cholesterol_unit", "hdl": "cholesterol_unit",
                    "ldl": "cholesterol_unit", "triglycerides": "cholesterol_unit",
                    "head_circumference": "height_unit"}


def units_from_preferences(prefs: dict[str, Any]) -> dict[str, str]:
    """Kind -> display unit, from ``preferences.all()``."""
    return {kind: str(prefs[key]) for kind, key in UNIT_PREFERENCES.items() if prefs.get(key)}


def when_text(moment: dt.datetime) -> str:
    """Local time, spelled out as elsewhere in the app: "Tue 10 Mar 2026 08:00".

    Stored times are aware UTC; a naive one is taken as UTC, never as local time.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return shared_when_text(moment)


def reading_text(view: ReadingView, units: dict[str, str]) -> str:
    """The reading in this device's preferred unit for its kind."""
    return format_reading(view.kind, view.values, units.get(view.kind))


class ReadingsSource:
    """Where pages come from: one profile, one kind (or all). Called on the worker.

    ``readings`` is the readings service, or a function returning it: the page passes
    ``lambda: ctx.record.readings`` so a page fetched after lock/unlock reads the new
    record, never the closed one.
    """

    def __init__(self, readings: Any, profile_id: str, kind: str | None) -> None:
        self._readings = readings
        self.profile_id = profile_id
        self.kind = kind

    @property
    def service(self) -> Any:
        return self._readings() if callable(self._readings) else self._readings

    def count(self) -> int:
        return int(self.service.count(self.profile_id, self.kind))

    def page(self, offset: int, limit: int) -> list[ReadingView]:
        return list(self.service.for_profile(self.profile_id, self.kind, limit=limit,
                                             offset=offset))


class ReadingsTableModel(QAbstractTableModel):
    """Newest first; rows arrive a page at a time from a background read."""

    #: Emitted after a reload or a page arrived (the page updates its "n of m" label).
    rows_did_load = Signal()
    #: Emitted when a background read failed (argument: the error).
    load_did_fail = Signal(object)

    def __init__(self, run: Runner, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._run = run
        self.page_size = page_size
        self._rows: list[ReadingView] = []
        self._total = 0
        self._source: ReadingsSource | None = None
        self._generation = 0
        self.loading = False
        self.units: dict[str, str] = {}

    # -- loading ----------------------------------------------------------------------

    def load(self, source: ReadingsSource | None, min_rows: int = 0,
             on_loaded: Callable[[], None] | None = None) -> None:
        """Replace the contents with the first rows of ``source`` (at least ``min_rows``)."""
        self._generation += 1
        generation = self._generation
        self._source = source
        if source is None:
            self._apply(generation, (0, []))
            return
        limit = max(self.page_size, min_rows)
        self.loading = True

        def done(result: tuple[int, list[ReadingView]]) -> None:
            self._apply(generation, result)
            if on_loaded is not None and generation == self._generation:
                on_loaded()

        self._run(lambda: (source.count(), source.page(0, limit)), done,
                  lambda exc: self._failed(generation, exc))

    def _apply(self, generation: int, result: tuple[int, list[ReadingView]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result[0], list(result[1])
        self._total = max(self._total, len(self._rows))
        self.loading = False
        self.endResetModel()
        self.rows_did_load.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.load_did_fail.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (not parent.isValid() and self._source is not None and not self.loading
                and len(self._rows) < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        source, generation, offset = self._source, self._generation, len(self._rows)
        assert source is not None
        self.loading = True

        def done(page: list[ReadingView]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            if not page:  # the record shrank meanwhile: stop asking
                self._total = len(self._rows)
                self.rows_did_load.emit()
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self.rows_did_load.emit()

        self._run(lambda: source.page(offset, self.page_size), done,
                  lambda exc: self._failed(generation, exc))

    # -- reading ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many readings match, loaded or not."""
        return self._total

    def reading_at(self, row: int) -> ReadingView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reading_id: str) -> int:
        """The loaded row showing ``reading_id``, or -1."""
        for i, view in enumerate(self._rows):
            if view.id == reading_id:
                return i
        return -1

    def set_units(self, units: dict[str, str]) -> None:
        self.units = dict(units)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(COLUMNS[section])
        return None

    def text(self, row: int, column: int) -> str:
        """What a cell says (tests and accessibility read this too)."""
        view = self._rows[row]
        if column == 0:
            return when_text(view.taken_at)
        if column == 1:
            return reading_text(view, self.units)
        if column == 2:
            return view.classification.label
        if column == 3:
            return tr_label(CONTEXT_LABELS.get(view.context or "", view.context or ""))
        if column == 4:
            return view.note or ""
        return tr_label(SOURCE_LABELS.get(view.source, view.source.capitalize()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == 2:
            # A shape beside the word, so the category never rests on colour alone.
            return with_shape(view.classification.level, self.text(index.row(), column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return view.classification.explanation
            if column == 4 and view.note:
                return view.note
            if column == 5 and view.sources:
                # The same reading found in two exports (a meter's and a phone's) is
                # stored once; this says which.
                return QCoreApplication.translate("ReadingsModel", "Imported from: {sources}"
                                                  ).format(sources=", ".join(view.sources))
            return None
        if column == 2 and role in (Qt.ItemDataRole.BackgroundRole,
                                    Qt.ItemDataRole.ForegroundRole):
            # Light tints in a light theme; coloured text on the dark or black base.
            background, foreground = category_cell_colours(view.classification.level)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(background) if background else None
            return QColor(foreground)
        if role == Qt.ItemDataRole.UserRole:
            return view.id
        return None
