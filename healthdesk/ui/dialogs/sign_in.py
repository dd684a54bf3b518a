"""Sign in to a sync server: address, user name, password, and this device's name.

The sign-in runs on the network pool; a refusal or an unreachable server is shown as one
sentence in the dialog, which stays open so the person can correct what they typed.
"""

from __future__ import annotations

import socket
from typing import Any

from healthdesk.domain.errors import ValidationError

from ..context import UiContext
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from ..widgets import body_points, muted, set_point_size


class SignInDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in to sync"))
        self.setMinimumWidth(460)
        set_point_size(self, body_points())
        account = ctx.record.sync.account()
        self.server = QLineEdit(account.server_url if account else "")
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(account.user if account else "")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.device = QLineEdit(account.device_name if account else socket.gethostname())
        self.device.setAccessibleName(self.tr("This device's name"))
        self.fingerprint = QLineEdit(account.fingerprint or "" if account else "")
        self.fingerprint.setPlaceholderText(self.tr("only for a server with its own "
                                                    "certificate: its SHA-256 fingerprint"))
        self.fingerprint.setAccessibleName(self.tr("Certificate fingerprint"))
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.server)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Device name"), self.device)
        form.addRow(self.tr("Certificate &fingerprint"), self.fingerprint)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.setStyleSheet("color: #8B1010")
        note = muted(self.tr("Your records stay encrypted on this device; the server keeps "
                             "a copy for your other devices and the people you share with."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields = {"server": self.server, "user": self.user, "password": self.password,
                       "fingerprint": self.fingerprint}

    def sign_in(self) -> None:
        record = self.ctx.record
        server, user, password = self.server.text(), self.user.text(), self.password.text()
        device, pin = self.device.text(), self.fingerprint.text().strip() or None
        self.ok.setEnabled(False)
        self.error.setText(self.tr("Signing in…"))
        self.ctx.tasks.run(lambda: record.sync.login(server, user, password, device, pin),
                           self._done, self._failed, network=True)

    def _done(self, _account: Any) -> None:
        self.password.clear()
        self.error.setText("")
        self.ok.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(str(exc))
        if isinstance(exc, ValidationError) and exc.field in self.fields:
            self.fields[exc.field].setFocus()
