"""A new recovery key: the new one opens the store, the old one no longer does, and a
wrong passphrase changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthdesk.services.record import HealthRecord
from healthdesk.store.errors import LockedError
from tests.conftest import PASSPHRASE


def test_new_recovery_key_replaces_the_old(data_dir: Path, recovery_key: str) -> None:
    keys = data_dir / "keys.json"
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        pid = record.profiles.create(name="Asha Rao").id
        before = keys.read_bytes()
        with pytest.raises(LockedError):
            record.new_recovery_key("not the passphrase")
        assert keys.read_bytes() == before  # a refusal writes nothing
        fresh = record.new_recovery_key(PASSPHRASE)
    assert fresh != recovery_key and len(fresh) == len(recovery_key)
    with pytest.raises(LockedError, match="recovery key does not open"):
        HealthRecord.open(data_dir, recovery_key=recovery_key)
    with HealthRecord.open(data_dir, recovery_key=fresh) as record:
        assert record.profiles.get(pid).name == "Asha Rao"
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:  # passphrase unchanged
        assert record.profiles.get(pid).name == "Asha Rao"
    HealthRecord.reset_passphrase(data_dir, fresh, "a brand new passphrase")
    with HealthRecord.open(data_dir, passphrase="a brand new passphrase") as record:
        assert [p.id for p in record.profiles.all()] == [pid]
