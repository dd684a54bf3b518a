"""Clinic mode in the main window: who is signed in, the quick switch, idle sign-out,
the patient register and the audit trail.

Shown only on a clinic store (one with an organisation). The status bar names the
member of staff signed in, with a button to switch (the patient on screen stays). Any key
or click restarts their idle clock; a timer asks the clinic service every few seconds
whether they have been idle for its ``idle_minutes`` (the clock is the store's, so a test
moves it) and, if so, signs them out and asks for the next sign-in.
"""

from __future__ import annotations

from typing import Any

from .qt import (
    QAction,
    QApplication,
    QCoreApplication,
    QEvent,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QObject,
    QPushButton,
    QTimer,
)

IDLE_POLL_MS = 5_000
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin}


class ClinicBar(QObject):
    """Owned by the main window; does nothing on a personal store."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.active = False
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Signed-in member of staff"))
        self.switch_button = QPushButton(self.tr("Switch staff"))
        self.switch_button.setToolTip(self.tr("Sign in as another member of staff "
                                              "(Ctrl+Shift+S); the patient stays open"))
        self.switch_button.clicked.connect(lambda: self.ask_sign_in())
        self.label.hide()
        self.switch_button.hide()
        # Under the person box: why this record cannot be changed here, if it cannot.
        self.read_only_line = QLabel()
        self.read_only_line.setWordWrap(True)
        self.read_only_line.setAccessibleName(self.tr("Why this record is read-only"))
        self.read_only_line.setStyleSheet("color: palette(highlight);")
        self.read_only_line.hide()
        left = window.person_label.parentWidget().layout()
        left.insertWidget(left.indexOf(window.profile_box) + 1, self.read_only_line)
        self.ctx.profile_did_change.connect(lambda _pid: self.check_read_only())
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.switch_button)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.dialog: Any = None
        self.clinic_actions: list[QAction] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._record = self.ctx.record
        self.ctx.read(self.ctx.record.clinic.is_clinic, self._start)
        self.idle_timer.start()

    def _start(self, is_clinic: bool) -> None:
        self.active = bool(is_clinic)
        self.label.setVisible(self.active)
        self.switch_button.setVisible(self.active)
        self.check_read_only()
        for a in self.clinic_actions:
            a.setVisible(self.active)
        if not self.active:
            return
        self.refresh()
        if self.ctx.record.clinic.signed_in is None:
            self.ask_sign_in()

    def check_read_only(self) -> None:
        pid = self.ctx.profile_id
        self.ctx.read(lambda: self.ctx.record.access.read_only_reason(pid),
                      lambda reason: self._show_read_only(pid, reason))

    def _show_read_only(self, pid: str, reason: str | None) -> None:
        if pid != self.ctx.profile_id:
            return
        self.read_only_line.setText(reason or "")
        self.read_only_line.setVisible(bool(reason))

    def refresh(self) -> None:
        self.check_read_only()
        member = self.ctx.record.clinic.signed_in
        self.label.setText(self.tr("No one signed in") if member is None else
                           self.tr("Signed in: {0} ({1})").format(member.name, member.role))

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if self.active and event.type() in ACTIVITY:
            self.ctx.record.clinic.touch()
        return False

    def check_idle(self) -> None:
        if self.ctx.record is not self._record:
            # Locked and unlocked again: a new record, with no one signed in yet.
            self._record = self.ctx.record
            self.ctx.read(self.ctx.record.clinic.is_clinic, self._start)
            return
        if not self.active:  # made a clinic's store in Settings since?
            self.ctx.read(self.ctx.record.clinic.is_clinic,
                          lambda yes: self._start(True) if yes else None)
            return
        if self.ctx.record.clinic.sign_out_if_idle():
            self.refresh()
            minutes = self.ctx.record.clinic.idle_minutes
            self.ask_sign_in(self.tr("Signed out after {0} idle minutes.").format(minutes))

    def ask_sign_in(self, reason: str = "") -> None:
        from .dialogs.staff_sign_in import StaffSignInDialog

        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = StaffSignInDialog(self.ctx, self.window, reason)
        self.dialog.finished.connect(lambda _r: self._signed_in())
        self.dialog.open()  # window-modal, and the event loop keeps running

    def _signed_in(self) -> None:
        self.refresh()
        member = self.ctx.record.clinic.signed_in
        if member is not None:
            self.ctx.status_event.emit(self.tr("{0} is signed in.").format(member.name))
            self._settle_locked_answers()

    def _settle_locked_answers(self) -> None:
        """Doses answered while the clinic's record was locked wait for a member who may
        record them: the first one to sign in applies them."""
        record = self.ctx.record

        def work() -> Any:
            return record.locked_doses.apply_pending() if record.locked_doses.pending() \
                else None

        def done(report: Any) -> None:
            if report is not None and report.settled:
                self.ctx.status_event.emit(report.summary())

        self.ctx.run(work, done, lambda exc: self.ctx.status_event.emit(str(exc)))

    def open_register(self) -> None:
        from .dialogs.patient_register import PatientRegisterDialog

        PatientRegisterDialog(self.ctx, self.window, on_open=self.show_patient).open()

    def show_patient(self, profile_id: str) -> None:
        # The person box lists only recent patients: one found in the register joins it.
        self.window.show_person(profile_id)

    def open_queue(self) -> None:
        from .dialogs.queue import QueueDialog

        self.queue_dialog = QueueDialog(self.ctx, self.window)
        self.queue_dialog.open()

    def open_audit(self) -> None:
        from .dialogs.audit_trail import AuditTrailDialog

        AuditTrailDialog(self.ctx, self.window).open()


def install_clinic(window: QMainWindow, menu: QMenu) -> None:
    """The clinic's actions in the Record menu (again after a language change) and, once,
    the status bar part."""
    bar: ClinicBar | None = getattr(window, "clinic_bar", None)
    if bar is None:
        bar = ClinicBar(window)
        window.clinic_bar = bar  # type: ignore[attr-defined]
    # QCoreApplication.translate, not bar.tr: lupdate would file these under "bar".
    find = QAction(QCoreApplication.translate("ClinicBar", "Find &patient…"), window,
                   shortcut=QKeySequence("Ctrl+Shift+P"),
                   triggered=bar.open_register)
    switch = QAction(QCoreApplication.translate("ClinicBar", "Switch s&taff…"), window,
                     shortcut=QKeySequence("Ctrl+Shift+S"),
                     triggered=lambda: bar.ask_sign_in())
    queue = QAction(QCoreApplication.translate("ClinicBar", "Today's &queue…"), window,
                    shortcut=QKeySequence("Ctrl+Shift+Q"), triggered=bar.open_queue)
    audit = QAction(QCoreApplication.translate("ClinicBar", "&Audit trail…"), window,
                    triggered=bar.open_audit)
    bar.clinic_actions = [find, queue, switch]
    for a in (find, queue, switch):
        a.setVisible(bar.active)
    for a in (find, queue, switch, audit):
        menu.addAction(a)
