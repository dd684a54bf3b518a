"""The sealed box and the spool on real files: an event opens only in its own store,
a changed byte anywhere is refused, the spool holds no plaintext and keeps what was
appended after a read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from healthdesk.store import sealed_events as sealed

PAYLOAD = {"id": "e1", "medication_id": "m1", "action": "taken"}


def test_seal_then_open() -> None:
    private, public = sealed.new_keypair()
    assert sealed.public_of(private) == public
    blob = sealed.seal(public, "store-a", PAYLOAD)
    assert sealed.open_sealed(private, "store-a", blob) == PAYLOAD
    assert b"taken" not in blob and b"m1" not in blob
    # Two seals of the same event share nothing (ephemeral key, nonce).
    assert sealed.seal(public, "store-a", PAYLOAD)[:44] != blob[:44]


def test_every_changed_byte_is_refused() -> None:
    private, public = sealed.new_keypair()
    blob = sealed.seal(public, "store-a", PAYLOAD)
    for i in range(len(blob)):
        changed = bytearray(blob)
        changed[i] ^= 0x01
        with pytest.raises(sealed.SealedEventError):
            sealed.open_sealed(private, "store-a", bytes(changed))
    with pytest.raises(sealed.SealedEventError):
        sealed.open_sealed(private, "store-a", blob[:-1])


def test_another_store_cannot_open_it() -> None:
    private_a, public_a = sealed.new_keypair()
    private_b, _ = sealed.new_keypair()
    blob = sealed.seal(public_a, "store-a", PAYLOAD)
    with pytest.raises(sealed.SealedEventError):
        sealed.open_sealed(private_b, "store-a", blob)
    with pytest.raises(sealed.SealedEventError):  # same key, another store's id
        sealed.open_sealed(private_a, "store-b", blob)


def test_public_key_file_round_trip_and_damage(tmp_path: Path) -> None:
    _, public = sealed.new_keypair()
    path = sealed.write_public_key(tmp_path, "store-a", public)
    assert os.stat(path).st_mode & 0o777 == 0o600
    found = sealed.read_public_key(tmp_path)
    assert found is not None and found == sealed.PublicKey("store-a", public)
    path.write_text("{not json")
    assert sealed.read_public_key(tmp_path) is None
    assert sealed.read_public_key(tmp_path / "nowhere") is None


def test_spool_appends_reads_and_keeps_later_lines(tmp_path: Path) -> None:
    spool = sealed.Spool(tmp_path)
    assert spool.read() == []
    spool.append(b"one")
    spool.append(b"two")
    assert os.stat(spool.path).st_mode & 0o777 == 0o600
    assert spool.read() == [b"one", b"two"]
    seen = len(spool.read())
    spool.append(b"three")  # written while the first two were being applied
    spool.remove(seen)
    assert spool.read() == [b"three"]
    spool.remove(1)
    assert not spool.path.exists()
    spool.path.write_bytes(b"!!not base64!!\n")
    assert spool.read() == [b"!!not base64!!"]  # kept, to be reported as damaged
