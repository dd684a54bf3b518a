"""`-o` with something that is not a regular file: written to, never replaced.

Only paths made in tmp_path: a FIFO (os.mkfifo), symlinks, a folder, and `-` captured
from standard output. System paths such as /dev/null are never touched by tests.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.cli.test_cli import PASS, no_traceback, run
from tests.cli.test_cli_damage import env_for


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("outputs") / "demo"
    p = run("demo", "--profiles", "2", "--years", "0.2", data=d)
    assert p.returncode == 0, p.stderr
    return d


def run_bytes(*args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "healthdesk", *args], capture_output=True,
                          env=env_for(data), timeout=180)


@pytest.fixture(scope="module")
def canonical(store: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("canonical") / "export.json"
    assert run("export", "-o", str(out), data=store).returncode == 0
    return out.read_bytes()


def read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with path.open("rb") as fh:
            into.append(fh.read())
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t


def test_export_to_stdout_with_dash(store: Path, canonical: bytes) -> None:
    p = run_bytes("export", "-o", "-", data=store)
    assert p.returncode == 0, p.stderr
    assert p.stdout == canonical
    assert not (Path.cwd() / "-").exists()


def test_export_to_a_fifo_writes_through_and_keeps_the_fifo(store: Path, canonical: bytes,
                                                            tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = read_fifo(fifo, got)
    p = run("export", "-o", str(fifo), data=store)
    reader.join(timeout=60)
    assert p.returncode == 0, p.stderr
    assert got == [canonical]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(f.name for f in tmp_path.iterdir()) == ["pipe"]


def test_export_through_a_symlink_replaces_its_target_and_keeps_the_link(
        store: Path, canonical: bytes, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    p = run("export", "-o", str(link), data=store)
    assert p.returncode == 0, p.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == canonical
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(f.name for f in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_dangling_symlink_gets_the_file_it_names(store: Path, canonical: bytes,
                                                   tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "new.json")
    assert run("export", "-o", str(link), data=store).returncode == 0
    assert link.is_symlink() and (tmp_path / "new.json").read_bytes() == canonical


def test_a_folder_is_refused_as_bad_usage(store: Path, tmp_path: Path) -> None:
    p = run("export", "-o", str(tmp_path), data=store)
    assert p.returncode == 2
    no_traceback(p)
    assert "folder" in p.stderr and p.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_backup_to_stdout_restores(store: Path, tmp_path: Path) -> None:
    p = run_bytes("backup", "-o", "-", data=store)
    assert p.returncode == 0, p.stderr
    assert b"Backup written to standard output" in p.stderr
    backup = tmp_path / "from-stdout.bak"
    backup.write_bytes(p.stdout)
    restored = tmp_path / "restored"
    r = run("restore", str(backup), data=restored)
    assert r.returncode == 0, r.stderr
    assert run("check", data=restored, passphrase=PASS).returncode == 0


def test_backup_to_a_fifo_and_through_a_symlink(store: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = read_fifo(fifo, got)
    p = run("backup", "-o", str(fifo), data=store)
    reader.join(timeout=60)
    assert p.returncode == 0, p.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    streamed = tmp_path / "streamed.bak"
    streamed.write_bytes(got[0])
    assert run("restore", str(streamed), data=tmp_path / "r1").returncode == 0

    real = tmp_path / "real.bak"
    link = tmp_path / "latest.bak"
    link.symlink_to(real)
    assert run("backup", "-o", str(link), data=store).returncode == 0
    assert link.is_symlink() and real.is_file()
    again = run("backup", "-o", str(link), data=store)
    assert again.returncode == 2 and "already exists" in again.stderr  # --force, as ever
    assert run("backup", "-o", str(link), "--force", data=store).returncode == 0
    assert link.is_symlink()
    assert run("restore", str(link), data=tmp_path / "r2").returncode == 0


def test_a_symlink_to_a_fifo_is_written_through_and_both_stay(store: Path, canonical: bytes,
                                                              tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.json"
    link.symlink_to(fifo)
    got: list[bytes] = []
    reader = read_fifo(fifo, got)
    p = run("export", "-o", str(link), data=store)
    reader.join(timeout=60)
    assert p.returncode == 0, p.stderr
    assert got == [canonical]
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)
