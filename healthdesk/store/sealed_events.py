"""Dose events recorded while the record is locked: sealed to the store, spooled on disk.

While locked the app holds no data key, so it cannot write the database. What the person
answers from a locked reminder ("taken", "skipped", "snoozed") is instead *sealed* to a
per-store X25519 public key kept beside the key file (``locked-key.json``); the matching
private key lives only inside the encrypted store (``local_state``), so only an unlocked
store can open an event. The construction is the usual sealed box: an ephemeral X25519
key agreement, HKDF-SHA256 over the shared secret (salted with both public keys), and
AES-256-GCM whose associated data names the format, the store and the ephemeral key. A
changed byte anywhere fails the tag; an event sealed to another store does not open.

Each sealed event is one base64 line appended to ``locked-events.spool`` (O_APPEND, then
fsync), so an event survives a crash or kill -9 the moment ``append`` returns. Nothing
else is in the file: a reader of the spool learns when and how many events were written,
not what they say. See docs/locked-reminders.md for the threat model.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from healthdesk.domain.i18n import _
from healthdesk.store.errors import StoreError
from healthdesk.store.keys import fsync_directory

__all__ = [
    "PUBLIC_KEY_FILE",
    "SPOOL_FILE",
    "SealedEventError",
    "Spool",
    "digest",
    "new_keypair",
    "open_sealed",
    "public_of",
    "read_public_key",
    "seal",
    "write_public_key",
]

PUBLIC_KEY_FILE = "locked-key.json"
SPOOL_FILE = "locked-events.spool"
FORMAT = "healthdesk-sealed-event"
VERSION = 1
_KEY_BYTES = 32
_NONCE_BYTES = 12
_MAX_EVENT_BYTES = 4096
_MAX_SPOOL_BYTES = 4 * 1024 * 1024  # far more than a week of answers; bounds a hostile file


class SealedEventError(StoreError):
    """A sealed event that does not open: changed, cut short, or sealed to another store."""


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as raw bytes: (private, public)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    return raw, _raw_public(private.public_key())


def public_of(private: bytes) -> bytes:
    return _raw_public(X25519PrivateKey.from_private_bytes(private).public_key())


def _aad(store_id: str, ephemeral: bytes) -> bytes:
    return f"{FORMAT}/v{VERSION}/{store_id}/".encode() + ephemeral


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=_KEY_BYTES, salt=ephemeral + recipient,
                info=f"{FORMAT}/v{VERSION}".encode()).derive(shared)


def seal(public: bytes, store_id: str, payload: dict[str, Any]) -> bytes:
    """``payload`` (JSON-able) sealed to the store whose public key is ``public``."""
    recipient = X25519PublicKey.from_public_bytes(public)
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw_public(ephemeral.public_key())
    key = _box_key(ephemeral.exchange(recipient), eph_raw, public)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    plain = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    return eph_raw + nonce + AESGCM(key).encrypt(nonce, plain, _aad(store_id, eph_raw))


def open_sealed(private: bytes, store_id: str, blob: bytes) -> dict[str, Any]:
    """The payload of a sealed event; SealedEventError if it does not open here."""
    if len(blob) < _KEY_BYTES + _NONCE_BYTES + 16 or len(blob) > _MAX_EVENT_BYTES:
        raise SealedEventError("the sealed event is cut short or too long")
    eph_raw, nonce, body = (blob[:_KEY_BYTES], blob[_KEY_BYTES:_KEY_BYTES + _NONCE_BYTES],
                            blob[_KEY_BYTES + _NONCE_BYTES:])
    me = X25519PrivateKey.from_private_bytes(private)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        key = _box_key(shared, eph_raw, _raw_public(me.public_key()))
        plain = AESGCM(key).decrypt(nonce, body, _aad(store_id, eph_raw))
    except (InvalidTag, ValueError):
        raise SealedEventError("the sealed event was changed or sealed to another store"
                               ) from None
    try:
        payload = json.loads(plain)
    except ValueError:
        raise SealedEventError("the sealed event holds no event") from None
    if not isinstance(payload, dict):
        raise SealedEventError("the sealed event holds no event")
    return payload


def digest(blob: bytes) -> str:
    """A name for a sealed event that need not open (to report a damaged one once)."""
    return hashlib.sha256(blob).hexdigest()


# --------------------------------------------------------------------------- key file


@dataclass(frozen=True)
class PublicKey:
    store_id: str
    public: bytes


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_directory(path.parent)


def write_public_key(data_dir: Path, store_id: str, public: bytes) -> Path:
    path = Path(data_dir) / PUBLIC_KEY_FILE
    doc = {"format": FORMAT, "version": VERSION, "store_id": store_id,
           "public_key": base64.b64encode(public).decode("ascii")}
    _write_atomic(path, json.dumps(doc, sort_keys=True, indent=2).encode() + b"\n")
    return path


def read_public_key(data_dir: Path) -> PublicKey | None:
    """The sealing key beside the store, or None when there is none (or it is damaged:
    then nothing can be recorded while locked until the next unlock rewrites it)."""
    path = Path(data_dir) / PUBLIC_KEY_FILE
    try:
        doc = json.loads(path.read_bytes()[:4096])
        public = base64.b64decode(doc["public_key"], validate=True)
        store_id = doc["store_id"]
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):
        return None
    if doc.get("format") != FORMAT or len(public) != _KEY_BYTES or not isinstance(
            store_id, str):
        return None
    return PublicKey(store_id, public)


# --------------------------------------------------------------------------- spool


class Spool:
    """The append-only file of sealed events beside the store."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SPOOL_FILE

    def append(self, blob: bytes) -> None:
        """Durable when it returns: written with O_APPEND, then fsync (and the directory
        synced when the file is new)."""
        line = base64.b64encode(blob) + b"\n"
        new = not self.path.exists()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size + len(line) > _MAX_SPOOL_BYTES:
                raise StoreError(_("Too many answers are waiting to be recorded; unlock "
                                 "HealthDesk to record them."))
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            fsync_directory(self.path.parent)

    def read(self) -> list[bytes]:
        """Every event line, as raw bytes (a line that is not base64 comes back as its
        own bytes: it then fails to open and is reported as damaged)."""
        try:
            with self.path.open("rb") as f:
                data = f.read(_MAX_SPOOL_BYTES + 1)
        except FileNotFoundError:
            return []
        out: list[bytes] = []
        for line in data.splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                out.append(base64.b64decode(line, validate=True))
            except binascii.Error:
                out.append(line)
        return out

    def remove(self, handled: int) -> None:
        """Drop the first ``handled`` events (those read and settled): an event appended
        since the read is kept."""
        lines = [x for x in self._lines() if x.strip()]
        rest = lines[handled:]
        if rest:
            _write_atomic(self.path, b"".join(x + b"\n" for x in rest))
        else:
            self.path.unlink(missing_ok=True)
            fsync_directory(self.path.parent)

    def _lines(self) -> list[bytes]:
        try:
            return self.path.read_bytes()[:_MAX_SPOOL_BYTES + 1].splitlines()
        except FileNotFoundError:
            return []
