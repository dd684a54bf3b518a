"""Settings ▸ Erase a person: for good, unlike the everyday delete (docs/privacy.md).

The section says what erase does and what it does not reach (older backups), lists the
people (deleted ones too: their rows are still in the file), and asks again, naming the
person, before it erases. The erase runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QCoreApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from .records_common import error_text

EXPLAIN = (QT_TRANSLATE_NOOP("Labels",
        "Deleting a person hides them: their records stay in the file, marked deleted, "
           "so the delete can sync and a backup can bring them back. Erasing removes every "
           "record of theirs for good (readings, medicines, documents, chat, the history), "
           "zeroes the freed space and compacts the file. If you own a person shared "
           "through sync, they are erased on the server and on every other device too. "
           "Backups written before still hold them."))


def ask_to_erase(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("SettingsPrivacy", "Erase for good?"),
        QCoreApplication.translate("SettingsPrivacy",
                "Erase {name} and every record of theirs from this device (and, if you own them, "
                "from the sync server and every other device)? This cannot be undone; backups "
                "written before still hold them.").format(name=name),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class EraseSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Erase a person"))
        self.ctx = ctx
        self.confirm: Callable[[QWidget, str], bool] = ask_to_erase  # tests answer for it
        intro = QLabel(tr_label(EXPLAIN))
        intro.setWordWrap(True)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person to erase"))
        self.erase_button = QPushButton(self.tr("Erase this person…"))
        self.erase_button.clicked.connect(self.erase_action)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.person)
        lay.addWidget(self.erase_button)
        lay.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        def work() -> list[tuple[str, str]]:
            return [(p.id, p.name) for p in self.ctx.record.profiles.all()]

        def done(people: list[tuple[str, str]]) -> None:
            self.person.clear()
            for pid, name in people:
                self.person.addItem(name, pid)
            self.erase_button.setEnabled(bool(people))

        self.ctx.read(work, done)

    def erase_action(self) -> None:
        pid, name = self.person.currentData(), self.person.currentText()
        if not pid or not self.confirm(self, name):
            return
        self.erase_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Erasing {name}…").format(name=name))

        def done(report: Any) -> None:
            self.message.setStyleSheet("color: #1B5E20;")
            self.message.setText(f"{name} was erased: {report.rows_removed} records removed "
                                 "for good." + ("" if report.compacted else f" {report.note}"))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.erase_button.setEnabled(True)
            self.message.setStyleSheet("color: #B00020; font-weight: 600;")
            self.message.setText(error_text(exc))

        self.ctx.run(lambda: self.ctx.record.erase.erase(pid), done, failed, initiator=self)
