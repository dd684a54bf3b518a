"""The key file: the random data key that opens the database, wrapped twice.

Why a key hierarchy: the SQLCipher database is opened with a random 256-bit *data key*
(raw key, so opening costs nothing). That key never changes; what the person remembers
only *wraps* it:

* the ``passphrase`` slot: AES-256-GCM under a key derived from the passphrase with
  Argon2id (its parameters and salt are stored next to it, so they can be raised later);
* the ``recovery`` slot: AES-256-GCM under a key derived (HKDF) from the printable
  recovery key (see :mod:`healthdesk.store.recovery`).

Changing or resetting the passphrase therefore rewrites one small JSON file and never
re-encrypts the database. Each slot's associated data binds the file's ``store_id`` and
the slot name, so a slot copied from another key file, or into the other slot, does not
open. A failed unlock never writes: the key file stays byte-for-byte identical. Every
write goes through a temporary file, fsync and an atomic rename, with owner-only
permissions (0600).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store.errors import KeyFileError, LockedError, StoreError, StoreExistsError
from healthdesk.store.recovery import new_recovery_key, parse_recovery_key, recovery_wrapping_key

__all__ = [
    "DATA_KEY_BYTES",
    "KEY_FILE_FORMAT",
    "KEY_FILE_VERSION",
    "MIN_PASSPHRASE_LENGTH",
    "KdfParams",
    "change_passphrase",
    "create_key_file",
    "read_store_id",
    "reset_passphrase_with_recovery_key",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
]

log = logging.getLogger(__name__)

KEY_FILE_FORMAT = "healthdesk-keys"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8

_SLOT_PASSPHRASE = "passphrase"
_SLOT_RECOVERY = "recovery"
_KDF_ARGON2ID = "argon2id"
_KDF_HKDF = "hkdf-sha256"
_ARGON2_SALT_BYTES = 16
_HKDF_SALT_BYTES = 32
_NONCE_BYTES = 12
_WRAPPED_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
_MAX_KEY_FILE_BYTES = 64 * 1024
# Upper bounds on Argon2 parameters read from a file: a damaged or hostile key file must
# not be able to make an unlock attempt allocate gigabytes or spin for minutes.
_MAX_TIME_COST = 64
_MAX_MEMORY_COST = 4 * 1024 * 1024  # KiB = 4 GiB
_MAX_PARALLELISM = 64

_WRONG_PASSPHRASE = "The passphrase is wrong; nothing was changed."
_WRONG_RECOVERY_KEY = (
    "The recovery key does not open this store (it belongs to another store or has a typo "
    "the checksum could not catch); nothing was changed."
)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters for the passphrase slot (memory_cost is in KiB).

    The defaults (3 passes over 64 MiB, 2 lanes) take well under a second on a desktop
    and are stored in the key file, so stronger values can be adopted later without
    breaking existing stores.
    """

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 2

    FAST_FOR_TESTS: ClassVar[KdfParams]

    def __post_init__(self) -> None:
        if self.time_cost < 1 or self.parallelism < 1:
            raise ValueError("Argon2 time_cost and parallelism must be at least 1")
        if self.memory_cost < 8 * self.parallelism:
            raise ValueError("Argon2 memory_cost must be at least 8 KiB per lane (parallelism)")

    @classmethod
    def default(cls) -> KdfParams:
        """The parameters for new passphrase slots.

        ``HEALTHDESK_KDF=fast`` in the environment selects :attr:`FAST_FOR_TESTS`. That is
        for test suites only: a store created or rewrapped under it has a passphrase slot
        that is far cheaper to brute-force.
        """
        if os.environ.get("HEALTHDESK_KDF", "").strip().lower() == "fast":
            log.warning("HEALTHDESK_KDF=fast: using weak test-only Argon2 parameters")
            return cls.FAST_FOR_TESTS
        return cls()


KdfParams.FAST_FOR_TESTS = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


# --------------------------------------------------------------------------- helpers


def _normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS (often NFD) and elsewhere matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _check_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase",
            _("The passphrase must be at least {min_passphrase_length} characters long.").format(
                min_passphrase_length=MIN_PASSPHRASE_LENGTH),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _damaged(path: Path) -> KeyFileError:
    return KeyFileError(_("{path} is not a HealthDesk key file or is damaged.").format(path=path))


def _aad(store_id: str, slot: str) -> bytes:
    """Associated data: ties a wrapped key to this file's store and to its slot."""
    return f"{KEY_FILE_FORMAT}/v{KEY_FILE_VERSION}/{store_id}/{slot}".encode()


def _derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=_normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _wrap(wrapping_key: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, aad)


def _passphrase_slot(passphrase: str, data_key: bytes, store_id: str, params: KdfParams
                     ) -> dict[str, Any]:
    salt = secrets.token_bytes(_ARGON2_SALT_BYTES)
    wrapping_key = _derive_passphrase_key(passphrase, salt, params)
    nonce, ciphertext = _wrap(wrapping_key, data_key, _aad(store_id, _SLOT_PASSPHRASE))
    return {
        "kdf": _KDF_ARGON2ID,
        "time_cost": params.time_cost,
        "memory_cost": params.memory_cost,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


def _recovery_slot(recovery_secret: bytes, data_key: bytes, store_id: str) -> dict[str, Any]:
    salt = secrets.token_bytes(_HKDF_SALT_BYTES)
    wrapping_key = recovery_wrapping_key(recovery_secret, salt)
    nonce, ciphertext = _wrap(wrapping_key, data_key, _aad(store_id, _SLOT_RECOVERY))
    return {
        "kdf": _KDF_HKDF,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _KeyFile:
    path: Path
    raw: bytes
    document: dict[str, Any]
    store_id: str

    def slot(self, name: str) -> Mapping[str, Any]:
        slot = self.document.get(name)
        if not isinstance(slot, dict):
            raise _damaged(self.path)
        return slot

    def field_bytes(
        self, slot: Mapping[str, Any], name: str, *, size: int | None = None, min_size: int = 1
    ) -> bytes:
        value = slot.get(name)
        if not isinstance(value, str):
            raise _damaged(self.path)
        try:
            data = base64.b64decode(value.encode("ascii"), validate=True)
        except ValueError:  # binascii.Error and UnicodeEncodeError included
            raise _damaged(self.path) from None
        if (size is not None and len(data) != size) or len(data) < min_size:
            raise _damaged(self.path)
        return data

    def field_int(self, slot: Mapping[str, Any], name: str, low: int, high: int) -> int:
        value = slot.get(name)
        # bool is an int subclass; JSON true is not a cost parameter.
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _damaged(self.path)
        return value


def _read_key_file(path: Path) -> _KeyFile:
    """Read and check the header; slots are checked when used, so damage in one slot
    does not lock the person out of the other."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError(
            _("The key file {path} is missing; without it the store cannot be opened.").format(
                path=path)
        ) from None
    except OSError as exc:
        raise KeyFileError(_("The key file {path} cannot be read: {value}.").format(
                               path=path, value=exc.strerror or exc)) from None
    if len(raw) > _MAX_KEY_FILE_BYTES:
        raise _damaged(path)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(path) from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise _damaged(path)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _damaged(path)
    if version != KEY_FILE_VERSION:
        raise KeyFileError(
            _("The key file {path} has version {version}, which this version of HealthDesk does "
              "not understand; update HealthDesk.").format(path=path, version=version)
        )
    store_id = document.get("store_id")
    if not isinstance(store_id, str):
        raise _damaged(path)
    try:
        uuid.UUID(store_id)
    except ValueError:
        raise _damaged(path) from None
    return _KeyFile(path=path, raw=raw, document=document, store_id=store_id)


def _open_passphrase_slot(key_file: _KeyFile, passphrase: str) -> bytes:
    slot = key_file.slot(_SLOT_PASSPHRASE)
    if slot.get("kdf") != _KDF_ARGON2ID:
        raise _damaged(key_file.path)
    parallelism = key_file.field_int(slot, "parallelism", 1, _MAX_PARALLELISM)
    params = KdfParams(
        time_cost=key_file.field_int(slot, "time_cost", 1, _MAX_TIME_COST),
        memory_cost=key_file.field_int(slot, "memory_cost", 8 * parallelism, _MAX_MEMORY_COST),
        parallelism=parallelism,
    )
    salt = key_file.field_bytes(slot, "salt", min_size=8)
    nonce = key_file.field_bytes(slot, "nonce", size=_NONCE_BYTES)
    ciphertext = key_file.field_bytes(slot, "ciphertext", size=_WRAPPED_BYTES)
    try:
        wrapping_key = _derive_passphrase_key(passphrase, salt, params)
    except HashingError:
        raise _damaged(key_file.path) from None
    try:
        return AESGCM(wrapping_key).decrypt(
            nonce, ciphertext, _aad(key_file.store_id, _SLOT_PASSPHRASE)
        )
    except InvalidTag:
        raise LockedError(_WRONG_PASSPHRASE) from None


def _open_recovery_slot(key_file: _KeyFile, recovery_secret: bytes) -> bytes:
    slot = key_file.slot(_SLOT_RECOVERY)
    if slot.get("kdf") != _KDF_HKDF:
        raise _damaged(key_file.path)
    salt = key_file.field_bytes(slot, "salt", min_size=16)
    nonce = key_file.field_bytes(slot, "nonce", size=_NONCE_BYTES)
    ciphertext = key_file.field_bytes(slot, "ciphertext", size=_WRAPPED_BYTES)
    wrapping_key = recovery_wrapping_key(recovery_secret, salt)
    try:
        return AESGCM(wrapping_key).decrypt(
            nonce, ciphertext, _aad(key_file.store_id, _SLOT_RECOVERY)
        )
    except InvalidTag:
        raise LockedError(_WRONG_RECOVERY_KEY) from None


# --------------------------------------------------------------------------- writing


def _serialise(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a directory)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_temp(directory: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to a fresh owner-only temp file next to the target, fsynced."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    temp = directory / f".{name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(temp, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask can only narrow the mode; make it exact
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    os.close(fd)
    return temp


def _write_failed(path: Path, exc: OSError) -> KeyFileError:
    return KeyFileError(
        _("The key file {path} could not be written ({value}); nothing was changed.").format(
            path=path, value=exc.strerror or exc)
    )


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` atomically; refuse (StoreExistsError) if it already exists."""
    try:
        _link_new(path, data)
    except OSError as exc:
        raise _write_failed(path, exc) from None
    fsync_directory(path.parent)


def _link_new(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = _write_temp(path.parent, path.name, data)
    try:
        try:
            # link() never replaces an existing file, so two concurrent creates cannot
            # clobber each other's key (the data key of the first would be lost).
            os.link(temp, path)
        except FileExistsError:
            raise StoreExistsError(
                _("A key file already exists at {path}; refusing to replace it.").format(path=path)
            ) from None
        except OSError:
            # File systems without hard links: best effort check-then-rename.
            if path.exists():
                raise StoreExistsError(
                    _("A key file already exists at {path}; refusing to replace it.").format(
                        path=path)
                ) from None
            os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _replace(key_file: _KeyFile, document: Mapping[str, Any]) -> None:
    """Atomically replace the key file, unless another program changed it since we read it."""
    path = key_file.path
    try:
        temp = _write_temp(path.parent, path.name, _serialise(document))
        try:
            try:
                current = path.read_bytes()
            except OSError:
                current = None
            if current != key_file.raw:
                raise StoreError(
                    _("The key file {path} was changed by another program while HealthDesk was "
                      "updating it; nothing was changed, please try again.").format(path=path)
                )
            os.replace(temp, path)
        finally:
            temp.unlink(missing_ok=True)
    except OSError as exc:
        raise _write_failed(path, exc) from None
    fsync_directory(path.parent)


def _rewrap_passphrase(
    key_file: _KeyFile, data_key: bytes, new_passphrase: str, params: KdfParams | None
) -> None:
    document = dict(key_file.document)
    document[_SLOT_PASSPHRASE] = _passphrase_slot(
        new_passphrase, data_key, key_file.store_id, params or KdfParams.default()
    )
    _replace(key_file, document)


# --------------------------------------------------------------------------- public API


def create_key_file(
    path: Path, passphrase: str, params: KdfParams | None = None
) -> tuple[bytes, str, str]:
    """Create a new store's key file; return ``(data_key, recovery_key_text, store_id)``.

    The recovery key text exists only in the return value: show it to the person once.
    Refuses (StoreExistsError) to overwrite an existing key file, since that would make
    the existing database unreadable.
    """
    path = Path(path)
    _check_new_passphrase(passphrase)
    if path.exists():
        raise StoreExistsError(
            _("A key file already exists at {path}; refusing to replace it.").format(
                                   path=path))
    params = params or KdfParams.default()
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    recovery_text = new_recovery_key()
    store_id = str(uuid.uuid4())
    document = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "store_id": store_id,
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        _SLOT_PASSPHRASE: _passphrase_slot(passphrase, data_key, store_id, params),
        _SLOT_RECOVERY: _recovery_slot(parse_recovery_key(recovery_text), data_key, store_id),
    }
    _write_new(path, _serialise(document))
    return data_key, recovery_text, store_id


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """Return the data key. LockedError if the passphrase is wrong; never writes."""
    return _open_passphrase_slot(_read_key_file(path), passphrase)


def unlock_with_recovery_key(path: Path, recovery_text: str) -> bytes:
    """Return the data key. RecoveryKeyFormatError for a typo, LockedError for a wrong key."""
    recovery_secret = parse_recovery_key(recovery_text)
    return _open_recovery_slot(_read_key_file(path), recovery_secret)


def change_passphrase(
    path: Path, old_passphrase: str, new_passphrase: str, params: KdfParams | None = None
) -> None:
    """Rewrap the data key under a new passphrase.

    Only the passphrase slot changes (fresh salt and nonce; ``params`` or the current
    defaults); the data key, the recovery slot and the database are untouched.
    """
    _check_new_passphrase(new_passphrase)
    key_file = _read_key_file(path)
    data_key = _open_passphrase_slot(key_file, old_passphrase)
    _rewrap_passphrase(key_file, data_key, new_passphrase, params)


def reset_passphrase_with_recovery_key(
    path: Path, recovery_text: str, new_passphrase: str, params: KdfParams | None = None
) -> bytes:
    """Set a new passphrase using the recovery key (forgotten passphrase); return the data key.

    The recovery key stays valid: it is not rotated.
    """
    _check_new_passphrase(new_passphrase)
    recovery_secret = parse_recovery_key(recovery_text)
    key_file = _read_key_file(path)
    data_key = _open_recovery_slot(key_file, recovery_secret)
    _rewrap_passphrase(key_file, data_key, new_passphrase, params)
    return data_key


def read_store_id(path: Path) -> str:
    """The store's UUID, without unlocking (e.g. to look up a remembered key)."""
    return _read_key_file(path).store_id


# --------------------------------------------------------------------------- new keys
#
# A new recovery key replaces the recovery slot in one atomic write: the old key stops
# working the moment the new file is in place, and a crash leaves one or the other.
# Rotating the data key is in key_rotation.py.


def new_recovery_key_slot(path: Path, passphrase: str) -> str:
    """Issue a new recovery key (the passphrase proves who asks); return its text, to be
    shown once. The old recovery key stops working. LockedError for a wrong passphrase."""
    key_file = _read_key_file(path)
    data_key = _open_passphrase_slot(key_file, passphrase)
    text = new_recovery_key()
    # The new key is shown now: the warning of an unseen one (key_rotation) goes.
    document = {k: v for k, v in key_file.document.items() if k != "recovery_unseen"}
    document[_SLOT_RECOVERY] = _recovery_slot(parse_recovery_key(text), data_key,
                                              key_file.store_id)
    _replace(key_file, document)
    return text
