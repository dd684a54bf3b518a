"""The failed-sign-in back-off holds under parallel attempts and cannot be dodged by
writing X-Forwarded-For: only a configured proxy's forwarding is believed."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import httpx
import psycopg
import pytest
from argon2 import PasswordHasher

from healthdesk.server.accounts import FREE_FAILURES
from healthdesk.server.config import parse_networks
from healthdesk.server.peer import client_address
from tests.pg import PASSWORD, ServerProcess


def _attempt(url: str, user: str, password: str, forwarded: str | None = None,
             client: httpx.Client | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    body = {"user": user, "password": password, "device_name": "x", "device_id": "dev1"}
    if client is not None:
        return client.post(url + "/v1/login", json=body, headers=headers)
    return httpx.post(url + "/v1/login", json=body, headers=headers, timeout=30)


def _account_with_real_argon2(server_db: str) -> str:
    # The tests' accounts are hashed with fast parameters, and a verify takes the
    # parameters from the hash: this one takes ~0.2 s like a real account's, so attempts
    # really are in flight together while each is checked.
    user = f"slow_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_db) as conn:
        conn.execute("INSERT INTO accounts (username, password_hash) VALUES (%s, %s)",
                     (user, PasswordHasher().hash(PASSWORD)))
    return user


def test_parallel_wrong_passwords_are_counted_before_they_are_checked(
        server_url: str, server_db: str) -> None:
    user = _account_with_real_argon2(server_db)
    n = 40
    # One warmed-up connection per attempt and a barrier: the 40 arrive together.
    clients = [httpx.Client(timeout=60) for _ in range(n)]
    for c in clients:
        assert c.get(server_url + "/health").status_code == 200
    barrier = threading.Barrier(n)
    codes: list[int] = []

    def fire(c: httpx.Client) -> None:
        barrier.wait()
        codes.append(_attempt(server_url, user, "wrong password", client=c).status_code)

    threads = [threading.Thread(target=fire, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in clients:
        c.close()
    assert sorted(codes) == [401] * FREE_FAILURES + [429] * (n - FREE_FAILURES), codes
    with psycopg.connect(server_db) as conn:
        row = conn.execute("SELECT failures FROM login_failures WHERE username = lower(%s)",
                           (user,)).fetchone()
    assert row == (FREE_FAILURES,)


def test_rotating_x_forwarded_for_does_not_reset_the_count(server_url: str,
                                                           make_account) -> None:
    account = make_account()
    codes = [_attempt(server_url, account.user, "wrong password", f"198.51.100.{i}")
             .status_code for i in range(1, 6)]
    assert codes == [401] * FREE_FAILURES + [429] * (5 - FREE_FAILURES)


@pytest.fixture(scope="module")
def proxied_server(server_db: str) -> Iterator[ServerProcess]:
    """A server that believes X-Forwarded-For from 127.0.0.1 (a proxy on this host)."""
    proc = ServerProcess(server_db, env={"HEALTHDESK_TRUSTED_PROXIES": "127.0.0.1, ::1"})
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()
        proc.log.unlink(missing_ok=True)


def test_behind_a_trusted_proxy_each_client_address_has_its_own_count(
        proxied_server: ServerProcess, make_account) -> None:
    account = make_account()
    url = proxied_server.url
    first = [_attempt(url, account.user, "wrong", "203.0.113.7").status_code
             for _ in range(FREE_FAILURES + 1)]
    assert first == [401] * FREE_FAILURES + [429]
    # Another client behind the same proxy is not blocked by the first one's failures...
    assert _attempt(url, account.user, "wrong", "203.0.113.8").status_code == 401
    # ...and what a client writes in front of the proxy's entry changes nothing.
    assert _attempt(url, account.user, "wrong", "10.9.9.9, 203.0.113.7").status_code == 429


PROXIES = parse_networks("127.0.0.1 10.0.0.0/8,::1")


@pytest.mark.parametrize("peer,forwarded,expected", [
    ("192.0.2.1", ["203.0.113.9"], "192.0.2.1"),           # not a proxy: header ignored
    ("127.0.0.1", [], "127.0.0.1"),                         # a proxy, nothing forwarded
    ("127.0.0.1", ["203.0.113.9"], "203.0.113.9"),
    ("127.0.0.1", ["6.6.6.6, 203.0.113.9"], "203.0.113.9"),  # the client's own entry
    ("127.0.0.1", ["203.0.113.9, 10.1.2.3"], "203.0.113.9"),  # two proxies in a row
    ("127.0.0.1", ["6.6.6.6", "203.0.113.9"], "203.0.113.9"),  # two header lines
    ("127.0.0.1", ["junk, 203.0.113.9:5555"], "203.0.113.9"),
    ("127.0.0.1", ["203.0.113.9, junk"], "127.0.0.1"),      # a broken chain: the proxy
    ("::ffff:127.0.0.1", ["[2001:db8::5]:443"], "2001:db8::5"),
    ("::1", ["2001:db8::5"], "2001:db8::5"),
])
def test_which_address_a_request_comes_from(peer: str, forwarded: list[str],
                                            expected: str) -> None:
    assert client_address(peer, forwarded, PROXIES) == expected


def test_with_no_proxies_configured_the_peer_is_the_client() -> None:
    assert client_address("127.0.0.1", ["203.0.113.9"], ()) == "127.0.0.1"


@pytest.mark.parametrize("text,count", [("", 0), ("127.0.0.1", 1), ("10.0.0.0/8, ::1", 2),
                                        ("192.168.1.7/24 fd00::/8", 2)])
def test_trusted_proxies_setting(text: str, count: int) -> None:
    assert len(parse_networks(text)) == count


def test_a_bad_trusted_proxy_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from healthdesk.server.config import ConfigError, Settings

    monkeypatch.setenv("HEALTHDESK_DATABASE_URL", "postgresql://x@localhost/db")
    monkeypatch.setenv("HEALTHDESK_TRUSTED_PROXIES", "127.0.0.1, proxy.internal")
    with pytest.raises(ConfigError, match=r"'proxy\.internal' is not an IP address"):
        Settings.from_env()
