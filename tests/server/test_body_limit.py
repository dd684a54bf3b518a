"""Request bodies are bounded, and a stranger's body is never read: the caller is known
before the body is, the limit is enforced while a body streams in, and the default
admits the largest request the client sends."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from healthdesk.server.config import DEFAULT_MAX_REQUEST_MB, MIB, Settings
from healthdesk.server.middleware import ANONYMOUS_BODY_LIMIT
from healthdesk.services.documents import MAX_BYTES as MAX_DOCUMENT_BYTES
from tests.pg import ServerProcess

from .client import Device, device_for
from .rawhttp import send_partial, stream_chunked

FIFTY_MB = 50 * 1000 * 1000


@pytest.fixture(scope="module")
def small_server(server_db: str) -> Iterator[ServerProcess]:
    """The same database behind a server that takes at most 1 MiB per request."""
    proc = ServerProcess(server_db, env={"HEALTHDESK_MAX_REQUEST_MB": "1"})
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()
        proc.log.unlink(missing_ok=True)


@pytest.fixture
def small_device(small_server: ServerProcess, make_account) -> Iterator[Device]:
    dev = device_for(small_server.url, make_account())
    yield dev
    dev.close()


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _assert_too_large(status: int, body: dict[str, object]) -> None:
    assert status == 413, body
    assert body["error"] == "too_large" and "send less at a time" in str(body["message"])
    assert isinstance(body["server_time"], int)


def test_a_stranger_gets_401_before_the_body_is_sent(server: ServerProcess) -> None:
    # Only the head and 1 KB of a 50 MB push go out: the answer comes without the rest.
    for token in ({}, {"Authorization": "Bearer not-a-token"}):
        answer = send_partial(server.port, "POST", "/v1/push", {
            "Content-Type": "application/json", "Content-Length": str(FIFTY_MB), **token},
            b'{"protocol": 1, "mutations": [' + b" " * 1000)
        assert answer.status == 401, answer.body
        assert answer.json()["error"] == "unauthorized"
        assert answer.headers["x-server-time"].isdigit()


def test_a_declared_length_over_the_limit_is_413_before_the_body(
        small_server: ServerProcess, small_device: Device) -> None:
    answer = send_partial(small_server.port, "POST", "/v1/push", {
        "Content-Type": "application/json", "Content-Length": str(2 * MIB),
        "Authorization": small_device.http.headers["Authorization"]}, b"{")
    _assert_too_large(answer.status, answer.json())
    assert "1 MiB" in str(answer.json()["message"])
    assert answer.headers["x-server-time"].isdigit()


def test_a_chunked_body_is_cut_off_as_it_passes_the_limit(
        small_server: ServerProcess, small_device: Device) -> None:
    most = 64 * MIB
    streamed = stream_chunked(small_server.port, "/v1/push", {
        "Content-Type": "application/json",
        "Authorization": small_device.http.headers["Authorization"]},
        b" " * 65536, most)
    _assert_too_large(streamed.answer.status, streamed.answer.json())
    # Answered while the body was still coming (socket buffers hold a few MiB more).
    assert streamed.sent < most


def test_a_body_under_the_limit_goes_through(small_device: Device) -> None:
    r = small_device.http.post("/v1/pull", content=json.dumps({
        "protocol": 1, "device_id": small_device.device_id, "limit": 5,
        "padding": "x" * (MIB - 1000)}), headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text


def test_sign_in_bodies_are_small(server_url: str, make_account) -> None:
    account = make_account()
    r = httpx.post(server_url + "/v1/login", json={
        "user": account.user, "password": account.password, "device_name": "x",
        "device_id": "dev1", "padding": "x" * ANONYMOUS_BODY_LIMIT})
    _assert_too_large(r.status_code, r.json())
    assert "64 KiB" in r.json()["message"]


def test_the_default_admits_the_clients_largest_request(new_device) -> None:
    # The client cuts pushes at ~8 MiB, except one oversized mutation, which goes alone:
    # the biggest is a document at its size limit, as base64 text.
    largest_document = 4 * math.ceil(MAX_DOCUMENT_BYTES / 3)
    default = Settings(database_url="postgresql://unused").max_request_bytes
    assert default == DEFAULT_MAX_REQUEST_MB * MIB
    assert largest_document + 256 * 1024 < default
    # And a full ~9 MiB request to the default server is read, not refused.
    dev = new_device()
    r = dev.http.post("/v1/pull", content=json.dumps({
        "protocol": 1, "device_id": dev.device_id, "padding": "x" * (9 * MIB)}),
        headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text[:300]


def _peak_rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("VmHWM:")))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_four_strangers_pushing_50_mb_do_not_grow_the_server(server: ServerProcess) -> None:
    assert server.proc is not None
    before = _peak_rss_kib(server.proc.pid)
    body = b"[" + b" " * (FIFTY_MB - 2) + b"]"
    answers: list[int] = []

    def push() -> None:
        try:
            answers.append(httpx.post(server.url + "/v1/push", content=body, timeout=60,
                                      headers={"Content-Type": "application/json"}
                                      ).status_code)
        except httpx.HTTPError as exc:  # the server may close once it has answered
            answers.append(-1 if "401" not in str(exc) else 401)

    threads = [threading.Thread(target=push) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    grown_mib = (_peak_rss_kib(server.proc.pid) - before) / 1024
    assert all(a in (401, -1) for a in answers), answers
    assert 401 in answers
    assert grown_mib < 20, f"the server grew by {grown_mib:.0f} MiB"


@pytest.mark.parametrize("value,expected", [("", DEFAULT_MAX_REQUEST_MB * MIB),
                                            ("1", MIB), ("200", 200 * MIB)])
def test_the_limit_setting(monkeypatch: pytest.MonkeyPatch, value: str,
                           expected: int) -> None:
    monkeypatch.setenv("HEALTHDESK_DATABASE_URL", "postgresql://x@localhost/db")
    monkeypatch.setenv("HEALTHDESK_MAX_REQUEST_MB", value)
    assert Settings.from_env().max_request_bytes == expected


@pytest.mark.parametrize("value", ["0", "-5", "lots", "99999"])
def test_a_bad_limit_setting_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    from healthdesk.server.config import ConfigError

    monkeypatch.setenv("HEALTHDESK_DATABASE_URL", "postgresql://x@localhost/db")
    monkeypatch.setenv("HEALTHDESK_MAX_REQUEST_MB", value)
    with pytest.raises(ConfigError, match="HEALTHDESK_MAX_REQUEST_MB must be a whole number"):
        Settings.from_env()
