"""First run: choose a passphrase, keep the recovery key, name the first person.

The store is created as soon as the passphrase is chosen (Argon2id runs in a worker),
so the recovery key shown on the second step is the real one. It is shown once; the
person must confirm they kept it before going on.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthdesk.services.errors import ValidationError
from healthdesk.services.record import HealthRecord

from ..ops import TaskManager
from ..qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTextDocument,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from .unlock_fields import (
    FieldError,
    NewPassphraseForm,
    ProfileForm,
    body_text,
    busy_bar,
    heading,
    monospace,
)

if TYPE_CHECKING:
    from healthdesk.services.record import DeviceKeyring


def recovery_key_text(key: str, data_dir: Path, when: dt.date | None = None) -> str:
    """What "Save to file" and "Print" put on paper: the key and what it is for."""
    day = (when or dt.date.today()).isoformat()
    return (
        QCoreApplication.translate("UnlockWizard",
                'HealthDesk recovery key\n=======================\n\nRecovery key: '
                '{key}\n\nCreated: {day}\nRecord folder: {data_dir}\n\nIf you forget your '
                'passphrase, choose "Use recovery key..." on the unlock\nscreen and type this '
                'key. Keep this paper somewhere safe, away from the\ncomputer. Anyone with this '
                'key and your computer can open your health record.\n').format(key=key, day=day,
                        data_dir=data_dir)
    )


def write_private_file(path: Path, text: str) -> None:
    """Write ``text`` readable by its owner only (0600), even if the file existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


class FirstRunWizard(QDialog):
    """Three steps; ``.record`` holds the open record after it is accepted."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 keyring: DeviceKeyring | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.record: HealthRecord | None = None
        self.recovery_key = ""
        self.profile: Any = None
        self._keyring = keyring
        self._closed = False
        self._tasks = TaskManager(self)
        from healthdesk.domain.i18n import current_language

        # The computer's language (HEALTHDESK_LANG, LANG) until the person picks one.
        self.language = current_language()
        self.setWindowTitle(self.tr("Welcome to HealthDesk"))
        self.setMinimumWidth(720)
        self.stack = QStackedWidget()
        self._build_steps()
        self.step_label = QLabel()
        self.busy = busy_bar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        for b in (self.cancel_button, self.back_button):
            b.setAutoDefault(False)
        self.next_button.setDefault(True)
        self.next_button.setToolTip(self.tr("Next step (Enter)"))
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.next_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(14)
        # Large text or long Tamil words: the step scrolls instead of overlapping.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.stack)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.busy)
        lay.addLayout(buttons)
        self._go(0)

    # -- steps -----------------------------------------------------------------------

    def _build_steps(self) -> None:
        self.stack.addWidget(self._passphrase_step())
        self.stack.addWidget(self._recovery_step())
        self.stack.addWidget(self._profile_step())

    def _language_row(self) -> QHBoxLayout:
        from ..pages.settings_appearance import available_languages

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, name in available_languages():  # each in its own script
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.language), 0))
        self.language_box.currentIndexChanged.connect(lambda _i: self._language_chosen())
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language_box)
        row.addStretch(1)
        return row

    def _language_chosen(self) -> None:
        self.language = self.language_box.currentData() or "en"
        # After this slot returns: the step holding the combo box is built again.
        QTimer.singleShot(0, self._switch_language)

    def _switch_language(self) -> None:
        """Show the wizard in the chosen language now, keeping what was typed."""
        from ..i18n import set_ui_language
        from ..retranslate import capture, restore

        app = QApplication.instance()
        if app is not None:
            set_ui_language(app, self.language)
        state = capture(self)
        current = self.stack.currentIndex()
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._build_steps()
        restore(self, state)
        self.key_label.setText(self.recovery_key)
        self.setWindowTitle(self.tr("Welcome to HealthDesk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setToolTip(self.tr("Next step (Enter)"))
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self._go(current)
        self.language_box.setFocus()

    def _passphrase_step(self) -> QWidget:
        page = QWidget()
        self.passphrase_form = NewPassphraseForm(self.tr("Passphrase"))
        self.passphrase_form.submitted.connect(self.next_action)
        self.create_error = FieldError()
        lay = QVBoxLayout(page)
        lay.setSpacing(12)
        lay.addLayout(self._language_row())
        lay.addWidget(heading(self.tr("Choose a passphrase")))
        lay.addWidget(body_text(self.tr(
            "HealthDesk keeps your health record encrypted on this computer. The passphrase "
            "locks it: you type it when you open HealthDesk. A few unrelated words are easy "
            "to remember and hard to guess.")))
        lay.addWidget(self.passphrase_form)
        lay.addWidget(self.create_error)
        lay.addStretch(1)
        return page

    def _recovery_step(self) -> QWidget:
        page = QWidget()
        self.key_label = QLabel()
        self.key_label.setFont(monospace(1.6))
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setMargin(14)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.save_button = QPushButton(self.tr("Save to file…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.copy_button = QPushButton(self.tr("Copy"))
        for b in (self.save_button, self.print_button, self.copy_button):
            b.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_key_action)
        self.print_button.clicked.connect(self.print_key_action)
        self.copy_button.clicked.connect(self.copy_key_action)
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.kept_check = QCheckBox(self.tr("I have written it down or saved it"))
        self.kept_check.toggled.connect(lambda _c: self._update_buttons())
        self.remember_check = QCheckBox(
            self.tr("Remember on this device (no passphrase on this computer)"))
        self.remember_check.setToolTip(self.tr(
            "Keeps the key in this computer's secure keyring, so HealthDesk opens without "
            "the passphrase for your account on this computer."))
        self.remember_check.toggled.connect(self.remember_action)
        self.remember_error = FieldError(self.remember_check)
        actions = QHBoxLayout()
        for b in (self.save_button, self.print_button, self.copy_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lay = QVBoxLayout(page)
        lay.setSpacing(12)
        lay.addWidget(heading(self.tr("Your recovery key")))
        lay.addWidget(body_text(self.tr(
            "If you ever forget your passphrase, this recovery key is the only way back into "
            "your record. Write it down or save it, and keep it somewhere safe, away from this "
            "computer. It is shown only now.")))
        lay.addWidget(self.key_label)
        lay.addLayout(actions)
        lay.addWidget(self.key_status)
        lay.addSpacing(6)
        lay.addWidget(self.kept_check)
        lay.addWidget(self.remember_check)
        lay.addWidget(self.remember_error)
        lay.addStretch(1)
        return page

    def _profile_step(self) -> QWidget:
        page = QWidget()
        self.profile_form = ProfileForm()
        self.profile_form.name.returnPressed.connect(self.next_action)
        self.profile_error = FieldError()
        lay = QVBoxLayout(page)
        lay.setSpacing(12)
        lay.addWidget(heading(self.tr("Who is this record for?")))
        lay.addWidget(body_text(self.tr(
            "Start with one person: yourself, or the person you care for. You can add more "
            "people later in Settings.")))
        lay.addWidget(self.profile_form)
        lay.addWidget(self.profile_error)
        lay.addStretch(1)
        return page

    # -- navigation --------------------------------------------------------------------

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        # Only the step shown sets the size (the recovery key's wide line would make the
        # passphrase step scroll sideways at large text).
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            step = self.stack.widget(i)
            if step is not None:
                step.setSizePolicy(policy, policy)
        self.step_label.setText(self.tr("Step {0} of 3").format(index + 1))
        self._update_buttons()
        focus = {0: self.passphrase_form.new, 1: self.key_label,
                 2: self.profile_form.name}[index]
        focus.setFocus()

    def _update_buttons(self) -> None:
        index = self.stack.currentIndex()
        working = self.busy.isVisible() or self._tasks.pending > 0
        self.back_button.setVisible(index == 2)
        self.next_button.setText(self.tr("Finish") if index == 2 else self.tr("Next"))
        self.next_button.setEnabled(not working and (index != 1 or self.kept_check.isChecked()))
        if index == 1 and not self.kept_check.isChecked():
            self.next_button.setToolTip(self.tr("First confirm you kept the recovery key"))
        else:
            self.next_button.setToolTip(self.tr("Next step (Enter)"))

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.passphrase_form.set_enabled(not on)
        self.profile_form.setEnabled(not on)
        self._update_buttons()

    def next_action(self) -> None:
        if not self.next_button.isEnabled():
            return
        index = self.stack.currentIndex()
        if index == 0:
            self._create()
        elif index == 1:
            self._go(2)
        else:
            self._create_profile()

    # -- work --------------------------------------------------------------------------

    def _create(self) -> None:
        if self.record is not None:  # already created (came back): just move on
            self._go(1)
            return
        passphrase = self.passphrase_form.validate()
        if passphrase is None:
            return
        self.create_error.clear_message()
        data_dir, keyring = self.data_dir, self._keyring

        def work() -> tuple[HealthRecord, str]:
            return HealthRecord.create(data_dir, passphrase, keyring=keyring)

        self._busy(True)
        self._tasks.run(work, self._created, self._create_failed)

    def _created(self, result: tuple[HealthRecord, str]) -> None:
        if self._closed:  # cancelled while the key was being derived
            result[0].close()
            return
        self.record, self.recovery_key = result
        self._busy(False)
        self.key_label.setText(self.recovery_key)
        self.passphrase_form.new.clear()
        self.passphrase_form.confirm.clear()
        self._go(1)

    def _create_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.create_error.show_message(str(exc))

    def _create_profile(self) -> None:
        record = self.record
        if record is None:
            return
        values = self.profile_form.values()
        self.profile_form.clear_errors()
        self.profile_error.clear_message()
        self._busy(True)
        language = self.language

        def work() -> Any:
            # The window's language from the first start on (Settings can change it).
            record.preferences.set("language", language)
            return record.profiles.create(**values)

        self._tasks.run(work, self._profile_done, self._profile_failed)

    def _profile_done(self, view: Any) -> None:
        self._busy(False)
        self.profile = view
        self.accept()

    def _profile_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            self.profile_form.show_error(exc)
        else:
            self.profile_error.show_message(str(exc))

    # -- recovery key actions ------------------------------------------------------------

    def save_key_to(self, path: Path) -> None:
        """Write the key and instructions to ``path``, readable by this user only."""
        write_private_file(Path(path), recovery_key_text(self.recovery_key, self.data_dir))
        self.key_status.setText(self.tr("Saved to {0}. Keep that file somewhere safe, "
                                        "away from this computer.").format(path))

    def save_key_action(self) -> None:
        start = str(Path.home() / "HealthDesk recovery key.txt")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery key"), start,
                                              self.tr("Text files (*.txt)"))
        if path:
            try:
                self.save_key_to(Path(path))
            except OSError as exc:
                self.key_status.setText(self.tr("Could not save the file: {0}").format(
                    exc.strerror or exc))

    def print_key_action(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setDefaultFont(monospace(1.2))
            doc.setPlainText(recovery_key_text(self.recovery_key, self.data_dir))
            doc.print_(printer)
            self.key_status.setText(self.tr("Sent to the printer."))

    def copy_key_action(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.key_status.setText(self.tr(
            "Copied. Paste it into your password manager, then copy something else so it "
            "does not stay on the clipboard."))

    def remember_action(self, remember: bool) -> None:
        record = self.record
        if record is None:
            return
        self.remember_error.clear_message()

        def failed(exc: BaseException) -> None:
            self.remember_error.show_message(str(exc))
            self.remember_check.blockSignals(True)
            self.remember_check.setChecked(not remember)
            self.remember_check.blockSignals(False)
            self._update_buttons()

        self._tasks.run(lambda: record.remember_on_device(remember),
                        lambda _r: self._update_buttons(), failed)
        self._update_buttons()

    # -- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: close the record if one was created (the files stay; nothing is lost)."""
        self._closed = True

        def close_then_reject() -> None:
            if self.record is not None:
                self.record.close()
                self.record = None
            super(FirstRunWizard, self).reject()

        # Once a store still being created is done (never waiting on the GUI thread).
        self._tasks.drain(close_then_reject)

    def done(self, result: int) -> None:
        self._closed = True
        self._tasks.drain(lambda: QDialog.done(self, result))
