"""Backups that happen by themselves: to a folder the person chose, daily and on quit,
verified after writing, rotated (7 daily, 4 weekly, 12 monthly).

The folder and the results are facts of this device (``local_state``: a USB stick or a
synced folder is this computer's), never synced. Each backup is a normal encrypted
backup file (``backup.create_backup``, which checks every page before it writes), read
back and checked again once it is in place; only then does it count as the last good
backup and do older ones get rotated. Only files this schedule named
(``healthdesk-YYYYMMDD-HHMMSS.hdbackup``) are ever removed from the folder.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store import local_state
from healthdesk.store.vault import Store

from . import backup as backup_file

PREFIX = "backup."
NAME_RE = re.compile(r"^healthdesk-(\d{8})-(\d{6})\.hdbackup$")
DAILY, WEEKLY, MONTHLY = 7, 4, 12
EVERY = dt.timedelta(days=1)
STALE_AFTER = dt.timedelta(days=3)


@dataclass(frozen=True)
class BackupStatus:
    folder: Path | None
    last_good_at: dt.datetime | None
    last_good_file: str | None
    last_error: str | None
    last_error_at: dt.datetime | None

    def warning(self, now: dt.datetime) -> str | None:
        """A sentence when backups need attention (none set up, failing, or old)."""
        if self.folder is None:
            return None
        if self.last_error and (self.last_good_at is None
                                or (self.last_error_at or now) > self.last_good_at):
            return f"The last automatic backup failed: {self.last_error}"
        if self.last_good_at is None:
            return "No automatic backup has been written yet."
        age = now - self.last_good_at
        if age > STALE_AFTER:
            return (f"The last good backup is {age.days} days old; check that the backup "
                    f"folder {self.folder} is there.")
        return None


def backup_name(when: dt.datetime) -> str:
    return f"healthdesk-{when.astimezone(dt.UTC):%Y%m%d-%H%M%S}.hdbackup"


def _when(name: str) -> dt.datetime | None:
    m = NAME_RE.match(name)
    if not m:
        return None
    try:
        return dt.datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def to_keep(times: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY,
            monthly: int = MONTHLY) -> set[dt.datetime]:
    """Grandfather-father-son: the newest backup of each of the last ``daily`` days that
    have one, of the last ``weekly`` ISO weeks, and of the last ``monthly`` months."""
    ordered = sorted(set(times), reverse=True)
    keep: set[dt.datetime] = set()
    for count, bucket in ((daily, lambda t: t.date()),
                          (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list[object] = []
        for t in ordered:
            b = bucket(t)
            if b not in seen:
                if len(seen) == count:
                    break
                seen.append(b)
                keep.add(t)
    return keep


def _parse(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


class BackupSchedule:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _facts(self) -> dict[str, object]:
        with self._store.read() as s:
            return local_state.get_prefixed(s, PREFIX)

    def _put(self, **values: object) -> None:
        with self._store.db.write_unstamped() as s:
            local_state.put_many(s, {PREFIX + k: v for k, v in values.items()})

    def status(self) -> BackupStatus:
        f = self._facts()
        folder = f.get("folder")
        return BackupStatus(Path(str(folder)) if folder else None, _parse(f.get("last_good_at")),
                            str(f.get("last_good_file") or "") or None,
                            str(f.get("last_error") or "") or None,
                            _parse(f.get("last_error_at")))

    def set_folder(self, folder: Path | str | None) -> None:
        """Back up to ``folder`` from now on (None: no automatic backups). Raises
        ValidationError when it is not a folder this user can write to."""
        if folder is None or not str(folder).strip():
            self._put(folder=None)
            return
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise ValidationError("folder", _("{path} is not a folder; choose an existing "
                                              "folder (a USB stick, a synced folder).").format(
                                                path=path))
        probe = path / f".healthdesk-write-test-{self._store.device_id}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise ValidationError("folder", _("{path} cannot be written to ({value}); choose "
                                              "another folder.").format(
                                                path=path, value=exc.strerror or exc)) from None
        if path.resolve() == self._store.paths.data_dir.resolve():
            raise ValidationError("folder", _("Choose a folder other than the store's own: a "
                                  "backup there is lost with the store."))
        self._put(folder=str(path.resolve()))

    def due(self, now: dt.datetime) -> bool:
        st = self.status()
        return st.folder is not None and (st.last_good_at is None
                                          or now - st.last_good_at >= EVERY)

    def backups(self) -> list[Path]:
        folder = self.status().folder
        if folder is None or not folder.is_dir():
            return []
        return sorted((p for p in folder.iterdir() if _when(p.name)), reverse=True)

    def run(self) -> backup_file.BackupInfo:
        """Write, verify and rotate one backup now. Records the outcome; raises what
        failed (ValidationError, CorruptStoreError, DiskFullError, OSError)."""
        st = self.status()
        now = self._store.clock().astimezone(dt.UTC)
        if st.folder is None:
            raise ValidationError("folder", _("No backup folder is set; choose one first."))
        target = st.folder / backup_name(now)
        try:
            if not st.folder.is_dir():
                # Never made anew: an unplugged stick's mount point is not the stick.
                raise ValidationError("folder", _("The backup folder {folder} is not there (a "
                                                  "USB stick unplugged?); plug it in or choose "
                                                  "another folder.").format(folder=st.folder))
            info = backup_file.create_backup(self._store, target)
            backup_file.verify_backup(target)  # read back from where it now lies
        except Exception as exc:
            self._put(last_error=str(exc) or type(exc).__name__, last_error_at=now.isoformat())
            raise
        self._put(last_good_at=now.isoformat(), last_good_file=target.name, last_error=None,
                  last_error_at=None)
        self.rotate()
        return info

    def rotate(self) -> list[Path]:
        """Remove the schedule's backups that fall outside 7 daily, 4 weekly, 12 monthly;
        returns what was removed."""
        files: Sequence[Path] = self.backups()
        times = {p: t for p in files if (t := _when(p.name)) is not None}
        keep = to_keep(times.values())
        gone = [p for p, t in times.items() if t not in keep]
        for p in gone:
            p.unlink(missing_ok=True)
        return gone
