"""The Appointments page's table model and background loader."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from healthdesk.services.appointments import AppointmentView
from healthdesk.services.record import HealthRecord

from ..dialogs.appointment_editor import visit_label
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from ..widgets import TONES, local_date, to_local, when_text

Index = QModelIndex | QPersistentModelIndex
#: How far ahead to look for appointments already done or cancelled (they belong with
#: the past ones, though their time has not come).
CLOSED_AHEAD_MONTHS = 13
STATUS = 3  # the status column
STATUS_WORDS = {
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
}
STATUS_TONES = {"scheduled": "info", "completed": "good", "cancelled": "neutral",
                "missed": "danger"}


@dataclass(frozen=True)
class AppointmentsData:
    timezone: str | None
    today: dt.date
    upcoming: list[AppointmentView] = field(default_factory=list)
    past: list[AppointmentView] = field(default_factory=list)
    marked: set[dt.date] = field(default_factory=set)


def _months_from(year: int, month: int, count: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def load_appointments(record: HealthRecord, profile_id: str, year: int, month: int
                      ) -> AppointmentsData:
    """Upcoming, past (plus future ones already closed) and the month's marked days."""
    profile = record.profiles.get(profile_id)
    now = record.now()
    today = to_local(now, profile.timezone).date()
    upcoming = record.appointments.upcoming(profile_id)
    past = record.appointments.past(profile_id, limit=1000)
    seen = {a.id for a in past}
    for y, m in _months_from(today.year, today.month, CLOSED_AHEAD_MONTHS):
        for a in record.appointments.in_month(profile_id, y, m):
            if a.status != "scheduled" and a.start_at >= now and a.id not in seen:
                past.append(a)
                seen.add(a.id)
    past.sort(key=lambda a: (a.start_at, a.id), reverse=True)
    marked = record.appointments.days_with_appointments(profile_id, year, month)
    return AppointmentsData(profile.timezone, today, upcoming, past, marked)


def compact_when(local: dt.datetime, today: dt.date | None) -> str:
    """"Today 14:30", "Thu 12 Mar 10:00", with the year only when it is not this one."""
    if today is not None and local.date() in (today, today + dt.timedelta(days=1)):
        return when_text(local, local.tzinfo, today)  # type: ignore[arg-type]
    same_year = today is not None and local.year == today.year
    return f"{local_date(local.date(), 'ddd d MMM' if same_year else 'ddd d MMM yyyy')}, " \
        f"{local:%H:%M}"


class AppointmentTableModel(QAbstractTableModel):
    """Appointments, one per row, optionally only those on one day."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "When"),
        QT_TRANSLATE_NOOP("Labels", "What"),
        QT_TRANSLATE_NOOP("Labels", "With, where"),
        QT_TRANSLATE_NOOP("Labels", "Status"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.all: list[AppointmentView] = []
        self.rows: list[AppointmentView] = []
        self.timezone: str | None = None
        self.today: dt.date | None = None
        self.day: dt.date | None = None

    def set_appointments(self, items: list[AppointmentView], timezone: str | None,
                         today: dt.date) -> None:
        self.all, self.timezone, self.today = items, timezone, today
        self._apply()

    def set_day(self, day: dt.date | None) -> None:
        self.day = day
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self.rows = [a for a in self.all if self.day is None
                     or to_local(a.start_at, self.timezone).date() == self.day]
        self.endResetModel()

    def row_of(self, appointment_id: str) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == appointment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr_label(self.HEADERS[section])
        return None

    def text(self, a: AppointmentView, column: int) -> str:
        if column == 0:
            return compact_when(to_local(a.start_at, self.timezone), self.today)
        if column == 1:
            return a.title
        if column == 2:
            kind = visit_label(a.visit_type)
            return " · ".join(p for p in (a.clinician, a.place) if p) or kind
        return tr_label(STATUS_WORDS.get(a.status, a.status.capitalize()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.text(a, col)
        tone = TONES[STATUS_TONES.get(a.status, "neutral")]
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            return QColor(tone[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == STATUS:
                return QColor(tone[1])
            if a.status == "cancelled":
                return QColor("#6B7178")
        if role == Qt.ItemDataRole.FontRole and (col in (0, STATUS) or a.status == "cancelled"):
            font = QFont()
            font.setBold(col in (0, STATUS))
            font.setStrikeOut(a.status == "cancelled" and col != STATUS)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None
