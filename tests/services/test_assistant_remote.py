"""The remote model over real HTTP: a small OpenAI-compatible server on 127.0.0.1 that
streams server-sent events, times out or fails on request."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.services.assistant import Assistant
from healthdesk.services.assistant_remote import (
    Cancelled,
    RemoteConfig,
    RemoteSettings,
    answer_remotely,
    prepare,
    record_names,
)
from healthdesk.store.keyring_store import DeviceKeyring
from tests.keyring_memory import MemoryKeyring


class Model(ThreadingHTTPServer):
    mode = "ok"
    bodies: list[dict[str, Any]]
    auth: list[str | None]
    reply = "Your last weight was 61.5 kg [1]. Asha Rao should ask the doctor."


class Handler(BaseHTTPRequestHandler):
    server: Model

    def log_message(self, *_a: Any) -> None:
        pass

    def do_POST(self) -> None:
        n = int(self.headers["Content-Length"])
        self.server.bodies.append(json.loads(self.rfile.read(n)))
        self.server.auth.append(self.headers.get("Authorization"))
        if self.path != "/v1/chat/completions" or self.server.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        if self.server.mode == "slow":
            time.sleep(3)
        words = self.server.reply.split(" ")
        try:
            for i, w in enumerate(words):
                piece = w if i == 0 else " " + w
                chunk = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                if self.server.mode == "dribble":
                    time.sleep(0.2)
            self.wfile.write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client cancelled or timed out: what these tests do


@pytest.fixture
def model() -> Iterator[Model]:
    srv = Model(("127.0.0.1", 0), Handler)
    srv.bodies, srv.auth = [], []
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def asha(record: Any) -> str:
    pid = record.profiles.create(name="Asha Rao").id
    record.readings.record(pid, "weight", {"weight": 61.5})
    return str(pid)


def cfg(model: Model, **kw: Any) -> RemoteConfig:
    return RemoteConfig(enabled=True, base_url=f"http://127.0.0.1:{model.server_address[1]}",
                        model="llama3.2", **kw)


def test_streams_grounded_answer_without_names(record: Any, asha: str, model: Model) -> None:
    a = Assistant(record)
    offline, out = prepare(a, cfg(model), "What is Asha Rao's latest weight?", asha,
                           record_names(record))
    assert "Asha" not in out.preview() and "Person 1" in out.preview()
    assert "61.5 kg" in out.preview()
    pieces: list[str] = []
    ans = answer_remotely(offline, out, "sk-test", 5, pieces.append)
    body = json.dumps(model.bodies[0])
    assert "Asha" not in body and "Rao" not in body and body.count("[1]") >= 1
    assert model.bodies[0]["stream"] is True and model.bodies[0]["model"] == "llama3.2"
    # The consent dialog's text holds every message exactly as it was sent.
    assert all(m["content"] in out.preview() for m in model.bodies[0]["messages"])
    assert model.auth == ["Bearer sk-test"]
    assert len(pieces) > 3 and "".join(pieces).strip() == Model.reply
    assert ans.sources == offline.sources and ans.intent == "reading_stats"
    assert ans.extra["remote"]["model"] == "llama3.2"


def test_names_kept_when_replacement_is_off(record: Any, asha: str, model: Model) -> None:
    offline, out = prepare(Assistant(record), cfg(model, replace_names=False),
                           "latest weight", asha, record_names(record))
    answer_remotely(offline, out, None, 5)
    assert model.auth == [None]
    assert "Asha Rao" in json.dumps(model.bodies[0]) or "weight" in json.dumps(model.bodies[0])


@pytest.mark.parametrize(("mode", "timeout", "words"), [
    ("error", 5, "refused the question (HTTP 500)"),
    ("slow", 1, "did not answer within 1 seconds"),
])
def test_failure_is_one_sentence_then_the_offline_answer(
        record: Any, asha: str, model: Model, mode: str, timeout: float, words: str) -> None:
    model.mode = mode
    offline, out = prepare(Assistant(record), cfg(model), "latest weight", asha,
                           record_names(record))
    ans = answer_remotely(offline, out, None, timeout)
    first, rest = ans.text.split("\n", 1)
    assert words in first and first.endswith("Here is the offline answer instead.")
    assert rest == offline.text and "remote_error" in ans.extra


def test_unreachable_server_falls_back(record: Any, asha: str) -> None:
    c = RemoteConfig(enabled=True, base_url="http://127.0.0.1:9", model="m")
    offline, out = prepare(Assistant(record), c, "latest weight", asha, [])
    ans = answer_remotely(offline, out, None, 2)
    assert ans.text.startswith("The model at 127.0.0.1:9 could not be reached.")
    assert "61.5 kg" in ans.text


def test_cancel_stops_the_stream(record: Any, asha: str, model: Model) -> None:
    model.mode = "dribble"
    offline, out = prepare(Assistant(record), cfg(model), "latest weight", asha, [])
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        answer_remotely(offline, out, None, 10, lambda _p: cancel.set(), cancel)


def test_settings_validate_and_key_lives_in_the_keyring(record: Any) -> None:
    kr = DeviceKeyring(MemoryKeyring())
    settings = RemoteSettings(record, kr)
    assert settings.load().enabled is False  # off by default
    with pytest.raises(ValidationError, match="Server address"):
        settings.save(RemoteConfig(enabled=True, base_url="ftp://x", model="m"))
    with pytest.raises(ValidationError, match="Model"):
        settings.save(RemoteConfig(enabled=True, base_url="http://127.0.0.1:1", model=" "))
    with pytest.raises(ValidationError, match="Timeout"):
        settings.save(RemoteConfig(base_url="http://h", timeout_seconds=0))
    saved = settings.save(RemoteConfig(enabled=True, base_url=" http://127.0.0.1:11434 ",
                                       model="llama3.2"))
    assert settings.load() == saved and saved.endpoint == \
        "http://127.0.0.1:11434/v1/chat/completions"
    assert settings.set_api_key("sk-secret") is True
    assert RemoteSettings(record, kr).api_key() == "sk-secret"
    with record.store.read() as s:
        from healthdesk.store import local_state
        assert "sk-secret" not in json.dumps(local_state.get_prefixed(s, ""))
