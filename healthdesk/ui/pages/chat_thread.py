"""The scrolling column of message bubbles: newest at the bottom, older ones on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..qt import QEvent, QLabel, QObject, QScrollArea, Qt, QTimer, QVBoxLayout, QWidget, Signal
from .chat_bubbles import MessageBubble, bubble_row


class MessageThread(QScrollArea):
    """Shows ``messages`` (oldest first) and asks for older ones at the top."""

    #: Emitted when the reader scrolled to the top and older messages exist.
    older_wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Any] = []
        self.bubbles: dict[str, MessageBubble] = {}
        self.has_older = False
        self.zone: str | None = None
        self.is_mine: Callable[[Any], bool] = lambda _m: False
        self.on_cite: Callable[[str, str], None] | None = None  # opens a cited row
        self._pin_bottom = False
        self._keep_from_bottom: int | None = None
        self.column = QWidget()
        self.column.setObjectName("thread")
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setSpacing(10)
        self.column_layout.addStretch(1)  # few messages sit at the bottom, near the composer
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; font-size: 15px; padding: 24px;")
        self.column_layout.addWidget(self.empty)
        # Sized by hand (see _fit): with word-wrapped labels, Qt's own sizing of a
        # resizable scroll area comes out far too tall, leaving a gap above the messages.
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.column)
        self.setAccessibleName(self.tr("Messages"))
        self.column.installEventFilter(self)
        self.viewport().installEventFilter(self)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._range_changed)

    def set_messages(self, rows: list[Any], *, has_older: bool, empty_text: str = "") -> None:
        """Replace everything shown, and scroll to the newest message."""
        for i in reversed(range(self.column_layout.count())):
            item = self.column_layout.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None and w is not self.empty:
                self.column_layout.removeWidget(w)
                w.deleteLater()
        self.bubbles = {}
        self.messages = list(rows)
        self.has_older = has_older
        for m in rows:
            self._insert(m)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows and bool(empty_text))
        self._pin_bottom = True
        self.scroll_to_bottom()

    def prepend(self, rows: list[Any], *, has_older: bool) -> None:
        """Put an older page on top while the reader's view stays where it was."""
        bar = self.verticalScrollBar()
        self._keep_from_bottom = bar.maximum() - bar.value()
        self.has_older = has_older
        self.messages = rows + self.messages
        for i, m in enumerate(rows):
            self._insert(m, at=i)

    def append(self, m: Any) -> None:
        """Add a new message at the bottom and show it."""
        self.messages.append(m)
        self._insert(m)
        self._pin_bottom = True
        self.scroll_to_bottom()

    def _insert(self, m: Any, at: int | None = None) -> None:
        bubble = MessageBubble(m, mine=self.is_mine(m), zone=self.zone, on_cite=self.on_cite)
        self.bubbles[m.id] = bubble
        row = bubble_row(bubble)
        # Item 0 of the layout is the stretch: messages go after it.
        self.column_layout.insertWidget(-1 if at is None else at + 1, row)
        row.show()
        self.empty.hide()

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def scroll_to_message(self, message_id: str) -> None:
        """Bring a message into view and outline it (a search hit)."""
        bubble = self.bubbles.get(message_id)
        if bubble is None:
            return
        self._pin_bottom = False
        for b in self.bubbles.values():
            b.set_highlight(b is bubble)
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(bubble, 0, 60))

    # -- sizing and scrolling ---------------------------------------------------------

    def _fit(self) -> None:
        """Give the column the viewport's width and the height its text needs."""
        width = self.viewport().width()
        need = self.column_layout.heightForWidth(width)
        if need < 0:
            need = self.column_layout.sizeHint().height()
        height = max(self.viewport().height(), need)
        if (self.column.width(), self.column.height()) != (width, height):
            self.column.resize(width, height)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.LayoutRequest and obj is self.column) or \
                (kind == QEvent.Type.Resize and obj is self.viewport()):
            self._fit()
        return super().eventFilter(obj, event)

    def _range_changed(self, _lo: int, hi: int) -> None:
        bar = self.verticalScrollBar()
        if self._keep_from_bottom is not None:
            bar.setValue(hi - self._keep_from_bottom)
            self._keep_from_bottom = None
        elif self._pin_bottom:
            bar.setValue(hi)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if value < bar.maximum():
            self._pin_bottom = False
        if value == bar.minimum() and bar.maximum() > 0 and self.has_older:
            self.older_wanted.emit()
