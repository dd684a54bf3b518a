"""File ▸ Restore from backup: see what a backup holds (its date, the people, how many
records) before anything is replaced; then the current store is moved aside (renamed,
never deleted), the backup put in its place and opened with the backup's passphrase.

The record is closed only after every running op has drained (as locking does), and the
work (reading the backup, restoring it) runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from healthdesk.domain.changes import EVERYTHING
from healthdesk.interop.transfer import Transfer
from healthdesk.services.record import HealthRecord

from ..context import UiContext
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from .transfer import install_transfer_menu

SHOWN_TABLES = (
    ("measurements", "readings"),
    ("medications", "medicines"),
    ("dose_events", "doses"),
    ("appointments", "appointments"),
    ("documents", "documents"),
    ("chat_messages", QT_TRANSLATE_NOOP("Labels", "chat messages")),
)


def describe(contents: Any) -> str:
    people = ", ".join(contents.people) or "nobody"
    counts = ", ".join(f"{contents.rows.get(t, 0)} {word}" for t, word in SHOWN_TABLES)
    return (QCoreApplication.translate("Restore", "Made {0}. People: {people}. Holds {counts}.")
            .format(contents.created_at.replace('T', ' ').replace('Z', ' UTC'), people=people,
                    counts=counts))


class RestoreDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(480)
        self.confirm: Callable[[QWidget, str], bool] = _ask_replace  # tests answer for it
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.look_button = QPushButton(self.tr("Show what it holds"))
        self.look_button.clicked.connect(self.look_action)
        self.summary = QLabel(self.tr("Choose a backup and enter the passphrase it was made with."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the backup holds"))
        note = QLabel(self.tr("Restoring replaces the record on this device with the backup's. "
                      "The current record is kept beside it, renamed, never deleted."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore_action)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), self.path)
        form.addRow("", browse)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.look_button)
        lay.addWidget(self.summary)
        lay.addWidget(note)
        lay.addWidget(self.buttons)
        self.path.textChanged.connect(lambda _t: self.restore_button.setEnabled(False))
        self.passphrase.textChanged.connect(lambda _t: self.restore_button.setEnabled(False))
        self.restored: HealthRecord | None = None

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, "Choose a backup", "",
                                                "HealthDesk backups (*.hdbackup);;All files (*)")
        if chosen:
            self.path.setText(chosen)

    def look_action(self) -> None:
        path, passphrase = Path(self.path.text().strip()), self.passphrase.text()
        self.look_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the backup…"))

        def done(contents: Any) -> None:
            self.look_button.setEnabled(True)
            self.contents = contents
            self.summary.setText(describe(contents))
            self.restore_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.look_button.setEnabled(True)
            self.summary.setStyleSheet("color: #B00020; font-weight: 600;")
            self.summary.setText(str(exc))

        self.ctx.run(lambda: Transfer.describe_backup(path, passphrase=passphrase), done,
                     failed, initiator=self)

    def restore_action(self) -> None:
        if not self.confirm(self, self.summary.text()):
            return
        path, passphrase = Path(self.path.text().strip()), self.passphrase.text()
        ctx = self.ctx
        self.restore_button.setEnabled(False)
        self.look_button.setEnabled(False)
        self.summary.setText(self.tr("Restoring…"))
        data_dir = ctx.record.data_dir

        def work() -> HealthRecord:
            Transfer.restore(path, data_dir, passphrase=passphrase, force=True)
            return HealthRecord.open(data_dir, passphrase=passphrase)

        def done(record: HealthRecord) -> None:
            ctx.record = record
            self.restored = record
            ctx.operation_did_execute.emit(EVERYTHING, None)
            self.accept()

        def failed(exc: BaseException) -> None:
            # A refused restore leaves the store as it was, but it is closed now: the
            # window asks for its passphrase again, as after locking.
            self.summary.setStyleSheet("color: #B00020; font-weight: 600;")
            self.summary.setText(QCoreApplication.translate("RestoreDialog",
                    "Nothing was restored: {exc}").format(exc=exc))
            self.failed = exc
            lock = getattr(self.parent(), "lock_event", None)
            if lock is not None:
                lock.emit()

        def closed() -> None:
            ctx.record.close()
            ctx.tasks.accept_again()
            ctx.run(work, done, failed, initiator=self)

        # As locking does: no op may be running on the record while it is closed.
        ctx.tasks.drain(closed)


def _ask_replace(parent: QWidget, summary: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Restore", "Replace the record?"),
        QCoreApplication.translate("Restore",
                "{summary}\n\nReplace the record on this device with this backup? The current "
                "record is kept beside it, renamed.").format(summary=summary),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def install_restore_action(window: QMainWindow) -> QAction:
    """Add File ▸ Restore from backup… after the File menu's Back up."""
    actions = install_transfer_menu(window)
    act = QAction(QCoreApplication.translate("Restore", "&Restore from backup…"), window)
    act.setStatusTip(QCoreApplication.translate("Restore",
            "See what a backup holds, then put it in place of this record"))

    def open_dialog() -> None:
        dialog = RestoreDialog(window.ctx, window)  # type: ignore[attr-defined]
        if dialog.exec() and hasattr(window, "reload_profiles"):
            window.reload_profiles()

    act.triggered.connect(open_dialog)
    actions.menu.addAction(act)
    return act
