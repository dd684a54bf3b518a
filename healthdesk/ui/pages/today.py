"""Today: the doses to take now, what is coming up, latest readings, and the week so far.

Everything shown comes from one background call (``today_data.load_today``); buttons
record dose events through the doses service and the page reloads on
``operation_did_execute``. A one-minute timer reloads too, so a dose moves from "Upcoming"
to "Due now" without anyone touching the window.
"""

from __future__ import annotations

import datetime as dt

from healthdesk.domain.changes import Changes
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS
from healthdesk.services.doses import DoseWarning
from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ..widgets import (
    Badge,
    Card,
    CategoryBadge,
    ReloadWhenShown,
    body_points,
    confirm,
    long_date,
    muted,
    set_point_size,
    system_zone,
    to_local,
    when_text,
)
from .today_data import AsNeededItem, DoseItem, TodayData, load_today
from .today_rows import AsNeededRow, DoseRow

REFRESH_MS = 60_000
# What Today shows, per person: doses and their medicines, appointments, the latest
# readings, alerts for caregivers.
SHOWN = ("medications", "medication_schedules", "dose_events", "refills", "appointments",
         "measurements", "profiles", "symptom_entries")
# Alerts are about the people this person looks after: rows of other profiles.
ABOUT_OTHERS = ("caregiver_alerts", "caregivers")


def greeting(hour: int) -> str:
    return QCoreApplication.translate("Today",
            "Good morning") if hour < 12 else QCoreApplication.translate("Today",
                    "Good afternoon") if hour < 18 else QCoreApplication.translate("Today",
                            "Good evening")


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.hide()
            w.deleteLater()


class TodayPage(ReloadWhenShown, QWidget):
    """The first page: what to do today for the current person."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: TodayData | None = None
        self.dose_rows: list[DoseRow] = []
        self.prn_rows: list[AsNeededRow] = []
        self._generation = 0
        set_point_size(self, body_points())
        self._build()
        ctx.profile_did_change.connect(lambda _pid: self._changed())
        ctx.operation_did_execute.connect(self._on_changes)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(20, 16, 20, 20)
        outer.setSpacing(16)
        self.greeting_label = set_point_size(QLabel(self.tr("Today")), body_points() + 9,
                                             bold=True)
        self.greeting_label.setAccessibleName(self.tr("Greeting"))
        self.date_label = set_point_size(muted(""), body_points() + 2)
        self.message_label = muted("")
        self.message_label.hide()
        for w in (self.greeting_label, self.date_label, self.message_label):
            outer.addWidget(w)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(16)
        right.setSpacing(16)
        self.doses_card = Card(self.tr("Doses today"))
        self.doses_box = QVBoxLayout()
        self.doses_card.body.addLayout(self.doses_box)
        self.prn_card = Card(self.tr("When needed"))
        self.prn_box = QVBoxLayout()
        self.prn_card.body.addLayout(self.prn_box)
        self.week_card = Card(self.tr("Doses taken"))
        self.week_label = QLabel("")
        self.week_label.setWordWrap(True)
        self.week_bar = QProgressBar()
        self.week_bar.setAccessibleName(self.tr("Doses taken this week"))
        self.week_bar.setTextVisible(True)
        self.periods_label = muted("")
        self.periods_label.setWordWrap(True)
        self.streak_label = QLabel("")
        self.streak_label.setWordWrap(True)
        for w in (self.week_label, self.week_bar, self.periods_label, self.streak_label):
            self.week_card.body.addWidget(w)
        self.alerts_card = Card(self.tr("Alerts for you"))
        self.alerts_box = QVBoxLayout()
        self.alerts_card.body.addLayout(self.alerts_box)
        self.alerts_card.hide()
        self.alert_rows: list[QWidget] = []
        self.refill_card = Card(self.tr("Running low"))
        self.refill_box = QVBoxLayout()
        self.refill_card.body.addLayout(self.refill_box)
        self.attention_card = Card(self.tr("Symptoms that need attention"))
        self.attention_box = QVBoxLayout()
        self.attention_card.body.addLayout(self.attention_box)
        self.attention_card.hide()
        outer.addWidget(self.alerts_card)
        outer.addWidget(self.attention_card)
        outer.addWidget(self.doses_card)
        for card in (self.prn_card, self.week_card, self.refill_card):
            left.addWidget(card)
        left.addStretch(1)
        self.appointments_card = Card(self.tr("Next appointments"))
        self.appointments_box = QVBoxLayout()
        self.appointments_card.body.addLayout(self.appointments_box)
        self.readings_card = Card(self.tr("Latest readings"))
        self.readings_grid = QGridLayout()
        self.readings_grid.setHorizontalSpacing(12)
        self.readings_card.body.addLayout(self.readings_grid)
        for card in (self.appointments_card, self.readings_card):
            right.addWidget(card)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Large text or long Tamil labels: scroll sideways rather than cut the buttons off.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(content)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

    # -- loading -------------------------------------------------------------------------

    def _changed(self) -> None:
        self.mark_stale()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_any(SHOWN, self.ctx.profile_id) or changes.touches_any(ABOUT_OTHERS):
            self._changed()

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Ask for everything again in the background; stale answers are dropped."""
        pid = self.ctx.profile_id
        self._generation += 1
        generation = self._generation
        self._dirty = False
        if not pid:
            self._show_message(self.tr("Add a person in Settings to start their record."))
            return
        zone = system_zone()
        self.ctx.run(lambda: load_today(self.ctx.record, pid, zone),
                     lambda data: self._loaded(generation, data), self._error)

    def _loaded(self, generation: int, data: TodayData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.message_label.hide()
        local = to_local(data.now, data.profile.timezone)
        self.greeting_label.setText(f"{greeting(local.hour)}, {data.profile.name}")
        self.date_label.setText(long_date(data.today))
        self._fill_doses(data)
        self._fill_prn(data)
        self._fill_appointments(data)
        self._fill_readings(data)
        self._fill_week(data)
        self._fill_refills(data)
        self._fill_alerts(data)
        self._fill_attention(data)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _error(self, exc: BaseException) -> None:
        self._show_message(self.tr("Could not load today's summary: {exc}").format(exc=exc))
        self.ctx.status_event.emit(str(exc))

    # -- sections ------------------------------------------------------------------------

    def _fill_doses(self, data: TodayData) -> None:
        focus = self._focused_dose()
        _clear(self.doses_box)
        self.dose_rows = []
        if not data.doses:
            self.doses_box.addWidget(muted(self.tr("No doses scheduled today.")))
        for item in data.doses:
            row = DoseRow(item, on_take=self.take_action, on_skip=self.skip_action,
                          on_snooze=self.snooze_action, on_undo=self.undo_action)
            self.dose_rows.append(row)
            self.doses_box.addWidget(row)
        if focus is not None:
            self._restore_focus(*focus)

    def _focused_dose(self) -> tuple[tuple[str, dt.datetime], str] | None:
        for row in self.dose_rows:
            for role, button in row.buttons().items():
                if button.hasFocus():
                    return row.item.key, role
        return None

    def _restore_focus(self, key: tuple[str, dt.datetime], role: str) -> None:
        for row in self.dose_rows:
            if row.item.key == key:
                visible = [b for r, b in row.buttons().items() if b.isVisibleTo(row)]
                preferred = row.buttons()[role]
                target = preferred if preferred in visible else (visible or [None])[0]
                if target is not None:
                    target.setFocus()
                return

    def _fill_prn(self, data: TodayData) -> None:
        _clear(self.prn_box)
        self.prn_rows = []
        for item in data.as_needed:
            row = AsNeededRow(item, on_take=self.take_now_action)
            self.prn_rows.append(row)
            self.prn_box.addWidget(row)
        self.prn_card.setVisible(bool(data.as_needed))

    def _fill_appointments(self, data: TodayData) -> None:
        _clear(self.appointments_box)
        if not data.appointments:
            self.appointments_box.addWidget(muted(self.tr("No appointments planned.")))
        for a in data.appointments:
            block = QWidget()
            lay = QVBoxLayout(block)
            lay.setContentsMargins(0, 0, 0, 6)
            lay.setSpacing(1)
            when = set_point_size(QLabel(when_text(a.start_at, data.profile.timezone,
                                                   data.today)),
                                  body_points(), bold=True)
            lay.addWidget(when)
            title = QLabel(a.title)
            title.setWordWrap(True)
            lay.addWidget(title)
            place = " · ".join(p for p in (a.clinician, a.place) if p)
            if place:
                lay.addWidget(muted(place))
            block.setAccessibleName(f"{when.text()}: {a.title}. {place}")
            self.appointments_box.addWidget(block)

    def _fill_readings(self, data: TodayData) -> None:
        _clear(self.readings_grid)
        if not data.readings:
            self.readings_grid.addWidget(muted(self.tr("No readings yet.")), 0, 0)
        for i, r in enumerate(data.readings):
            label = _(KINDS[r.kind].label) if r.kind in KINDS else r.kind
            taken = to_local(r.taken_at, data.profile.timezone)
            name = muted(f"{label} · {when_text(taken, None, data.today)}")
            value = set_point_size(QLabel(r.text), body_points() + 1, bold=True)
            value.setToolTip(r.classification.explanation)
            badge = CategoryBadge()
            badge.set_category(r.classification.level, r.classification.label)
            badge.setToolTip(r.classification.explanation)
            line = QHBoxLayout()
            line.setSpacing(10)
            line.addWidget(value)
            line.addWidget(badge)
            line.addStretch(1)
            block = QWidget()
            lay = QVBoxLayout(block)
            lay.setContentsMargins(0, 0, 0, 4)
            lay.setSpacing(1)
            lay.addWidget(name)
            lay.addLayout(line)
            block.setAccessibleName(f"{label}: {r.text}, {r.classification.label}")
            self.readings_grid.addWidget(block, i, 0)
        self.readings_grid.setColumnStretch(0, 1)

    def _fill_week(self, data: TodayData) -> None:
        week = data.week
        report = data.adherence
        if week.percent is None:
            self.week_label.setText(self.tr("No scheduled doses to count yet this week."))
            self.week_bar.hide()
        else:
            self.week_label.setText(self.tr(
                    "{taken} of {scheduled} doses taken in the last 7 days ({percent}%).").format(
                            taken=week.taken, scheduled=week.scheduled, percent=week.percent))
            self.week_bar.setRange(0, week.scheduled)
            self.week_bar.setValue(week.taken)
            self.week_bar.setFormat(f"{week.percent}% taken")
            self.week_bar.show()
        parts = []
        for days in (30, 90):
            p = None if report is None else report.period(days).percent
            if p is not None:
                parts.append(self.tr("{days} days: {p}%").format(days=days, p=p))
        self.periods_label.setText(" · ".join(parts))
        self.periods_label.setVisible(bool(parts))
        if report is None or (report.current_streak == 0 and report.best_streak == 0):
            self.streak_label.hide()
            return
        n = report.current_streak
        text = (self.tr("%n days in a row with every dose taken", "", n)
                if n else self.tr("No streak running: every dose today starts a new one"))
        if report.best_streak > n:
            text += " " + self.tr("(best {best})").format(best=report.best_streak)
        self.streak_label.setText(text + ".")
        self.streak_label.show()

    def _fill_refills(self, data: TodayData) -> None:
        _clear(self.refill_box)
        for r in data.refills:
            rate = " at your recent rate" if r.basis == "recent" else ""
            days = ("" if r.days_left is None else ", runs out today" if r.days_left < 1
                    else f", about {round(r.days_left)} days{rate}")
            label = QLabel(f"{r.title}: {r.stock_text}{days}")
            label.setWordWrap(True)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label, 1)
            row.addWidget(Badge(self.tr("Refill soon"), "warn"))
            self.refill_box.addWidget(holder)
        self.refill_card.setVisible(bool(data.refills))

    def _fill_attention(self, data: TodayData) -> None:
        _clear(self.attention_box)
        for e in data.attention:
            label = QLabel(f"{e.symptom} ({e.severity}/10): {'; '.join(e.attention)}")
            label.setWordWrap(True)
            label.setStyleSheet("color: #B71C1C; font-weight: 600;")
            self.attention_box.addWidget(label)
        self.attention_card.setVisible(bool(data.attention))

    def _fill_alerts(self, data: TodayData) -> None:
        _clear(self.alerts_box)
        self.alert_rows = []
        for a in data.alerts:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            when = to_local(a.scheduled_for, a.zone).strftime("%H:%M")
            label = QLabel(self.tr("{person_name} has not taken {medication_title} (due {when}).")
                    .format(person_name=a.person_name, medication_title=a.medication_title,
                            when=when))
            label.setWordWrap(True)
            button = QPushButton(self.tr("I'm on it"))
            button.setToolTip(self.tr("Acknowledge: the next caregiver will not be alerted"))
            button.setAccessibleName(self.tr("Acknowledge the alert about {person_name}").format(
                    person_name=a.person_name))
            button.clicked.connect(lambda _=False, aid=a.id: self.acknowledge_action(aid))
            row.addWidget(Badge(self.tr("Alert"), "alert"))
            row.addWidget(label, 1)
            row.addWidget(button)
            holder.setAccessibleName(label.text())
            self.alert_rows.append(holder)
            self.alerts_box.addWidget(holder)
        self.alerts_card.setVisible(bool(data.alerts))

    def acknowledge_action(self, alert_id: str) -> None:
        self.ctx.run(lambda: self.ctx.record.alerts.acknowledge(alert_id),
                     lambda _v: self._did(self.tr("Alert acknowledged.")), self._action_error)

    # -- actions -------------------------------------------------------------------------

    def _record(self, item: DoseItem, action: str, done_text: str, **kw: object) -> None:
        def work() -> object:
            rec = self.ctx.record
            extra = dict(kw)
            minutes = extra.pop("snooze_minutes", None)
            if minutes is not None:
                extra["snooze_until"] = rec.now() + dt.timedelta(minutes=int(minutes))
            return rec.doses.record(item.medication_id, action,
                                    scheduled_for=item.scheduled_for, **extra)

        self.ctx.run(work, lambda _v: self._did(done_text), self._action_error)

    def take_action(self, item: DoseItem) -> None:
        self._record(item, "taken", self.tr("{title} recorded as taken.").format(title=item.title))

    def skip_action(self, item: DoseItem) -> None:
        self._record(item, "skipped", self.tr("{title} recorded as skipped.").format(
                title=item.title))

    def snooze_action(self, item: DoseItem, minutes: int) -> None:
        self._record(item, "snoozed", self.tr("{title} snoozed for {minutes} minutes.").format(
                title=item.title, minutes=minutes),
                     snooze_minutes=minutes)

    def undo_action(self, item: DoseItem) -> None:
        if item.event_id is None:
            return
        event_id = item.event_id
        self.ctx.run(lambda: self.ctx.record.doses.undo(event_id),
                     lambda _v: self._did(self.tr("{title}: the recorded dose was taken back.")
                             .format(title=item.title)),
                     self._action_error)

    def take_now_action(self, item: AsNeededItem, override: bool = False) -> None:
        """Record an as-needed dose; a broken safety limit asks before recording it."""
        def failed(exc: BaseException) -> None:
            if isinstance(exc, DoseWarning) and not override:
                if confirm(self, QCoreApplication.translate("TodayPage",
                        "Check before taking {title}").format(title=item.title), str(exc)):
                    self.take_now_action(item, override=True)
                return
            self._action_error(exc)

        self.ctx.run(lambda: self.ctx.record.doses.record(
            item.medication_id, "taken", override_confirmed=override),
            lambda _v: self._did(self.tr("{title} recorded as taken.").format(title=item.title)),
                    failed)

    def _did(self, text: str) -> None:
        self.ctx.status_event.emit(text)

    def _action_error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, ValidationError | LookupError) else (
            f"Could not record the dose: {exc}")
        self._show_message(text)
        self.ctx.status_event.emit(text)
