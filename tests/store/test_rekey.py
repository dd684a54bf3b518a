"""Rotating the data key (PRAGMA rekey): the data stays, the old key stops opening the
file, and a process killed with SIGKILL at each step leaves a store that opens with the
passphrase (and with the old key a device keyring remembers), its key file consistent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk.services.record import HealthRecord
from healthdesk.store.db import probe
from healthdesk.store.errors import CorruptStoreError, LockedError
from healthdesk.store.vault import ROTATE_CRASH_ENV, open_store
from tests.conftest import PASSPHRASE

ROTATE = """
import sys
from healthdesk.services.record import HealthRecord
with HealthRecord.open(sys.argv[1], passphrase=sys.argv[2]) as record:
    print(record.rotate_data_key(sys.argv[2]), flush=True)
"""


def _fill(data_dir: Path) -> tuple[str, bytes]:
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        pid = record.profiles.create(name="Asha Rao").id
        for v in range(60, 90):
            record.readings.record(pid, "pulse", {"pulse": v})
        return pid, record.store.data_key


def _readings(record: HealthRecord, pid: str) -> int:
    return len(record.readings.for_profile(pid))


def test_rotation_keeps_the_data_and_retires_the_old_key(data_dir: Path,
                                                         recovery_key: str) -> None:
    pid, old_key = _fill(data_dir)
    steps: list[float] = []
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        with pytest.raises(LockedError):
            record.rotate_data_key("wrong passphrase")
        assert record.store.data_key == old_key
        fresh = record.rotate_data_key(PASSPHRASE, lambda f, _m: steps.append(f))
        new_key = record.store.data_key
        assert new_key != old_key
        assert _readings(record, pid) == 30  # the open record goes on working
        record.readings.record(pid, "pulse", {"pulse": 61})
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)
    with pytest.raises(CorruptStoreError):
        probe(data_dir / "healthdesk.db", old_key)
    assert "pending" not in json.loads((data_dir / "keys.json").read_text())
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        assert _readings(record, pid) == 31
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, recovery_key=recovery_key)
    with HealthRecord.open(data_dir, recovery_key=fresh) as record:
        assert record.check().ok


@pytest.mark.parametrize("step", ["pending", "rekeyed", "committed"])
def test_killed_at_each_step_the_store_still_opens(data_dir: Path, step: str) -> None:
    pid, old_key = _fill(data_dir)
    env = {**os.environ, ROTATE_CRASH_ENV: step}
    done = subprocess.run([sys.executable, "-c", ROTATE, str(data_dir), PASSPHRASE],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    keys = json.loads((data_dir / "keys.json").read_text())
    # Consistent slots: the pending rotation is there only until the commit.
    assert ("pending" in keys) == (step in ("pending", "rekeyed"))
    if step == "rekeyed":
        # The file is re-encrypted, the key file not yet committed: the old key a device
        # keyring remembers still finds its way in (and finishes the commit).
        store = open_store(data_dir, data_key=old_key)
        assert store.rotation_finished and store.data_key != old_key
        store.close()
        assert "pending" not in json.loads((data_dir / "keys.json").read_text())
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as record:
        assert _readings(record, pid) == 30
        assert record.check().ok
        now_key = record.store.data_key
    assert "pending" not in json.loads((data_dir / "keys.json").read_text())
    assert (now_key == old_key) == (step == "pending")
