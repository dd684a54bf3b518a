"""Encrypted, self-contained backups: one tar file that restores a whole store.

Members, in this order:

* ``manifest.json``: format marker, creation time, store id, schema revision, and the
  size and SHA-256 of every other member;
* ``keys.json``: the store's key file as it is (the data key, wrapped only: opening the
  backup needs the passphrase or the recovery key, as the store itself does);
* ``healthdesk.db``: a page-by-page copy made with SQLite's backup API under the same
  data key, so the copy is encrypted from its first byte and no plaintext ever touches
  the disk.

A backup is written to a partial file beside the destination, checked, and renamed into
place (0600); ``-``, a FIFO or a character device is written straight to.
Restoring checks every hash and that the backup really opens with the given passphrase
or recovery key *before* the target folder is touched; an existing store there is
moved aside (``<name>.replaced-<time>``), never deleted. Since the key file travels as it
was, a backup opens with the passphrase that was current when it was made (or the
recovery key of that time: a new recovery key or a rotated data key does not reach
backups already written, docs/privacy.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store import keys as keyfile
from healthdesk.store.db import file_problems, probe
from healthdesk.store.errors import CorruptStoreError, LockedError, StoreExistsError
from healthdesk.store.failures import explain
from healthdesk.store.keys import fsync_directory
from healthdesk.store.migrate import current_revision, encrypted_copy
from healthdesk.store.vault import DB_NAME, KEYS_NAME, Store, StorePaths

from .canonical import known_revisions
from .output_files import check_target, is_stdout, open_output, resolve
from .workspace import clean_stale, work_folder

BACKUP_FORMAT = "healthdesk-backup"
BACKUP_VERSION = 1
MANIFEST = "manifest.json"
MEMBERS = (KEYS_NAME, DB_NAME)
_MAX_MANIFEST = 64 * 1024
_CHUNK = 1 << 20


@dataclass(frozen=True)
class MemberInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from (and checked against) its manifest."""

    path: Path
    created_at: str
    store_id: str
    schema: str
    members: tuple[MemberInfo, ...]
    written: int | None = None  # bytes written, when the backup went to a stream

    @property
    def size_bytes(self) -> int:
        return self.written if self.written is not None else self.path.stat().st_size


def _sha256_file(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _tar_info(name: str, size: int, mtime: float) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(mtime), 0o600
    info.uname = info.gname = "healthdesk"
    return info


# --------------------------------------------------------------------------- create


def _copy_database(store: Store, work: Path) -> Path:
    """The encrypted copy, verified page by page (HMAC and integrity check) with the
    key: a backup of a damaged store would restore the damage, or not restore at all."""
    try:
        copy = encrypted_copy(store.db, work / DB_NAME)
        problems = file_problems(copy, store.data_key)
    except Exception as exc:
        failure = explain(exc, store.paths.db, write_path=store.paths.data_dir)
        if failure is None:
            raise
        raise failure from exc
    if problems:
        more = f", and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise CorruptStoreError(
            _("No backup was written: {db} is damaged ({problems}{more}); restore it from an "
              "earlier backup: healthdesk restore FILE.").format(
                db=store.paths.db, problems=problems[0], more=more)
        )
    return copy


def _write_tar(out: IO[bytes], work: Path, manifest_bytes: bytes,
               members: tuple[MemberInfo, ...], stamp: float) -> None:
    # Stream mode ("w|") never seeks, so the same code writes to a pipe or a FIFO.
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(_tar_info(MANIFEST, len(manifest_bytes), stamp), io.BytesIO(manifest_bytes))
        for m in members:
            with (work / m.name).open("rb") as src:
                tar.addfile(_tar_info(m.name, m.size, stamp), src)


def create_backup(store: Store, dest: Path | str, *, overwrite: bool = False) -> BackupInfo:
    """Write an encrypted backup of ``store`` to ``dest`` (``-``: standard output; a FIFO
    or device is written straight to; see ``output_files``).

    The work folder (the database copy and keys) lives in the store's data dir under
    ``.healthdesk-backup-<pid>-<random>`` and is removed when done; ones left by a
    killed backup are removed first.

    Raises ValidationError (``dest`` exists and not ``overwrite``, or cannot be a
    target), CorruptStoreError (the store has a damaged page: no backup is written),
    DiskFullError, OSError; nothing is left at ``dest`` then.
    """
    check_target(dest, overwrite=overwrite)
    created = store.clock().astimezone(dt.UTC)
    target = Path(dest)
    if not is_stdout(target):
        real = resolve(target)[0]
        clean_stale(real.parent, ".healthdesk-backup-")  # older versions' work folders
        clean_stale(real.parent, f".{real.name}.")  # and their partial files
    with work_folder(store.paths.data_dir, "backup") as work:
        db_copy = _copy_database(store, work)
        keys_copy = work / KEYS_NAME
        keys_copy.write_bytes(store.paths.keys.read_bytes())
        members = tuple(MemberInfo(p.name, *_sha256_file(p)) for p in (keys_copy, db_copy))
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "store_id": store.store_id,
            "schema": current_revision(store.db),
            "members": {m.name: {"size": m.size, "sha256": m.sha256} for m in members},
        }
        manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
        with open_output(target, overwrite=overwrite, before_commit=verify_backup) as out:
            _write_tar(out, work, manifest_bytes, members, created.timestamp())
    written = out.written if out.streamed else None
    return BackupInfo(out.target, manifest["created_at"], store.store_id,
                      str(manifest["schema"]), members, written)


# --------------------------------------------------------------------------- verify


def _not_backup(path: Path, why: str) -> ValidationError:
    return ValidationError("file", _("{path} is not a HealthDesk backup ({why}).").format(
                                       path=path, why=why))


def _damaged(path: Path, why: str) -> ValidationError:
    return ValidationError(
        "file", _("The backup {path} is damaged: {why}. It cannot be trusted; use another "
                  "backup.").format(path=path, why=why)
    )


@contextmanager
def _open_tar(path: Path) -> Iterator[tarfile.TarFile]:
    try:
        tar = tarfile.open(path, mode="r:")  # noqa: SIM115 - closed in the finally below
    except FileNotFoundError:
        raise ValidationError("file",
            _("There is no backup at {path}.").format(path=path)) from None
    except (tarfile.TarError, OSError) as exc:
        raise _not_backup(path, f"it cannot be read as one: {exc}") from None
    try:
        yield tar
    except tarfile.TarError as exc:
        raise _damaged(path, str(exc)) from None
    finally:
        tar.close()


def _read_manifest(path: Path, tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST)
    except KeyError:
        raise _not_backup(path, "it has no manifest") from None
    if not member.isfile() or member.size > _MAX_MANIFEST:
        raise _not_backup(path, "its manifest is not a small file")
    fh = tar.extractfile(member)
    assert fh is not None
    try:
        manifest = json.loads(fh.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(path, "its manifest is not readable") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise _not_backup(path, "its manifest has no HealthDesk backup marker")
    if manifest.get("version") != BACKUP_VERSION:
        raise ValidationError(
            "file", _("{path} was made by a newer HealthDesk (backup version {get}); update "
                      "HealthDesk to restore it.").format(path=path, get=manifest.get('version'))
        )
    for key in ("created_at", "store_id", "schema"):
        if not isinstance(manifest.get(key), str):
            raise _damaged(path, f"its manifest has no {key}")
    if not isinstance(manifest.get("members"), dict):
        raise _damaged(path, "its manifest lists no members")
    return manifest


def _expected(path: Path, manifest: dict[str, Any], name: str) -> MemberInfo:
    entry = manifest["members"].get(name)
    if (not isinstance(entry, dict) or not isinstance(entry.get("size"), int)
            or not isinstance(entry.get("sha256"), str)):
        raise _damaged(path, f"its manifest does not describe {name}")
    return MemberInfo(name, entry["size"], entry["sha256"])


def _copy_checked(path: Path, tar: tarfile.TarFile, want: MemberInfo, out: IO[bytes] | None,
                  ) -> None:
    """Stream a member (into ``out`` if given), checking its size and hash."""
    try:
        member = tar.getmember(want.name)
    except KeyError:
        raise _damaged(path, f"{want.name} is missing") from None
    if not member.isfile():
        raise _damaged(path, f"{want.name} is not a regular file")
    fh = tar.extractfile(member)
    assert fh is not None
    digest, size = hashlib.sha256(), 0
    while chunk := fh.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if out is not None:
            out.write(chunk)
    if size != want.size or digest.hexdigest() != want.sha256:
        raise _damaged(path, f"{want.name} does not match its checksum")


def _check(path: Path, tar: tarfile.TarFile, extract_to: Path | None = None) -> BackupInfo:
    manifest = _read_manifest(path, tar)
    extra = sorted(set(tar.getnames()) - {MANIFEST, *MEMBERS})
    if extra:
        raise _damaged(path, f"it holds an unexpected member {extra[0]}")
    members = []
    for name in MEMBERS:
        want = _expected(path, manifest, name)
        if extract_to is None:
            _copy_checked(path, tar, want, None)
        else:
            fd = os.open(extract_to / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                _copy_checked(path, tar, want, out)
                out.flush()
                os.fsync(out.fileno())
        members.append(want)
    return BackupInfo(path, manifest["created_at"], manifest["store_id"], manifest["schema"],
                      tuple(members))


def verify_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a complete, undamaged HealthDesk backup; return what it holds.

    Needs no passphrase (the hashes cover the encrypted bytes). Raises ValidationError
    naming the problem: not a backup, a member missing, a hash mismatch.
    """
    path = Path(path)
    with _open_tar(path) as tar:
        return _check(path, tar)


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from inside it with its passphrase (or recovery key)."""

    created_at: str
    schema: str
    people: list[str]
    rows: dict[str, int]  # live rows per synced table


def describe_backup(path: Path, *, passphrase: str | None = None,
                    recovery_key: str | None = None) -> BackupContents:
    """Open the backup's own copy (in a private temporary folder, still encrypted) to say
    who and what it holds, before anything is replaced. Raises ValidationError (not a
    backup, damaged), LockedError (wrong passphrase or recovery key)."""
    import tempfile

    from healthdesk.store.db import table_counts
    from healthdesk.store.models import SYNCED_MODELS

    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="healthdesk-describe-") as tmp:
        work = Path(tmp)
        with _open_tar(path) as tar:
            info = _check(path, tar, extract_to=work)
        data_key = _unwrap(work / KEYS_NAME, passphrase, recovery_key)
        probe(work / DB_NAME, data_key)
        people, rows = table_counts(work / DB_NAME, data_key,
                                    [m.__tablename__ for m in SYNCED_MODELS])
    return BackupContents(info.created_at, info.schema, people, rows)


# --------------------------------------------------------------------------- restore


def _unwrap(keys_path: Path, passphrase: str | None, recovery_key: str | None) -> bytes:
    if recovery_key is not None:
        return keyfile.unlock_with_recovery_key(keys_path, recovery_key)
    if passphrase is None:
        raise LockedError(
            _("A passphrase or the recovery key is needed to restore this backup.")
        )
    return keyfile.unlock_with_passphrase(keys_path, passphrase)


def _move_aside(paths: StorePaths) -> None:
    """Rename the current store's files to ``<name>.replaced-<time>``, keeping the
    database's -wal/-shm beside it under matching names so the old copy still opens."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix, n = f".replaced-{stamp}", 1
    while any(paths.data_dir.joinpath(f + suffix).exists() for f in (DB_NAME, KEYS_NAME)):
        n += 1
        suffix = f".replaced-{stamp}-{n}"
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        src = paths.data_dir / name
        if src.exists():
            os.replace(src, paths.data_dir / name.replace(DB_NAME, DB_NAME + suffix, 1))
    if paths.keys.exists():
        os.replace(paths.keys, paths.data_dir / (KEYS_NAME + suffix))


def restore_backup(path: Path, data_dir: Path, *, passphrase: str | None = None,
                   recovery_key: str | None = None, force: bool = False) -> BackupInfo:
    """Restore the store in backup ``path`` into ``data_dir``.

    Checks the hashes, then that the backup opens with ``passphrase`` (or
    ``recovery_key``), before anything in ``data_dir`` changes. An existing store there
    is refused unless ``force``; with ``force`` its files are moved aside, never deleted.

    Raises ValidationError (not a backup, damaged, made by a newer HealthDesk),
    StoreExistsError (a store is there and force is false), LockedError (wrong or
    missing passphrase / recovery key), CorruptStoreError; the target is then unchanged.
    """
    path, paths = Path(path), StorePaths(Path(data_dir))
    verify_backup(path)
    if paths.exists() and not force:
        raise StoreExistsError(
            _("A HealthDesk store already exists in {data_dir}; restoring would replace it. Use "
              "--force to move it aside (it is kept, renamed) and restore.").format(
                data_dir=paths.data_dir)
        )
    created_dir = not paths.data_dir.exists()
    paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        with work_folder(paths.data_dir, "restore") as work:
            with _open_tar(path) as tar:
                info = _check(path, tar, extract_to=work)
            if info.schema not in known_revisions():
                raise ValidationError(
                    "file", _("{path} was made by a newer HealthDesk (database schema "
                              "{schema}); update HealthDesk to restore it.").format(
                                path=path, schema=info.schema)
                )
            if keyfile.read_store_id(work / KEYS_NAME) != info.store_id:
                raise _damaged(path, "its key file belongs to another store than its "
                                     "manifest says")
            data_key = _unwrap(work / KEYS_NAME, passphrase, recovery_key)
            probe(work / DB_NAME, data_key)
            damage = file_problems(work / DB_NAME, data_key)
            if damage:  # older backups were written unchecked
                raise _damaged(path, f"its database has a damaged page ({damage[0]})")
            if paths.exists():
                _move_aside(paths)
            # The database first: a crash between the two renames leaves a store whose
            # key file is missing (and the old one, renamed, beside it), never a
            # mismatched pair.
            os.replace(work / DB_NAME, paths.db)
            os.replace(work / KEYS_NAME, paths.keys)
    except BaseException:
        if created_dir:
            with suppress(OSError):
                paths.data_dir.rmdir()  # only if empty: the folder we made for the restore
        raise
    fsync_directory(paths.data_dir)
    return info
