"""A damaged page, a full disk and a killed backup, as the command line meets them: real
SQLCipher files, real `healthdesk` subprocesses, one sentence on stderr and the
documented exit code, nothing left behind."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from healthdesk.interop.workspace import work_folder
from healthdesk.services.record import HealthRecord
from tests.cli.test_cli import PASS, no_traceback, run

DB = "healthdesk.db"


def env_for(data: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    e.update({"HEALTHDESK_KDF": "fast", "HEALTHDESK_DATA_DIR": str(data),
              "HEALTHDESK_PASSPHRASE": PASS,
              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    return e


def one_sentence(p: subprocess.CompletedProcess) -> str:
    no_traceback(p)
    lines = p.stderr.splitlines()
    assert len(lines) == 1, p.stderr[:2000]
    return lines[0]


def leftovers(*folders: Path) -> list[str]:
    return sorted(f.name for d in folders for f in d.iterdir()
                  if f.name.startswith(".healthdesk-") or f.name.endswith(".partial"))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("damage") / "demo"
    p = run("demo", "--profiles", "2", "--years", "0.3", data=d)
    assert p.returncode == 0, p.stderr
    exported = d.parent / "export.json"
    assert run("export", "-o", str(exported), data=d).returncode == 0
    return d


@pytest.fixture
def store(demo_template: Path, tmp_path: Path) -> Path:
    d = tmp_path / "store"
    shutil.copytree(demo_template, d)
    return d


def damage_a_page(data: Path) -> None:
    """Overwrite 64 KiB in the middle of the file: sixteen pages fail their HMAC."""
    db = data / DB
    with db.open("r+b") as fh:
        fh.seek(db.stat().st_size // 2 // 4096 * 4096)
        fh.write(os.urandom(65536))


# --------------------------------------------------------------------------- damaged page


def test_check_of_a_damaged_page_says_restore_in_one_sentence(store: Path) -> None:
    damage_a_page(store)
    before = (store / DB).read_bytes()
    p = run("check", data=store)
    assert p.returncode == 1
    line = one_sentence(p)
    assert str(store / DB) in line and "damaged" in line
    assert "healthdesk restore FILE" in line
    assert "ERROR CORE" not in p.stderr and "hmac" not in p.stderr
    assert (store / DB).read_bytes() == before  # reported, never "repaired"
    as_json = run("check", "--json", data=store)
    assert as_json.returncode == 1 and one_sentence(as_json) == line
    assert json.loads(as_json.stdout)["ok"] is False


def test_backup_of_a_damaged_store_writes_nothing_and_exits_1(store: Path,
                                                              tmp_path: Path) -> None:
    damage_a_page(store)
    target = tmp_path / "out" / "store.bak"
    target.parent.mkdir()
    p = run("backup", "-o", str(target), data=store)
    assert p.returncode == 1
    line = one_sentence(p)
    assert "No backup was written" in line and "damaged" in line and str(store / DB) in line
    assert not target.exists()
    assert leftovers(store, target.parent) == []


def test_import_into_a_damaged_store_is_refused_before_writing(store: Path,
                                                                demo_template: Path) -> None:
    damage_a_page(store)
    before = (store / DB).read_bytes()
    p = run("import", str(demo_template.parent / "export.json"), data=store)
    assert p.returncode == 1
    line = one_sentence(p)
    assert "damaged" in line and "restore" in line
    assert (store / DB).read_bytes() == before
    assert not (store / f"{DB}-wal").exists()


# --------------------------------------------------------------------------- full disk


def file_size_limit(limit: int) -> Callable[[], None]:
    """A file-size limit instead of a full tmpfs: writes past it fail with EFBIG, as
    they would with ENOSPC, and it needs no root."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the writer
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def limited(limit: int, *args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "healthdesk", *args], capture_output=True,
                          text=True, env=env_for(data), timeout=180,
                          preexec_fn=file_size_limit(limit))


def full_disk_sentence(p: subprocess.CompletedProcess) -> str:
    assert p.returncode == 1, p.stderr
    line = one_sentence(p)
    assert "disk is full" in line and "nothing was lost" in line, line
    assert "damaged" not in line and "restore" not in line.casefold()
    return line


def test_backup_on_a_full_disk_says_so_and_leaves_nothing(store: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "out" / "store.bak"
    target.parent.mkdir()
    full_disk_sentence(limited(64 * 1024, "backup", "-o", str(target), data=store))
    assert not target.exists()
    assert leftovers(store, target.parent) == []
    assert run("check", data=store).returncode == 0


def test_export_on_a_full_disk_names_the_target(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    line = full_disk_sentence(limited(64 * 1024, "export", "-o", str(target), data=store))
    assert str(target) in line
    assert not target.exists() and leftovers(tmp_path) == []


def test_import_on_a_full_disk_changes_nothing(demo_template: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    assert run("init", data=fresh).returncode == 0
    empty = run("export", data=fresh).stdout
    p = limited(128 * 1024, "import", str(demo_template.parent / "export.json"), data=fresh)
    full_disk_sentence(p)
    assert run("check", data=fresh).returncode == 0
    assert run("export", data=fresh).stdout == empty


def test_opening_on_a_full_disk_is_not_called_damage(store: Path) -> None:
    # Opening writes the -wal/-shm files; a limit below their size makes that fail.
    before = (store / DB).read_bytes()
    full_disk_sentence(limited(1024, "check", data=store))
    assert (store / DB).read_bytes() == before


# --------------------------------------------------------------------------- SIGKILL


@pytest.fixture
def large_store(store: Path) -> Path:
    """Big enough (~90 MB) that a backup takes a while to copy, hash and write."""
    with HealthRecord.open(store, passphrase=PASS) as record:
        pid = record.profiles.all()[0].id
        for n in range(2):
            record.documents.import_bytes(pid, os.urandom(45 * 1024 * 1024), f"scan{n}.pdf",
                                          category="other")
    return store


def test_sigkill_mid_backup_leaves_nothing_after_the_next_run(large_store: Path,
                                                              tmp_path: Path) -> None:
    target = tmp_path / "out" / "store.bak"
    target.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "healthdesk", "backup", "-o", str(target)],
                            env=env_for(large_store), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        # Kill it while the tar is being written: both the work folder (database copy,
        # wrapped keys) and the partial file exist then.
        while not any(f.name.endswith(".partial") for f in target.parent.iterdir()):
            assert proc.poll() is None, "the backup ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert any(n.startswith(".healthdesk-backup-") for n in leftovers(large_store))
    assert not target.exists()

    p = run("backup", "-o", str(target), data=large_store)
    assert p.returncode == 0, p.stderr
    assert leftovers(large_store, target.parent) == []
    assert target.is_file()


def test_a_running_backups_work_folder_is_never_removed(store: Path, tmp_path: Path) -> None:
    with work_folder(store, "backup") as busy:
        (busy / "healthdesk.db").write_bytes(b"in use")
        p = run("backup", "-o", str(tmp_path / "b.bak"), data=store)
        assert p.returncode == 0, p.stderr
        assert (busy / "healthdesk.db").read_bytes() == b"in use"
    assert not busy.exists()
