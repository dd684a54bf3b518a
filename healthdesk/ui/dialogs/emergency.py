"""The emergency alert: one confirm dialog from the button (or Ctrl+Shift+H) on every
page. Sending records the alert and queues it for every contact who may receive alerts
(it works offline), then a delivery pass runs on the network pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KINDS = (("medical", "Medical emergency"), ("fall", "I have fallen"),
         ("panic", "Panic: I need help"), ("custom", "Something else"))


class EmergencyDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 on_sent: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_sent = on_sent
        self.setWindowTitle(self.tr("Emergency alert"))
        intro = QLabel(self.tr(
            "This sends an alert now to the emergency contacts who may receive alerts, "
            "in their order, with the latest vitals, allergies, conditions and current "
            "medicines. Without a network it is kept and sent as soon as it can be. In "
            "danger, call your local emergency number."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.kind.setAccessibleName(self.tr("What happened"))
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Optional: where you are, what you need"))
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFixedHeight(80)
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("What happened"), self.kind)
        form.addRow(self.tr("Message"), self.message)
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("Send emergency alert"))
        self.send_button.setStyleSheet("QPushButton { background: #b00020; color: white; "
                                       "font-weight: bold; padding: 6px 14px; }")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def send(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            self.error.setText(self.tr("Choose a person first."))
            return
        record = self.ctx.record
        kind = self.kind.currentData()
        text = self.message.toPlainText().strip() or None
        self.send_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.error.setText(str(exc))

        def raised(alert: Any) -> None:
            rows = record.delivery  # deliveries: the network pool sends them
            self.ctx.network(rows.deliver_once, lambda _r: self._report(alert.id),
                             lambda _e: self._report(alert.id))
            self.accept()

        self.ctx.write(lambda: record.emergency.raise_alert(pid, kind, text), raised,
                       failed, what=self.tr("The emergency alert"), initiator=self)

    def _report(self, alert_id: str) -> None:
        record = self.ctx.record

        def show(rows: list[Any]) -> None:
            sent = sum(d.status == "sent" for d in rows)
            if not rows:
                text = self.tr("Emergency alert recorded; no contact may receive alerts "
                               "yet (Records ▸ Emergency contacts).")
            elif sent == len(rows):
                text = self.tr("Emergency alert sent to {0} of {1}.").format(sent, len(rows))
            else:
                text = self.tr("Emergency alert sent to {0} of {1}; the rest are queued "
                               "and retried.").format(sent, len(rows))
            self.ctx.status_event.emit(text)
            if self.on_sent is not None:
                self.on_sent(text)

        self.ctx.read(lambda: record.delivery.for_source(alert_id), show)
