"""The key file: data key wrapped under the passphrase and the recovery key."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.store import keys
from healthdesk.store.errors import (
    KeyFileError,
    LockedError,
    RecoveryKeyFormatError,
    StoreError,
    StoreExistsError,
)
from healthdesk.store.keys import (
    KdfParams,
    change_passphrase,
    create_key_file,
    read_store_id,
    reset_passphrase_with_recovery_key,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from healthdesk.store.recovery import new_recovery_key

FAST = KdfParams.FAST_FOR_TESTS
PASSPHRASE = "correct horse battery staple"
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


class Store:
    def __init__(self, path: Path, passphrase: str = PASSPHRASE) -> None:
        self.path = path
        self.passphrase = passphrase
        self.data_key, self.recovery, self.store_id = create_key_file(path, passphrase, FAST)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "keys.json")


def snapshot(path: Path) -> tuple[bytes, int]:
    """Bytes and mtime, after pushing the mtime into the past so any write would show."""
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    return path.read_bytes(), path.stat().st_mtime_ns


def assert_unchanged(path: Path, before: tuple[bytes, int]) -> None:
    assert path.read_bytes() == before[0]
    assert path.stat().st_mtime_ns == before[1]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "stray temp files"


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def save(path: Path, document: dict) -> None:
    path.write_text(json.dumps(document), "utf-8")


# --------------------------------------------------------------------------- round trips


def test_round_trip(store: Store) -> None:
    assert len(store.data_key) == 32
    assert unlock_with_passphrase(store.path, PASSPHRASE) == store.data_key
    assert unlock_with_recovery_key(store.path, store.recovery) == store.data_key
    assert read_store_id(store.path) == store.store_id
    assert uuid.UUID(store.store_id).version == 4


def test_file_layout(store: Store) -> None:
    document = load(store.path)
    assert document["format"] == "healthdesk-keys"
    assert document["version"] == 1
    assert document["store_id"] == store.store_id
    assert document["created_at"].endswith("Z")
    passphrase = document["passphrase"]
    assert passphrase["kdf"] == "argon2id"
    assert (passphrase["time_cost"], passphrase["memory_cost"], passphrase["parallelism"]) == (
        1,
        1024,
        1,
    )
    assert {"salt", "nonce", "ciphertext"} <= passphrase.keys()
    assert document["recovery"]["kdf"] == "hkdf-sha256"
    assert {"salt", "nonce", "ciphertext"} <= document["recovery"].keys()
    text = store.path.read_text("utf-8")
    # Neither secret appears in the file in any obvious encoding.
    assert base64.b64encode(store.data_key).decode() not in text
    assert store.data_key.hex() not in text
    assert store.recovery not in text and store.recovery.replace("-", "") not in text
    assert PASSPHRASE not in text


def test_default_params_are_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEALTHDESK_KDF", raising=False)
    assert KdfParams.default() == KdfParams(time_cost=3, memory_cost=65536, parallelism=2)
    path = tmp_path / "keys.json"
    data_key, _, _ = create_key_file(path, PASSPHRASE)
    slot = load(path)["passphrase"]
    assert (slot["time_cost"], slot["memory_cost"], slot["parallelism"]) == (3, 65536, 2)
    assert unlock_with_passphrase(path, PASSPHRASE) == data_key


def test_fast_params_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDESK_KDF", "fast")
    assert KdfParams.default() == KdfParams.FAST_FOR_TESTS
    monkeypatch.setenv("HEALTHDESK_KDF", "something-else")
    assert KdfParams.default() == KdfParams()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"time_cost": 0},
        {"parallelism": 0},
        {"memory_cost": 7, "parallelism": 1},
        {"memory_cost": 31, "parallelism": 4},
    ],
)
def test_kdf_params_are_validated(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        KdfParams(**kwargs)


def test_each_store_is_different(tmp_path: Path) -> None:
    a = Store(tmp_path / "a" / "keys.json")
    b = Store(tmp_path / "b" / "keys.json")
    assert a.data_key != b.data_key
    assert a.recovery != b.recovery
    assert a.store_id != b.store_id


def test_create_refuses_existing_file(store: Store) -> None:
    before = snapshot(store.path)
    with pytest.raises(StoreExistsError) as info:
        create_key_file(store.path, "another passphrase", FAST)
    assert str(store.path) in str(info.value)
    assert_unchanged(store.path, before)


def test_create_refuses_even_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    path.write_bytes(b"not ours")
    with pytest.raises(StoreExistsError):
        create_key_file(path, PASSPHRASE, FAST)
    assert path.read_bytes() == b"not ours"


@pytest.mark.parametrize("bad", ["", "short", "1234567", "ab\u0301cdef"])  # NFC: 6 chars
def test_create_rejects_short_passphrase(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "keys.json"
    with pytest.raises(ValidationError) as info:
        create_key_file(path, bad, FAST)
    assert info.value.field == "passphrase"
    assert "at least 8 characters" in str(info.value)
    assert not path.exists()


# --------------------------------------------------------------------------- wrong secrets


def test_wrong_passphrase_is_locked_and_writes_nothing(store: Store) -> None:
    before = snapshot(store.path)
    for wrong in ["wrong passphrase", PASSPHRASE.upper(), PASSPHRASE + " ", "", PASSPHRASE[:-1]]:
        with pytest.raises(LockedError) as info:
            unlock_with_passphrase(store.path, wrong)
        assert info.value.exit_code == 3
        assert "passphrase is wrong" in str(info.value)
    assert_unchanged(store.path, before)


def test_wrong_recovery_key_is_locked_and_writes_nothing(store: Store) -> None:
    before = snapshot(store.path)
    with pytest.raises(LockedError):
        unlock_with_recovery_key(store.path, new_recovery_key())
    with pytest.raises(RecoveryKeyFormatError):
        unlock_with_recovery_key(store.path, store.recovery[:-1])
    assert_unchanged(store.path, before)


def test_tampered_ciphertext_or_store_id_does_not_open(store: Store) -> None:
    document = load(store.path)
    original = json.loads(json.dumps(document))
    ciphertext = bytearray(base64.b64decode(document["passphrase"]["ciphertext"]))
    ciphertext[0] ^= 1
    document["passphrase"]["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode()
    save(store.path, document)
    with pytest.raises(LockedError):
        unlock_with_passphrase(store.path, PASSPHRASE)

    original["store_id"] = str(uuid.uuid4())  # associated data no longer matches
    save(store.path, original)
    with pytest.raises(LockedError):
        unlock_with_passphrase(store.path, PASSPHRASE)
    with pytest.raises(LockedError):
        unlock_with_recovery_key(store.path, store.recovery)


def test_slot_swap_between_files_fails(tmp_path: Path) -> None:
    a = Store(tmp_path / "a" / "keys.json", "passphrase of store A")
    b = Store(tmp_path / "b" / "keys.json", "passphrase of store B")
    doc_a, doc_b = load(a.path), load(b.path)

    swapped = dict(doc_a, passphrase=doc_b["passphrase"], recovery=doc_b["recovery"])
    save(a.path, swapped)
    with pytest.raises(LockedError):
        unlock_with_passphrase(a.path, b.passphrase)
    with pytest.raises(LockedError):
        unlock_with_passphrase(a.path, a.passphrase)
    with pytest.raises(LockedError):
        unlock_with_recovery_key(a.path, b.recovery)
    # Sanity: B itself is fine.
    assert unlock_with_passphrase(b.path, b.passphrase) == b.data_key


def test_slots_cannot_be_swapped_within_a_file(store: Store) -> None:
    document = load(store.path)
    recovery_wrapped = document["recovery"]
    document["passphrase"].update(
        nonce=recovery_wrapped["nonce"], ciphertext=recovery_wrapped["ciphertext"]
    )
    save(store.path, document)
    with pytest.raises(LockedError):
        unlock_with_passphrase(store.path, PASSPHRASE)


# --------------------------------------------------------------------------- changing


def test_change_passphrase(store: Store) -> None:
    recovery_before = load(store.path)["recovery"]
    change_passphrase(store.path, PASSPHRASE, "a brand new passphrase", FAST)
    with pytest.raises(LockedError):
        unlock_with_passphrase(store.path, PASSPHRASE)
    assert unlock_with_passphrase(store.path, "a brand new passphrase") == store.data_key
    assert unlock_with_recovery_key(store.path, store.recovery) == store.data_key
    document = load(store.path)
    assert document["recovery"] == recovery_before
    assert document["store_id"] == store.store_id
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["keys.json"]


def test_change_passphrase_uses_fresh_salt_and_nonce(store: Store) -> None:
    before = load(store.path)["passphrase"]
    change_passphrase(store.path, PASSPHRASE, PASSPHRASE, FAST)
    after = load(store.path)["passphrase"]
    assert after["salt"] != before["salt"] and after["nonce"] != before["nonce"]
    assert unlock_with_passphrase(store.path, PASSPHRASE) == store.data_key


def test_change_passphrase_with_wrong_old_writes_nothing(store: Store) -> None:
    before = snapshot(store.path)
    with pytest.raises(LockedError):
        change_passphrase(store.path, "not the passphrase", "a brand new passphrase", FAST)
    assert_unchanged(store.path, before)


def test_change_passphrase_rejects_short_new(store: Store) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="at least 8 characters"):
        change_passphrase(store.path, PASSPHRASE, "short", FAST)
    assert_unchanged(store.path, before)


def test_change_refuses_if_file_changed_meanwhile(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_derive = keys._derive_passphrase_key
    calls = []

    def derive_and_interfere(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        calls.append(passphrase)
        if len(calls) == 2:  # between the unlock and the write: another program edits
            store.path.write_bytes(store.path.read_bytes() + b" ")
        return real_derive(passphrase, salt, params)

    monkeypatch.setattr(keys, "_derive_passphrase_key", derive_and_interfere)
    with pytest.raises(StoreError, match="changed by another program"):
        change_passphrase(store.path, PASSPHRASE, "a brand new passphrase", FAST)
    monkeypatch.undo()
    assert unlock_with_passphrase(store.path, PASSPHRASE) == store.data_key
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["keys.json"]


def test_failed_write_leaves_file_intact(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(store.path)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys.os, "replace", broken_replace)
    with pytest.raises(KeyFileError) as info:
        change_passphrase(store.path, PASSPHRASE, "a brand new passphrase", FAST)
    assert str(store.path) in str(info.value)
    assert_unchanged(store.path, before)


def test_reset_with_recovery_key(store: Store) -> None:
    typed = store.recovery.lower().replace("-", " ")
    data_key = reset_passphrase_with_recovery_key(store.path, typed, "remembered again", FAST)
    assert data_key == store.data_key
    assert unlock_with_passphrase(store.path, "remembered again") == store.data_key
    with pytest.raises(LockedError):
        unlock_with_passphrase(store.path, PASSPHRASE)
    assert unlock_with_recovery_key(store.path, store.recovery) == store.data_key


def test_reset_with_bad_recovery_key_writes_nothing(store: Store) -> None:
    before = snapshot(store.path)
    with pytest.raises(LockedError):
        reset_passphrase_with_recovery_key(store.path, new_recovery_key(), "new passphrase", FAST)
    with pytest.raises(RecoveryKeyFormatError):
        reset_passphrase_with_recovery_key(store.path, "AAAA-BBBB", "new passphrase", FAST)
    with pytest.raises(ValidationError):
        reset_passphrase_with_recovery_key(store.path, store.recovery, "", FAST)
    assert_unchanged(store.path, before)
    assert unlock_with_passphrase(store.path, PASSPHRASE) == store.data_key


# --------------------------------------------------------------------------- passphrases


def test_unicode_passphrase_nfc_and_nfd_match(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Crème brûlée à Zürich")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    path = tmp_path / "keys.json"
    data_key, _, _ = create_key_file(path, nfd, FAST)  # typed on macOS
    assert unlock_with_passphrase(path, nfc) == data_key  # typed elsewhere
    assert unlock_with_passphrase(path, nfd) == data_key
    change_passphrase(path, nfc, "日本語のパスフレーズ🔑", FAST)
    assert unlock_with_passphrase(path, "日本語のパスフレーズ🔑") == data_key


def test_passphrase_with_quotes_and_spaces_is_taken_literally(tmp_path: Path) -> None:
    passphrase = '  he said "it\'s fine" \\ and left  '
    path = tmp_path / "keys.json"
    data_key, _, _ = create_key_file(path, passphrase, FAST)
    assert unlock_with_passphrase(path, passphrase) == data_key
    with pytest.raises(LockedError):
        unlock_with_passphrase(path, passphrase.strip())


# --------------------------------------------------------------------------- damaged files


def _mutations(path: Path) -> dict[str, bytes]:
    raw = path.read_bytes()
    document = json.loads(raw)

    def variant(**changes: object) -> bytes:
        return json.dumps({**document, **changes}).encode()

    def without(key: str) -> bytes:
        return json.dumps({k: v for k, v in document.items() if k != key}).encode()

    passphrase = document["passphrase"]
    return {
        "empty": b"",
        "garbage": b"\x00\xff\xfe garbage",
        "truncated": raw[: len(raw) // 2],
        "json list": b"[1, 2, 3]",
        "wrong format": variant(format="something-else"),
        "missing format": without("format"),
        "missing store id": without("store_id"),
        "bad store id": variant(store_id="not-a-uuid"),
        "missing passphrase slot": without("passphrase"),
        "slot is a string": variant(passphrase="oops"),
        "bad base64": variant(passphrase={**passphrase, "salt": "***not base64***"}),
        "short nonce": variant(passphrase={**passphrase, "nonce": "AAAA"}),
        "missing ciphertext": variant(
            passphrase={k: v for k, v in passphrase.items() if k != "ciphertext"}
        ),
        "string cost": variant(passphrase={**passphrase, "time_cost": "3"}),
        "huge memory cost": variant(passphrase={**passphrase, "memory_cost": 2**40}),
        "unknown kdf": variant(passphrase={**passphrase, "kdf": "md5"}),
        "huge file": b" " * (1024 * 1024),
    }


MUTATION_NAMES = [
    "empty",
    "garbage",
    "truncated",
    "json list",
    "wrong format",
    "missing format",
    "missing store id",
    "bad store id",
    "missing passphrase slot",
    "slot is a string",
    "bad base64",
    "short nonce",
    "missing ciphertext",
    "string cost",
    "huge memory cost",
    "unknown kdf",
    "huge file",
]


@pytest.mark.parametrize("name", MUTATION_NAMES)
def test_damaged_key_file_is_reported_and_left_alone(store: Store, name: str) -> None:
    store.path.write_bytes(_mutations(store.path)[name])
    before = snapshot(store.path)
    with pytest.raises(KeyFileError) as info:
        unlock_with_passphrase(store.path, PASSPHRASE)
    assert str(store.path) in str(info.value)
    assert "not a HealthDesk key file or is damaged" in str(info.value)
    with pytest.raises(KeyFileError):
        change_passphrase(store.path, PASSPHRASE, "a brand new passphrase", FAST)
    assert_unchanged(store.path, before)


def test_damaged_recovery_slot(store: Store) -> None:
    document = load(store.path)
    document["recovery"]["ciphertext"] = "!!"
    save(store.path, document)
    with pytest.raises(KeyFileError, match="damaged"):
        unlock_with_recovery_key(store.path, store.recovery)
    # The passphrase slot still opens: damage in one slot does not lock the person out.
    assert unlock_with_passphrase(store.path, PASSPHRASE) == store.data_key


def test_newer_version_is_named(store: Store) -> None:
    save(store.path, {**load(store.path), "version": 2})
    with pytest.raises(KeyFileError, match="version 2") as info:
        unlock_with_passphrase(store.path, PASSPHRASE)
    assert str(store.path) in str(info.value)


def test_missing_key_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "keys.json"
    for call in (
        lambda: unlock_with_passphrase(path, PASSPHRASE),
        lambda: unlock_with_recovery_key(path, new_recovery_key()),
        lambda: read_store_id(path),
        lambda: change_passphrase(path, PASSPHRASE, "a brand new passphrase", FAST),
    ):
        with pytest.raises(KeyFileError) as info:
            call()
        assert str(path) in str(info.value)
        assert "missing" in str(info.value)
    assert not path.parent.exists()


def test_key_file_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError) as info:
        unlock_with_passphrase(tmp_path, PASSPHRASE)
    assert str(tmp_path) in str(info.value)


# --------------------------------------------------------------------------- permissions


@POSIX_ONLY
def test_key_file_is_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o000)  # even a permissive umask must not widen the mode
    try:
        store = Store(tmp_path / "data" / "keys.json")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    change_passphrase(store.path, PASSPHRASE, "a brand new passphrase", FAST)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    reset_passphrase_with_recovery_key(store.path, store.recovery, "yet another one", FAST)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_mutation_names_cover_every_case(store: Store) -> None:
    assert sorted(_mutations(store.path)) == sorted(MUTATION_NAMES)
