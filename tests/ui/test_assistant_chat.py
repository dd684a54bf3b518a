"""The Chat page's assistant mode in a real window: ask, see the cited sources as links
that open the row, and a remote model that streams behind a consent dialog, with Cancel."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from healthdesk.services.assistant_remote import RemoteConfig, RemoteSettings
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.ui.qt import Qt
from tests.keyring_memory import MemoryKeyring

from .conftest import settle


@pytest.fixture
def reading(record, profile_id):  # type: ignore[no-untyped-def]
    return record.readings.record(profile_id, "weight", {"weight": 61.5})


def chat(window: Any) -> Any:
    from healthdesk.ui.main_window import PAGES

    window.go(PAGES.index("Chat"))
    return window.page("Chat")


def ask(qtbot: Any, ctx: Any, page: Any, text: str) -> None:
    qtbot.keyClicks(page.composer, text)
    qtbot.keyClick(page.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)


def test_offline_answer_with_a_source_link_that_opens_the_reading(
        qtbot, ctx, window, record, profile_id, reading):  # type: ignore[no-untyped-def]
    page = chat(window)
    settle(qtbot, ctx)
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [session] = record.chat.sessions(profile_id, kind="assistant")
    assert page.session_id == session.id
    ask(qtbot, ctx, page, "what is my latest weight")
    qtbot.waitUntil(lambda: len(page.messages) == 2, timeout=10_000)
    question, answer = page.messages
    assert (question.role, answer.role) == ("user", "assistant")
    assert "61.5 kg" in answer.content
    assert answer.metadata["sources"] == [{"entity": "measurements", "id": reading.id}]
    bubble = page.bubbles[answer.id]
    assert bubble.kind == "assistant" and bubble.sources_label is not None
    assert "Reading 1" in bubble.sources_label.text()
    bubble.sources_label.linkActivated.emit(f"measurements:{reading.id}")
    settle(qtbot, ctx)
    assert window.stack.currentWidget() is window.page("Readings")


class Model(ThreadingHTTPServer):
    bodies: list[Any]
    delay = 0.0


class Handler(BaseHTTPRequestHandler):
    server: Model

    def log_message(self, *_a: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.server.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            for piece in ("The latest", " weight is", " 61.5 kg [1]."):
                data = {"choices": [{"delta": {"content": piece}}]}
                self.wfile.write(f"data: {json.dumps(data)}\n\n".encode())
                self.wfile.flush()
                time.sleep(self.server.delay)
            self.wfile.write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def model() -> Iterator[Model]:
    srv = Model(("127.0.0.1", 0), Handler)
    srv.bodies = []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def remote_on(record: Any, model: Model) -> DeviceKeyring:
    kr = DeviceKeyring(MemoryKeyring())
    RemoteSettings(record, kr).save(RemoteConfig(
        enabled=True, base_url=f"http://127.0.0.1:{model.server_address[1]}", model="m"))
    return kr


def test_remote_answer_asks_consent_once_then_streams(
        qtbot, ctx, window, record, profile_id, reading, model):  # type: ignore[no-untyped-def]
    kr = remote_on(record, model)
    page = chat(window)
    page.assistant.keyring = kr
    settle(qtbot, ctx)
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    ask(qtbot, ctx, page, "Asha Rao latest weight")
    dialog = page.assistant.dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.preview.toPlainText()
    assert "61.5 kg" in shown and "Asha" not in shown
    assert model.bodies == []  # nothing left before consent
    dialog.accept()
    qtbot.waitUntil(lambda: len(page.messages) == 2, timeout=10_000)
    assert page.messages[1].content == "The latest weight is 61.5 kg [1]."
    assert page.messages[1].metadata["intent"] == "reading_stats"
    assert "Asha" not in json.dumps(model.bodies[0])
    ask(qtbot, ctx, page, "latest weight again")  # same conversation: no second dialog
    assert page.assistant.dialog is None
    qtbot.waitUntil(lambda: len(page.messages) == 4, timeout=10_000)


def test_declining_consent_keeps_it_offline_and_cancel_keeps_the_offline_answer(
        qtbot, ctx, window, record, profile_id, reading, model):  # type: ignore[no-untyped-def]
    kr = remote_on(record, model)
    page = chat(window)
    page.assistant.keyring = kr
    settle(qtbot, ctx)
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    ask(qtbot, ctx, page, "latest weight")
    page.assistant.dialog.reject()
    qtbot.waitUntil(lambda: len(page.messages) == 2, timeout=10_000)
    assert model.bodies == [] and "61.5 kg" in page.messages[1].content
    model.delay = 1.0
    ask(qtbot, ctx, page, "latest weight")
    page.assistant.dialog.accept()
    qtbot.waitUntil(lambda: page.cancel_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.messages) == 4, timeout=10_000)
    assert page.messages[3].content.startswith("The remote answer was cancelled")
    assert "61.5 kg" in page.messages[3].content
