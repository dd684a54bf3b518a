"""A writer killed with SIGKILL mid-stream loses nothing it committed and leaves a store
that opens, passes the integrity check, and has a complete outbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import func, select

from healthdesk.services.maintenance import check_store
from healthdesk.services.record import HealthRecord
from healthdesk.store.models import Measurement, OutboxEntry
from tests.conftest import PASSPHRASE

WRITER = textwrap.dedent("""
    import sys, datetime as dt
    from healthdesk.services.record import HealthRecord
    rec = HealthRecord.open(sys.argv[1], passphrase=sys.argv[2])
    pid = rec.profiles.create(name="Crash Test").id
    base = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    i = 0
    while True:
        rec.readings.record(pid, "pulse", {"pulse": 60 + i % 40}, note=f"n{i}",
                            taken_at=base + dt.timedelta(minutes=i))
        i += 1
        print(i, flush=True)
""")


def test_sigkill_mid_write_loses_nothing_committed(data_dir: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, str(script), str(data_dir), PASSPHRASE],
                            stdout=subprocess.PIPE, text=True, env=env)
    committed = 0
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while committed < 150 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 150
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as rec:
        report = check_store(rec.store)
        assert report.problems == []
        with rec.store.read() as s:
            n = s.scalar(select(func.count()).select_from(Measurement))
            outboxed = s.scalar(select(func.count()).select_from(OutboxEntry)
                                .where(OutboxEntry.table_name == "measurements"))
        # Every reading printed as done is there; at most the one in flight is extra.
        assert committed <= n <= committed + 1
        assert outboxed == n
