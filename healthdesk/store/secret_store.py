"""Secrets that are not keys (the SMTP password, a webhook token) in the OS keyring.

The same rule as the data key (keyring_store.py): only a keyring that protects secrets
holds them, never a plaintext file; without one, saving is refused with a sentence, and
nothing is written anywhere else.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from healthdesk.domain.i18n import _
from healthdesk.store.errors import StoreError

from .keyring_store import SERVICE_NAME, DeviceKeyring, _concrete_backend, _is_secure

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

NO_KEYRING = ("No secure keyring is available on this device, so the password cannot be "
              "kept; HealthDesk never writes it to a file.")


class SecretStore:
    """``put/get/forget(name)`` per store: username ``secret:<store id>:<name>``."""

    def __init__(self, keyring: DeviceKeyring, store_id: str) -> None:
        concrete = _concrete_backend(keyring.backend)
        self._backend: KeyringBackend | None = (
            concrete if concrete is not None and _is_secure(concrete) else None)
        self._store_id = store_id

    def available(self) -> bool:
        return self._backend is not None

    def _user(self, name: str) -> str:
        return f"secret:{self._store_id}:{name}"

    def put(self, name: str, secret: str) -> None:
        if self._backend is None:
            raise StoreError(NO_KEYRING)
        try:
            self._backend.set_password(SERVICE_NAME, self._user(name), secret)
        except Exception as exc:
            log.debug("keyring refused secret %s: %s", name, type(exc).__name__)
            raise StoreError(_("The keyring on this device refused to keep the password "
                             "(it may be locked); unlock it and try again.")) from None

    def get(self, name: str) -> str | None:
        if self._backend is None:
            return None
        try:
            return self._backend.get_password(SERVICE_NAME, self._user(name))
        except Exception as exc:
            log.debug("keyring could not read secret %s: %s", name, type(exc).__name__)
            return None

    def forget(self, name: str) -> None:
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE_NAME, self._user(name))
        except Exception as exc:  # nothing stored, or a locked keyring: nothing to keep
            log.debug("keyring could not forget secret %s: %s", name, type(exc).__name__)
