"""The Chat page's assistant mode: ask, stream a remote answer with Cancel, and consent.

Offline answers are computed by a read op and saved as two messages. When a remote model
is turned on in Settings, the first question of a conversation first shows what would
leave the device (``Outgoing.preview``) and asks for consent; the model's answer streams
into a label under the thread from a plain thread (a network wait must not hold the
database worker), and Cancel stops it. Whatever happens, the answer saved has the offline
answer's intent and cited rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from healthdesk.services.assistant import Answer, Assistant
from healthdesk.services.assistant_remote import (
    Cancelled,
    Outgoing,
    RemoteSettings,
    answer_remotely,
    prepare,
    record_names,
)

from ..context import UiContext
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QObject,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ConsentDialog(QDialog):
    """Shows exactly what will be sent, before the first remote question of a
    conversation; Send accepts, Keep it offline rejects."""

    def __init__(self, out: Outgoing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send this question to the model?"))
        self.resize(620, 460)
        intro = QLabel(self.tr("This is exactly what will leave this device. Names in the record "
                       "are replaced unless you turned that off in Settings. Nothing else "
                       "from the record is sent."))
        intro.setWordWrap(True)
        self.preview = QPlainTextEdit(out.preview())
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What will be sent"))
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Send"),
                QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button = buttons.addButton(self.tr("Keep it offline"),
                                                QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.preview, 1)
        lay.addWidget(buttons)


class _Relay(QObject):
    """Carries a worker thread's pieces of text and its result to the GUI thread."""

    piece = Signal(str)
    finished = Signal(object)


class AssistantMode:
    """Asks for one Chat page; ``on_saved(answer_message)`` when an answer is stored."""

    def __init__(self, ctx: UiContext, parent: QWidget, stream_label: QLabel,
                 on_busy: Callable[[bool], None], on_saved: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.stream_label = stream_label
        self.on_busy = on_busy
        self.on_saved = on_saved
        self.on_failed = on_failed
        self.consented: set[str] = set()  # conversations whose remote use was agreed to
        self.dialog: ConsentDialog | None = None
        self.cancel_event: threading.Event | None = None
        self._relay = _Relay()
        self._relay.piece.connect(self._piece)
        self._relay.finished.connect(self._remote_done)
        self._pending: tuple[str, Answer] | None = None
        self.keyring: Any = None  # tests pass an in-memory keyring

    def ask(self, session_id: str, profile_id: str, question: str) -> None:
        self.on_busy(True)
        record = self.ctx.record

        def work() -> tuple[Answer, Outgoing | None, str | None, float]:
            settings = RemoteSettings(record, self.keyring)
            cfg = settings.load()
            assistant = Assistant(record)
            if not cfg.enabled:
                return assistant.answer(question, profile_id), None, None, 0.0
            offline, out = prepare(assistant, cfg, question, profile_id, record_names(record))
            return offline, out, settings.api_key(), cfg.timeout_seconds

        def done(result: tuple[Answer, Outgoing | None, str | None, float]) -> None:
            offline, out, key, timeout = result
            if out is None:
                self._save(session_id, offline)
            elif session_id in self.consented:
                self._stream(session_id, offline, out, key, timeout)
            else:
                self._ask_consent(session_id, offline, out, key, timeout)

        self.ctx.run(work, done, self._failed)

    def _ask_consent(self, session_id: str, offline: Answer, out: Outgoing, key: str | None,
                     timeout: float) -> None:
        dialog = ConsentDialog(out, self.parent)
        self.dialog = dialog

        def decided(code: int) -> None:
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                self.consented.add(session_id)
                self._stream(session_id, offline, out, key, timeout)
            else:
                self._save(session_id, offline)

        dialog.finished.connect(decided)
        dialog.open()

    def _stream(self, session_id: str, offline: Answer, out: Outgoing, key: str | None,
                timeout: float) -> None:
        self.cancel_event = cancel = threading.Event()
        self._pending = (session_id, offline)
        self.stream_label.setText("")
        self.stream_label.show()
        relay = self._relay

        def run() -> None:
            try:
                result: Any = answer_remotely(offline, out, key, timeout, relay.piece.emit,
                                              cancel)
            except Cancelled:
                result = None
            relay.finished.emit(result)

        threading.Thread(target=run, name="assistant-remote", daemon=True).start()
        self.on_busy(True)  # now with Cancel

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()

    @property
    def streaming(self) -> bool:
        return self.cancel_event is not None

    def _piece(self, text: str) -> None:
        self.stream_label.setText(self.stream_label.text() + text)

    def _remote_done(self, result: Answer | None) -> None:
        self.cancel_event = None
        self.stream_label.hide()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        session_id, offline = pending
        if result is None:  # cancelled: keep the offline answer, say so
            result = Answer(**{**offline.__dict__, "text": "The remote answer was "
                               "cancelled; here is the offline answer.\n" + offline.text})
        self._save(session_id, result)

    def _save(self, session_id: str, answer: Answer) -> None:
        record = self.ctx.record

        def done(saved: Answer) -> None:
            self.on_busy(False)
            self.on_saved(saved)

        self.ctx.run(lambda: Assistant(record).save(answer, session_id), done, self._failed,
                     initiator=self.parent)

    def _failed(self, exc: BaseException) -> None:
        self.on_busy(False)
        self.on_failed(exc)
