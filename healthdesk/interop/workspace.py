"""Work folders and partial files that never outlive the process that made them.

A backup needs room for an encrypted copy of the database and the wrapped keys before
they go into the tar file, and the tar file is written under a temporary name before it
is renamed into place. A process killed with SIGKILL runs no ``finally``, so each of
these carries its creator's pid in its name and holds an exclusive ``flock`` on a lock
file (the partial file itself, or ``.lock`` in a folder) while it is in use. The next
run deletes the ones whose lock nobody holds: a live backup keeps its lock, so it is
never touched, and a reused pid cannot fake one.

Versions before this one named them with no owner (``.healthdesk-backup-XXXXXXXX``
folders and ``.<name>.<hex>.tmp`` files beside the target); those are removed once they
are an hour old, when no backup can still be using them.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the pid alone tells a live creator
    fcntl = None  # type: ignore[assignment]

WORK_PREFIX = ".healthdesk-"
PARTIAL_SUFFIX = ".partial"
LOCK_NAME = ".lock"
# Folders from versions that recorded no pid: only an old one is surely abandoned.
_LEGACY_AGE_S = 3600
_OWNED = re.compile(r"-(\d+)-[0-9a-f]{16}(?:\.partial)?$")
_LEGACY_DIR = re.compile(r"\.healthdesk-backup-[A-Za-z0-9_]{8}")
_LEGACY_TMP = re.compile(r"\..+\.[0-9a-f]{16}\.tmp")
# Between creating a lock file and locking it a live owner holds no lock yet.
_GRACE_S = 60


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, someone else's
        return True
    return True


def lock_fd(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False if another holds it."""
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlocked(path: Path) -> bool | None:
    """True if nobody holds ``path``'s lock, False if someone does, None if no such file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError:
        return False  # cannot tell: leave it alone
    try:
        return lock_fd(fd)
    finally:
        os.close(fd)  # closing drops any lock this probe took


def _owner(name: str) -> int | None:
    match = _OWNED.search(name)
    return int(match.group(1)) if match else None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _stale(path: Path) -> bool:
    pid = _owner(path.name)
    if pid is None:  # made by a version that recorded no owner: only an old one is safe
        legacy = _LEGACY_DIR.fullmatch(path.name) or _LEGACY_TMP.fullmatch(path.name)
        return bool(legacy) and _age(path) > _LEGACY_AGE_S
    if fcntl is None:  # pragma: no cover - no locks to ask: the pid must do
        return not _pid_alive(pid)
    lock = path / LOCK_NAME if path.is_dir() else path
    if _unlocked(lock) is False:
        return False  # a live process holds it
    # Free: its creator is gone, unless it has only just made it and not yet locked it.
    return not _pid_alive(pid) or _age(path) > _GRACE_S


def clean_stale(folder: Path, prefix: str) -> list[Path]:
    """Delete work folders and partial files under ``folder`` whose names start with
    ``prefix`` and whose creator is gone; returns what was removed."""
    removed: list[Path] = []
    with suppress(OSError):
        for entry in folder.iterdir():
            if not entry.name.startswith(prefix) or entry.is_symlink():
                continue
            if not (entry.is_dir() or entry.name.endswith((PARTIAL_SUFFIX, ".tmp"))):
                continue
            if not _stale(entry):
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with suppress(OSError):
                    entry.unlink()
            if not entry.exists():
                removed.append(entry)
    return removed


def owned_name(stem: str, suffix: str = "") -> str:
    """``<stem>-<pid>-<random>``: tells the next run whose it was."""
    return f"{stem}-{os.getpid()}-{secrets.token_hex(8)}{suffix}"


@contextmanager
def work_folder(parent: Path, purpose: str) -> Iterator[Path]:
    """A private folder ``<parent>/.healthdesk-<purpose>-<pid>-<random>``, locked while
    the block runs and removed after it (stale ones from killed runs go first)."""
    prefix = f"{WORK_PREFIX}{purpose}-"
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    clean_stale(parent, prefix)
    folder = parent / owned_name(f"{WORK_PREFIX}{purpose}")
    folder.mkdir(mode=0o700)
    fd = -1
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        lock_fd(fd)
        yield folder
    finally:
        if fd >= 0:
            os.close(fd)
        shutil.rmtree(folder, ignore_errors=True)
