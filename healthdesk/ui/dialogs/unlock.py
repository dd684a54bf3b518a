"""Unlock the record with the passphrase, or reset the passphrase with the recovery key.

Both derive a key with Argon2id (a noticeable fraction of a second), so the work runs in
a worker thread while the button is disabled and a busy bar moves. A wrong passphrase
never changes a file: the key file's AES-GCM tag fails before the database is touched.
The first-run wizard lives in ``unlock_wizard.py`` and is re-exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healthdesk.services.errors import LockedError, RecoveryKeyFormatError
from healthdesk.services.record import HealthRecord

from ..ops import TaskManager
from ..qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .unlock_fields import (
    FieldError,
    NewPassphraseForm,
    PassphraseEdit,
    body_text,
    busy_bar,
    form_layout,
    heading,
    monospace,
    with_error,
)
from .unlock_wizard import FirstRunWizard

if TYPE_CHECKING:
    from healthdesk.services.record import DeviceKeyring

__all__ = ["WRONG_PASSPHRASE", "FirstRunWizard", "UnlockDialog"]

WRONG_PASSPHRASE = "That passphrase is not right. Nothing was changed."


class _Pages(QWidget):
    """Like a stacked widget, but as big as the page shown: the short unlock form is not
    padded out to the height of the recovery form (hidden pages take no room)."""

    def __init__(self) -> None:
        super().__init__()
        self._pages: list[QWidget] = []
        self._index = -1
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self.layout().addWidget(page)
        page.setVisible(len(self._pages) == 1)
        if self._index < 0:
            self._index = 0

    def setCurrentIndex(self, index: int) -> None:
        self._index = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)

    def currentIndex(self) -> int:
        return self._index


class UnlockDialog(QDialog):
    """Ask for the passphrase; ``.record`` holds the opened record once accepted."""

    def __init__(self, data_dir: Path, locked: bool = False, parent: QWidget | None = None,
                 *, keyring: DeviceKeyring | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.record: HealthRecord | None = None
        self._keyring = keyring
        self._closed = False
        self._tasks = TaskManager(self)
        title = self.tr("HealthDesk is locked") if locked else self.tr("Unlock HealthDesk")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.stack = _Pages()
        self.stack.addWidget(self._unlock_page(title, locked))
        self.stack.addWidget(self._recovery_page())
        self.busy = busy_bar()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(12)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.busy)
        self.show_unlock()

    # -- pages -------------------------------------------------------------------------

    def _unlock_page(self, title: str, locked: bool) -> QWidget:
        page = QWidget()
        self.passphrase = PassphraseEdit(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock_action)
        self.passphrase.textChanged.connect(lambda _t: self.error.clear_message())
        self.error = FieldError(self.passphrase.edit)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Unlock (Enter)"))
        self.unlock_button.clicked.connect(self.unlock_action)
        self.recovery_button = QPushButton(self.tr("Use recovery key…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recovery_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; "
            "padding: 4px 0; text-align: left; }")
        self.recovery_button.setToolTip(self.tr("Forgot the passphrase? Set a new one with "
                                                "the recovery key you saved."))
        self.recovery_button.clicked.connect(self.show_recovery)
        self.cancel_button = QPushButton(self.tr("Quit"))
        self.cancel_button.setToolTip(self.tr("Close HealthDesk (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        text = (self.tr("Your record was locked to keep it private. Type your passphrase to "
                        "continue where you left off.") if locked else
                self.tr("Type your passphrase to open your health record."))
        form = form_layout()
        form.addRow(QLabel(self.tr("Passphrase:")), with_error(self.passphrase, self.error))
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(page)
        lay.setSpacing(12)
        lay.addWidget(heading(title))
        lay.addWidget(body_text(text))
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addLayout(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.key_edit = QLineEdit()
        self.key_edit.setFont(monospace(1.2))
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.key_edit.textChanged.connect(lambda _t: self.key_error.clear_message())
        self.key_error = FieldError(self.key_edit)
        self.new_form = NewPassphraseForm(self.tr("New passphrase"))
        self.new_form.submitted.connect(self.reset_action)
        self.key_edit.returnPressed.connect(self.new_form.new.setFocus)
        self.reset_error = FieldError()
        self.reset_button = QPushButton(self.tr("Reset and unlock"))
        self.reset_button.setToolTip(self.tr("Set the new passphrase and open the record "
                                             "(Enter)"))
        self.reset_button.clicked.connect(self.reset_action)
        self.back_button = QPushButton(self.tr("Back to passphrase"))
        self.back_button.clicked.connect(self.show_unlock)
        cancel = QPushButton(self.tr("Quit"))
        cancel.clicked.connect(self.reject)
        # One form for the key and the new passphrase, so the fields line up.
        self.new_form.layout().insertRow(0, QLabel(self.tr("Recovery key:")),
                # type: ignore[union-attr]
                                         with_error(self.key_edit, self.key_error))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.reset_button)
        for b in (self.back_button, cancel):
            b.setAutoDefault(False)
        lay = QVBoxLayout(page)
        lay.setSpacing(12)
        lay.addWidget(heading(self.tr("Set a new passphrase with your recovery key")))
        lay.addWidget(body_text(self.tr(
            "Type the recovery key you saved when you created the record (capitals, spaces "
            "and dashes do not matter), then choose a new passphrase. Your record stays as "
            "it is.")))
        lay.addWidget(self.new_form)
        lay.addWidget(self.reset_error)
        lay.addStretch(1)
        lay.addLayout(buttons)
        return page

    def _page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.stack.updateGeometry()
        self.adjustSize()

    def show_unlock(self) -> None:
        self._page(0)
        self.unlock_button.setDefault(True)
        self.reset_button.setDefault(False)
        self.passphrase.setFocus()

    def show_recovery(self) -> None:
        self._page(1)
        self.reset_button.setDefault(True)
        self.unlock_button.setDefault(False)
        self.key_edit.setFocus()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for w in (self.unlock_button, self.reset_button, self.recovery_button,
                  self.back_button, self.passphrase, self.key_edit):
            w.setEnabled(not on)
        self.new_form.set_enabled(not on)

    @property
    def working(self) -> bool:
        return self._tasks.pending > 0

    # -- unlock ------------------------------------------------------------------------

    def unlock_action(self) -> None:
        if self.working:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(self.tr("Type your passphrase first."))
            return
        data_dir, keyring = self.data_dir, self._keyring
        self.error.clear_message()
        self._busy(True)
        self._tasks.run(lambda: HealthRecord.open(data_dir, passphrase=passphrase,
                                                  keyring=keyring),
                        self._opened, self._unlock_failed)

    def _opened(self, record: HealthRecord) -> None:
        self._busy(False)
        if self._closed:
            record.close()
            return
        self.record = record
        self.accept()

    def _unlock_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, LockedError):
            self.passphrase.clear()  # before the message: typing clears the message
            self.error.show_message(self.tr("That passphrase is not right. Nothing was changed."))
        else:
            # CorruptStoreError / KeyFileError / StoreMissingError name the file: show it all.
            self.error.show_message(str(exc))
        self.passphrase.setFocus()

    # -- recovery ------------------------------------------------------------------------

    def reset_action(self) -> None:
        if self.working:
            return
        key = self.key_edit.text()
        self.reset_error.clear_message()
        if not key.strip():
            self.key_error.show_message(self.tr("Type the recovery key first."))
            self.key_edit.setFocus()
            return
        new = self.new_form.validate()
        if new is None:
            return
        data_dir, keyring = self.data_dir, self._keyring

        def work() -> HealthRecord:
            HealthRecord.reset_passphrase(data_dir, key, new)
            return HealthRecord.open(data_dir, passphrase=new, keyring=keyring)

        self._busy(True)
        self._tasks.run(work, self._opened, self._reset_failed)

    def _reset_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, RecoveryKeyFormatError | LockedError):
            self.key_error.show_message(str(exc))
            self.key_edit.setFocus()
        else:
            self.reset_error.show_message(str(exc))

    # -- closing -----------------------------------------------------------------------

    def done(self, result: int) -> None:
        # A key still being derived finishes first (its result is then closed unused);
        # the GUI thread does not wait for it.
        self._closed = True
        self._tasks.drain(lambda: QDialog.done(self, result))
