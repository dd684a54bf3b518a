"""The "People" section of Settings: list, add, rename and delete profiles."""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ..widgets import local_date
from .settings_dialogs import ProfileDialog

SEX_WORDS = {
    "female": QT_TRANSLATE_NOOP("Labels", "female"),
    "male": QT_TRANSLATE_NOOP("Labels", "male"),
    "intersex": QT_TRANSLATE_NOOP("Labels", "intersex"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}


def details(profile: Any) -> str:
    """"72, female, born 11 Feb 1954" (only what is known; empty if nothing is)."""
    bits: list[str] = []
    if profile.age is not None:
        bits.append(f"{profile.age}")
    if profile.sex in SEX_WORDS:
        bits.append(tr_label(SEX_WORDS[profile.sex]))
    if profile.date_of_birth is not None:
        bits.append(QCoreApplication.translate("Labels", "born {date}").format(
            date=local_date(profile.date_of_birth, "d MMM yyyy")))
    return ", ".join(bits)


def describe(profile: Any) -> str:
    """"Asha Rao — 72, female, born 11 Feb 1954" (only what is known)."""
    more = details(profile)
    return profile.name + (" — " + more if more else "")


class ProfilesSection(QGroupBox):
    """People on this device. Deleting asks first, naming the person."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("People"))
        self.ctx = ctx
        self.profiles: list[Any] = []
        self.dialog: ProfileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People on this device"))
        self.list.setMinimumHeight(130)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        self.list.setMaximumHeight(220)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _i: self.rename_action())
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add_action)
        self.rename_button.clicked.connect(self.rename_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        lay.addWidget(self.note)
        self._update_buttons()

    def reload(self) -> None:
        ctx = self.ctx
        ctx.run(lambda: ctx.record.profiles.all(), self._fill,
                lambda exc: ctx.status_event.emit(str(exc)))

    def _fill(self, profiles: list[Any]) -> None:
        keep = self.current()
        self.profiles = list(profiles)
        self.list.clear()
        for p in profiles:
            more = details(p)
            item = QListWidgetItem(p.name + ("\n" + more if more else ""))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, describe(p))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        ids = [p.id for p in profiles]
        want = keep.id if keep is not None and keep.id in ids else self.ctx.profile_id
        self.list.setCurrentRow(ids.index(want) if want in ids else (0 if ids else -1))
        self._update_buttons()

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.profiles[row] if 0 <= row < len(self.profiles) else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.rename_button.setEnabled(has)
        # The record always keeps one person: every page shows someone's record.
        self.delete_button.setEnabled(has and len(self.profiles) > 1)
        self.delete_button.setToolTip(
            self.tr("Remove this person's record from this device and your synced devices")
            if len(self.profiles) > 1 else
            self.tr("Add another person first: the record always keeps at least one."))

    def add_action(self) -> None:
        self.dialog = ProfileDialog(self.ctx, None, self)
        self.dialog.open()

    def rename_action(self) -> None:
        profile = self.current()
        if profile is None:
            return
        self.dialog = ProfileDialog(self.ctx, profile, self)
        self.dialog.open()

    def delete_action(self) -> None:
        profile = self.current()
        if profile is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete {0}?").format(profile.name))
        box.setText(self.tr("Delete {0}'s record?").format(profile.name))
        box.setInformativeText(self.tr(
            "Everything recorded about {0} (readings, medicines, appointments, documents "
            "and messages) will be removed from this device and from your synced devices. "
            "This cannot be undone.").format(profile.name))
        delete = box.addButton(self.tr("Delete {0}").format(profile.name),
                               QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm_box = box

        def finished(_code: int) -> None:
            if box.clickedButton() is delete:
                self._delete(profile)
            self.confirm_box = None
            box.deleteLater()

        box.finished.connect(finished)
        box.open()

    def _delete(self, profile: Any) -> None:
        ctx = self.ctx

        def done(_r: object) -> None:
            self.note.setText(self.tr("{0}'s record was deleted.").format(profile.name))

        ctx.run(lambda: ctx.record.profiles.delete(profile.id), done,
                lambda exc: self.note.setText(str(exc)))
