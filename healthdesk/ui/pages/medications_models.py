"""Table models of the Medicines page (medicines, and one medicine's dose history),
plus the background loader that gathers what the medicine list shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from healthdesk.domain.dose_times import schedule_zone
from healthdesk.domain.schedules import next_occurrence
from healthdesk.services.doses import DoseEventView
from healthdesk.services.medications import MedicationView, format_dose, prescribed_per_day
from healthdesk.services.record import HealthRecord

from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from ..widgets import TONES, clock_text, to_local, when_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MedicationRow:
    med: MedicationView
    days_left: float | None
    next_dose: dt.datetime | None
    zone: str | None  # the zone its times are read in
    today: dt.date

    @property
    def title(self) -> str:
        m = self.med
        return f"{m.name} {m.strength}" if m.strength else m.name


def load_medications(record: HealthRecord, profile_id: str, show_stopped: bool,
                     current_zone: str | None) -> list[MedicationRow]:
    """The list the page shows. Runs on the worker thread."""
    now = record.now()
    meds = record.medications.for_profile(profile_id, active_only=not show_stopped)
    forecasts = record.stock.forecasts((m.id, prescribed_per_day(m)) for m in meds
                                       if m.stock_count is not None)
    rows = []
    for med in meds:
        sc, rule = med.schedule, med.rule
        zone = None if sc is None else schedule_zone(sc.tz_policy, sc.timezone, current_zone)
        nxt = None
        if med.active and rule is not None and not rule.as_needed and zone is not None:
            here = rule if zone == rule.timezone else replace(rule, timezone=zone)
            nxt = next_occurrence(here, now)
        f = forecasts.get(med.id)
        days = None if f is None else f.days_left
        rows.append(MedicationRow(med, days, nxt, zone, to_local(now, zone).date()))
    return rows


def stock_text(row: MedicationRow) -> str:
    m = row.med
    if m.stock_count is None:
        return QCoreApplication.translate("MedicationsModels", "Not tracked")
    amount = format_dose(m.stock_count, m.dose_unit)
    if row.days_left is None:
        return amount
    if row.days_left < 1:
        return QCoreApplication.translate("MedicationsModels", "{0} (runs out today)").format(
            amount)
    return QCoreApplication.translate("MedicationsModels", "{0} (%n days)", "",
                                      round(row.days_left)).format(amount)


class MedicationTableModel(QAbstractTableModel):
    """One medicine per row."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Medicine"),
        QT_TRANSLATE_NOOP("Labels", "How much and when"),
        QT_TRANSLATE_NOOP("Labels", "Stock"),
        QT_TRANSLATE_NOOP("Labels", "Next dose"),
    )
    STOCK = 2

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MedicationRow] = []

    def set_rows(self, rows: list[MedicationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.HEADERS[section])
        return None

    def row_of(self, medication_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.med.id == medication_id), -1)

    def text(self, row: MedicationRow, column: int) -> str:
        m = row.med
        if column == 0:
            return row.title if m.active else self.tr("{0}  (stopped)").format(row.title)
        if column == 1:
            if m.schedule is not None:
                return m.schedule.summary
            return self.tr("{0}, no set times").format(format_dose(m.dose_amount, m.dose_unit))
        if column == self.STOCK:
            return (self.tr("Refill soon · {0}").format(stock_text(row)) if m.needs_refill
                    else stock_text(row))
        if not m.active:
            return self.tr("Stopped")
        if m.schedule is not None and m.schedule.kind == "as_needed":
            return self.tr("As needed")
        return "—" if row.next_dose is None else when_text(row.next_dose, row.zone, row.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STOCK and row.med.needs_refill:
                return self.tr("Stock is at or below the refill warning level: order more soon.")
            return self.text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STOCK and row.med.needs_refill:
            return QColor(TONES["warn"][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STOCK and row.med.needs_refill:
                return QColor(TONES["warn"][1])
            if not row.med.active:
                return QColor("#6B7178")
        refill = col == self.STOCK and row.med.needs_refill
        if role == Qt.ItemDataRole.FontRole and (col == 0 or refill):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.med.id
        return None


ACTION_WORDS = {
    "taken": QT_TRANSLATE_NOOP("Labels", "Taken"),
    "skipped": QT_TRANSLATE_NOOP("Labels", "Skipped"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
    "snoozed": QT_TRANSLATE_NOOP("Labels", "Snoozed"),
    "undone": QT_TRANSLATE_NOOP("Labels", "Taken back (undo)"),
}


def action_text(e: DoseEventView, zone: str | None) -> str:
    text = tr_label(ACTION_WORDS.get(e.action, e.action.capitalize()))
    if e.action == "snoozed" and e.snooze_until is not None:
        text += f" until {clock_text(e.snooze_until, zone)}"
    if e.override_confirmed:
        text += " (limit overridden)"
    if e.superseded:
        text += " — undone"
    return text


class DoseHistoryModel(QAbstractTableModel):
    """A medicine's dose events, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"),
        QT_TRANSLATE_NOOP("Labels", "For the dose at"),
        QT_TRANSLATE_NOOP("Labels", "What happened"),
        QT_TRANSLATE_NOOP("Labels", "Amount"),
        QT_TRANSLATE_NOOP("Labels", "By"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.events: list[DoseEventView] = []
        self.zone: str | None = None

    def set_events(self, events: list[DoseEventView], zone: str | None) -> None:
        self.beginResetModel()
        self.events, self.zone = events, zone
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.HEADERS[section])
        return None

    def text(self, e: DoseEventView, column: int) -> str:
        if column == 0:
            return when_text(e.at, self.zone)
        if column == 1:
            return "—" if e.scheduled_for is None else when_text(e.scheduled_for, self.zone)
        if column == 2:
            return action_text(e, self.zone)
        if column == 3:
            return "" if e.amount is None else format_dose(e.amount, e.dose_unit)
        return e.by_person or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.text(e, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and (e.superseded or e.action == "undone"):
            return QColor("#6B7178")
        if role == Qt.ItemDataRole.FontRole and e.superseded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None
