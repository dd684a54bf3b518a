"""Settings ▸ Clinic staff: make this store a clinic's, add staff, disable or enable them.

Only an administrator signed in may change staff (the service refuses anyone else, and
the section says so); everyone sees who is on the staff. A personal store offers to
become a clinic's, with the person setting it up as its first administrator.
"""

from __future__ import annotations

from typing import Any

from healthdesk.domain.roles import STAFF_ROLES, role_word

from ..context import UiContext
from ..qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

NAME_ROLE = Qt.ItemDataRole.UserRole


class StaffSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Clinic staff"))
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        # Setting up a clinic (a personal store).
        self.setup = QWidget()
        self.clinic_name = QLineEdit()
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.admin_name = QLineEdit()
        self.admin_name.setAccessibleName(self.tr("First administrator"))
        self.admin_pin = QLineEdit()
        self.admin_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_pin.setAccessibleName(self.tr("Administrator's PIN"))
        self.setup_button = QPushButton(self.tr("Make this a clinic's store"))
        self.setup_button.clicked.connect(self.set_up)
        form = QFormLayout(self.setup)
        form.addRow(self.tr("Clinic"), self.clinic_name)
        form.addRow(self.tr("Administrator"), self.admin_name)
        form.addRow(self.tr("PIN"), self.admin_pin)
        form.addRow(self.setup_button)
        # Managing the staff (a clinic store).
        self.manage = QWidget()
        self.staff_list = QListWidget()
        self.staff_list.setAccessibleName(self.tr("Staff"))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New member's name"))
        self.new_role = QComboBox()
        for role in STAFF_ROLES:
            self.new_role.addItem(role_word(role), role)
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setAccessibleName(self.tr("New member's PIN"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.toggle_button = QPushButton(self.tr("Disable / enable"))
        self.toggle_button.clicked.connect(self.toggle)
        row = QHBoxLayout()
        for w in (self.new_name, self.new_role, self.new_pin, self.add_button):
            row.addWidget(w)
        lay = QVBoxLayout(self.manage)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.staff_list)
        lay.addLayout(row)
        lay.addWidget(self.toggle_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.note)
        outer.addWidget(self.setup)
        outer.addWidget(self.manage)
        outer.addWidget(self.error)
        self.setup.hide()
        self.manage.hide()
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        clinic = self.ctx.record.clinic

        def work() -> tuple[Any, list[Any]]:
            return clinic.organisation(), clinic.staff()

        self.ctx.read(work, self._loaded)

    def _loaded(self, loaded: tuple[Any, list[Any]]) -> None:
        org, staff = loaded
        member = self.ctx.record.clinic.signed_in
        admin = member is not None and member.role == "admin"
        self.setup.setVisible(org is None)
        self.manage.setVisible(org is not None)
        if org is None:
            self.heading.setText(self.tr("This is a personal store. A clinic's store has "
                                         "staff who sign in with their own PIN, and every "
                                         "change is recorded under their name."))
            self.note.hide()
            return
        self.heading.setText(org.name)
        self.note.setText(self.tr("Signed in as an administrator: you may add and disable "
                                  "staff.") if admin else
                          self.tr("Only an administrator can add or disable staff."))
        self.note.show()
        for w in (self.new_name, self.new_role, self.new_pin, self.add_button,
                  self.toggle_button):
            w.setEnabled(admin)
        self.staff_list.clear()
        for s in staff:
            text = self.tr("{0} — {1}").format(s.name, role_word(s.role))
            if not s.active:
                text += self.tr(" (disabled)")
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, (s.name, s.active))
            self.staff_list.addItem(item)

    def _run(self, work: Any) -> None:
        self.error.hide()

        def failed(exc: BaseException) -> None:
            self.error.setText(str(exc))
            self.error.show()

        self.ctx.run(work, lambda _r: self.reload(), failed, initiator=self)

    def set_up(self) -> None:
        clinic = self.ctx.record.clinic
        name, admin, pin = self.clinic_name.text(), self.admin_name.text(), self.admin_pin.text()

        def work() -> None:
            clinic.set_organisation(name)
            clinic.add_staff(admin, "admin", pin)
            clinic.sign_in(admin, pin)

        self.admin_pin.clear()
        self._run(work)

    def add(self) -> None:
        clinic = self.ctx.record.clinic
        name, role, pin = self.new_name.text(), self.new_role.currentData(), self.new_pin.text()
        self.new_pin.clear()
        self._run(lambda: clinic.add_staff(name, role, pin))

    def toggle(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            return
        name, active = item.data(NAME_ROLE)
        self._run(lambda: self.ctx.record.clinic.set_active(name, not active))
