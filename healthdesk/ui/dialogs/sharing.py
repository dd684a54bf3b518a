"""Sharing: who may see and change the current person's record, joining someone else's,
and this account's devices.

Roles: the owner (who first synced the person), caregivers (may change the record) and
viewers (may only read it). Every call goes to the server on the network pool; answers
and refusals appear in the dialog as one sentence.
"""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ..widgets import body_points, muted, set_point_size

ROLE_DATA = Qt.ItemDataRole.UserRole
ROLES = {
    "caregiver": QT_TRANSLATE_NOOP("Labels", "Caregiver (may change the record)"),
    "viewer": QT_TRANSLATE_NOOP("Labels", "Viewer (may only read it)"),
}


class SharingDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sharing"))
        self.setMinimumSize(560, 420)
        set_point_size(self, body_points())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_tab(), self.tr("&People"))
        self.tabs.addTab(self._join_tab(), self.tr("&Join"))
        self.tabs.addTab(self._devices_tab(), self.tr("&Devices"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sharing message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    # -- tabs --------------------------------------------------------------------------

    def _people_tab(self) -> QWidget:
        w = QWidget()
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("People with access"))
        self.role = QComboBox()
        for key, label in ROLES.items():
            self.role.addItem(tr_label(label), key)
        self.role.setAccessibleName(self.tr("Role for the invite"))
        self.invite_button = QPushButton(self.tr("Create &invite code"))
        self.invite_button.clicked.connect(self.invite)
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Invite code"))
        self.remove_button = QPushButton(self.tr("&Remove access"))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(self.invite_button)
        layout = QVBoxLayout(w)
        layout.addWidget(muted(self.tr("Who can open this person's record:")))
        layout.addWidget(self.members, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.code)
        return w

    def _join_tab(self) -> QWidget:
        w = QWidget()
        self.join_code = QLineEdit()
        self.join_code.setPlaceholderText(self.tr("ABCD-EFGH-JKLM"))
        self.join_code.setAccessibleName(self.tr("Invite code to join"))
        self.join_button = QPushButton(self.tr("&Join"))
        self.join_button.clicked.connect(self.join)
        layout = QVBoxLayout(w)
        text = muted(self.tr("Someone shared a record with you? Enter the code they gave "
                             "you; the record arrives with the next sync."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.join_code)
        layout.addWidget(self.join_button)
        layout.addStretch(1)
        return w

    def _devices_tab(self) -> QWidget:
        w = QWidget()
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Signed-in devices"))
        self.sign_out_device = QPushButton(self.tr("&Sign that device out"))
        self.sign_out_device.clicked.connect(self.revoke_device)
        layout = QVBoxLayout(w)
        layout.addWidget(muted(self.tr("Devices signed in to this account:")))
        layout.addWidget(self.devices, 1)
        layout.addWidget(self.sign_out_device)
        return w

    # -- actions -----------------------------------------------------------------------

    def _net(self, work: Any, done: Any) -> None:
        self.ctx.tasks.run(work, done, self._failed, network=True)

    def refresh(self) -> None:
        record, pid = self.ctx.record, self.ctx.profile_id
        if pid:
            self._net(lambda: record.sharing.members(pid), self._show_members)
        self._net(record.sharing.devices, self._show_devices)

    def _show_members(self, members: list[Any]) -> None:
        self.members.clear()
        for m in members:
            item = QListWidgetItem(f"{m.user} — {m.role}")
            item.setData(ROLE_DATA, m.user)
            self.members.addItem(item)

    def _show_devices(self, devices: list[Any]) -> None:
        self.devices.clear()
        for d in devices:
            seen = d.last_seen_at.astimezone().strftime("%d %b %Y %H:%M") if d.last_seen_at \
                else self.tr("never")
            label = f"{d.name}{self.tr(' (this device)') if d.current else ''} — " \
                    f"{self.tr('last seen')} {seen}"
            item = QListWidgetItem(label)
            item.setData(ROLE_DATA, d.device_id)
            self.devices.addItem(item)

    def invite(self) -> None:
        record, pid, role = self.ctx.record, self.ctx.profile_id, self.role.currentData()

        def done(code: Any) -> None:
            self.code.setText(code.code)
            self.message.setText(self.tr("Give this code to the person you invite ({0}); it "
                                         "works once, until {1}.").format(
                role, code.expires_at.astimezone().strftime("%d %b %Y %H:%M")))

        self._net(lambda: record.sharing.invite(pid, role), done)

    def join(self) -> None:
        record, code = self.ctx.record, self.join_code.text()

        def done(joined: Any) -> None:
            self.join_code.clear()
            self.message.setText(self.tr("Joined as {0}. Syncing now brings the record "
                                         "here.").format(joined.role))
            self.ctx.sync_wanted_event.emit()

        self._net(lambda: record.sharing.accept(code), done)

    def remove(self) -> None:
        item = self.members.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose whose access to remove."))
            return
        record, pid, user = self.ctx.record, self.ctx.profile_id, item.data(ROLE_DATA)

        def done(_: Any) -> None:
            self.message.setText(self.tr("{0} no longer has access; their devices remove "
                                         "the record at their next sync.").format(user))
            self.refresh()

        self._net(lambda: record.sharing.revoke(pid, user), done)

    def revoke_device(self) -> None:
        item = self.devices.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a device to sign out."))
            return
        record, device = self.ctx.record, item.data(ROLE_DATA)

        def done(_: Any) -> None:
            self.message.setText(self.tr("That device is signed out."))
            self.refresh()

        self._net(lambda: record.sharing.revoke_device(device), done)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(str(exc))
