"""This device's sync account: server address, user name, token, and the last results.

The address, user and results are device-local facts kept in ``local_state`` (inside the
encrypted store). The bearer token goes to the OS keyring when a secure one exists (as
the data key does, see :mod:`healthdesk.store.keyring_store`), otherwise it stays inside
the encrypted store; it is never written in plaintext anywhere.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from healthdesk.store import keyring_store, local_state
from healthdesk.store.keyring_store import SERVICE_NAME, DeviceKeyring
from healthdesk.store.vault import Store

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

PREFIX = "sync."
KEYS = ("server_url", "user", "device_name", "last_success", "last_error", "last_error_at",
        "last_report", "clock_message", "token", "fingerprint")


@dataclass(frozen=True)
class Account:
    server_url: str
    user: str
    device_name: str
    # The SHA-256 fingerprint of a self-hosted server's certificate, pinned at sign-in
    # (64 hex digits), or None to trust the certificate authorities as usual.
    fingerprint: str | None = None


def _secure_backend(keyring: DeviceKeyring | None) -> KeyringBackend | None:
    if keyring is None or not keyring.available():
        return None
    # The same backend DeviceKeyring would write the data key to (never a plaintext one).
    return keyring_store._concrete_backend(keyring.backend)


class AccountStore:
    """Reads and writes the ``sync.*`` facts of one store."""

    def __init__(self, store: Store, keyring: DeviceKeyring | None = None) -> None:
        self._store = store
        self._keyring = keyring
        self._resolved = False
        self._backend_cache: KeyringBackend | None = None

    @property
    def _backend(self) -> KeyringBackend | None:
        # Resolved on first use: finding the OS keyring costs tens of milliseconds, and a
        # store opened with or without a keyring must find the token in the same place.
        if not self._resolved:
            self._backend_cache = _secure_backend(self._keyring or DeviceKeyring())
            self._resolved = True
        return self._backend_cache

    # -- local_state ---------------------------------------------------------------

    def get(self, key: str) -> Any:
        with self._store.read() as s:
            return local_state.get(s, PREFIX + key)

    def get_many(self) -> dict[str, Any]:
        with self._store.read() as s:
            return local_state.get_prefixed(s, PREFIX)

    def put(self, **values: Any) -> None:
        """Set the facts given; a value of None forgets one."""
        with self._store.db.write_unstamped() as s:
            local_state.put_many(s, {PREFIX + k: v for k, v in values.items()})

    # -- account ----------------------------------------------------------------------

    def account(self) -> Account | None:
        v = self.get_many()
        if not v.get("server_url") or not v.get("user"):
            return None
        return Account(v["server_url"], v["user"], v.get("device_name") or "",
                       v.get("fingerprint") or None)

    def _token_name(self) -> str:
        return f"sync-token:{self._store.store_id}"

    def token(self) -> str | None:
        if self._backend is not None:
            try:
                found = self._backend.get_password(SERVICE_NAME, self._token_name())
            except Exception as exc:  # a locked keyring: fall through to the store
                log.debug("keyring read failed: %s", type(exc).__name__)
                found = None
            if found:
                return found
        token = self.get("token")
        return str(token) if token else None

    def sign_in(self, account: Account, token: str) -> None:
        kept = False
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE_NAME, self._token_name(), token)
                kept = True
            except Exception as exc:
                log.debug("keyring refused the sync token: %s", type(exc).__name__)
        self.put(server_url=account.server_url, user=account.user,
                 device_name=account.device_name, token=None if kept else token,
                 fingerprint=account.fingerprint,
                 last_error=None, last_error_at=None)

    def sign_out(self) -> None:
        if self._backend is not None:
            try:
                self._backend.delete_password(SERVICE_NAME, self._token_name())
            except Exception as exc:  # nothing stored, or a locked keyring
                log.debug("keyring delete: %s", type(exc).__name__)
        self.put(token=None, user=None)
