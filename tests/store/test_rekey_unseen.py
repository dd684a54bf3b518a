"""A rotation killed between re-encrypting the file and committing the key file: opening
finishes it, and until a new recovery key is made every open says the one the person
holds no longer works (the CLI on stderr, Settings ▸ Keys in red)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk.cli.main import main
from healthdesk.services.record import HealthRecord
from healthdesk.store.errors import LockedError
from healthdesk.store.vault import ROTATE_CRASH_ENV
from tests.conftest import PASSPHRASE
from tests.store.test_rekey import ROTATE


def _crash_after_rekey(data_dir: Path) -> None:
    env = {**os.environ, ROTATE_CRASH_ENV: "rekeyed"}
    done = subprocess.run([sys.executable, "-c", ROTATE, str(data_dir), PASSPHRASE],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr


def test_the_unseen_recovery_key_is_said_until_a_new_one_is_made(
        data_dir: Path, recovery_key: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        assert not record.recovery_key_unseen
    _crash_after_rekey(data_dir)
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        assert record.rotation_finished_on_open and record.recovery_key_unseen
    with pytest.raises(LockedError):  # the key the person wrote down is the old one
        HealthRecord.open(data_dir, recovery_key=recovery_key)
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE)
    args = ["--data-dir", str(data_dir), "--passphrase-file", str(pass_file)]
    assert main(["check", *args]) == 0
    err = capsys.readouterr().err
    assert "healthdesk keys new-recovery-key" in err and "never shown" in err
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        assert record.recovery_key_unseen  # a later open still says it
        fresh = record.new_recovery_key(PASSPHRASE)
        assert not record.recovery_key_unseen
    with HealthRecord.open(data_dir, recovery_key=fresh) as record:
        assert not record.recovery_key_unseen
    assert main(["check", *args]) == 0
    assert "new-recovery-key" not in capsys.readouterr().err

