"""The day's queue (Ctrl+Shift+Q): everyone checked in today in order, with their state
and how long they have waited. Check in the patient on screen (Ctrl+I) or find one
(Ctrl+Shift+P's register); Enter opens the visit form for the chosen one; C calls them
in, L marks them gone. Reads and writes run on the database worker; the list refreshes
every half minute, so a second clinic computer's check-ins appear after a sync."""

from __future__ import annotations

from typing import Any

from healthdesk.services.visits import QueueView

from ..context import UiContext
from ..qt import (
    QDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

REFRESH_MS = 30_000
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class QueueDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[QueueView] = []
        self.visit_dialog: Any = None
        self.setWindowTitle(self.tr("Today's queue"))
        self.resize(720, 480)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Queue summary"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Patients in today's queue"))
        # Enter is a shortcut, not itemActivated: the list passes an activating Enter on
        # to the dialog, which would press the visit form's default (Save) button.
        self.list.itemDoubleClicked.connect(lambda _i: self.open_visit())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the queue did not change"))
        self.error.hide()

        def button(text: str, name: str, slot: Any) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setAutoDefault(False)  # Enter on the list opens the visit, not a button
            b.clicked.connect(lambda: slot())
            return b

        self.check_in_button = button(self.tr("Check &in patient on screen"),
                                      self.tr("Check in the patient on screen"),
                                      self.check_in_current)
        self.find_button = button(self.tr("&Find and check in…"),
                                  self.tr("Find a patient and check them in"), self.find_patient)
        self.call_button = button(self.tr("&Call in"), self.tr("Call the patient in"),
                                  lambda: self.set_state("with_doctor"))
        self.visit_button = button(self.tr("&Visit…"), self.tr("Open the visit form"),
                                   self.open_visit)
        self.left_button = button(self.tr("&Left"), self.tr("Mark the patient as gone"),
                                  lambda: self.set_state("left"))
        row = QHBoxLayout()
        for b in (self.check_in_button, self.find_button, self.call_button, self.visit_button,
                  self.left_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+I"), self).activated.connect(self.check_in_current)
        # Single keys on the list (Enter opens the visit): C calls in, L marks gone.
        for key in ("Return", "Enter"):
            self._list_key(key).activated.connect(self.open_visit)
        for key, state in (("C", "with_doctor"), ("L", "left")):
            self._list_key(key).activated.connect(lambda state=state: self.set_state(state))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.ctx.run(lambda: None, lambda _r: self.refresh())  # after the window paints
        self.list.setFocus()

    def _list_key(self, key: str) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        return shortcut

    def state_text(self, state: str) -> str:
        return {"waiting": self.tr("waiting"), "with_doctor": self.tr("with the doctor"),
                "done": self.tr("done"), "left": self.tr("left")}.get(state, state)

    def refresh(self) -> None:
        self.ctx.read(self.ctx.record.visits.queue, self._show)

    def _show(self, entries: list[QueueView]) -> None:
        chosen = self.current()
        self.entries = entries
        self.list.clear()
        waiting = sum(1 for e in entries if e.state == "waiting")
        self.heading.setText(self.tr("{0} checked in today, {1} waiting").format(
            len(entries), waiting))
        for i, e in enumerate(entries):
            when = e.checked_in_at.astimezone().strftime("%H:%M")
            wait = self.tr("{0} min").format(e.minutes)
            item = QListWidgetItem(self.tr("{0}. {1}  {2}  {3}  ·  {4}  ·  {5}  {6}").format(
                i + 1, when, e.clinic_no or "", e.name, self.state_text(e.state), wait,
                e.reason or ""))
            item.setData(ENTRY_ROLE, e.id)
            self.list.addItem(item)
            if chosen is not None and e.id == chosen.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and entries:
            first_open = next((i for i, e in enumerate(entries)
                               if e.state in ("waiting", "with_doctor")), 0)
            self.list.setCurrentRow(first_open)

    def current(self) -> QueueView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(ENTRY_ROLE)
        return next((e for e in self.entries if e.id == ident), None)

    def _done(self, _result: Any = None) -> None:
        self.error.hide()
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def check_in(self, profile_id: str) -> None:
        if profile_id:
            self.ctx.run(lambda: self.ctx.record.visits.check_in(profile_id), self._done,
                         self._refused, initiator=self)

    def check_in_current(self) -> None:
        self.check_in(self.ctx.profile_id)

    def find_patient(self) -> None:
        from .patient_register import PatientRegisterDialog

        PatientRegisterDialog(self.ctx, self, on_open=self.check_in).open()

    def set_state(self, state: str) -> None:
        entry = self.current()
        if entry is not None:
            self.ctx.run(lambda: self.ctx.record.visits.set_state(entry.id, state),
                         self._done, self._refused, initiator=self)

    def open_visit(self) -> None:
        from .visit import VisitDialog

        entry = self.current()
        if entry is None:
            return
        if entry.state not in ("waiting", "with_doctor"):
            self._refused(ValueError(self.tr("{0}'s visit is {1}.").format(
                entry.name, self.state_text(entry.state))))
            return
        self.visit_dialog = VisitDialog(self.ctx, entry, self)
        self.visit_dialog.accepted.connect(self.refresh)
        self.visit_dialog.open()
