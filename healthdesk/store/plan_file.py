"""The reminder plan beside the store, for a start without the passphrase.

AES-256-GCM under a random key that only the OS keyring holds (never a file): a start at
login reads the keyring, opens the plan and reminds until the person unlocks. Without a
secure keyring no plan is written at all (callers say so once). The associated data
binds the file to its store, so a plan copied from another store does not open.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.keys import fsync_directory

__all__ = ["PLAN_FILE", "forget", "read", "write"]

PLAN_FILE = "reminder-plan.bin"
_MAGIC = b"HDPLAN1\n"
_NONCE = 12
_MAX_BYTES = 2 * 1024 * 1024


def _keyring_name(store_id: str) -> str:
    # DeviceKeyring names entries "store:<id>"; the plan's key is its own entry.
    return f"plan-{store_id}"


def _aad(store_id: str) -> bytes:
    return _MAGIC + store_id.encode()


def _key(keyring: DeviceKeyring, store_id: str, create: bool) -> bytes | None:
    key = keyring.recall(_keyring_name(store_id))
    if key is None and create:
        key = secrets.token_bytes(32)
        keyring.remember(_keyring_name(store_id), key)
    return key


def write(data_dir: Path, store_id: str, keyring: DeviceKeyring, plain: bytes) -> bool:
    """Write the plan encrypted; False (and no file) when no secure keyring exists.
    Raises StoreError when the keyring refuses the key."""
    path = Path(data_dir) / PLAN_FILE
    if not keyring.available():
        path.unlink(missing_ok=True)
        return False
    key = _key(keyring, store_id, create=True)
    assert key is not None
    nonce = secrets.token_bytes(_NONCE)
    blob = _MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, _aad(store_id))
    tmp = path.with_name(f".{PLAN_FILE}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, blob)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_directory(path.parent)
    return True


def read(data_dir: Path, store_id: str, keyring: DeviceKeyring) -> bytes | None:
    """The plan's bytes, or None (no file, no keyring or key, changed, another store)."""
    try:
        blob = (Path(data_dir) / PLAN_FILE).read_bytes()[:_MAX_BYTES]
    except OSError:
        return None
    key = _key(keyring, store_id, create=False)
    if key is None or not blob.startswith(_MAGIC):
        return None
    body = blob[len(_MAGIC):]
    try:
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], _aad(store_id))
    except (InvalidTag, ValueError):
        return None


def forget(data_dir: Path, store_id: str, keyring: DeviceKeyring) -> None:
    """Remove the plan and its key (reminders before unlock turned off)."""
    (Path(data_dir) / PLAN_FILE).unlink(missing_ok=True)
    keyring.forget(_keyring_name(store_id))
