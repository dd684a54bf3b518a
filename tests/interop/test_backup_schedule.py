"""Automatic backups on the real store: written to the chosen folder, verified, rotated
(7 daily, 4 weekly, 12 monthly), with the status naming the last good one or the failure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.backup import verify_backup
from healthdesk.interop.backup_schedule import BackupSchedule, backup_name, to_keep


def test_to_keep_is_seven_daily_four_weekly_twelve_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 3, tzinfo=dt.UTC)
    times = [start + dt.timedelta(hours=12 * i) for i in range(2 * 400)]  # twice a day
    keep = to_keep(times)
    newest = max(times)
    days = sorted({t.date() for t in keep}, reverse=True)
    assert len(keep) <= 7 + 4 + 12
    assert newest in keep
    # The newest of each of the last 7 days is kept.
    for d in range(7):
        day = newest.date() - dt.timedelta(days=d)
        assert max(t for t in times if t.date() == day) in keep
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert days[-1] >= (newest - dt.timedelta(days=366)).date()
    assert to_keep([]) == set()


def test_run_writes_a_verified_backup_and_rotates(record: Any, clock: Any, tmp_path: Path) -> None:
    schedule = BackupSchedule(record.store)
    folder = tmp_path / "usb"
    folder.mkdir()
    assert not schedule.due(clock())  # no folder: nothing is due
    with pytest.raises(ValidationError, match="not a folder") as info:
        schedule.set_folder(tmp_path / "missing")
    assert info.value.field == "folder"
    with pytest.raises(ValidationError, match="other than the store"):
        schedule.set_folder(record.data_dir)
    schedule.set_folder(folder)
    record.profiles.create(name="Asha Rao")
    (folder / "my-notes.txt").write_text("not ours")  # never touched by rotation
    assert schedule.due(clock())
    made = []
    for _ in range(40):  # forty days, one backup a day
        info = schedule.run()
        made.append(info.path.name)
        clock.advance(days=1)
    left = [p.name for p in schedule.backups()]
    assert (folder / "my-notes.txt").exists()
    assert made[-1] in left and made[0] not in left
    assert 7 < len(left) <= 7 + 4 + 12
    verify_backup(folder / left[0])
    st = schedule.status()
    assert st.last_good_file == made[-1] and st.last_error is None
    assert st.warning(clock()) is None
    assert not schedule.due(clock() - dt.timedelta(hours=1))
    assert "days old" in (st.warning(clock() + dt.timedelta(days=5)) or "")


def test_a_failing_backup_is_recorded_and_warned(record: Any, clock: Any, tmp_path: Path) -> None:
    schedule = BackupSchedule(record.store)
    folder = tmp_path / "stick"
    folder.mkdir()
    schedule.set_folder(folder)
    schedule.run()
    clock.advance(days=1)
    (folder / backup_name(clock())).write_bytes(b"in the way")  # the target exists
    with pytest.raises(ValidationError):
        schedule.run()
    st = schedule.status()
    assert st.last_error and st.last_good_at is not None
    assert (st.warning(clock()) or "").startswith("The last automatic backup failed")


def test_a_missing_folder_is_not_made_anew(record: Any, tmp_path: Path) -> None:
    schedule = BackupSchedule(record.store)
    stick = tmp_path / "stick"
    stick.mkdir()
    schedule.set_folder(stick)
    stick.rmdir()  # unplugged
    with pytest.raises(ValidationError, match="not there"):
        schedule.run()
    assert not stick.exists()
    assert "not there" in (schedule.status().last_error or "")
