"""Rotating the data key: the key file's side of ``PRAGMA rekey`` (store/vault.py runs the
steps; tests/store/test_rekey.py kills the process at each one)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import (
    _NONCE_BYTES,
    _SLOT_PASSPHRASE,
    _SLOT_RECOVERY,
    _WRAPPED_BYTES,
    DATA_KEY_BYTES,
    KdfParams,
    _aad,
    _b64,
    _open_passphrase_slot,
    _passphrase_slot,
    _read_key_file,
    _recovery_slot,
    _replace,
    _wrap,
)
from .recovery import new_recovery_key, parse_recovery_key

# Rotating the data key re-encrypts the database (``PRAGMA rekey``), which cannot happen
# in the same atomic step as the key file's write. The order makes every crash point
# openable (tests/store/test_rekey.py kills the process at each one):
#   1. ``pending`` is added to the key file: the new data key wrapped by the passphrase,
#      by a new recovery key, and by the old data key (so a key remembered in the OS
#      keyring can finish too). The main slots still open the old key: the database
#      has not changed yet.
#   2. the database is rekeyed (one SQLite transaction: all pages old or all new).
#   3. the pending slots become the main slots, and ``pending`` goes.
# Opening tries the main slots' key first; if the database does not open with it and a
# ``pending`` key does, the rotation got past step 2, and opening finishes step 3.

_PENDING = "pending"
RECOVERY_UNSEEN = "recovery_unseen"
_SLOT_OLD_KEY = "old_key"


@dataclass(frozen=True)
class PendingRotation:
    new_key: bytes
    recovery_text: str


def begin_rotation(path: Path, passphrase: str, params: KdfParams | None = None
                   ) -> tuple[bytes, PendingRotation]:
    """Step 1: return (the current data key, the pending new one with its recovery key),
    the new one written to the key file as ``pending``. LockedError for a wrong
    passphrase; nothing is written then."""
    key_file = _read_key_file(path)
    old_key = _open_passphrase_slot(key_file, passphrase)
    new_key = secrets.token_bytes(DATA_KEY_BYTES)
    text = new_recovery_key()
    store_id = key_file.store_id
    nonce, wrapped = _wrap(old_key, new_key, _aad(store_id, _SLOT_OLD_KEY))
    document = dict(key_file.document)
    document[_PENDING] = {
        _SLOT_PASSPHRASE: _passphrase_slot(passphrase, new_key, store_id,
                                           params or KdfParams.default()),
        _SLOT_RECOVERY: _recovery_slot(parse_recovery_key(text), new_key, store_id),
        _SLOT_OLD_KEY: {"nonce": _b64(nonce), "ciphertext": _b64(wrapped)},
    }
    _replace(key_file, document)
    return old_key, PendingRotation(new_key, text)


def pending_key(path: Path, old_key: bytes) -> bytes | None:
    """The pending data key of an interrupted rotation, unwrapped with the old key, or
    None when there is no pending rotation (or it is not the old key's)."""
    key_file = _read_key_file(path)
    pending = key_file.document.get(_PENDING)
    if not isinstance(pending, dict) or not isinstance(pending.get(_SLOT_OLD_KEY), dict):
        return None
    slot = pending[_SLOT_OLD_KEY]
    nonce = key_file.field_bytes(slot, "nonce", size=_NONCE_BYTES)
    ciphertext = key_file.field_bytes(slot, "ciphertext", size=_WRAPPED_BYTES)
    try:
        return AESGCM(old_key).decrypt(nonce, ciphertext,
                                       _aad(key_file.store_id, _SLOT_OLD_KEY))
    except InvalidTag:
        return None


def has_pending_rotation(path: Path) -> bool:
    return isinstance(_read_key_file(path).document.get(_PENDING), dict)


def commit_rotation(path: Path, *, recovery_unseen: bool = False) -> None:
    """Step 3: the pending slots become the main ones (no secret needed: they already
    wrap the new key). A no-op when nothing is pending.

    ``recovery_unseen``: the commit finishes a rotation that a crash stopped, so its
    recovery key was never shown and the one the person holds opens nothing any more.
    The key file says so (``recovery_unseen``) until a new recovery key is made, so
    every later open can tell them, not only the one that finished the rotation."""
    key_file = _read_key_file(path)
    pending = key_file.document.get(_PENDING)
    if not isinstance(pending, dict):
        return
    document = {k: v for k, v in key_file.document.items() if k != _PENDING}
    document[_SLOT_PASSPHRASE] = pending[_SLOT_PASSPHRASE]
    document[_SLOT_RECOVERY] = pending[_SLOT_RECOVERY]
    if recovery_unseen:
        document[RECOVERY_UNSEEN] = True
    _replace(key_file, document)


def recovery_key_unseen(path: Path) -> bool:
    """The recovery slot holds a key nobody was shown (see ``commit_rotation``)."""
    return _read_key_file(path).document.get(RECOVERY_UNSEEN) is True


def abandon_rotation(path: Path) -> None:
    """A rotation that never reached the database: forget its pending slots."""
    key_file = _read_key_file(path)
    if _PENDING not in key_file.document:
        return
    _replace(key_file, {k: v for k, v in key_file.document.items() if k != _PENDING})
