"""Encrypted backups: create, verify, restore, on real stores and real files."""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.backup import (
    MANIFEST,
    _sha256_file,
    create_backup,
    restore_backup,
    verify_backup,
)
from healthdesk.interop.json_export import export_json, render_export
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.errors import LockedError, StoreExistsError
from healthdesk.store.keys import KdfParams
from healthdesk.store.migrate import current_revision, encrypted_copy
from healthdesk.store.vault import Store, create_store, open_store
from tests.conftest import PASSPHRASE
from tests.interop import MARKER, Sample, fill_record

OTHER_PASSPHRASE = "another long passphrase 42"


@pytest.fixture
def sample(record: Any) -> Sample:
    return fill_record(record)


@pytest.fixture
def backup(record: Any, sample: Sample, tmp_path: Path) -> Path:
    dest = tmp_path / "backups" / "healthdesk-backup.tar"
    create_backup(record.store, dest)
    return dest


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Path]:
    """A different store (own key, own content) where a restore might land."""
    target = tmp_path / "target"
    store, _ = create_store(target, OTHER_PASSPHRASE, kdf=KdfParams.FAST_FOR_TESTS)
    ProfilesService(store).create(name="Old Person")
    store.db.checkpoint()
    store.close()
    yield target


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def reopened_export(data_dir: Path, passphrase: str = PASSPHRASE) -> bytes:
    store = open_store(data_dir, passphrase=passphrase)
    try:
        return render_export(store)
    finally:
        store.close()


def test_backup_verifies_and_restores_into_an_empty_folder(
        record: Any, sample: Sample, tmp_path: Path) -> None:
    expected = render_export(record.store)
    dest = tmp_path / "backups" / "hd.tar"
    info = create_backup(record.store, dest)
    assert dest.stat().st_mode & 0o777 == 0o600
    assert list(dest.parent.iterdir()) == [dest]  # no temp files left behind
    checked = verify_backup(dest)
    assert checked.store_id == info.store_id == record.store_id
    assert [m.name for m in checked.members] == ["keys.json", "healthdesk.db"]
    assert checked.members == info.members
    with tarfile.open(dest) as tar:
        assert tar.getnames() == ["manifest.json", "keys.json", "healthdesk.db"]
    target = tmp_path / "restored"
    restored = restore_backup(dest, target, passphrase=PASSPHRASE)
    assert restored.store_id == record.store_id
    assert sorted(p.name for p in target.iterdir()) == ["healthdesk.db", "keys.json"]
    assert reopened_export(target) == expected


def test_restore_with_the_recovery_key(backup: Path, record: Any, tmp_path: Path,
                                       recovery_key: str) -> None:
    expected = render_export(record.store)
    restore_backup(backup, tmp_path / "restored", recovery_key=recovery_key)
    store = open_store(tmp_path / "restored", recovery_key=recovery_key)
    try:
        assert render_export(store) == expected
    finally:
        store.close()


def test_backup_holds_no_plaintext(record: Any, sample: Sample, backup: Path) -> None:
    assert MARKER.encode() in export_json(record.store)  # the marker is really in the record
    data = backup.read_bytes()
    assert MARKER.encode() not in data
    assert b"after the walk" not in data
    assert b"SQLite format 3\x00" not in data
    assert b"Metformin" not in data


def test_a_flipped_byte_fails_verification_and_restore(backup: Path, tmp_path: Path) -> None:
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the database member
    tampered = tmp_path / "tampered.tar"
    tampered.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match=r"damaged: healthdesk\.db does not match"):
        verify_backup(tampered)
    target = tmp_path / "restored"
    with pytest.raises(ValidationError, match="damaged"):
        restore_backup(tampered, target, passphrase=PASSPHRASE)
    assert not target.exists()


def test_a_damaged_manifest_or_member_list_is_refused(backup: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(backup.read_bytes()[:4096])
    with pytest.raises(ValidationError, match=r"damaged|not a HealthDesk backup"):
        verify_backup(truncated)


@pytest.mark.parametrize("content", [b"", b"\x00" * 10, b'{"format": "healthdesk-export"}'])
def test_files_that_are_not_backups_are_named_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not-a-backup.tar"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match="is not a HealthDesk backup"):
        verify_backup(path)


def test_a_tar_of_something_else_is_not_a_backup(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    path = tmp_path / "other.tar"
    with tarfile.open(path, "w") as tar:
        tar.add(tmp_path / "notes.txt", arcname="notes.txt")
    with pytest.raises(ValidationError, match=r"not a HealthDesk backup \(it has no manifest"):
        verify_backup(path)


def test_wrong_passphrase_leaves_the_target_untouched(
        backup: Path, other_store: Path, tmp_path: Path) -> None:
    before = snapshot(other_store)
    with pytest.raises(LockedError, match="passphrase is wrong"):
        restore_backup(backup, other_store, passphrase="not the passphrase", force=True)
    assert snapshot(other_store) == before
    fresh = tmp_path / "fresh"
    with pytest.raises(LockedError):
        restore_backup(backup, fresh, passphrase="not the passphrase")
    assert not fresh.exists()
    with pytest.raises(LockedError, match="passphrase or the recovery key is needed"):
        restore_backup(backup, fresh)


def test_restore_refuses_an_existing_store_without_force(
        backup: Path, other_store: Path) -> None:
    before = snapshot(other_store)
    with pytest.raises(StoreExistsError, match="--force") as err:
        restore_backup(backup, other_store, passphrase=PASSPHRASE)
    assert err.value.exit_code == 2
    assert snapshot(other_store) == before
    assert "Old Person" in reopened_export(other_store, OTHER_PASSPHRASE).decode()


def test_force_moves_the_old_store_aside_and_keeps_it(
        record: Any, backup: Path, other_store: Path, tmp_path: Path) -> None:
    expected = render_export(record.store)
    old_db, old_keys = (other_store / "healthdesk.db").read_bytes(), (
        other_store / "keys.json").read_bytes()
    restore_backup(backup, other_store, passphrase=PASSPHRASE, force=True)
    assert reopened_export(other_store) == expected
    kept_keys = list(other_store.glob("keys.json.replaced-*"))
    assert len(kept_keys) == 1 and kept_keys[0].read_bytes() == old_keys
    suffix = kept_keys[0].name.removeprefix("keys.json")
    assert (other_store / f"healthdesk.db{suffix}").read_bytes() == old_db
    assert not list(other_store.glob(".restore-*"))
    # The store that was replaced still opens, with its own passphrase and content.
    revived = tmp_path / "revived"
    revived.mkdir()
    for ext in ("", "-wal", "-shm"):
        kept = other_store / f"healthdesk.db{suffix}{ext}"
        if kept.exists():
            shutil.copy2(kept, revived / f"healthdesk.db{ext}")
    shutil.copy2(kept_keys[0], revived / "keys.json")
    assert "Old Person" in reopened_export(revived, OTHER_PASSPHRASE).decode()


def test_backup_refuses_to_overwrite_unless_asked(record: Any, backup: Path) -> None:
    first = backup.read_bytes()
    with pytest.raises(ValidationError, match="already exists"):
        create_backup(record.store, backup)
    assert backup.read_bytes() == first
    ProfilesService(record.store).create(name="Added Later")
    create_backup(record.store, backup, overwrite=True)
    assert verify_backup(backup).store_id == record.store_id
    assert backup.read_bytes() != first


def test_a_moved_backup_restores_on_its_own(
        record: Any, sample: Sample, backup: Path, tmp_path: Path) -> None:
    """Moving the backup file anywhere else keeps it whole: it needs nothing beside it."""
    moved = tmp_path / "elsewhere" / "copy.tar"
    moved.parent.mkdir()
    shutil.move(backup, moved)
    restore_backup(moved, tmp_path / "restored", passphrase=PASSPHRASE)
    store: Store = open_store(tmp_path / "restored", passphrase=PASSPHRASE)
    try:
        assert ProfilesService(store).get(sample.profile_id).name.startswith(MARKER)
    finally:
        store.close()



def _tar_of(folder: Path, manifest: bytes, dest: Path) -> None:
    with tarfile.open(dest, "w") as tar:
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
        for name in ("keys.json", "healthdesk.db"):
            tar.add(folder / name, arcname=name)


def test_a_backup_holding_a_damaged_page_is_not_restored(record: Any, profile_id: str,
                                                         tmp_path: Path) -> None:
    """Backups made before copies were checked could hold a damaged page: restoring one
    is refused before the target is touched."""
    for i in range(400):
        record.readings.record(profile_id, "pulse", {"pulse": 60 + i % 30}, note="x" * 200)
    work = tmp_path / "work"
    work.mkdir()
    db = encrypted_copy(record.store.db, work / "healthdesk.db")
    (work / "keys.json").write_bytes(record.store.paths.keys.read_bytes())
    with db.open("r+b") as fh:  # one page in the middle, as a bad sector would leave it
        fh.seek(db.stat().st_size // 2 // 4096 * 4096)
        fh.write(os.urandom(4096))
    members = {n: dict(zip(("size", "sha256"), _sha256_file(work / n), strict=True))
               for n in ("keys.json", "healthdesk.db")}
    manifest = json.dumps({
        "format": "healthdesk-backup", "version": 1, "created_at": "2026-01-01T00:00:00Z",
        "store_id": record.store_id, "schema": current_revision(record.store.db),
        "members": members}).encode()
    old = tmp_path / "old.bak"
    _tar_of(work, manifest, old)
    verify_backup(old)  # its hashes are right: the damage was copied, not made in transit
    target = tmp_path / "target"
    with pytest.raises(ValidationError, match="damaged page"):
        restore_backup(old, target, passphrase=PASSPHRASE)
    assert not target.exists()
