"""An import killed with SIGKILL between or inside its bulk batches leaves a store that
opens sound: whole batches only, each reading with its outbox entry, the day roll-ups
equal to the readings, no bulk guard left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text

from healthdesk.services.maintenance import check_store
from healthdesk.services.record import HealthRecord
from tests.conftest import PASSPHRASE

BATCH = 2_500  # above csv_readings.BULK_THRESHOLD: the bulk path

IMPORTER = textwrap.dedent(f"""
    import sys, datetime as dt
    from healthdesk.interop.csv_readings import PendingReading, store_readings
    from healthdesk.services.record import HealthRecord
    rec = HealthRecord.open(sys.argv[1], passphrase=sys.argv[2])
    pid = rec.profiles.create(name="Crash Test").id
    base = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    n = 0
    while True:
        batch = [PendingReading("glucose", {{"glucose": 4 + (n + i) % 90 / 10}}, "mmol/L",
                                base + dt.timedelta(minutes=5 * (n + i)), "mmol/L")
                 for i in range({BATCH})]
        store_readings(rec.store, pid, batch, near=True, origin="FreeStyle LibreLink")
        n += {BATCH}
        print(n, flush=True)
""")


def test_sigkill_mid_import_leaves_whole_batches_with_their_outbox(data_dir: Path,
                                                                   tmp_path: Path) -> None:
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, str(script), str(data_dir), PASSPHRASE],
                            stdout=subprocess.PIPE, text=True, env=env)
    committed = 0
    deadline = time.monotonic() + 120
    assert proc.stdout is not None
    while committed < 3 * BATCH and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    time.sleep(0.05)  # into the next batch (or its checkpoint) before the kill
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 3 * BATCH
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE) as rec:
        assert check_store(rec.store).problems == []
        with rec.store.read() as s:
            def one(sql: str) -> int:
                return int(s.execute(text(sql)).scalar() or 0)

            n = one("SELECT count(*) FROM measurements")
            assert committed <= n <= committed + BATCH and n % BATCH == 0  # whole batches
            assert one("SELECT count(*) FROM outbox WHERE table_name = 'measurements'") == n
            assert one("SELECT count(*) FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM "
                       "outbox o WHERE o.table_name = 'measurements' AND o.row_id = m.id)") == 0
            assert one("SELECT count(*) FROM bulk_guard") == 0
            assert one("SELECT coalesce(sum(n), 0) FROM measurement_days") == n
            assert one("SELECT count(*) FROM (SELECT profile_id, kind, substr(taken_at, 1, 10) "
                       "AS day, count(*) AS c, sum(value) AS t FROM measurements "
                       "GROUP BY 1, 2, 3) r LEFT JOIN measurement_days d ON "
                       "d.profile_id = r.profile_id AND d.kind = r.kind AND d.day = r.day "
                       "WHERE d.n IS NOT r.c OR abs(d.sum1 - r.t) > 1e-6") == 0
