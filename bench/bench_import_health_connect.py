"""Health Connect export benchmark: a year of a watch's heart rate (one sample a minute,
525,600) and steps (one interval an hour from two apps), a weight a day, a night a day,
in a zip of health_connect_export.db; imported into an empty store and again.

    python bench/bench_import_health_connect.py [--days 365]

Prints a Markdown table with peak RSS (the database is read from memory, so the peak
grows with the export's size); docs/importing.md keeps the result.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from healthdesk.interop.detect import detect_format
from healthdesk.interop.import_run import import_source
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams

PASS = "benchmark passphrase"
FAST = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
START = 1_735_689_600_000  # 2025-01-01T00:00Z in ms
MINUTE, HOUR, DAY = 60_000, 3_600_000, 86_400_000


def build(tmp: Path, days: int) -> Path:
    db = tmp / "health_connect_export.db"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE heart_rate_record_table (row_id INTEGER PRIMARY KEY, app_info_id INTEGER,
            start_time INTEGER, end_time INTEGER, start_zone_offset INTEGER);
        CREATE TABLE heart_rate_record_series_table (row_id INTEGER PRIMARY KEY,
            beats_per_minute INTEGER, epoch_millis INTEGER, parent_key INTEGER);
        CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY, app_info_id INTEGER,
            start_time INTEGER, end_time INTEGER, start_zone_offset INTEGER, count INTEGER);
        CREATE TABLE weight_record_table (row_id INTEGER PRIMARY KEY, app_info_id INTEGER,
            time INTEGER, zone_offset INTEGER, weight REAL);
        CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY,
            app_info_id INTEGER, start_time INTEGER, end_time INTEGER);
    """)
    for d in range(days):
        day = START + d * DAY
        con.execute("INSERT INTO heart_rate_record_table VALUES (?, 1, ?, ?, 3600)",
                    (d + 1, day, day + DAY))
        con.executemany("INSERT INTO heart_rate_record_series_table (beats_per_minute, "
                        "epoch_millis, parent_key) VALUES (?, ?, ?)",
                        ((55 + (d * 1440 + m) * 7919 % 60, day + m * MINUTE, d + 1)
                         for m in range(1440)))
        con.executemany("INSERT INTO steps_record_table (app_info_id, start_time, end_time, "
                        "count) VALUES (?, ?, ?, ?)",
                        ((app, day + h * HOUR, day + (h + 1) * HOUR, 100 + h * app)
                         for h in range(24) for app in (1, 2)))
        con.execute("INSERT INTO weight_record_table (app_info_id, time, weight) VALUES "
                    "(1, ?, ?)", (day + 6 * HOUR, 72_000 + d % 50 * 10))
        con.execute("INSERT INTO sleep_session_record_table (app_info_id, start_time, "
                    "end_time) VALUES (1, ?, ?)", (day - 2 * HOUR, day + 5 * HOUR))
    con.commit()
    con.close()
    path = tmp / "Health Connect.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(db, db.name)
    db.unlink()
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=365)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-hc-"))
    path = build(tmp, args.days)
    rec, _ = HealthRecord.create(tmp / "data", PASS, kdf=FAST)
    pid = rec.profiles.create(name="Bench", timezone="Europe/Berlin").id
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    report = import_source(rec, pid, path, detect_format(path))
    took = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    again = import_source(rec, pid, path, "health_connect")
    took2 = time.perf_counter() - t0
    rec.close()
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
          f" load {os.getloadavg()[0]:.2f}; Python {platform.python_version()}\n")
    print("| what | result |\n| --- | --- |")
    print(f"| Health Connect zip, {path.stat().st_size / 1e6:.1f} MB, {args.days} days: "
          f"{report.imported:,} readings into an empty store | {took:.1f} s = "
          f"{report.imported / took:,.0f} readings/s; peak RSS {rss1 / 1024:.0f} MiB "
          f"(+{(rss1 - rss0) / 1024:.0f} MiB) |")
    print(f"| same export again ({again.already:,} already there, {again.imported} new) | "
          f"{took2:.1f} s |")


if __name__ == "__main__":
    main()
