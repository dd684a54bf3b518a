"""Dialogs opened from Settings: change the passphrase, add or rename a person.

Each stays open until the service accepts the input, so a mistake is shown next to the
field it concerns and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from healthdesk.services.errors import LockedError, ValidationError

from ..context import UiContext
from ..dialogs.unlock_fields import (
    FieldError,
    NewPassphraseForm,
    PassphraseEdit,
    ProfileForm,
    body_text,
    busy_bar,
    form_layout,
    heading,
    with_error,
)
from ..qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QPushButton, QHBoxLayout]:
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    cancel = QPushButton(dialog.tr("Cancel"))
    cancel.setAutoDefault(False)
    cancel.setToolTip(dialog.tr("Close without changing anything (Esc)"))
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return ok, row


class ChangePassphraseDialog(QDialog):
    """Current passphrase, new one with strength feedback, and confirmation."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(620)
        self.current = PassphraseEdit(self.tr("Current passphrase"))
        self.current_error = FieldError(self.current.edit)
        self.current.textChanged.connect(lambda _t: self.current_error.clear_message())
        self.current.returnPressed.connect(lambda: self.form.new.setFocus())
        self.form = NewPassphraseForm(self.tr("New passphrase"))
        self.form.submitted.connect(self.submit_action)
        self.error = FieldError()
        self.busy = busy_bar()
        self.ok_button, buttons = _buttons(self, self.tr("Change passphrase"))
        self.ok_button.clicked.connect(self.submit_action)
        # One form for all three fields, so they line up.
        self.form.layout().insertRow(  # type: ignore[union-attr]
            0, QLabel(self.tr("Current passphrase:")), with_error(self.current, self.current_error))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 18)
        lay.setSpacing(12)
        lay.addWidget(heading(self.tr("Change passphrase"), 1.3))
        lay.addWidget(body_text(self.tr(
            "Your record stays as it is; only the lock changes. Your recovery key keeps "
            "working.")))
        lay.addWidget(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.busy)
        lay.addLayout(buttons)
        self.current.setFocus()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.ok_button.setEnabled(not on)
        self.current.setEnabled(not on)
        self.form.set_enabled(not on)

    def submit_action(self) -> None:
        if not self.ok_button.isEnabled():
            return
        old = self.current.text()
        self.error.clear_message()
        if not old:
            self.current_error.show_message(self.tr("Type your current passphrase."))
            self.current.setFocus()
            return
        new = self.form.validate()
        if new is None:
            return
        ctx = self.ctx
        self._busy(True)
        ctx.run(lambda: ctx.record.change_passphrase(old, new), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._busy(False)
        self.ctx.status_event.emit(self.tr("Passphrase changed. Use the new one next time "
                                           "you unlock HealthDesk."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, LockedError):
            self.current.clear()  # before the message: typing clears the message
            self.current_error.show_message(str(exc))
            self.current.setFocus()
        else:
            self.error.show_message(str(exc))


class ProfileDialog(QDialog):
    """Add a person (name, date of birth, sex) or rename one (name only)."""

    def __init__(self, ctx: UiContext, profile: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = profile
        self.result_view: Any = None
        adding = profile is None
        self.setWindowTitle(self.tr("Add a person") if adding else self.tr("Rename"))
        self.setMinimumWidth(520)
        self.form = ProfileForm()
        if not adding:
            self.form.name.setText(profile.name)
            self.form.name.selectAll()
        self.error = FieldError()
        self.ok_button, buttons = _buttons(self, self.tr("Add") if adding else self.tr("Rename"))
        self.ok_button.clicked.connect(self.submit_action)
        self.form.name.returnPressed.connect(self.submit_action)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 18)
        lay.setSpacing(12)
        title = (self.tr("Add a person") if adding
                 else self.tr("Rename {0}").format(profile.name))
        lay.addWidget(heading(title, 1.3))
        lay.addWidget(self.form if adding else self._rename_form())
        if not adding:
            self.form.setParent(self)  # only its name field is used, moved above
            self.form.hide()
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.form.name.setFocus()

    def _rename_form(self) -> QWidget:
        box = QWidget()
        form = form_layout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(self.tr("New name:")), with_error(self.form.name, self.form.name_error))
        return box

    def submit_action(self) -> None:
        if not self.ok_button.isEnabled():
            return
        ctx, profile = self.ctx, self.profile
        values = self.form.values()
        self.form.clear_errors()
        self.error.clear_message()
        self.ok_button.setEnabled(False)
        if profile is None:
            ctx.run(lambda: ctx.record.profiles.create(**values), self._done, self._failed)
        else:
            name = values["name"]
            ctx.run(lambda: ctx.record.profiles.update(profile.id, name=name), self._done,
                    self._failed)

    def _done(self, view: Any) -> None:
        self.ok_button.setEnabled(True)
        self.result_view = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        else:
            self.error.show_message(str(exc))

