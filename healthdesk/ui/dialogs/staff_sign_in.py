"""Staff sign-in on an unlocked clinic store: choose your name, type your PIN.

The PIN is checked on the database worker (Argon2id takes tens of milliseconds); a wrong
one says how many tries are left, a lockout says for how long. Signing in as someone
else is the quick switch: the patient on screen stays.
"""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class StaffSignInDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 reason: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signed_in: Any = None
        self.setWindowTitle(self.tr("Staff sign-in"))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Member of staff"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN or password"))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.who)
        form.addRow(self.tr("&PIN"), self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ctx.read(lambda: ctx.record.clinic.staff(include_inactive=False), self._staff)

    def _staff(self, staff: list[Any]) -> None:
        current = self.ctx.record.clinic.signed_in
        for s in staff:
            self.who.addItem(self.tr("{0} ({1})").format(s.name, s.role), s.name)
        if current is not None:
            idx = self.who.findData(current.name)
            if idx >= 0:
                self.who.setCurrentIndex(idx)
        self.pin.setFocus()

    def try_sign_in(self) -> None:
        name, pin = self.who.currentData(), self.pin.text()
        if not name:
            return
        self.sign_in_button.setEnabled(False)
        self.ctx.run(lambda: self.ctx.record.clinic.sign_in(name, pin), self._done,
                     self._failed, initiator=self)

    def _done(self, member: Any) -> None:
        self.signed_in = member
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin.clear()
        self.error.setText(str(exc))
        self.error.show()
        self.pin.setFocus()
