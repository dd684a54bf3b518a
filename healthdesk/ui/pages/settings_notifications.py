"""Settings ▸ Notifications: for the current person, which channels each kind of
notification uses, quiet hours (urgent ones ignore them), whether this computer sends
their e-mail alerts and whether the sync server may escalate; for this device, the
e-mail (SMTP) account, whose password goes to the keyring only, and a test message."""

from __future__ import annotations

from typing import Any

from healthdesk.domain.notification_rules import CHANNELS, KINDS

from ..context import UiContext
from ..qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

KIND_LABELS = {
    "reminder": QT_TRANSLATE_NOOP("SettingsNotifications", "Dose reminders"),
    "missed_dose": QT_TRANSLATE_NOOP("SettingsNotifications", "Missed doses"),
    "caregiver_alert": QT_TRANSLATE_NOOP("SettingsNotifications", "Caregiver alerts"),
    "refill_due": QT_TRANSLATE_NOOP("SettingsNotifications", "Refills due"),
    "appointment": QT_TRANSLATE_NOOP("SettingsNotifications", "Appointments"),
    "out_of_range": QT_TRANSLATE_NOOP("SettingsNotifications", "Readings that need care now"),
    "sync_problem": QT_TRANSLATE_NOOP("SettingsNotifications", "Sync problems"),
    "emergency": QT_TRANSLATE_NOOP("SettingsNotifications", "Emergency alerts"),
}
CHANNEL_LABELS = {"in_app": QT_TRANSLATE_NOOP("SettingsNotifications", "In the app"),
                  "tray": QT_TRANSLATE_NOOP("SettingsNotifications", "Tray"),
                  "email": QT_TRANSLATE_NOOP("SettingsNotifications", "E-mail"),
                  "webhook": QT_TRANSLATE_NOOP("SettingsNotifications", "Text (webhook)")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsNotifications", text)


class NotificationsSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Notifications"))
        self.ctx = ctx
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        grid = QGridLayout()
        for col, ch in enumerate(CHANNELS, start=1):
            grid.addWidget(QLabel(_tr(CHANNEL_LABELS[ch])), 0, col)
        for row, kind in enumerate(KINDS, start=1):
            grid.addWidget(QLabel(_tr(KIND_LABELS[kind])), row, 0)
            for col, ch in enumerate(CHANNELS, start=1):
                box = QCheckBox()
                box.setAccessibleName(self.tr("{0}: {1}").format(
                    _tr(KIND_LABELS[kind]), _tr(CHANNEL_LABELS[ch])))
                box.toggled.connect(lambda _on: self.save_channels())
                self.boxes[(kind, ch)] = box
                grid.addWidget(box, row, col)
        self.quiet = QCheckBox(self.tr("Quiet hours (urgent ones still come through)"))
        self.quiet_start = QTimeEdit()
        self.quiet_end = QTimeEdit()
        for edit, name in ((self.quiet_start, self.tr("Quiet from")),
                           (self.quiet_end, self.tr("Quiet until"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.editingFinished.connect(self.save_quiet)
        self.quiet.toggled.connect(lambda _on: self.save_quiet())
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel("–"))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        self.mail_here = QCheckBox(self.tr("This computer sends this person's e-mail alerts"))
        self.mail_here.toggled.connect(self._mail_here)
        self.server = QCheckBox(self.tr(
            "Let the sync server send missed-dose e-mails when no device is on"))
        self.server.toggled.connect(self._server)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addLayout(quiet_row)
        lay.addWidget(self.mail_here)
        lay.addWidget(self.server)
        lay.addWidget(self._mail_box())
        lay.addWidget(self.message)
        self._loading = False
        ctx.profile_did_change.connect(lambda _pid: self.reload())
        self.reload()

    def _mail_box(self) -> QWidget:
        box = QGroupBox(self.tr("E-mail account of this computer"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for key, label in (("starttls", self.tr("STARTTLS (port 587)")),
                           ("tls", self.tr("TLS (port 465)")),
                           ("plain", self.tr("None: only to this computer"))):
            self.security.addItem(label, key)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring, never in a file"))
        self.sender = QLineEdit()
        self.test_to = QLineEdit()
        form = QFormLayout(box)
        for label, w in ((self.tr("Server"), self.host), (self.tr("Port"), self.port),
                         (self.tr("Security"), self.security), (self.tr("User"), self.user),
                         (self.tr("Password"), self.password),
                         (self.tr("Send as"), self.sender)):
            w.setAccessibleName(label)
            form.addRow(label, w)
        self.save_mail_button = QPushButton(self.tr("Save e-mail settings"))
        self.save_mail_button.clicked.connect(self.save_mail)
        self.test_button = QPushButton(self.tr("Send a test to"))
        self.test_button.clicked.connect(self.send_test)
        self.test_to.setAccessibleName(self.tr("Test address"))
        row = QHBoxLayout()
        row.addWidget(self.save_mail_button)
        row.addWidget(self.test_button)
        row.addWidget(self.test_to, 1)
        form.addRow(row)
        return box

    # -- loading ------------------------------------------------------------------

    def reload(self) -> None:
        pid = self.ctx.profile_id
        record = self.ctx.record
        self.setEnabled(bool(pid))
        if not pid:
            return

        def work() -> tuple[Any, Any]:
            return record.notifications.settings(pid), record.mail.mail_settings()

        self.ctx.read(work, self._show)

    def _show(self, loaded: tuple[Any, Any]) -> None:
        settings, mail = loaded
        self._loading = True
        try:
            for (kind, ch), box in self.boxes.items():
                box.setChecked(ch in settings.channels[kind])
            self.quiet.setChecked(settings.quiet_start is not None)
            for edit, text in ((self.quiet_start, settings.quiet_start or "22:00"),
                               (self.quiet_end, settings.quiet_end or "07:00")):
                edit.setTime(QTime.fromString(text, "HH:mm"))
            self.mail_here.setChecked(settings.mail_from_this_device)
            self.server.setChecked(settings.server_escalation)
            if mail is not None:
                self.host.setText(mail.host)
                self.port.setValue(mail.port)
                self.security.setCurrentIndex(self.security.findData(mail.security))
                self.user.setText(mail.username or "")
                self.sender.setText(mail.sender)
        finally:
            self._loading = False

    # -- saving -------------------------------------------------------------------

    def _save(self, **changes: Any) -> None:
        if self._loading or not self.ctx.profile_id:
            return
        pid = self.ctx.profile_id
        record = self.ctx.record
        self.message.clear()
        self.ctx.write(lambda: record.notifications.set_settings(pid, **changes),
                       lambda _s: None, lambda exc: self.message.setText(str(exc)),
                       what=self.tr("The notification setting"), initiator=self)

    def save_channels(self) -> None:
        chosen = {k: [c for c in CHANNELS if self.boxes[(k, c)].isChecked()] for k in KINDS}
        self._save(channels=chosen)

    def save_quiet(self) -> None:
        if not self.quiet.isChecked():
            self._save(clear_quiet=True)
            return
        self._save(quiet_start=self.quiet_start.time().toString("HH:mm"),
                   quiet_end=self.quiet_end.time().toString("HH:mm"))

    def _mail_here(self, on: bool) -> None:
        self._save(mail_from_this_device=on)

    def _server(self, on: bool) -> None:
        self._save(server_escalation=on)

    def save_mail(self) -> None:
        record = self.ctx.record
        values = dict(host=self.host.text(), port=self.port.value(),
                      security=self.security.currentData(),
                      username=self.user.text().strip() or None,
                      sender=self.sender.text(), password=self.password.text() or None)
        self.message.clear()

        def saved(_s: Any) -> None:
            self.password.clear()
            self.message.setText(self.tr("E-mail settings saved; the password is in the "
                                         "keyring."))

        self.ctx.write(lambda: record.mail.configure(**values), saved,
                       lambda exc: self.message.setText(str(exc)),
                       what=self.tr("The e-mail settings"), initiator=self)

    def send_test(self) -> None:
        record = self.ctx.record
        to = self.test_to.text().strip()
        if not to:
            self.message.setText(self.tr("Give an address to send the test to."))
            return
        self.message.setText(self.tr("Sending…"))
        self.ctx.network(lambda: record.mail.test(to),
                         lambda _r: self.message.setText(self.tr("Test message sent to {0}.")
                                                         .format(to)),
                         lambda exc: self.message.setText(str(exc)))
