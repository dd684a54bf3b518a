"""The "When to take it" part of the medicine editor: set times or as needed.

It only collects what the person chose; the medications service validates it (and its
``describe`` words the live summary), so the rules live in one place.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healthdesk.domain.i18n import _
from healthdesk.services.medications import DAY_NAMES, ScheduleInput, ScheduleView

from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..widgets import FormErrors, muted

FULL_DAYS = (
    QT_TRANSLATE_NOOP("Labels", "Monday"),
    QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    QT_TRANSLATE_NOOP("Labels", "Wednesday"),
    QT_TRANSLATE_NOOP("Labels", "Thursday"),
    QT_TRANSLATE_NOOP("Labels", "Friday"),
    QT_TRANSLATE_NOOP("Labels", "Saturday"),
    QT_TRANSLATE_NOOP("Labels", "Sunday"),
)
MAX_TIMES = 12


class TimeRow(QWidget):
    """One time of day with its Remove button."""

    def __init__(self, value: QTime, on_remove: object, on_change: object) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit(value)
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setAccessibleName(self.tr("Time of day"))
        self.edit.timeChanged.connect(on_change)  # type: ignore[arg-type]
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this time"))
        self.remove_button.clicked.connect(lambda: on_remove(self))  # type: ignore[operator]
        lay.addWidget(self.edit)
        lay.addWidget(self.remove_button)
        lay.addStretch(1)

    def text(self) -> str:
        return self.edit.time().toString("HH:mm")


class ScheduleEditor(QGroupBox):
    """Set times (every day, some weekdays, every N days) or as needed, and a time zone."""

    #: Emitted whenever any choice changes, so the dialog can re-word its summary.
    schedule_did_change = Signal()

    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("When to take it"), parent)
        self.time_rows: list[TimeRow] = []
        self.home_zone = "UTC"
        self.current_zone: str | None = None
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        kinds = QHBoxLayout()
        self.fixed_radio = QRadioButton(self.tr("At set times"))
        self.prn_radio = QRadioButton(self.tr("As needed"))
        self.kind_group = QButtonGroup(self)
        for b in (self.fixed_radio, self.prn_radio):
            self.kind_group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        self.fixed_radio.setChecked(True)
        lay.addWidget(errors.wrap("kind", _holder(kinds)))

        self.fixed_box = QWidget()
        fixed = QVBoxLayout(self.fixed_box)
        fixed.setContentsMargins(0, 0, 0, 0)
        fixed.addWidget(QLabel(self.tr("Times of day")))
        self.times_box = QVBoxLayout()
        self.add_time_button = QPushButton(self.tr("Add a time"))
        self.add_time_button.setToolTip(self.tr("Add another time of day (up to 12)"))
        self.add_time_button.clicked.connect(lambda: self.add_time())
        times = QVBoxLayout()
        times.addLayout(self.times_box)
        times.addWidget(self.add_time_button)
        fixed.addWidget(errors.wrap("times_of_day", _holder(times)))

        self.every_day_radio = QRadioButton(self.tr("Every day"))
        self.weekdays_radio = QRadioButton(self.tr("On these days:"))
        self.interval_radio = QRadioButton(self.tr("Every"))
        self.days_group = QButtonGroup(self)
        for b in (self.every_day_radio, self.weekdays_radio, self.interval_radio):
            self.days_group.addButton(b)
        self.every_day_radio.setChecked(True)
        self.day_checks = []
        day_grid = QGridLayout()
        for i, name in enumerate(DAY_NAMES):
            box = QCheckBox(_(name))
            box.setAccessibleName(tr_label(FULL_DAYS[i]))
            box.toggled.connect(self._day_ticked)
            self.day_checks.append(box)
            day_grid.addWidget(box, 0, i)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(2, 366)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.interval_spin.setAccessibleName(self.tr("Every how many days"))
        self.interval_spin.valueChanged.connect(lambda _v: self.interval_radio.setChecked(True))
        days = QVBoxLayout()
        days.addWidget(self.every_day_radio)
        days.addWidget(self.weekdays_radio)
        days.addLayout(day_grid)
        every = QHBoxLayout()
        every.addWidget(self.interval_radio)
        every.addWidget(self.interval_spin)
        every.addStretch(1)
        days.addLayout(every)
        fixed.addWidget(QLabel(self.tr("Which days")))
        fixed.addWidget(errors.wrap("weekdays", _holder(days), "interval_days"))
        lay.addWidget(self.fixed_box)

        self.prn_box = QWidget()
        prn = QGridLayout(self.prn_box)
        prn.setContentsMargins(0, 0, 0, 0)
        self.prn_gap_spin = QDoubleSpinBox()
        self.prn_gap_spin.setRange(0, 48)
        self.prn_gap_spin.setSingleStep(0.5)
        self.prn_gap_spin.setDecimals(1)
        self.prn_gap_spin.setSuffix(self.tr(" hours"))
        self.prn_gap_spin.setValue(4)
        self.prn_gap_spin.setAccessibleName(self.tr("Minimum time between doses"))
        self.prn_max_spin = QSpinBox()
        self.prn_max_spin.setRange(1, 48)
        self.prn_max_spin.setValue(4)
        self.prn_max_spin.setAccessibleName(self.tr("Most doses a day"))
        prn.addWidget(QLabel(self.tr("At least")), 0, 0)
        prn.addWidget(errors.wrap("prn_min_interval_minutes", self.prn_gap_spin), 0, 1)
        prn.addWidget(QLabel(self.tr("between doses")), 0, 2)
        prn.addWidget(QLabel(self.tr("At most")), 1, 0)
        prn.addWidget(errors.wrap("prn_max_per_day", self.prn_max_spin), 1, 1)
        prn.addWidget(QLabel(self.tr("doses a day")), 1, 2)
        prn.setColumnStretch(3, 1)
        lay.addWidget(self.prn_box)

        self.home_radio = QRadioButton(self.tr("Keep home time zone"))
        self.local_radio = QRadioButton(self.tr("Follow my current time zone"))
        self.tz_group = QButtonGroup(self)
        for b in (self.home_radio, self.local_radio):
            self.tz_group.addButton(b)
        self.home_radio.setChecked(True)
        tz = QVBoxLayout()
        tz.addWidget(self.home_radio)
        tz.addWidget(self.local_radio)
        tz.addWidget(muted(self.tr("When you travel: keep taking it at home times, or at the same "
                           "clock time wherever you are.")))
        self.tz_box = QWidget()
        self.tz_box.setLayout(tz)
        tz.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(errors.wrap("tz_policy", self.tz_box, "timezone"))
        lay.addStretch(1)

        for group in (self.kind_group, self.days_group, self.tz_group):
            group.buttonToggled.connect(lambda *_: self._update())
        for spin in (self.prn_gap_spin, self.prn_max_spin, self.interval_spin):
            spin.valueChanged.connect(lambda *_: self._update())
        self.add_time(QTime(8, 0))
        self._update()

    # -- times ---------------------------------------------------------------------------

    def add_time(self, value: QTime | None = None) -> TimeRow | None:
        if len(self.time_rows) >= MAX_TIMES:
            return None
        if value is None:
            last = self.time_rows[-1].edit.time() if self.time_rows else QTime(8, 0)
            value = last.addSecs(4 * 3600) if self.time_rows else last
        row = TimeRow(value, self.remove_time, lambda *_: self._update())
        self.time_rows.append(row)
        self.times_box.addWidget(row)
        row.edit.setFocus()
        self._update()
        return row

    def remove_time(self, row: TimeRow) -> None:
        self.time_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()

    def set_times(self, times: list[str]) -> None:
        for row in list(self.time_rows):
            self.remove_time(row)
        for text in times:
            hours, minutes = (int(x) for x in text.split(":"))
            self.add_time(QTime(hours, minutes))

    # -- state ---------------------------------------------------------------------------

    def _day_ticked(self, _checked: bool) -> None:
        self.weekdays_radio.setChecked(True)
        self._update()

    def _update(self) -> None:
        fixed = self.fixed_radio.isChecked()
        self.fixed_box.setVisible(fixed)
        self.prn_box.setVisible(not fixed)
        self.tz_box.setEnabled(fixed)
        self.add_time_button.setEnabled(len(self.time_rows) < MAX_TIMES)
        for row in self.time_rows:
            row.remove_button.setEnabled(len(self.time_rows) > 1)
        self.schedule_did_change.emit()

    def set_zones(self, home: str, current: str | None) -> None:
        self.home_zone, self.current_zone = home, current
        self.home_radio.setText(self.tr("Keep home time zone ({home})").format(home=home))
        here = f" (now {current})" if current and _differs(current, home) else ""
        self.local_radio.setText(self.tr("Follow my current time zone{here}").format(here=here))

    def kind(self) -> str:
        return "fixed" if self.fixed_radio.isChecked() else "as_needed"

    def times(self) -> list[str]:
        return sorted({row.text() for row in self.time_rows})

    def weekdays(self) -> list[int] | None:
        if not self.weekdays_radio.isChecked():
            return None
        return [i for i, box in enumerate(self.day_checks) if box.isChecked()]

    def interval(self) -> int:
        return self.interval_spin.value() if self.interval_radio.isChecked() else 1

    def prn_minutes(self) -> int:
        return round(self.prn_gap_spin.value() * 60)

    def value(self, start: dt.date | None, end: dt.date | None,
              keep_zone: str | None = None) -> ScheduleInput:
        """What the person chose, for the service to validate."""
        local = self.local_radio.isChecked()
        zone = (self.current_zone or self.home_zone) if local else (keep_zone or None)
        if self.kind() == "as_needed":
            return ScheduleInput(kind="as_needed", start_date=start, end_date=end,
                                 prn_min_interval_minutes=self.prn_minutes(),
                                 prn_max_per_day=self.prn_max_spin.value(), timezone=zone,
                                 tz_policy="local" if local else "home")
        return ScheduleInput(kind="fixed", times_of_day=self.times(), weekdays=self.weekdays(),
                             interval_days=self.interval(), start_date=start, end_date=end,
                             timezone=zone, tz_policy="local" if local else "home")

    def load(self, sc: ScheduleView) -> None:
        """Show an existing schedule."""
        (self.prn_radio if sc.kind == "as_needed" else self.fixed_radio).setChecked(True)
        if sc.kind == "as_needed":
            self.prn_gap_spin.setValue((sc.prn_min_interval_minutes or 0) / 60)
            self.prn_max_spin.setValue(sc.prn_max_per_day or 1)
        else:
            self.set_times(list(sc.times_of_day))
            if sc.weekdays:
                for i, box in enumerate(self.day_checks):
                    box.setChecked(i in sc.weekdays)
                self.weekdays_radio.setChecked(True)
            elif sc.interval_days > 1:
                self.interval_spin.setValue(sc.interval_days)
                self.interval_radio.setChecked(True)
            else:
                self.every_day_radio.setChecked(True)
        (self.local_radio if sc.tz_policy == "local" else self.home_radio).setChecked(True)
        self._update()


def _differs(a: str, b: str) -> bool:
    """Whether two zones keep different clocks now ("Etc/UTC" and "UTC" do not)."""
    now = dt.datetime.now(dt.UTC)
    try:
        return ZoneInfo(a).utcoffset(now) != ZoneInfo(b).utcoffset(now)
    except (ZoneInfoNotFoundError, ValueError):
        return a != b


def _holder(layout: QVBoxLayout | QHBoxLayout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
