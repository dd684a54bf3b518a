"""``healthdesk gui`` honours --passphrase-file and $HEALTHDESK_PASSPHRASE as the other
commands do, so a clinic can script the start and a benchmark can time it.

A real process: had the window asked for the passphrase, the unlock dialog would wait
for ever offscreen and the timeout would fail the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "gui start passphrase"


def _run(*args: str, data: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    e.update({"HEALTHDESK_KDF": "fast", "HEALTHDESK_DATA_DIR": str(data),
              "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND":
              "keyring.backends.fail.Keyring",
              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    e.update(env)
    return subprocess.run([sys.executable, "-m", "healthdesk", *args], capture_output=True,
                          text=True, env=e, timeout=120)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("gui") / "store"
    p = _run("init", data=d, env={"HEALTHDESK_PASSPHRASE": PASS})
    assert p.returncode == 0, p.stderr
    return d


def test_passphrase_file_opens_the_window_without_asking(store: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    p = _run("gui", "--passphrase-file", str(secret), data=store,
             env={"HEALTHDESK_QUIT_AFTER_MS": "300"})
    assert p.returncode == 0, p.stderr


def test_environment_passphrase_opens_the_window(store: Path) -> None:
    p = _run("gui", data=store, env={"HEALTHDESK_PASSPHRASE": PASS,
                                     "HEALTHDESK_QUIT_AFTER_MS": "300"})
    assert p.returncode == 0, p.stderr


def test_wrong_passphrase_fails_loudly_instead_of_waiting(store: Path, tmp_path: Path) -> None:
    secret = tmp_path / "wrong.txt"
    secret.write_text("not the passphrase", encoding="utf-8")
    p = _run("gui", "--passphrase-file", str(secret), data=store,
             env={"HEALTHDESK_QUIT_AFTER_MS": "300"})
    assert p.returncode not in (0, 1), p.stderr
    assert "passphrase" in p.stderr.lower() and "Traceback" not in p.stderr


def test_unreadable_passphrase_file_is_a_usage_error(store: Path, tmp_path: Path) -> None:
    p = _run("gui", "--passphrase-file", str(tmp_path / "missing.txt"), data=store,
             env={"HEALTHDESK_QUIT_AFTER_MS": "300"})
    assert p.returncode == 2
    assert "passphrase-file" in p.stderr or "passphrase file" in p.stderr
    assert "Traceback" not in p.stderr
