"""The transport's two ways out (issue 19): straight to the urllib3 pool requests would
use, or, when a proxy applies, through requests itself; both against the real server."""

from __future__ import annotations

import socket

import pytest

from healthdesk.protocol import PullRequest
from healthdesk.sync.errors import NotSignedInError, ServerUnreachableError
from healthdesk.sync.transport import Transport


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_direct_calls_reuse_one_connection_and_see_the_server_clock(
        server_url, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    token = acct.login(server_url, device_id="direct.dev")
    heard: list[int] = []
    t = Transport(server_url, token, on_server_time=heard.append)
    try:
        assert t._direct_pool() is not None
        for _ in range(3):
            page = t.pull(PullRequest(device_id="direct.dev"))
            assert page.changes == [] and not page.has_more
        assert len(heard) == 3 and all(ms > 1_600_000_000_000 for ms in heard)
        pool = t._direct_pool()
        assert pool.num_connections == 1  # kept alive across the calls
        t.token = "not-a-token"
        with pytest.raises(NotSignedInError, match="sign in again"):
            t.pull(PullRequest(device_id="direct.dev"))
    finally:
        t.close()


def test_a_proxy_in_the_environment_is_used_through_requests(
        server_url, make_account, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    token = acct.login(server_url, device_id="proxied.dev")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    t = Transport(server_url, token, retries=0)
    try:
        assert t._direct_pool() is None
        # The server is up, the proxy is not: the call went to the proxy.
        with pytest.raises(ServerUnreachableError, match="could not be reached"):
            t.pull(PullRequest(device_id="proxied.dev"))
    finally:
        t.close()
    monkeypatch.delenv("HTTP_PROXY")
    direct = Transport(server_url, token, retries=0)
    try:
        assert direct.pull(PullRequest(device_id="proxied.dev")).changes == []
    finally:
        direct.close()


def test_nothing_listening_is_unreachable_in_words() -> None:
    t = Transport(f"http://127.0.0.1:{_closed_port()}", "token", retries=0)
    try:
        with pytest.raises(ServerUnreachableError, match="could not be reached"):
            t.pull(PullRequest(device_id="nobody.dev"))
    finally:
        t.close()
