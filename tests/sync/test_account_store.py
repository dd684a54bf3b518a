"""Where the sync token lives: the OS keyring when a secure one exists, else inside the
encrypted store; never in a plaintext file."""

from __future__ import annotations

from healthdesk.services.record import HealthRecord
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.sync.account import Account, AccountStore
from tests.keyring_memory import MemoryKeyring


def _raw_token(record: HealthRecord) -> object:
    with record.store.read() as s:
        return s.connection().exec_driver_sql(
            "SELECT value FROM local_state WHERE key = 'sync.token'").scalar()


def test_token_goes_to_a_secure_keyring(record: HealthRecord) -> None:
    backend = MemoryKeyring()
    accounts = AccountStore(record.store, DeviceKeyring(backend))
    accounts.sign_in(Account("https://sync.example.org", "asha", "laptop"), "secret-token")
    assert accounts.token() == "secret-token"
    assert _raw_token(record) is None  # not in the store when the keyring holds it
    assert backend.get_password("HealthDesk", f"sync-token:{record.store_id}") == "secret-token"
    accounts.sign_out()
    assert accounts.token() is None and accounts.account() is None
    assert backend.get_password("HealthDesk", f"sync-token:{record.store_id}") is None


def test_without_a_secure_keyring_the_token_stays_in_the_encrypted_store(
        record: HealthRecord) -> None:
    from keyrings.alt.file import PlaintextKeyring

    accounts = AccountStore(record.store, DeviceKeyring(PlaintextKeyring()))
    accounts.sign_in(Account("https://sync.example.org", "asha", "laptop"), "secret-token")
    assert accounts.token() == "secret-token"
    assert _raw_token(record) == '"secret-token"'
    data = b"".join(p.read_bytes() for p in record.data_dir.iterdir() if p.is_file())
    assert b"secret-token" not in data  # SQLCipher pages, never plaintext
