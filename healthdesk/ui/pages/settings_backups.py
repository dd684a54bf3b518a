"""Settings ▸ Backups: the folder automatic backups go to, the last good backup, a
warning when the last one failed or is old, and "Back up now" (off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from healthdesk.interop.transfer import Transfer

from ..context import UiContext
from ..qt import QCoreApplication, QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget
from .records_common import error_text


def ask_folder(parent: QWidget) -> str | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Folder for automatic backups")
    return chosen or None


class BackupsSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Backups"))
        self.ctx = ctx
        self.choose: Callable[[QWidget], str | None] = ask_folder  # tests answer for it
        intro = QLabel(self.tr(
                "Once a day an encrypted backup is written to a folder you choose (a "
                       "USB stick, a synced folder), checked after writing, and old ones "
                       "rotated: 7 daily, 4 weekly and 12 monthly are kept."))
        intro.setWordWrap(True)
        self.folder = QLabel(self.tr("No folder chosen: no automatic backups."))
        self.folder.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last backup"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_action)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.clicked.connect(self.backup_now)
        lay = QVBoxLayout(self)
        for w in (intro, self.folder, self.status, self.choose_button, self.now_button):
            lay.addWidget(w)
        self.reload()

    def _schedule(self) -> Any:
        return Transfer(self.ctx.record).backup_schedule()

    def reload(self) -> None:
        record = self.ctx.record

        def done(st: Any) -> None:
            self.now_button.setEnabled(st.folder is not None)
            if st.folder is None:
                self.folder.setText(QCoreApplication.translate("BackupsSection",
                        "No folder chosen: no automatic backups."))
                self.status.setText("")
                return
            self.folder.setText(QCoreApplication.translate("BackupsSection", "Folder: {folder}")
                    .format(folder=st.folder))
            warning = st.warning(record.now())
            last = (f"Last good backup: {st.last_good_at:%Y-%m-%d %H:%M} UTC "
                    f"({st.last_good_file})" if st.last_good_at else "")
            self.status.setStyleSheet("color: #B00020; font-weight: 600;" if warning else "")
            self.status.setText(" ".join(t for t in (warning, last) if t))

        self.ctx.read(lambda: self._schedule().status(), done)

    def choose_action(self) -> None:
        chosen = self.choose(self)
        if chosen is None:
            return

        def failed(exc: BaseException) -> None:
            self.status.setStyleSheet("color: #B00020; font-weight: 600;")
            self.status.setText(error_text(exc))

        self.ctx.run(lambda: self._schedule().set_folder(Path(chosen)),
                     lambda _r: self.reload(), failed, initiator=self)

    def backup_now(self) -> None:
        self.now_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Backing up…"))
        self.ctx.run(lambda: self._schedule().run(), lambda _r: self.reload(),
                     lambda _e: self.reload(), initiator=self)
