"""The reminder center: runs the reminder engine while the app runs, in the tray too.

A QTimer asks ``record.reminders`` (on the database worker) what is due for everyone on
this device; notifications whose time has come are announced once each: with a system
tray, as a tray message plus a small pop-up with Take / Snooze / Skip (the main window may
be hidden in the tray); without one (offscreen, some desktops), as a banner above the
pages. On start, and after a gap in the ticks (the machine slept, or the clock moved), the
doses nobody recorded since the last run are listed in a catch-up dialog.

The engine's rules are in services/reminders.py; this module only shows and forwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.services.dose_day import DoseItem
from healthdesk.services.errors import ValidationError
from healthdesk.services.locked_doses import Sealer, SettleReport
from healthdesk.services.reminder_plan import ReminderPlan
from healthdesk.services.reminders import CatchUp, Notification

from .context import UiContext
from .icons import app_icon
from .locked_reminders import LockedReminders
from .qt import (
    QAction,
    QApplication,
    QEvent,
    QMainWindow,
    QMenu,
    QMessageBox,
    QObject,
    QSystemTrayIcon,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .reminder_widgets import Actions, CatchUpDialog, ReminderBanner, ReminderPopup
from .widgets import system_zone

TICK_MS = 30_000
#: A tick this much later than planned means the machine slept or the clock jumped.
GAP_FACTOR = 3
# What reminders are made of, for every person on this device.
SHOWN = ("dose_events", "medications", "medication_schedules", "appointments", "profiles",
         "caregivers", "caregiver_alerts", "preferences")


def install_banner(window: QMainWindow, banner: QWidget) -> None:
    """Put ``banner`` above the window's pages (it wraps the central widget)."""
    old = window.takeCentralWidget()
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    lay.addWidget(banner)
    if old is not None:
        lay.addWidget(old, 1)
    window.setCentralWidget(holder)


class ReminderCenter(QObject):
    #: Emitted after each refresh with the notifications now shown.
    updated = Signal()

    def __init__(self, ctx: UiContext, window: QMainWindow, *, tray: bool | None = None,
                 tick_ms: int = TICK_MS, zone: Callable[[], str | None] = system_zone
                 ) -> None:
        super().__init__(window)
        self.ctx, self.window, self.tick_ms, self._zone = ctx, window, tick_ms, zone
        self.use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.notifications: list[Notification] = []
        self.announced: set[tuple[str, dt.datetime]] = set()
        self.catch_up_dialog: CatchUpDialog | None = None
        self.keep_in_tray = True
        self._last_tick: dt.datetime | None = None
        self._busy = False
        self._again = False  # a tick was asked for while one was running
        #: While the record is locked: reminders from the plan, in memory only.
        self.locked: LockedReminders | None = None
        #: What the tray's "Open" does while locked (the lock window is raised).
        self.on_locked_open: Callable[[], None] | None = None
        self.settled: SettleReport | None = None
        self.refused_box: QMessageBox | None = None
        self.actions = Actions(self.take, self.snooze, self.skip, self.dismiss)
        self.banner = ReminderBanner(self.actions)
        install_banner(window, self.banner)
        self.popup: ReminderPopup | None = None
        self.tray: QSystemTrayIcon | None = None
        if self.use_tray:
            self._make_tray()
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        ctx.operation_did_execute.connect(self._on_change)

    # -- tray ------------------------------------------------------------------------------

    def _make_tray(self) -> None:
        self.popup = ReminderPopup(self.actions, self.open_window)
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("HealthDesk"))
        menu = QMenu()
        menu.addAction(QAction(self.tr("Open HealthDesk"), menu, triggered=self.open_window))
        menu.addAction(QAction(self.tr("Show reminders"), menu, triggered=lambda: self._show(
            self.notifications)))
        menu.addSeparator()
        menu.addAction(QAction(self.tr("Quit HealthDesk"), menu, triggered=QApplication.quit))
        self._menu = menu
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(lambda _reason: self.open_window())
        self.tray.messageClicked.connect(self.open_window)
        self.tray.show()

    def open_window(self) -> None:
        if self.locked is not None:
            if self.on_locked_open is not None:
                self.on_locked_open()
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        """Closing the window keeps HealthDesk in the tray (the setting), so reminders
        still appear; without a tray, closing quits as usual."""
        if (obj is self.window and event.type() == QEvent.Type.Close and self.use_tray
                and self.keep_in_tray and self.tray is not None):
            event.ignore()
            self.window.hide()
            self.tray.showMessage(self.tr("HealthDesk is still running"),
                                  self.tr("Reminders will appear here. Quit from this icon's "
                                          "menu."),
                                  QSystemTrayIcon.MessageIcon.Information, 4000)
            return True
        return False

    # -- the engine ------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up on what happened while the app was closed, then tick."""
        app = QApplication.instance()
        if self.use_tray and app is not None:
            app.setQuitOnLastWindowClosed(False)  # type: ignore[attr-defined]
        self._load_settings()
        self._settle_then_catch_up()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.popup is not None:
            self.popup.hide()
        if self.tray is not None:
            self.tray.hide()

    # -- locked ----------------------------------------------------------------------------

    def lock(self, plan: ReminderPlan, sealer: Sealer | None,
             clock: Callable[[], dt.datetime]) -> LockedReminders:
        """Keep reminding from ``plan`` while the record is closed."""
        self.timer.stop()
        if self.popup is not None:
            self.popup.hide()
        self.banner.hide()
        self.locked = LockedReminders(plan, sealer, clock, self.tray, parent=self)
        self.locked.start()
        return self.locked

    def unlocked(self) -> None:
        """Back to the open record: apply what was answered while locked, catch up."""
        if self.locked is not None:
            self.locked.stop()
            self.locked.deleteLater()
        self.locked = None
        self.on_locked_open = None
        self.start()

    def _settle_then_catch_up(self) -> None:
        """Answers sealed while locked first (so a kill -9 after sealing loses none and
        the catch-up list does not ask about them), then the plan for a start without the
        passphrase, then the catch-up list."""
        zone = self._zone()

        def work() -> tuple[SettleReport, str | None]:
            rec = self.ctx.record
            report = rec.locked_doses.apply_pending()
            rec.locked_doses.prepare()
            try:
                rec.reminder_plan.save(rec.reminder_plan.build(zone))
            except Exception:
                pass  # a locked or refusing keyring: the plan waits for the next start
            return report, rec.reminder_plan.no_keyring_notice()

        def done(result: tuple[SettleReport, str | None]) -> None:
            report, notice = result
            self.settled = report
            if report.settled:
                self.ctx.status_event.emit(report.summary())
            if report.refused:
                self.refused_box = QMessageBox(QMessageBox.Icon.Warning,
                                               self.tr("Answers given while locked"),
                                               "\n\n".join(r.message for r in report.refused),
                                               QMessageBox.StandardButton.Ok, self.window)
                self.refused_box.open()
            if notice:
                self.ctx.status_event.emit(notice)
                if self.tray is not None:
                    self.tray.showMessage(self.tr("HealthDesk"), notice,
                                          QSystemTrayIcon.MessageIcon.Information, 10_000)
            self.catch_up()

        def failed(exc: BaseException) -> None:
            self._error(exc)
            self.catch_up()

        self.ctx.run(work, done, failed, initiator=self)

    def _load_settings(self) -> None:
        self.ctx.run(lambda: self.ctx.record.preferences.get("keep_running_in_tray"),
                     lambda on: setattr(self, "keep_in_tray", bool(on)), self._error)

    def catch_up(self) -> None:
        zone = self._zone()

        def work() -> tuple[CatchUp, dict[str, str]]:
            rec = self.ctx.record
            found = rec.reminders.catch_up(zone)
            rec.reminders.mark_run()
            return found, {p.id: p.name for p in rec.profiles.all()}

        self.ctx.run(work, self._caught_up, self._error)

    def _caught_up(self, result: tuple[CatchUp, dict[str, str]]) -> None:
        found, names = result
        self.tick()
        if not found.doses:
            return
        if self.catch_up_dialog is not None:
            self.catch_up_dialog.close()
        rows = [(d, names.get(d.profile_id, "")) for d in found.doses]
        self.catch_up_dialog = CatchUpDialog(rows, self.record_catch_up, self.window)
        self.catch_up_dialog.open()
        if self.tray is not None:
            self.tray.showMessage(self.tr("HealthDesk"), self.tr(
                    "{0} doses came due while HealthDesk was closed.").format(len(rows)),
                                  QSystemTrayIcon.MessageIcon.Warning, 8000)

    def tick(self) -> None:
        """Ask what is due now (and raise caregiver alerts that are due)."""
        if self.locked is not None:
            return  # the record is closed: the locked plan reminds
        if self._busy:
            self._again = True
            return
        now = self.ctx.record.now()
        last = self._last_tick
        self._last_tick = now
        gap = dt.timedelta(milliseconds=self.tick_ms * GAP_FACTOR)
        if last is not None and (now - last > gap or now < last):
            self.catch_up()  # woke from sleep, or the clock moved: it ticks again after
            return
        zone = self._zone()
        self._busy = True

        def work() -> list[Notification]:
            rec = self.ctx.record
            rec.alerts.scan()
            due = rec.reminders.due_now(zone)
            rec.reminders.mark_run()
            return due

        def done(items: list[Notification]) -> None:
            self._busy = False
            self._refreshed(items, now)
            self._tick_again()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._error(exc)
            self._tick_again()

        self.ctx.run(work, done, failed)

    def _tick_again(self) -> None:
        if self._again:
            self._again = False
            self.tick()

    def _refreshed(self, items: list[Notification], now: dt.datetime) -> None:
        self.notifications = items
        shown = [n for n in items if n.announce_now(now)]
        fresh = [n for n in shown if (n.key, n.due_at) not in self.announced]
        for n in fresh:
            self.announced.add((n.key, n.due_at))
        if self.use_tray:
            if fresh and self.tray is not None:
                first = fresh[0]
                more = f" (+{len(fresh) - 1} more)" if len(fresh) > 1 else ""
                icon = (QSystemTrayIcon.MessageIcon.Critical if first.urgent
                        else QSystemTrayIcon.MessageIcon.Information)
                self.tray.showMessage(first.title + more, first.body, icon, 10_000)
            if self.popup is not None and (fresh or self.popup.isVisible()):
                self.popup.show_notifications(shown)
        else:
            self.banner.show_notifications(shown)
        self.updated.emit()

    def _show(self, items: list[Notification]) -> None:
        if self.popup is not None:
            self.popup.show_notifications(items)
        else:
            self.banner.show_notifications(items)

    def _on_change(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return  # its own answers tick in their callbacks
        if changes.touches_any(SHOWN):
            if changes.touches("preferences"):
                self._load_settings()
            self.tick()

    # -- answers ---------------------------------------------------------------------------

    def _answer(self, work: Callable[[], object], text: str) -> None:
        def done(_v: object) -> None:
            self.ctx.status_event.emit(text)
            self.tick()  # Today hears the dose from the op runner

        self.ctx.run(work, done, self._error, initiator=self)

    def take(self, n: Notification) -> None:
        self._answer(lambda: self.ctx.record.reminders.take(n), self.tr("{title}: taken.").format(
                title=n.title))

    def skip(self, n: Notification) -> None:
        self._answer(lambda: self.ctx.record.reminders.skip(n), self.tr("{title}: skipped.")
                .format(title=n.title))

    def snooze(self, n: Notification, minutes: int) -> None:
        self._answer(lambda: self.ctx.record.reminders.snooze(n, minutes),
                     self.tr("{title}: reminding again in {minutes} minutes.").format(title=n.title,
                             minutes=minutes))

    def dismiss(self, n: Notification) -> None:
        self._answer(lambda: self.ctx.record.reminders.dismiss(n), self.tr("{title}: done.")
                .format(title=n.title))

    def record_catch_up(self, dose: DoseItem, what: str) -> None:
        """A catch-up answer: "taken_then" (at its time), "taken" (now), "skipped",
        "missed"."""
        rec = self.ctx.record

        def work() -> None:
            action = "taken" if what in ("taken", "taken_then") else what
            at = dose.scheduled_for if what == "taken_then" else None
            rec.doses.record(dose.medication_id, action, scheduled_for=dose.scheduled_for,
                             at=at)

        words = {"taken_then": "Recorded as taken at its time.", "taken": "Taken now.",
                 "skipped": "Recorded as skipped.", "missed": "Recorded as missed."}[what]

        def done(_v: object) -> None:
            row = None if self.catch_up_dialog is None else self.catch_up_dialog.row_for(dose)
            if row is not None:
                row.settle(words)
            self.tick()

        self.ctx.run(work, done, self._error, initiator=self)

    def _error(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, ValidationError | LookupError) else (
            f"Reminders: {exc}")
        self.ctx.status_event.emit(text)
