"""Where ``-o FILE`` writes, decided by what FILE is (README, command table):

* ``-``: standard output;
* a FIFO or a character device (``/dev/stdout``, ``/dev/null``, a pipe made with
  mkfifo): written straight to, never renamed over, since replacing it with a regular
  file would break it for every other program;
* a symlink: followed; what it points to is written as below, so the link stays a link;
* a regular file, or a name not yet taken: a private (0600) partial file beside it,
  fsynced and renamed over it, so a reader sees the old file or the new one, never half;
* a folder, a socket or a block device: refused (exit 2).

Partial files carry the writer's pid and hold a lock while written (``workspace``), so
the next write to that folder removes the ones a killed process left behind.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store.failures import disk_full, is_disk_full
from healthdesk.store.keys import fsync_directory

from .workspace import PARTIAL_SUFFIX, clean_stale, lock_fd, owned_name

STDOUT = "-"


@dataclass
class Output:
    """An open destination: write to ``fh``; ``written`` counts the bytes."""

    fh: BinaryIO
    target: Path  # what is finally written: the link's target for a symlink
    streamed: bool  # straight to a stream (stdout, FIFO, device): nothing to rename
    written: int = 0

    def write(self, data: bytes) -> int:
        self.fh.write(data)
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        self.fh.flush()


def is_stdout(dest: Path | str | None) -> bool:
    return dest is not None and str(dest) == STDOUT


def _kind(path: Path) -> str:
    """"new", "file", "stream" or "refused:<why>" for an already resolved path."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "new"
    return _kind_of_mode(mode)


def _kind_of_mode(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "stream"
    if stat.S_ISDIR(mode):
        return "refused:it is a folder; give the name of a file to write"
    return ("refused:it is not a regular file, a FIFO or a character device (for standard "
            "output, use -o -)")


def resolve(dest: Path) -> tuple[Path, str]:
    """The path that will really be written (symlinks followed) and its kind."""
    with suppress(OSError):
        # stat() follows links the way open() does, including /proc's fd links behind
        # /dev/stdout, whose realpath ("pipe:[1234]") names nothing that can be opened.
        if _kind_of_mode(dest.stat().st_mode) == "stream":
            return dest, "stream"
    target = Path(os.path.realpath(dest)) if dest.is_symlink() else dest
    return target, _kind(target)


def check_target(dest: Path | str, *, overwrite: bool = True) -> None:
    """Raise ValidationError now, before any work, if ``dest`` cannot be written."""
    if is_stdout(dest):
        return
    path = Path(dest)
    _target, kind = resolve(path)
    if kind.startswith("refused:"):
        raise ValidationError("output", _("{path} cannot be written: {kind}.").format(
                                            path=path, kind=kind[len('refused:'):]))
    if kind == "file" and not overwrite:
        raise ValidationError(
            "file", _("{path} already exists; choose another file name or "
                      "allow overwriting it.").format(
                        path=path)
        )


@contextmanager
def open_output(dest: Path | str, *, overwrite: bool = True,
                before_commit: Callable[[Path], None] | None = None) -> Iterator[Output]:
    """Open ``dest`` for writing as the module docstring says; commit when the block ends.

    ``before_commit`` gets the finished partial file of a regular target before it is
    renamed into place (to verify it); it is not called for streams. An error in the
    block or in ``before_commit`` leaves ``dest`` as it was and no partial file behind.
    Raises ValidationError (a refused target, or an existing file and not ``overwrite``)
    and OSError.
    """
    check_target(dest, overwrite=overwrite)
    try:
        with _opened(dest, before_commit) as out:
            yield out
    except OSError as exc:
        where = Path(STDOUT) if is_stdout(dest) else resolve(Path(dest))[0]
        if is_disk_full(exc, where):
            raise disk_full(where) from exc
        raise


@contextmanager
def _opened(dest: Path | str, before_commit: Callable[[Path], None] | None,
            ) -> Iterator[Output]:
    if is_stdout(dest):
        out = Output(sys.stdout.buffer, Path(STDOUT), streamed=True)
        yield out
        out.flush()
        return
    target, kind = resolve(Path(dest))
    if kind == "stream":
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "wb") as fh:
            out = Output(fh, target, streamed=True)
            yield out
        return
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    clean_stale(folder, f".{target.name}-")
    partial = folder / owned_name(f".{target.name}", PARTIAL_SUFFIX)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(partial, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask can only narrow the mode; make it exact
        lock_fd(fd)  # held until closed: tells a later run this file is in use
        with os.fdopen(fd, "wb", closefd=False) as fh:
            out = Output(fh, target, streamed=False)
            yield out
            fh.flush()
            os.fsync(fh.fileno())
        if before_commit is not None:
            before_commit(partial)
        os.replace(partial, target)
        fsync_directory(folder)
    finally:
        os.close(fd)
        with suppress(FileNotFoundError):
            partial.unlink()


def write_output(dest: Path | str, data: bytes) -> None:
    """Write ``data`` to ``dest`` (see ``open_output``), all at once."""
    with open_output(dest) as out:
        out.write(data)
