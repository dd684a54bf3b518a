"""Who looks after this person, in the order caregiver alerts go to them."""

from __future__ import annotations

from typing import Any

from healthdesk.services.alerts import CaregiverView
from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ..widgets import FieldError, muted


class CaregiversDialog(QDialog):
    def __init__(self, ctx: UiContext, profile_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.profile_id = ctx, profile_id
        self.carers: list[CaregiverView] = []
        self.setWindowTitle(self.tr("Caregivers"))
        lay = QVBoxLayout(self)
        intro = muted(self.tr("When a medicine's caregiver alert is on, the first person here is "
                      "alerted about a dose not taken; the next one after the medicine's "
                      "escalation delay, and so on down the list."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Caregivers in alert order"))
        lay.addWidget(self.list, 1)
        moves = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(self.move_up_action)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_action)
        moves.addWidget(self.up_button)
        moves.addWidget(self.remove_button)
        moves.addStretch(1)
        lay.addLayout(moves)
        add = QHBoxLayout()
        self.person_box = QComboBox()
        self.person_box.setAccessibleName(self.tr("Someone with a profile here"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("or a name"))
        self.name_edit.setAccessibleName(self.tr("Caregiver name"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("phone or e-mail (optional)"))
        self.contact_edit.setAccessibleName(self.tr("Caregiver contact"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_action)
        for w in (self.person_box, self.name_edit, self.contact_edit, self.add_button):
            add.addWidget(w)
        lay.addWidget(QLabel(self.tr("Add a caregiver:")))
        lay.addLayout(add)
        self.error = FieldError()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        pid = self.profile_id

        def work() -> tuple[list[CaregiverView], list[Any]]:
            rec = self.ctx.record
            return rec.caregivers.for_profile(pid), [p for p in rec.profiles.all() if p.id != pid]

        self.ctx.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[CaregiverView], list[Any]]) -> None:
        self.carers, people = result
        self.list.clear()
        for c in self.carers:
            extra = f" · {c.contact}" if c.contact else ""
            own = " (has a profile here)" if c.caregiver_profile_id else ""
            item = QListWidgetItem(f"{c.position}. {c.name}{own}{extra}")
            self.list.addItem(item)
        self.person_box.clear()
        self.person_box.addItem(self.tr("Someone else…"), None)
        taken = {c.caregiver_profile_id for c in self.carers}
        for p in people:
            if p.id not in taken:
                self.person_box.addItem(p.name, p.id)

    def _selected(self) -> CaregiverView | None:
        row = self.list.currentRow()
        return self.carers[row] if 0 <= row < len(self.carers) else None

    def _write(self, work: Any) -> None:
        def done(_v: object) -> None:
            self.error.clear_message()
            self.name_edit.clear()
            self.contact_edit.clear()
            self.reload()

        self.ctx.run(work, done, self._failed)

    def add_action(self) -> None:
        pid, person = self.profile_id, self.person_box.currentData()
        name = self.name_edit.text().strip() or None
        contact = self.contact_edit.text().strip() or None
        self._write(lambda: self.ctx.record.caregivers.add(
            pid, name, caregiver_profile_id=person, contact=contact))

    def remove_action(self) -> None:
        c = self._selected()
        if c is not None:
            self._write(lambda: self.ctx.record.caregivers.remove(c.id))

    def move_up_action(self) -> None:
        c = self._selected()
        if c is not None and c.position > 1:
            self._write(lambda: self.ctx.record.caregivers.move(c.id, c.position - 1))

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc) if isinstance(exc, ValidationError | LookupError)
                                else self.tr("Could not save: {exc}").format(exc=exc))
