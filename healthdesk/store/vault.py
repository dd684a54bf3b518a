"""Create, unlock and hold an encrypted store: the database plus its key file.

Unlocking order: a data key given directly (from the device keyring) or unwrapped from
the key file with the passphrase or recovery key; then the database is probed with it
before anything else happens, and only then upgraded to the current schema.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import secrets
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from healthdesk.domain.changes import Changes
from healthdesk.domain.hlc import HybridClock
from healthdesk.domain.i18n import _

from . import key_rotation
from . import keys as keyfile
from .db import Database, create_empty, probe
from .errors import CorruptStoreError, LockedError, StoreExistsError, StoreMissingError
from .migrate import upgrade_with_backup
from .models import LocalState
from .writes import ChangeCollector, RowCheck, WriteContext, install

DB_NAME = "healthdesk.db"
KEYS_NAME = "keys.json"

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class StorePaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keys(self) -> Path:
        return self.data_dir / KEYS_NAME

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()


class ChangeBox:
    """The changes committed on one thread while a :meth:`Store.capture` block ran."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


class Store:
    """An unlocked store. Services use ``read()`` and ``write()``; nothing else."""

    def __init__(self, paths: StorePaths, db: Database, store_id: str, data_key: bytes,
                 clock: Clock = utc_now, actor: str | None = None) -> None:
        self.paths = paths
        self.db = db
        self.store_id = store_id
        self.data_key = data_key
        self.clock = clock
        self.upgrade_backup: Path | None = None
        # Opening finished a data-key rotation that a crash had stopped: its new recovery
        # key was never shown, so the person should make a new one.
        self.rotation_finished = False
        self._local = threading.local()  # the write open on each thread, if any
        # Run on every row writes.insert_new writes (the services' role check).
        self.row_checks: list[RowCheck] = []
        self.device_id, last = self._device_identity()
        self.actor = actor or _os_user()
        self.hlc = HybridClock(self.device_id, lambda: int(self.clock().timestamp() * 1000), last)

    def _device_identity(self) -> tuple[str, str | None]:
        with self.db.write_unstamped() as s:
            device = s.get(LocalState, "device_id")
            if device is None:
                device = LocalState(key="device_id", value=secrets.token_hex(8))
                s.add(device)
            hlc = s.get(LocalState, "hlc")
            return str(device.value), (str(hlc.value) if hlc else None)

    @contextmanager
    def write(self, actor: str | None = None) -> Iterator[Session]:
        """One transaction; every synced row written in it is stamped and audited.

        Re-entrant on one thread: a write opened inside another joins it as a savepoint,
        so a caller can make many service calls one all-or-nothing unit (an import that
        is cancelled leaves nothing), while a failure inside one inner write undoes only
        that write.
        """
        outer: Session | None = getattr(self._local, "session", None)
        if outer is not None:
            with outer.begin_nested():
                yield outer
            return
        notes = ChangeCollector()
        with self.db.write_unstamped() as session:
            session.info["write_context"] = WriteContext(
                device_id=self.device_id, actor=actor or self.actor, hlc=self.hlc, now=self.clock,
                row_checks=self.row_checks)
            session.info[ChangeCollector.KEY] = notes
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None
        # Only after the commit: a rolled-back write changed nothing.
        self.publish(notes.changes())

    def listen_writes(self, name: str, fn: Callable[..., None]) -> None:
        """Run ``fn`` on the SQLAlchemy session event ``name`` ("before_flush",
        "do_orm_execute") of every write session: the services' access checks, which
        refuse a write by raising (the transaction then rolls back)."""
        event.listen(self.db._write, name, fn)

    @contextmanager
    def capture(self) -> Iterator[ChangeBox]:
        """Collect the changes of every write committed on this thread inside the block
        (the UI's op runner wraps each op in one). Nests: an inner box's changes reach
        the outer one too."""
        outer: list[ChangeBox] = getattr(self._local, "boxes", [])
        box = ChangeBox()
        self._local.boxes = [*outer, box]
        try:
            yield box
        finally:
            self._local.boxes = outer

    def publish(self, changes: Changes) -> None:
        """Report ``changes`` committed on this thread (by ``write()``, or by a writer
        that goes around it, as a pulled sync page does) to the open captures."""
        if changes:
            for box in getattr(self._local, "boxes", ()):
                box.add(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read snapshot; inside a write on this thread, that write's session, so the
        caller sees what the transaction has written so far."""
        outer: Session | None = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        with self.db.read() as session:
            yield session

    def close(self) -> None:
        self.db.close()


def _os_user() -> str:
    with suppress(Exception):
        return getpass.getuser()
    return "local user"


def _open_db(paths: StorePaths, data_key: bytes) -> Database:
    db = Database(paths.db, data_key)
    install(db._read)
    install(db._write)
    return db


def create_store(data_dir: Path, passphrase: str, *, kdf: keyfile.KdfParams | None = None,
                 clock: Clock = utc_now, actor: str | None = None) -> tuple[Store, str]:
    """Create a new store; returns it and the recovery key (shown to the user once).

    Raises StoreExistsError when either file is already there.
    """
    paths = StorePaths(Path(data_dir))
    if paths.exists():
        raise StoreExistsError(_("A HealthDesk store already exists in {data_dir}.").format(
                                   data_dir=paths.data_dir))
    paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_key, recovery, store_id = keyfile.create_key_file(paths.keys, passphrase, kdf)
    create_empty(paths.db)
    db = _open_db(paths, data_key)
    upgrade_with_backup(db)
    return Store(paths, db, store_id, data_key, clock, actor), recovery


def unwrap_key(data_dir: Path, *, passphrase: str | None = None,
               recovery_key: str | None = None) -> bytes:
    paths = StorePaths(Path(data_dir))
    if not paths.keys.exists():
        if paths.db.exists():
            raise CorruptStoreError(
                _("The key file {keys} is missing, so {db} cannot be opened. Restore keys.json "
                  "from a backup.").format(keys=paths.keys, db=paths.db)
            )
        raise StoreMissingError(
            _("There is no HealthDesk store in {data_dir}; create one with 'healthdesk init' or "
              "'healthdesk demo'.").format(data_dir=paths.data_dir)
        )
    if recovery_key is not None:
        return keyfile.unlock_with_recovery_key(paths.keys, recovery_key)
    if passphrase is None:
        raise LockedError(_("The store is locked: a passphrase is needed to open it."))
    return keyfile.unlock_with_passphrase(paths.keys, passphrase)


def open_store(data_dir: Path, *, passphrase: str | None = None,
               recovery_key: str | None = None, data_key: bytes | None = None,
               clock: Clock = utc_now, actor: str | None = None,
               migrate: bool = True) -> Store:
    """Unlock and open an existing store.

    Raises StoreMissingError, LockedError (wrong passphrase or a remembered key that no
    longer fits), CorruptStoreError (damaged or foreign file, which is left untouched).
    """
    paths = StorePaths(Path(data_dir))
    if not paths.db.exists():
        raise StoreMissingError(
            _("There is no HealthDesk store in {data_dir}; create one with 'healthdesk init' or "
              "'healthdesk demo'.").format(data_dir=paths.data_dir)
        )
    remembered = data_key is not None
    if data_key is None:
        data_key = unwrap_key(paths.data_dir, passphrase=passphrase, recovery_key=recovery_key)
    rotated = False
    try:
        data_key, rotated = _probe_or_finish_rotation(paths, data_key)
    except CorruptStoreError:
        if remembered:
            raise LockedError(
                _("The key remembered on this device no longer opens the store; "
                "enter the passphrase.")
            ) from None
        raise
    store_id = keyfile.read_store_id(paths.keys)
    db = _open_db(paths, data_key)
    backup = upgrade_with_backup(db) if migrate else None
    store = Store(paths, db, store_id, data_key, clock, actor)
    store.upgrade_backup = backup
    store.rotation_finished = rotated
    return store


ROTATE_CRASH_ENV = "HEALTHDESK_ROTATE_CRASH_AT"


def _crash_at(step: str) -> None:
    """Tests kill the process at a rotation step (tests/store/test_rekey.py)."""
    if os.environ.get(ROTATE_CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _probe_or_finish_rotation(paths: StorePaths, data_key: bytes) -> tuple[bytes, bool]:
    """The key that opens the database: ``data_key``, or the pending key of a rotation
    that re-encrypted the database but was stopped before its key file was committed
    (then the commit is finished here). A rotation that never reached the database is
    forgotten. Returns (key, whether a rotation was finished)."""
    try:
        probe(paths.db, data_key)
    except CorruptStoreError:
        new_key = key_rotation.pending_key(paths.keys, data_key)
        if new_key is None:
            raise
        probe(paths.db, new_key)
        key_rotation.commit_rotation(paths.keys, recovery_unseen=True)
        return new_key, True
    if key_rotation.has_pending_rotation(paths.keys):
        key_rotation.abandon_rotation(paths.keys)
    return data_key, False


def rotate_data_key(store: Store, passphrase: str,
                    progress: Callable[[float, str], None] | None = None) -> str:
    """Re-encrypt the database under a new random data key, all or nothing under a
    crash at any point (see keys.py for the order); returns the new recovery key, to be
    shown once (the old one stops working: it wraps the old data key). The passphrase
    stays the same. LockedError for a wrong passphrase, before anything changes."""
    say = progress or (lambda _f, _m: None)
    say(0.0, "Writing the new key beside the old one")
    _old, pending = key_rotation.begin_rotation(store.paths.keys, passphrase)
    _crash_at("pending")
    say(0.1, "Re-encrypting every page of the database")
    try:
        store.db.rekey(pending.new_key)
    except BaseException:
        # Whichever key the file opens with now decides: the old one (the rekey rolled
        # back: forget the pending key) or the new one (it committed: finish).
        key, _ = _probe_or_finish_rotation(store.paths, _old)
        store.db.reopen(key)
        raise
    _crash_at("rekeyed")
    say(0.9, "Putting the new key in place")
    key_rotation.commit_rotation(store.paths.keys)
    _crash_at("committed")
    store.data_key = pending.new_key
    say(1.0, "The data key was rotated")
    return pending.recovery_text
