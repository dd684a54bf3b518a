"""Remember on this device: secure keyrings only, never plaintext, never a crash."""

from __future__ import annotations

import base64
import logging
import secrets
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordSetError
from keyrings.alt.file import PlaintextKeyring
from keyrings.alt.multi import MultipartKeyringWrapper

from healthdesk.store.errors import StoreError
from healthdesk.store.keyring_store import SERVICE_NAME, DeviceKeyring
from tests.keyring_memory import MemoryKeyring

STORE_ID = "6f1c1b1e-8a53-4f59-9d4e-3c3b0b8f0a11"


@pytest.fixture
def data_key() -> bytes:
    return secrets.token_bytes(32)


class LockedKeyring(keyring.backend.KeyringBackend):
    """A secure backend whose user has not unlocked it."""

    priority = -10  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the keyring!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password}")  # a careless backend

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the keyring!")


def test_memory_keyring_remember_recall_forget(data_key: bytes) -> None:
    backend = MemoryKeyring()
    device = DeviceKeyring(backend)
    assert device.available()
    assert device.recall(STORE_ID) is None
    device.remember(STORE_ID, data_key)
    assert device.recall(STORE_ID) == data_key
    # Stored under the documented names, base64-encoded.
    stored = backend.get_password(SERVICE_NAME, f"store:{STORE_ID}")
    assert stored == base64.b64encode(data_key).decode()
    assert device.recall("another-store") is None
    device.forget(STORE_ID)
    assert device.recall(STORE_ID) is None
    device.forget(STORE_ID)  # forgetting twice is fine


def test_memory_keyring_is_isolated_per_instance(data_key: bytes) -> None:
    DeviceKeyring(MemoryKeyring()).remember(STORE_ID, data_key)
    assert DeviceKeyring(MemoryKeyring()).recall(STORE_ID) is None


def test_memory_keyring_is_never_auto_selected() -> None:
    # Importing it registers it with keyring; it must not win backend detection.
    assert MemoryKeyring.priority < fail.Keyring.priority
    assert MemoryKeyring.priority < null.Keyring.priority


def test_remember_replaces_an_older_key(data_key: bytes) -> None:
    device = DeviceKeyring(MemoryKeyring())
    device.remember(STORE_ID, secrets.token_bytes(32))
    device.remember(STORE_ID, data_key)
    assert device.recall(STORE_ID) == data_key


def test_remember_rejects_a_non_key() -> None:
    with pytest.raises(ValueError):
        DeviceKeyring(MemoryKeyring()).remember(STORE_ID, b"short")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_backends_are_unavailable(
    backend: keyring.backend.KeyringBackend, data_key: bytes
) -> None:
    device = DeviceKeyring(backend)
    assert not device.available()
    with pytest.raises(StoreError) as info:
        device.remember(STORE_ID, data_key)
    assert "No secure keyring is available on this device" in str(info.value)
    assert "passphrase will be asked for each time" in str(info.value)
    assert device.recall(STORE_ID) is None
    device.forget(STORE_ID)  # nothing to forget; must not raise


def test_plaintext_keyring_is_refused_and_nothing_written(tmp_path: Path, data_key: bytes) -> None:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    device = DeviceKeyring(backend)
    assert not device.available()
    with pytest.raises(StoreError, match="No secure keyring"):
        device.remember(STORE_ID, data_key)
    assert device.recall(STORE_ID) is None
    device.forget(STORE_ID)
    assert list(tmp_path.iterdir()) == []


def test_plaintext_keyring_inside_a_wrapper_is_refused(tmp_path: Path, data_key: bytes) -> None:
    inner = PlaintextKeyring()
    inner.file_path = str(tmp_path / "keyring_pass.cfg")
    device = DeviceKeyring(MultipartKeyringWrapper(inner))
    assert not device.available()
    with pytest.raises(StoreError):
        device.remember(STORE_ID, data_key)
    assert list(tmp_path.iterdir()) == []
    assert DeviceKeyring(MultipartKeyringWrapper(MemoryKeyring())).available()


def test_any_backend_named_plaintext_is_refused(data_key: bytes) -> None:
    class MyPlaintextStore(MemoryKeyring):
        pass

    device = DeviceKeyring(MyPlaintextStore())
    assert not device.available()
    with pytest.raises(StoreError):
        device.remember(STORE_ID, data_key)


def test_locked_keyring_never_raises_on_recall(
    caplog: pytest.LogCaptureFixture, data_key: bytes
) -> None:
    device = DeviceKeyring(LockedKeyring())
    assert device.available()
    with caplog.at_level(logging.DEBUG, logger="healthdesk.store.keyring_store"):
        assert device.recall(STORE_ID) is None
        with pytest.raises(StoreError, match="refused to remember") as info:
            device.remember(STORE_ID, data_key)
        with pytest.raises(StoreError, match="could not forget"):
            device.forget(STORE_ID)
    assert caplog.records, "failures are logged at debug"
    encoded = base64.b64encode(data_key).decode()
    assert encoded not in caplog.text
    # The backend's message (which here contains the secret) is not chained or shown.
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert encoded not in str(info.value)


def test_garbage_in_the_keyring_is_ignored() -> None:
    backend = MemoryKeyring()
    device = DeviceKeyring(backend)
    backend.set_password(SERVICE_NAME, f"store:{STORE_ID}", "not base64 at all!")
    assert device.recall(STORE_ID) is None
    backend.set_password(SERVICE_NAME, f"store:{STORE_ID}", base64.b64encode(b"x").decode())
    assert device.recall(STORE_ID) is None


def test_default_backend_is_the_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    device = DeviceKeyring()
    assert device.backend is memory
    assert device.available()

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert not DeviceKeyring().available()


def test_chained_keyring_uses_only_its_first_member(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_key: bytes
) -> None:
    from keyring.backends.chainer import ChainerBackend

    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    memory = MemoryKeyring()

    monkeypatch.setattr(ChainerBackend, "backends", [plaintext, memory])
    assert not DeviceKeyring(ChainerBackend()).available()

    monkeypatch.setattr(ChainerBackend, "backends", [memory, plaintext])
    device = DeviceKeyring(ChainerBackend())
    assert device.available()
    device.remember(STORE_ID, data_key)
    assert device.recall(STORE_ID) == data_key
    assert memory.get_password(SERVICE_NAME, f"store:{STORE_ID}") is not None
    assert list(tmp_path.iterdir()) == []
