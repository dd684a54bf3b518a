"""Changes that did not go through, each with its reason in words.

Two lists: changes from the server this device could not apply (a caregiver's device or
an older server sent a value this record cannot hold; they are retried with every sync
and leave the list once they apply), and this device's changes the server refused (sent
again only on request, with "Send again"). Reads go through the sync service only.
"""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..widgets import body_points, muted, set_point_size


class SetAsideDialog(QDialog):
    retried = Signal(int)  # refused changes queued again: the window syncs now

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set-aside changes"))
        self.setMinimumSize(620, 440)
        set_point_size(self, body_points())
        self.incoming = QListWidget()
        self.incoming.setAccessibleName(self.tr("Changes from the server not applied here"))
        self.incoming.setWordWrap(True)
        self.outgoing = QListWidget()
        self.outgoing.setAccessibleName(self.tr("Changes from this device refused by the server"))
        self.outgoing.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Send refused changes again"))
        self.retry_button.clicked.connect(self.retry)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Set-aside message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = muted(self.tr("From the server, not applied here (tried again with every "
                              "sync; they leave this list once they apply):"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.incoming, 1)
        layout.addWidget(muted(self.tr("From this device, refused by the server:")))
        layout.addWidget(self.outgoing, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.run(self.ctx.record.sync.set_aside_views, self._show, self._failed)

    def _show(self, views: list[Any]) -> None:
        self.incoming.clear()
        self.outgoing.clear()
        for v in views:
            item = QListWidgetItem(v.summary)
            item.setToolTip(v.summary)
            (self.incoming if v.direction == "incoming" else self.outgoing).addItem(item)
        for lst in (self.incoming, self.outgoing):
            if lst.count() == 0:
                empty = QListWidgetItem(self.tr("Nothing here."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(empty)
        refused = sum(1 for v in views if v.direction == "outgoing")
        self.retry_button.setEnabled(refused > 0)

    def retry(self) -> None:
        def done(n: int) -> None:
            self.message.setText(self.tr("{0} refused change(s) will be sent with the next "
                                         "sync.").format(n))
            self.retried.emit(n)
            self.refresh()

        self.ctx.run(self.ctx.record.sync.retry_set_aside, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(str(exc))
