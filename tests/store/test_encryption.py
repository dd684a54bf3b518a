"""The file on disk is SQLCipher-encrypted from its first byte, and nothing about the
person can be read from any file in the data dir."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from healthdesk.services.errors import CorruptStoreError, LockedError, StoreMissingError
from healthdesk.services.record import HealthRecord
from healthdesk.store.db import probe
from tests.conftest import FAST, PASSPHRASE

MARKERS = ("Quokkaberry Zanzibarova", "marker-note-7f3c", "wobbulated-sprocket-message")


def _snapshot(d: Path) -> dict[str, tuple[str, float]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
            for p in sorted(d.iterdir()) if p.is_file()}


def test_header_is_not_sqlite_and_files_are_owner_only(tmp_path: Path) -> None:
    rec, _ = HealthRecord.create(tmp_path / "d", PASSPHRASE, kdf=FAST)
    with rec:
        pid = rec.profiles.create(name="Someone").id
        rec.readings.record(pid, "weight", {"weight": 70}, unit="kg")
        files = [p for p in (tmp_path / "d").iterdir() if p.is_file()]
        assert {p.name for p in files} >= {"healthdesk.db", "keys.json"}
        for p in files:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    head = (tmp_path / "d" / "healthdesk.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o700


def test_distinctive_text_is_in_no_file(tmp_path: Path) -> None:
    d = tmp_path / "d"
    rec, _ = HealthRecord.create(d, PASSPHRASE, kdf=FAST)
    with rec:
        pid = rec.profiles.create(name=MARKERS[0]).id
        rec.readings.record(pid, "glucose", {"glucose": 6.1}, unit="mmol/L", note=MARKERS[1])
        # Check the live WAL too, before the checkpoint at close folds it in.
        for p in d.iterdir():
            data = p.read_bytes()
            for m in MARKERS[:2]:
                assert m.encode() not in data, f"{m} readable in {p.name}"
                assert m.encode("utf-16-le") not in data
    for p in d.iterdir():
        data = p.read_bytes()
        for m in MARKERS[:2]:
            assert m.encode() not in data, f"{m} readable in {p.name}"


def test_the_key_really_is_needed(data_dir: Path) -> None:
    conn = sqlcipher.connect(str(data_dir / "healthdesk.db"))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_wrong_passphrase_changes_nothing(data_dir: Path) -> None:
    before = _snapshot(data_dir)
    with pytest.raises(LockedError) as err:
        HealthRecord.open(data_dir, passphrase="not the passphrase")
    assert "passphrase" in str(err.value).lower()
    assert _snapshot(data_dir) == before


def test_missing_store_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreMissingError) as err:
        HealthRecord.open(tmp_path / "nothing", passphrase=PASSPHRASE)
    assert "nothing" in str(err.value)


@pytest.mark.parametrize("damage", ["truncate", "garble", "plain_sqlite", "foreign", "empty"])
def test_damaged_database_is_reported_and_left_alone(data_dir: Path, damage: str) -> None:
    db = data_dir / "healthdesk.db"
    raw = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(raw[: len(raw) // 2 + 100])
    elif damage == "garble":
        db.write_bytes(raw[:16] + os.urandom(64) + raw[80:])
    elif damage == "plain_sqlite":
        db.unlink()
        c = sqlcipher.connect(str(db))
        c.execute("CREATE TABLE t(x)")
        c.commit()
        c.close()
    elif damage == "foreign":
        db.write_bytes(os.urandom(8192))
    else:
        db.write_bytes(b"")
    before = _snapshot(data_dir)
    with pytest.raises(CorruptStoreError) as err:
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    assert str(db) in str(err.value)
    assert "not been changed" in str(err.value)
    assert _snapshot(data_dir) == before


def test_probe_rejects_a_wrong_data_key(data_dir: Path) -> None:
    with pytest.raises(CorruptStoreError):
        probe(data_dir / "healthdesk.db", os.urandom(32))


def test_recovery_key_opens_and_resets(data_dir: Path, recovery_key: str) -> None:
    HealthRecord.reset_passphrase(data_dir, recovery_key.lower(), "a brand new passphrase")
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    with HealthRecord.open(data_dir, passphrase="a brand new passphrase") as rec:
        assert rec.profiles.all() == []


def test_change_passphrase_keeps_the_file(record: HealthRecord, data_dir: Path) -> None:
    pid = record.profiles.create(name="Kept Person").id
    record.close()
    db_before = (data_dir / "healthdesk.db").read_bytes()
    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    rec.change_passphrase(PASSPHRASE, "another passphrase entirely")
    rec.close()
    # Rewrapping touches only keys.json: the database keeps its salt and data key.
    assert (data_dir / "healthdesk.db").read_bytes()[:16] == db_before[:16]
    with HealthRecord.open(data_dir, passphrase="another passphrase entirely") as rec:
        assert rec.profiles.get(pid).name == "Kept Person"
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)


def test_remembered_key_opens_without_passphrase(data_dir: Path) -> None:
    from healthdesk.store.keyring_store import DeviceKeyring
    from tests.keyring_memory import MemoryKeyring

    kr = DeviceKeyring(MemoryKeyring())
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE, keyring=kr) as rec:
        rec.remember_on_device(True)
    with HealthRecord.open(data_dir, keyring=kr) as rec:
        assert rec.is_remembered()
        rec.remember_on_device(False)
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, keyring=kr)


def test_no_keyring_means_passphrase_not_plaintext(data_dir: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from healthdesk.services.errors import StoreError
    from healthdesk.store.keyring_store import DeviceKeyring

    kr = DeviceKeyring(FailKeyring())
    with (HealthRecord.open(data_dir, passphrase=PASSPHRASE, keyring=kr) as rec,
          pytest.raises(StoreError)):
        rec.remember_on_device(True)
    before = _snapshot(data_dir)
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, keyring=kr)
    assert _snapshot(data_dir) == before
    assert not any("key" in p.name and p.name != "keys.json" for p in data_dir.iterdir())


def test_times_are_stored_in_utc(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Zoned").id
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    r = record.readings.record(pid, "pulse", {"pulse": 70},
                               taken_at=dt.datetime(2026, 3, 10, 8, 0, tzinfo=ist))
    assert r.taken_at == dt.datetime(2026, 3, 10, 2, 30, tzinfo=dt.UTC)
