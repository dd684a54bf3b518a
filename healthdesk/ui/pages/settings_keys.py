"""Settings ▸ Keys: a new recovery key (the old one stops working) and rotating the data
key (the whole file re-encrypted, with progress; all or nothing). Both ask for the
passphrase; the new recovery key is shown once, selectable, to be written down."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import UiContext
from ..qt import (
    QCoreApplication,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from .records_common import error_text


def ask_passphrase(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("SettingsKeys",
            "Passphrase"), QCoreApplication.translate("SettingsKeys", "The store's passphrase:"),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


class KeysSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Keys"))
        self.ctx = ctx
        self.passphrase: Callable[[QWidget], str | None] = ask_passphrase  # tests answer
        intro = QLabel(self.tr("A new recovery key replaces the one you have (the old one stops "
                       "working). Rotating the data key re-encrypts the whole file under a "
                       "new key and gives a new recovery key too; your passphrase stays. "
                       "Backups written before open with the keys of their time."))
        intro.setWordWrap(True)
        self.recovery_button = QPushButton(self.tr("New recovery key…"))
        self.recovery_button.clicked.connect(lambda: self._start(rotate=False))
        self.rotate_button = QPushButton(self.tr("Rotate the data key…"))
        self.rotate_button.clicked.connect(lambda: self._start(rotate=True))
        self.shown = QLineEdit()
        self.shown.setReadOnly(True)
        self.shown.setAccessibleName(self.tr("New recovery key"))
        self.shown.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Said until a new recovery key is made: a crash stopped a rotation after the
        # file was re-encrypted, and the recovery key it made was never shown.
        self.unseen = QLabel(self.tr(
            "A data key rotation was stopped by a crash and finished when the record was "
            "opened. Its recovery key was never shown, and the recovery key you hold no "
            "longer opens this record: make a new one now."))
        self.unseen.setWordWrap(True)
        self.unseen.setStyleSheet("color: #B00020; font-weight: 600;")
        self.unseen.setVisible(False)
        lay = QVBoxLayout(self)
        for w in (intro, self.unseen, self.recovery_button, self.rotate_button, self.shown,
                  self.message):
            lay.addWidget(w)
        self.reload()

    def reload(self) -> None:
        record = self.ctx.record
        self.ctx.read(lambda: record.recovery_key_unseen,
                      lambda unseen: self.unseen.setVisible(bool(unseen)))

    def _start(self, *, rotate: bool) -> None:
        passphrase = self.passphrase(self)
        if passphrase is None:
            return
        record = self.ctx.record
        for b in (self.recovery_button, self.rotate_button):
            b.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Re-encrypting…") if rotate else self.tr(
                "Making a new recovery key…"))

        def work(_handle: Any, progress: Callable[[float, str], None]) -> str:
            if rotate:
                return record.rotate_data_key(passphrase, progress)
            return record.new_recovery_key(passphrase)

        def progressed(fraction: float, text: str) -> None:
            self.message.setText(f"{text} ({fraction:.0%})")

        def done(key: str) -> None:
            for b in (self.recovery_button, self.rotate_button):
                b.setEnabled(True)
            self.unseen.setVisible(False)
            self.shown.setText(key)
            self.shown.show()
            self.message.setStyleSheet("color: #1B5E20;")
            self.message.setText(("The data key was rotated. " if rotate else "")
                                 + "Write this new recovery key down now; it is not shown "
                                 "again. The old recovery key no longer opens the store.")

        def failed(exc: BaseException) -> None:
            for b in (self.recovery_button, self.rotate_button):
                b.setEnabled(True)
            self.message.setStyleSheet("color: #B00020; font-weight: 600;")
            self.message.setText(error_text(exc))

        self.ctx.tasks.run(work, done, failed, with_handle=True, on_progress=progressed,
                           initiator=self)
