"""Chat: conversations about the current person: care notes, and the assistant.

Left: the person's conversations, most recent first, "New conversation" and "Ask the
assistant". Right: the messages, oldest at the top, newest at the bottom; scrolling to
the top loads older ones. Your own notes sit on the right; the assistant's answers (in
sessions of kind "assistant") have their own colour and label, and their sources are
links that open the cited rows. In an assistant conversation the composer asks (see
chat_assistant.py for the remote model, its consent and Cancel).
"""

from __future__ import annotations

from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.services.assistant import Assistant

from ..context import UiContext
from ..dialogs.record_forms import conversation_form
from ..qt import (
    QEvent,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .chat_assistant import AssistantMode
from .chat_thread import MessageThread
from .records_common import PAGE_STYLE, error_text, fmt_datetime

PAGE_SIZE = 50


class ChatPage(QWidget):
    """Conversations of the current person and a composer (Ctrl+Enter sends)."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setStyleSheet(PAGE_STYLE)
        self.sessions: list[Any] = []
        self.session_id: str | None = None
        self.dialog: Any = None
        self._loading_older = False
        self._stale = True
        self._want_session: str | None = None
        self._want_message: str | None = None
        self._me: str | None = getattr(ctx.record, "actor", None)

        title = QLabel(self.tr("Chat"))
        title.setStyleSheet("font-size: 24px; font-weight: 700;")
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(self.tr("Conversations"))
        self.session_list.setWordWrap(True)
        self.session_list.setSpacing(2)
        self.session_list.currentRowChanged.connect(self._session_chosen)
        self.new_button = QPushButton(self.tr("New conversation…"))
        self.new_button.setToolTip(self.tr("Start a new conversation about this person (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(self.new_conversation_action)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 8, 0)
        left_lay.addWidget(QLabel(self.tr("Conversations")))
        left_lay.addWidget(self.session_list, 1)
        left_lay.addWidget(self.new_button)
        self.ask_button = QPushButton(self.tr("Ask the assistant"))
        self.ask_button.setToolTip(self.tr("Questions about this person's record, answered from "
                                   "the record with the sources cited"))
        self.ask_button.clicked.connect(self.open_assistant_action)
        left_lay.addWidget(self.ask_button)

        self.header = QLabel(self.tr("No conversation selected"))
        self.header.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.header.setWordWrap(True)
        self.older_button = QPushButton(self.tr("Show older messages"))
        self.older_button.setToolTip(self.tr("Load earlier messages (or scroll to the top)"))
        self.older_button.clicked.connect(self.load_older)
        self.older_button.hide()
        self.thread = MessageThread()
        self.thread.is_mine = self._is_mine
        self.thread.older_wanted.connect(self.load_older)
        self.thread.on_cite = self.open_cited
        self.composer = QPlainTextEdit()
        self.composer.setAccessibleName(self.tr("New message"))
        self.composer.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter sends)"))
        self.composer.setFixedHeight(90)
        self.composer.setTabChangesFocus(True)
        self.composer.installEventFilter(self)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the note (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send_action)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020; font-weight: 600;")
        self.error.hide()
        self.stream_label = QLabel()
        self.stream_label.setWordWrap(True)
        self.stream_label.setAccessibleName(self.tr("Answer arriving"))
        self.stream_label.setStyleSheet("background: #EAF6EC; border: 1px solid #6DB27C; "
                                        "border-radius: 10px; padding: 8px; font-size: 15px;")
        self.stream_label.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr(
                "Stop the remote answer (the offline answer is kept)"))
        self.cancel_button.hide()
        self.assistant = AssistantMode(ctx, self, self.stream_label, self._assistant_busy,
                                       self._assistant_saved, self._assistant_failed)
        self.cancel_button.clicked.connect(self.assistant.cancel)
        compose_row = QHBoxLayout()
        compose_row.addWidget(self.composer, 1)
        compose_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(8, 0, 0, 0)
        right_lay.addWidget(self.header)
        right_lay.addWidget(self.older_button)
        right_lay.addWidget(self.thread, 1)
        right_lay.addWidget(self.stream_label)
        right_lay.addWidget(self.cancel_button)
        right_lay.addWidget(self.error)
        right_lay.addLayout(compose_row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 700])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 8)
        lay.addWidget(title)
        lay.addWidget(split, 1)
        self._set_composer_enabled(False)
        ctx.profile_did_change.connect(lambda _pid: self._profile_changed())
        ctx.operation_did_execute.connect(self._changed)

    # -- loading -------------------------------------------------------------------

    def _profile_changed(self) -> None:
        self.session_id = None
        self.refresh()

    def _changed(self, changes: Changes, initiator: object) -> None:
        pid = self.ctx.profile_id
        if changes.touches_any(("chat_sessions", "chat_messages"), pid) \
                or changes.touches("profiles", pid):
            # Our own post is already in the thread: only the session list moves.
            self.refresh(messages=initiator is not self)

    def refresh(self, messages: bool = True) -> None:
        """Reload now if shown, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload_sessions(messages)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def reload_sessions(self, messages: bool = True) -> None:
        pid = self.ctx.profile_id
        self.new_button.setEnabled(bool(pid))
        if not pid:
            self._show_sessions([])
            return

        def work() -> tuple[list[Any], str | None]:
            record = self.ctx.record
            return record.chat.sessions(pid), record.profiles.get(pid).timezone

        def done(result: tuple[list[Any], str | None]) -> None:
            if pid == self.ctx.profile_id:
                sessions, self.thread.zone = result
                self._show_sessions(sessions, messages)

        self.ctx.run(work, done, self._failed)

    def _show_sessions(self, sessions: list[Any], messages: bool = True) -> None:
        keep = self._want_session or self.session_id
        self.sessions = sessions
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for s in sessions:
            kind = self.tr("Assistant") + " · " if s.kind == "assistant" else ""
            count = self.tr("%n messages", "", s.message_count)
            item = QListWidgetItem(f"{s.title}\n{kind}{count} · "
                                   f"{fmt_datetime(s.last_activity_at, self.thread.zone)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(s.title)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        ids = [s.id for s in sessions]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0 and ids[row] == self.session_id and not self._want_session:
            self.session_list.blockSignals(True)
            self.session_list.setCurrentRow(row)
            self.session_list.blockSignals(False)
            if messages:
                self._reload_messages()
            return
        self.session_list.setCurrentRow(row)
        if row < 0:
            self._session_chosen(-1)

    def _session_chosen(self, row: int) -> None:
        self._want_session = None
        if row < 0 or row >= len(self.sessions):
            self.session_id = None
            self.header.setText(self.tr("No conversation selected"))
            self._set_messages([], has_older=False, empty_text=(
                self.tr("No conversations yet. Press “New conversation…” to start keeping notes "
                "about this person.") if self.ctx.profile_id else self.tr(
                        "Choose a person first.")))
            self._set_composer_enabled(False)
            return
        session = self.sessions[row]
        self.session_id = session.id
        self.header.setText(session.title)
        self.composer.setPlaceholderText(
            self.tr("Ask about this person's record, e.g. “average BP last month” "
                    "(Ctrl+Enter asks)")
            if session.kind == "assistant" else self.tr("Write a note… (Ctrl+Enter sends)"))
        self._set_composer_enabled(True)
        self._reload_messages()

    def _reload_messages(self) -> None:
        sid = self.session_id
        if sid is None:
            return
        want = self._want_message

        def work() -> tuple[list[Any], bool]:
            chat = self.ctx.record.chat
            rows = chat.messages(sid, limit=PAGE_SIZE)
            more = len(rows) == PAGE_SIZE
            # Opening a search hit: page back until the message is loaded.
            while want and more and all(m.id != want for m in rows):
                older = chat.messages(sid, limit=PAGE_SIZE, before=rows[0].id)
                more = len(older) == PAGE_SIZE
                rows = older + rows
            return rows, more

        def done(result: tuple[list[Any], bool]) -> None:
            if sid != self.session_id:
                return
            rows, more = result
            self._set_messages(rows, has_older=more)
            if want and want in self.bubbles:
                self._want_message = None
                self.thread.scroll_to_message(want)

        self.ctx.run(work, done, self._failed)

    def load_older(self) -> None:
        """Fetch the page of messages before the first one shown."""
        sid = self.session_id
        if sid is None or not self.has_older or self._loading_older or not self.messages:
            return
        self._loading_older = True
        first = self.messages[0].id

        def done(rows: list[Any]) -> None:
            self._loading_older = False
            if sid != self.session_id:
                return
            self.thread.prepend(rows, has_older=len(rows) == PAGE_SIZE)
            self.older_button.setVisible(self.thread.has_older)

        def failed(exc: BaseException) -> None:
            self._loading_older = False
            self._failed(exc)

        self.ctx.run(lambda: self.ctx.record.chat.messages(sid, limit=PAGE_SIZE, before=first),
                     done, failed)

    # -- showing -------------------------------------------------------------------

    @property
    def messages(self) -> list[Any]:
        return self.thread.messages

    @property
    def bubbles(self) -> dict[str, Any]:
        return self.thread.bubbles

    @property
    def has_older(self) -> bool:
        return self.thread.has_older

    def _set_messages(self, rows: list[Any], *, has_older: bool, empty_text: str = "") -> None:
        if not empty_text and self.session_id:
            empty_text = "No messages yet. Write the first note below."
        self.thread.set_messages(rows, has_older=has_older, empty_text=empty_text)
        self.older_button.setVisible(has_older)

    def _is_mine(self, m: Any) -> bool:
        return bool(self._me) and m.role in ("user", "note") and m.author == self._me

    # -- writing -------------------------------------------------------------------

    def _set_composer_enabled(self, on: bool) -> None:
        self.composer.setEnabled(on)
        self.send_button.setEnabled(on)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.composer and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            mods = event.modifiers()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    mods & Qt.KeyboardModifier.ControlModifier:
                self.send_action()
                return True
        return super().eventFilter(obj, event)

    def send_action(self) -> None:
        sid = self.session_id
        text = self.composer.toPlainText()
        if sid is None or not text.strip():
            return
        session = next((s for s in self.sessions if s.id == sid), None)
        if session is not None and session.kind == "assistant":
            self.error.hide()
            self.composer.clear()
            self.assistant.ask(sid, session.profile_id, text)
            return
        role = "note"
        author = self._me
        self.error.hide()
        self.send_button.setEnabled(False)

        def done(m: Any) -> None:
            self.send_button.setEnabled(True)
            self.composer.clear()
            if self._me is None and m.author:
                # Who this device writes as, learned from the store: restyle "mine".
                self._me = m.author
                if m.session_id == self.session_id:
                    self._set_messages([*self.messages, m], has_older=self.has_older)
            elif m.session_id == self.session_id:
                self.thread.append(m)

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.error.setText(error_text(exc))
            self.error.show()
            self.composer.setAccessibleDescription(error_text(exc))

        self.ctx.run(lambda: self.ctx.record.chat.post(sid, text, author=author, role=role),
                     done, failed, initiator=self)

    # -- the assistant -------------------------------------------------------------

    def open_assistant_action(self) -> None:
        """Open (creating on first use) this person's Assistant conversation."""
        pid = self.ctx.profile_id
        if not pid:
            return
        record = self.ctx.record

        def done(session_id: str) -> None:
            self._open_session(session_id, None)
            self.composer.setFocus()

        self.ctx.run(lambda: Assistant(record).session_for(pid), done, self._failed,
                     initiator=self)

    def _assistant_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and self.assistant.streaming)
        self.send_button.setText(self.tr("Answering…") if busy else self.tr("Send"))

    def _assistant_saved(self, answer: Any) -> None:
        self.cancel_button.hide()
        if answer.session_id == self.session_id:
            self._reload_messages()

    def _assistant_failed(self, exc: BaseException) -> None:
        self.cancel_button.hide()
        self.error.setText(error_text(exc))
        self.error.show()

    def open_cited(self, entity: str, row_id: str) -> None:
        """A source link was clicked: open that row where the record shows it."""
        opener = getattr(self.window(), "open_item", None)
        if opener is not None:
            opener(entity, row_id, self.ctx.profile_id or "")

    def new_conversation_action(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            return
        dialog = conversation_form(self.ctx, pid, self)
        self.dialog = dialog

        def saved() -> None:
            view = dialog.result_view
            if view is not None:
                self._want_session = view.id
            self.composer.setFocus()

        dialog.accepted.connect(saved)
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.ctx.status_event.emit(error_text(exc))

    # -- search -------------------------------------------------------------------

    def show_item(self, entity: str, row_id: str) -> None:
        """Open a message's (or a session's) conversation and scroll to the message."""
        if entity == "chat_sessions":
            self._open_session(row_id, None)
            return

        def done(m: Any) -> None:
            self._open_session(m.session_id, m.id)

        self.ctx.run(lambda: self.ctx.record.chat.message(row_id), done, self._failed)

    def _open_session(self, session_id: str, message_id: str | None) -> None:
        self._want_message = message_id
        if session_id == self.session_id and message_id in self.bubbles:
            self._want_message = None
            self.thread.scroll_to_message(message_id)
            return
        self._want_session = session_id
        if session_id == self.session_id:
            self._reload_messages()
        else:
            self.session_id = None
            self.reload_sessions()
