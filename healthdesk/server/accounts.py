"""Accounts, devices and their bearer tokens, and the failed-login back-off."""

from __future__ import annotations

import hashlib
import math
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import ApiError, invalid, unauthorized

# Failures allowed before the back-off starts; then 1 s, 2 s, 4 s ... capped at 15 min.
FREE_FAILURES = 3
MAX_BLOCK_SECONDS = 15 * 60
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+")
USERNAME_PATTERN = r"^[A-Za-z0-9._@+]{1,64}$"


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    if os.environ.get("HEALTHDESK_KDF", "").strip().lower() == "fast":
        # Test-only weak parameters (as the client store does): Argon2id still.
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()  # argon2-cffi's RFC 9106 low-memory profile, Argon2id


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # Verifying against this when the account does not exist keeps the answer time the
    # same, so timing does not reveal which account names exist.
    return hasher().hash(secrets.token_hex(16))


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def check_username(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 64 or not set(name) <= USERNAME_CHARS:
        raise ValueError("user name must be 1 to 64 letters, digits or . _ @ +")
    return name


def create_account(conn: psycopg.Connection, username: str, password: str) -> int:
    """Create an account; ValueError (naming the problem) if the name or password is bad."""
    username = check_username(username)
    if len(password) < 8 or len(password) > 1024:
        raise ValueError("password must be 8 to 1024 characters long")
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM accounts WHERE lower(username) = lower(%s)",
                              (username,)).fetchone()
        if exists:
            raise ValueError(f"an account named {username!r} already exists")
        row = conn.execute(
            "INSERT INTO accounts (username, password_hash) VALUES (%s, %s) RETURNING id",
            (username, hasher().hash(password))).fetchone()
    assert row is not None
    return int(row[0])


def _verify(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _claim_attempt(conn: psycopg.Connection, username: str, ip: str) -> None:
    """Count this sign-in as a failure before its password is checked, or answer 429.

    One statement takes the (account name, address) row's lock, so concurrent attempts
    queue on it and each sees the count the previous one left: with N attempts in
    flight at once only the free ones are evaluated, the rest are refused. The count is
    cleared when a password turns out right.
    """
    with conn.transaction():
        row = conn.execute(
            """INSERT INTO login_failures AS f (username, ip, failures, blocked_until)
               VALUES (lower(%(u)s), %(ip)s, 1, clock_timestamp())
               ON CONFLICT (username, ip) DO UPDATE SET
                 failures = f.failures + 1,
                 blocked_until = clock_timestamp() + make_interval(secs =>
                   CASE WHEN f.failures + 1 < %(free)s THEN 0
                        ELSE least(power(2, f.failures + 1 - %(free)s), %(cap)s) END)
               WHERE f.blocked_until <= clock_timestamp()
               RETURNING failures""",
            {"u": username, "ip": ip, "free": FREE_FAILURES, "cap": MAX_BLOCK_SECONDS}
        ).fetchone()
        if row is not None:
            return
        left = conn.execute(
            "SELECT extract(epoch FROM blocked_until - clock_timestamp()) FROM login_failures "
            "WHERE username = lower(%s) AND ip = %s", (username, ip)).fetchone()
    wait = max(1, math.ceil(float(left[0]))) if left and left[0] is not None else 1
    raise ApiError(429, "throttled", f"too many failed sign-ins; try again in {wait} seconds.",
                   {"Retry-After": str(wait)})


def prune_login_failures(conn: psycopg.Connection, idle_hours: int = 24) -> int:
    """Forget the failed sign-ins of (name, address) pairs quiet for ``idle_hours``.

    Every attempt moves ``blocked_until`` to now or later, so a row whose block ended
    that long ago saw no attempt since: its count no longer says anything, and names
    sprayed by a guesser would otherwise stay in the table for ever.
    """
    with conn.transaction():
        cur = conn.execute(
            "DELETE FROM login_failures "
            "WHERE blocked_until < clock_timestamp() - make_interval(hours => %s)",
            (idle_hours,))
    return cur.rowcount


@dataclass(frozen=True)
class Login:
    token: str
    user: str
    device_id: str


def login(conn: psycopg.Connection, username: str, password: str, device_id: str,
          device_name: str, ip: str) -> Login:
    _claim_attempt(conn, username, ip)
    with conn.transaction():
        row = conn.execute("SELECT id, username, password_hash FROM accounts "
                           "WHERE lower(username) = lower(%s)", (username,)).fetchone()
    ok = _verify(row[2] if row else _dummy_hash(), password) and row is not None
    if not ok or row is None:
        raise unauthorized("wrong user name or password.")
    token = secrets.token_urlsafe(32)
    with conn.transaction():
        conn.execute("DELETE FROM login_failures WHERE username = lower(%s) AND ip = %s",
                     (username, ip))
        # Signing in again from the same device replaces its token (and un-revokes it).
        conn.execute(
            """INSERT INTO devices (account_id, device_id, name, token_hash, last_seen_at)
               VALUES (%s, %s, %s, %s, now())
               ON CONFLICT (account_id, device_id) DO UPDATE SET
                 name = excluded.name, token_hash = excluded.token_hash,
                 last_seen_at = now(), revoked_at = NULL""",
            (row[0], device_id, device_name.strip() or device_id, token_hash(token)))
    return Login(token=token, user=row[1], device_id=device_id)


@dataclass(frozen=True)
class Caller:
    account_id: int
    user: str
    device_id: str


def bearer_token(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer`` header; 401 if there is none."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise unauthorized("sign in first: the request has no bearer token.")
    token = authorization[7:].strip()
    if not token or len(token) > 200:
        raise unauthorized()
    return token


def authenticate(conn: psycopg.Connection, authorization: str | None) -> Caller:
    """The account and device behind a ``Bearer`` token, checked on every request."""
    token = bearer_token(authorization)
    with conn.transaction():
        row = conn.execute(
            """SELECT d.account_id, a.username, d.device_id,
                      d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute'
               FROM devices d JOIN accounts a ON a.id = d.account_id
               WHERE d.token_hash = %s AND d.revoked_at IS NULL""",
            (token_hash(token),)).fetchone()
        if row is not None and row[3]:
            # "Last seen" to the minute: a write (and a commit) on every request would
            # cost more than many requests themselves.
            conn.execute("UPDATE devices SET last_seen_at = now() WHERE account_id = %s "
                         "AND device_id = %s", (row[0], row[2]))
    if row is None:
        raise unauthorized()
    return Caller(int(row[0]), str(row[1]), str(row[2]))


def list_devices(conn: psycopg.Connection, caller: Caller) -> list[dict[str, object]]:
    with conn.transaction():
        rows = conn.execute(
            "SELECT device_id, name, created_at, last_seen_at FROM devices "
            "WHERE account_id = %s AND revoked_at IS NULL ORDER BY created_at, device_id",
            (caller.account_id,)).fetchall()
    return [{"device_id": r[0], "name": r[1], "created_at": r[2], "last_seen_at": r[3],
             "current": r[0] == caller.device_id} for r in rows]


def revoke_device(conn: psycopg.Connection, caller: Caller, device_id: str) -> None:
    """Revoke one of the caller's devices: its token stops working with the next request."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE devices SET revoked_at = now() WHERE account_id = %s AND device_id = %s "
            "AND revoked_at IS NULL RETURNING 1", (caller.account_id, device_id)).fetchone()
    if row is None:
        raise ApiError(404, "not_found", f"this account has no active device {device_id!r}.")


def check_device(caller: Caller, device_id: str) -> None:
    if device_id != caller.device_id:
        raise invalid("device_id does not match the device this token was issued to.")
