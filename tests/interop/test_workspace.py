"""Which leftovers the next run removes: only those whose creator is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from healthdesk.interop.workspace import clean_stale, work_folder


def dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def aged(path: Path, seconds: float) -> Path:
    os.utime(path, (time.time() - seconds,) * 2)
    return path


def test_stale_leftovers_go_and_live_ones_stay(tmp_path: Path) -> None:
    gone = dead_pid()
    (tmp_path / f".healthdesk-backup-{gone}-{'a' * 16}").mkdir()
    (tmp_path / f".b.bak-{gone}-{'b' * 16}.partial").write_bytes(b"half")
    aged_legacy = tmp_path / ".healthdesk-backup-abcd1234"
    aged_legacy.mkdir()
    aged(aged_legacy, 7200)
    (tmp_path / ".healthdesk-backup-abcd5678").mkdir()  # legacy, but may be running
    old_tmp = tmp_path / ".b.bak.cccccccccccccccc.tmp"
    old_tmp.write_bytes(b"half")
    aged(old_tmp, 7200)
    unlocked_but_young = tmp_path / f".healthdesk-backup-{os.getpid()}-{'d' * 16}"
    unlocked_but_young.mkdir()
    (tmp_path / "b.bak").write_bytes(b"a real backup")

    with work_folder(tmp_path, "backup") as busy:  # locked: in use by this process
        clean_stale(tmp_path, ".b.bak")
        left = sorted(p.name for p in tmp_path.iterdir())
        assert left == sorted([busy.name, unlocked_but_young.name,
                               ".healthdesk-backup-abcd5678", "b.bak"])
    assert not busy.exists()


def test_a_locked_folder_of_a_reused_pid_is_kept_and_an_old_unlocked_one_goes(
        tmp_path: Path) -> None:
    mine = tmp_path / f".healthdesk-backup-{os.getpid()}-{'e' * 16}"
    mine.mkdir()
    aged(mine, 3600)  # the pid is alive (ours) but nobody holds its lock: a reused pid
    with work_folder(tmp_path, "backup") as busy:
        aged(busy, 3600)
        clean_stale(tmp_path, ".healthdesk-backup-")
        assert busy.exists()
    assert not mine.exists()
