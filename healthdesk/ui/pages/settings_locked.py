"""Settings ▸ While locked: what a locked screen may say about a reminder, and whether a
dose may be recorded from it (docs/locked-reminders.md).

Both are privacy choices, so they sit with the other privacy settings: the default names
the person and the count ("Kamala Iyer: 2 medicines due at 20:00"), not the medicines.
"""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..qt import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout
from .records_common import error_text


class LockedSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("While locked"))
        self.ctx = ctx
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("A locked screen shows"))
        for text, value in ((self.tr("Who, and how many medicines are due"), "count"),
                            (self.tr("Who, and the medicine names"), "names"),
                            (self.tr("Only \"A reminder is due\""), "none")):
            self.show_combo.addItem(text, value)
        self.show_combo.activated.connect(
            lambda _i: self.save("lock_screen_reminders", self.show_combo.currentData()))
        self.record_check = QCheckBox(self.tr("Allow recording doses while locked"))
        self.record_check.setToolTip(self.tr(
            "Taken, Skip and Snooze on the lock window, without the passphrase. Anyone at "
            "this computer could then record a dose, but still could not read the record."))
        self.record_check.clicked.connect(
            lambda on: self.save("record_doses_while_locked", bool(on)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("A locked screen shows:")), self.show_combo)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.record_check)
        lay.addWidget(self.note)
        lay.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        def work() -> tuple[str, bool, bool]:
            rec = self.ctx.record
            return (rec.preferences.get("lock_screen_reminders"),
                    bool(rec.preferences.get("record_doses_while_locked")),
                    rec.reminder_plan.keyring_available())

        self.ctx.read(work, self._loaded)

    def _loaded(self, values: tuple[str, bool, bool]) -> None:
        show, can_record, keyring = values
        index = self.show_combo.findData(show)
        self.show_combo.setCurrentIndex(max(0, index))
        self.record_check.setChecked(can_record)
        self.note.setText(self.tr(
            "This device's keyring keeps the reminder plan, so reminders go on after a "
            "restart, before the first unlock.") if keyring else self.tr(
            "This device has no secure keyring: after a restart, reminders start once "
            "HealthDesk has been unlocked one time. While it is locked, reminders go on."))

    def save(self, key: str, value: Any) -> None:
        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))
            self.message.show()
            self.reload()

        def done(_clean: Any) -> None:
            self.message.hide()

        self.ctx.run(lambda: self.ctx.record.preferences.set(key, value), done, failed,
                     initiator=self)
