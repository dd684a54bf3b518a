"""The SQLCipher engine: open, probe, and the read/write transaction scopes.

The data key is applied as a raw key (``PRAGMA key = "x'..'"``) before anything else
runs on a connection, so no page is ever read or written unencrypted. A new database
file is created empty with owner-only permissions before SQLite opens it; SQLite gives
the ``-wal``/``-shm`` files the same permissions as the database.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from healthdesk.domain.i18n import _

from .checkpoint import SAFETY_PAGES, Checkpointer
from .errors import CorruptStoreError, StoreError, StoreMissingError
from .failures import disk_full, is_disk_full, store_damaged

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 65_536  # 64 MiB page cache per connection
BUSY_TIMEOUT_S = 10.0


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def _quiet(conn: Any) -> None:
    """Silence SQLCipher's own logger, which writes every failed page HMAC (and more) to
    stderr: a damaged page would print hundreds of lines before the one sentence that
    says what happened. The errors still reach us as exceptions."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def _raw_connect(path: Path, data_key: bytes) -> Any:
    conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False,
                             isolation_level=None)
    _quiet(conn)
    conn.execute(_key_pragma(data_key))
    return conn


def _unreadable(path: Path, why: str) -> CorruptStoreError:
    return CorruptStoreError(
        _("{path} cannot be opened as a HealthDesk store ({why}) and has not been changed; "
          "restore it from a backup (healthdesk restore FILE), or move it away and create a new "
          "store.").format(path=path, why=why)
    )


def probe(path: Path, data_key: bytes) -> None:
    """Check that ``path`` decrypts with ``data_key``, touching nothing on failure.

    Raises CorruptStoreError naming the file when it is missing pages, damaged, an
    unencrypted SQLite file, or another program's file.
    """
    if not path.exists():
        raise StoreMissingError(_("There is no HealthDesk store at {path}.").format(path=path))
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_PLAIN_HEADER:
        raise _unreadable(path, "it is an unencrypted SQLite database, not a HealthDesk store")
    if size == 0:
        raise _unreadable(path, "the file is empty")
    if size % 512:
        raise _unreadable(path, "the file is truncated")
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        _quiet(conn)
        conn.execute(_key_pragma(data_key))
        # Reading the schema decrypts page 1: a wrong key or a foreign file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if is_disk_full(exc, path):
            # Opening in WAL mode writes the -wal/-shm files; a full disk is no damage.
            raise disk_full(path.parent) from exc
        why = "it is damaged, or was not made by HealthDesk with this key"
        raise _unreadable(path, why) from exc
    finally:
        conn.close()


def page_problems(conn: Any) -> list[str]:
    """What is wrong with the pages of the file behind a keyed DB-API connection: pages
    whose HMAC fails (``cipher_integrity_check``), else SQLite's ``integrity_check``.
    Empty when every page is sound."""
    try:
        bad = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if bad:
            return bad
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    return [line for r in rows if r != "ok" for line in r.splitlines()
            if not line.startswith("*** in database")]


def table_counts(path: Path, data_key: bytes,
                 tables: list[str]) -> tuple[list[str], dict[str, int]]:
    """The live people's names and each table's live rows in a keyed file that is not a
    store opened here (a backup's copy, to show what it holds before it replaces one).
    Tables the file does not have count 0."""
    conn = _raw_connect(path, data_key)
    try:
        have = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        names = [str(r[0]) for r in conn.execute(
            "SELECT name FROM profiles WHERE NOT deleted ORDER BY lower(name)").fetchall()]
        counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}" WHERE NOT deleted')
                         .fetchone()[0]) if t in have else 0 for t in tables}
    finally:
        conn.close()
    return names, counts


def file_problems(path: Path, data_key: bytes) -> list[str]:
    """``page_problems`` of the file at ``path`` (a backup's copy, before trusting it)."""
    conn = _raw_connect(path, data_key)
    try:
        return page_problems(conn)
    finally:
        conn.close()


def integrity_errors(db: Database) -> list[str]:
    """Foreign-key problems (empty list when sound), after checking every page.

    Raises CorruptStoreError naming the file when a page is damaged: then no query can
    be trusted, and the only advice is to restore a backup.
    """
    with db.engine.connect() as conn:
        damage = page_problems(conn.connection.dbapi_connection)
        if damage:
            more = f", and {len(damage) - 1} more" if len(damage) > 1 else ""
            raise store_damaged(db.path, damage[0] + more)
        fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"row {r[1]} of {r[0]} points at a missing {r[2]}" for r in fks]


def create_empty(path: Path) -> None:
    """Create the database file, empty, owner-only, refusing to clobber anything."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


class Database:
    """One open, unlocked store file. Thread-safe: each thread gets its own connection
    from the pool; writes serialise on SQLite's lock (``BEGIN IMMEDIATE``)."""

    def __init__(self, path: Path, data_key: bytes, *, synchronous: str = "FULL",
                 background_checkpoints: bool = True) -> None:
        self.path = path
        self._key = data_key
        self._synchronous = synchronous
        self._closed = False
        self._lock = threading.Lock()
        # Checkpoints run on a worker when writes pause, not inside a user's COMMIT
        # (checkpoint.py); without it SQLite's own threshold (1,000 pages) applies.
        self._background = background_checkpoints
        self.checkpointer = Checkpointer(self._passive_checkpoint)
        self.last_checkpoint: tuple[int, ...] | None = None
        self.engine = self._make_engine()
        self._write_engine = self.engine.execution_options(healthdesk_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)

    def _make_engine(self) -> Engine:
        path, key = self.path, self._key
        engine = create_engine(
            "sqlite+pysqlite://",
            module=sqlcipher,
            creator=lambda: _raw_connect(path, key),
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
            # The connection used last, not the one idle longest: SQLite empties a
            # connection's page cache when another connection wrote since its last
            # transaction, and every page read again is decrypted again. With two
            # connections taking turns (a read, the checkpoint worker), a reading cost
            # ~30 % more CPU (p50 1.1-1.25 ms against 0.80 ms, synchronous = OFF).
            pool_use_lifo=True,
        )
        sync_mode = self._synchronous
        auto_pages = SAFETY_PAGES if self._background else 1000

        @event.listens_for(engine, "connect")
        def _configure(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute(f"PRAGMA synchronous = {sync_mode}")
            cur.execute(f"PRAGMA wal_autocheckpoint = {auto_pages}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            cur.execute("PRAGMA temp_store = MEMORY")
            # Freed space is overwritten with zeros, so what a delete removes (an erased
            # person, a document's bytes) does not linger in free pages (docs/privacy.md).
            cur.execute("PRAGMA secure_delete = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # The driver runs in autocommit mode (isolation_level=None) so that we,
            # not pysqlite, decide where transactions start, and writers take the
            # write lock up front instead of failing to upgrade a read lock.
            mode = conn.get_execution_options().get("healthdesk_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot. Closing (not rolling back) ends the transaction but leaves
        loaded objects readable after the block."""
        session = self._read()
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def write_unstamped(self) -> Iterator[Session]:
        """One write transaction, committed if the block completes, rolled back if not.

        Nothing stamps or audits what is written here: synced rows go through
        ``Store.write()`` (which opens this one and adds the write context). Only the
        store itself and device-local bookkeeping (outbox, cursors, ``local_state``,
        applying pulled rows under the sync guard) write here directly.
        """
        background = self._background
        if background:
            self.checkpointer.began()
        session = self._write()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            if background:
                self.checkpointer.wrote()

    def require_sound_pages(self) -> None:
        """Raise CorruptStoreError naming the file if any page fails its HMAC.

        Cheap (every page is read once, no b-tree walk), so a bulk write can afford it
        first: writing into a damaged file could spread the damage.
        """
        with self.engine.connect() as conn:
            bad = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            more = f", and {len(bad) - 1} more" if len(bad) > 1 else ""
            raise store_damaged(self.path, f"{bad[0][0]}{more}")

    def raw_connection(self) -> Any:
        """A keyed DB-API connection outside the pool (for backups); caller closes it."""
        return _raw_connect(self.path, self._key)

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def _passive_checkpoint(self) -> bool:
        """The checkpoint worker's: copy what the WAL holds into the file without waiting
        for (or blocking) anyone. False once the store is closed."""
        with self._lock:  # not while a rekey swaps the engine
            if self._closed:
                return False
            raw = self.engine.raw_connection()
            try:
                # (busy, frames in the WAL, frames copied into the file)
                self.last_checkpoint = tuple(raw.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA wal_checkpoint(PASSIVE)").fetchone())
            finally:
                raw.close()
        return True

    def compact(self) -> None:
        """Rewrite the file without free pages (VACUUM), then empty the WAL into it and
        truncate the WAL to nothing, so no older copy of a page stays in either file.

        Runs on a connection outside the pool, in autocommit (VACUUM cannot run inside a
        transaction). Raises StoreError when another connection holds the WAL open in a
        read, so the caller can say the erase finished but the file was not compacted.
        """
        conn = _raw_connect(self.path, self._key)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            busy, _log, _moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher.DatabaseError as exc:
            if is_disk_full(exc, self.path):
                raise disk_full(self.path.parent) from exc
            raise StoreError(_("{path} could not be compacted ({exc}); the erased rows are "
                               "gone, but freed pages may remain until it is.").format(
                                 path=self.path, exc=exc)) from exc
        finally:
            conn.close()
        if busy:
            raise StoreError(_("{path} could not be compacted while another program reads it; "
                               "close it and run the erase again.").format(path=self.path))

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page with ``new_key`` (``PRAGMA rekey``: one transaction, so
        the file is all old key or all new key whatever happens), then empty the WAL.
        The pool is emptied first (its connections hold the old key) and refilled with
        the new key afterwards."""
        pragma = _key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1)
        with self._lock:
            self.engine.dispose()
            conn = _raw_connect(self.path, self._key)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute(pragma)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher.DatabaseError as exc:
                if is_disk_full(exc, self.path):
                    raise disk_full(self.path.parent) from exc
                raise StoreError(_("{path} could not be re-encrypted ({exc}); it still opens "
                                   "with its current key.").format(
                                       path=self.path, exc=exc)) from exc
            finally:
                conn.close()
            self._rebind(new_key)

    def reopen(self, key: bytes) -> None:
        """Refill the pool with ``key`` (after a rekey that failed half-way)."""
        with self._lock:
            self.engine.dispose()
            self._rebind(key)

    def _rebind(self, key: bytes) -> None:
        self._key = key
        self.engine = self._make_engine()
        self._write_engine = self.engine.execution_options(healthdesk_begin="IMMEDIATE")
        self._read.configure(bind=self.engine)
        self._write.configure(bind=self._write_engine)

    def close(self) -> None:
        self.checkpointer.stop()
        with self._lock:
            if not self._closed:
                self.engine.dispose()
                self._closed = True
