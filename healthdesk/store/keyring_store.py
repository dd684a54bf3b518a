"""Remember on this device: keep the data key in the OS keyring.

The OS keyring (macOS Keychain, Windows Credential Locker, Secret Service / KWallet)
protects the data key with the person's login, so the store opens without the
passphrase. When no such keyring exists (a headless Linux box, keyring's ``fail`` or
``null`` backend) or the only one is a plaintext file (keyrings.alt ``PlaintextKeyring``),
remembering is *refused*: the passphrase is asked for each time. A data key is never
stored in plaintext.

Reading is best effort: a locked or broken keyring makes :meth:`DeviceKeyring.recall`
return ``None`` (the caller falls back to asking for the passphrase), never an exception.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import TYPE_CHECKING

from healthdesk.domain.i18n import _
from healthdesk.store.errors import StoreError

if TYPE_CHECKING:
    # keyring (with jaraco and email) is ~30 ms to import: only when a keyring is used.
    from keyring.backend import KeyringBackend

__all__ = ["SERVICE_NAME", "DeviceKeyring"]

log = logging.getLogger(__name__)

SERVICE_NAME = "HealthDesk"
_DATA_KEY_BYTES = 32
_UNAVAILABLE = (
    "No secure keyring is available on this device; the passphrase will be asked for each time."
)


def _username(store_id: str) -> str:
    return f"store:{store_id}"


def _concrete_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that would really hold the secret, or None if that is unknowable.

    keyring's ChainerBackend writes to its highest-priority member and silently falls
    through to the next one; we use the first member directly so a write can never land
    in a lower-priority plaintext keyring. keyrings.alt's multipart wrapper is unwrapped.
    """
    for _depth in range(8):  # wrappers nest shallowly; bound the walk anyway
        module = type(backend).__module__
        if module == "keyring.backends.chainer":
            members = list(getattr(type(backend), "backends", ()) or ())
            if not members:
                return None
            backend = members[0]
        elif module == "keyrings.alt.multi":
            inner = getattr(backend, "_keyring", None)
            from keyring.backend import KeyringBackend

            if not isinstance(inner, KeyringBackend):
                return None
            backend = inner
        else:
            return backend
    return None


def _is_secure(backend: KeyringBackend) -> bool:
    """False for "no keyring" backends and for anything that keeps secrets in plaintext."""
    from keyring.backends import fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    cls = type(backend)
    module = cls.__module__
    if any("plaintext" in klass.__name__.lower() for klass in cls.__mro__):
        return False
    if module.startswith("keyrings.alt.file"):
        # keyrings.alt file keyrings declare their encryption scheme; the plaintext one
        # says "no encyption" (sic).
        scheme = str(getattr(backend, "scheme", "") or "").lower()
        if not scheme or "no enc" in scheme or "plain" in scheme:
            return False
    # keyrings.alt.Google keeps the keyring in Google Docs: not "on this device".
    return not module.startswith("keyrings.alt.Google")


class DeviceKeyring:
    """Remembers data keys per store (service "HealthDesk", username "store:<id>")."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        if backend is None:
            import keyring

            try:
                backend = keyring.get_keyring()
            except Exception as exc:  # a broken keyring configuration must not crash startup
                log.debug("keyring backend detection failed: %s", type(exc).__name__)
                from keyring.backends import fail

                backend = fail.Keyring()
        self._backend = backend
        concrete = _concrete_backend(backend)
        self._store: KeyringBackend | None = (
            concrete if concrete is not None and _is_secure(concrete) else None
        )

    @property
    def backend(self) -> KeyringBackend:
        """The backend as given (or detected)."""
        return self._backend

    def available(self) -> bool:
        """True only if there is a keyring that protects secrets (never a plaintext file)."""
        return self._store is not None

    def remember(self, store_id: str, data_key: bytes) -> None:
        """Store the data key so this device opens the store without the passphrase."""
        if len(data_key) != _DATA_KEY_BYTES:
            raise ValueError(f"a data key is {_DATA_KEY_BYTES} bytes, got {len(data_key)}")
        if self._store is None:
            raise StoreError(_UNAVAILABLE)
        encoded = base64.b64encode(data_key).decode("ascii")
        try:
            self._store.set_password(SERVICE_NAME, _username(store_id), encoded)
        except Exception as exc:
            # Not chained: a backend's error text is not ours to show, and must never
            # risk carrying the secret into a log or traceback.
            log.debug(
                "keyring refused to store the key for store %s: %s", store_id, type(exc).__name__
            )
            raise StoreError(
                _("The keyring on this device refused to remember the key (it may be locked); "
                "the passphrase will be asked for next time.")
            ) from None

    def recall(self, store_id: str) -> bytes | None:
        """The remembered data key, or None (not stored, no keyring, locked, or failing)."""
        if self._store is None:
            return None
        try:
            encoded = self._store.get_password(SERVICE_NAME, _username(store_id))
        except Exception as exc:
            log.debug("keyring could not be read for store %s: %s", store_id, type(exc).__name__)
            return None
        if encoded is None:
            return None
        try:
            data_key = base64.b64decode(encoded.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, AttributeError):
            log.debug("keyring entry for store %s is not a HealthDesk key; ignoring", store_id)
            return None
        if len(data_key) != _DATA_KEY_BYTES:
            log.debug("keyring entry for store %s has the wrong length; ignoring", store_id)
            return None
        return data_key

    def forget(self, store_id: str) -> None:
        """Remove the remembered key (no-op if none was stored).

        Raises StoreError if the keyring fails, because silently keeping a key the person
        asked to forget would be worse than telling them.
        """
        if self._store is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self._store.delete_password(SERVICE_NAME, _username(store_id))
        except PasswordDeleteError:
            return  # nothing was stored
        except Exception as exc:
            log.debug(
                "keyring could not forget the key for store %s: %s", store_id, type(exc).__name__
            )
            raise StoreError(
                _("The keyring on this device could not forget the remembered key "
                "(it may be locked); try again after unlocking it.")
            ) from None
