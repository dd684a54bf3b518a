"""What a failed read or write of a store file means, in words a person can act on.

SQLite reports a damaged page, a full disk and a file-size limit as bare result codes
(``SQLITE_CORRUPT``, ``SQLITE_FULL``, ``SQLITE_IOERR``) buried in driver and SQLAlchemy
wrappers; ``explain`` digs the code out and turns it into a StoreError naming the file.
The two must never be confused: "restore from a backup" is the wrong advice when the
disk is merely full, since nothing is lost then.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from healthdesk.domain.i18n import _

from .errors import CorruptStoreError, DiskFullError, StoreError

SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_IOERR = 10
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_LOW_SPACE = 8 * 1024 * 1024  # below this, a write error is taken to be the disk filling up


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop()
        if cur is None or id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        todo += [getattr(cur, "orig", None), cur.__cause__, cur.__context__]


def _sqlite_code(exc: BaseException) -> int | None:
    for cur in _chain(exc):
        code = getattr(cur, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF  # the primary code; extended codes add detail above it
    return None


def _message(exc: BaseException) -> str:
    return " ".join(str(c) for c in _chain(exc)).casefold()


def _short_of_space(path: Path) -> bool:
    """Whether a write error at ``path`` is best explained by a lack of room.

    SQLite maps ENOSPC to SQLITE_FULL, but EFBIG (a file-size limit, RLIMIT_FSIZE) and
    EDQUOT (a quota) only to a generic SQLITE_IOERR without the errno. So an I/O error
    counts as "full" when the disk is nearly full or a file-size limit is in force.
    """
    folder = path if path.is_dir() else path.parent
    with suppress(OSError):
        if shutil.disk_usage(folder).free < _LOW_SPACE:
            return True
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return False
    return resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY


def is_disk_full(exc: BaseException, where: Path | None = None) -> bool:
    for cur in _chain(exc):
        if isinstance(cur, OSError) and cur.errno in _FULL_ERRNOS:
            return True
    code = _sqlite_code(exc)
    text = _message(exc)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return True
    io_error = code == SQLITE_IOERR or "disk i/o error" in text
    return io_error and where is not None and _short_of_space(where)


def is_damaged(exc: BaseException) -> bool:
    code = _sqlite_code(exc)
    text = _message(exc)
    return (code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "disk image is malformed" in text
            or "file is not a database" in text)


def disk_full(where: Path) -> DiskFullError:
    return DiskFullError(
        _("The disk is full ({where}); nothing was lost. Free some space and try again.").format(
            where=where)
    )


def store_damaged(path: Path, detail: str | None = None) -> CorruptStoreError:
    what = f" ({detail})" if detail else ""
    return CorruptStoreError(
        _("{path} is damaged{what} and has not been changed; restore it from a backup: "
          "healthdesk restore FILE.").format(path=path, what=what)
    )


def explain(exc: BaseException, db_path: Path, write_path: Path | None = None,
            ) -> StoreError | None:
    """The StoreError ``exc`` stands for, or None when it is none of these.

    ``write_path``: where the failing write went, when that is not the store (a backup
    target); a full disk is reported there.
    """
    if isinstance(exc, StoreError):
        return exc
    where = write_path or db_path
    if is_disk_full(exc, where):
        return disk_full(where)
    if is_damaged(exc):
        return store_damaged(db_path)
    if _sqlite_code(exc) == SQLITE_IOERR:
        return StoreError(
            _("{where} could not be read or written (a disk I/O error); nothing half-written "
              "was kept. Check the disk, then try again.").format(where=where)
        )
    return None

