"""Google Health Connect's own export (the Health Connect app's "Export data"): a zip
holding the SQLite database ``health_connect_export.db``, or that database on its own.

As observed in the Android 14+ export, one table a record type, times in milliseconds
since 1970 UTC with the phone's zone offset (seconds) beside them, values in Health
Connect's storage units: ``blood_pressure_record_table`` (time, systolic, diastolic in
mmHg), ``heart_rate_record_table`` with its samples in ``heart_rate_record_series_table``
(parent_key, epoch_millis, beats_per_minute), ``resting_heart_rate_record_table``,
``weight_record_table`` (grams), ``height_record_table`` (metres),
``blood_glucose_record_table`` (level in mmol/L, relation_to_meal 1 general, 2 fasting,
3 before, 4 after a meal), ``oxygen_saturation_record_table`` (percentage),
``body_temperature_record_table`` (°C), ``respiratory_rate_record_table``,
``steps_record_table`` (intervals: start_time, end_time, count, app_info_id) and
``sleep_session_record_table`` with its stages in ``sleep_stages_table`` (stage_type 1
awake, 2 asleep, 3 out of bed, 4 light, 5 deep, 6 REM, 7 awake in bed).

Heart rate is kept one a minute (the first of the minute). Steps come from every app that
wrote them, often counting the same walk twice, so they are summed per day of the
person's clock and app, and each day keeps the app with the most (one reading at noon),
as for Apple Health. A night keeps its hours asleep (the stages' minutes in its note); a
shorter sleep ending the same day is counted as a nap. Every other ``*_record_table``
with rows is counted as left out by its table name.

The database is read from memory (``sqlite3`` ``deserialize``): the person's unencrypted
records are never written to a temporary file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

from .csv_readings import PendingReading
from .import_run import Context, Format

Rows = Iterator[PendingReading | None]
_DB_NAME = "health_connect_export.db"
_SQLITE = b"SQLite format 3\x00"
_NOT_KEPT = N_("HealthDesk does not keep this kind of record")
_UNREADABLE = N_("an unreadable value or date")
_NAP = N_("a shorter sleep ending the same day (the longest is kept)")
_FEWER_STEPS = N_("another app counted fewer steps that day (the most is kept)")
_PER_MINUTE = N_("more than one in a minute (the first is kept)")
_ASLEEP = {2: "asleep", 4: "light", 5: "deep", 6: "REM"}
_AWAKE = {0: "unknown", 1: "awake", 3: "out of bed", 7: "awake in bed"}
_MEAL = {1: "random", 2: "fasting", 3: "before_meal", 4: "after_meal"}

# table -> (kind, value columns {component: column}, unit, scale to that unit)
_POINTS: dict[str, tuple[str, dict[str, str], str, float]] = {
    "blood_pressure_record_table": ("blood_pressure", {"systolic": "systolic",
                                                       "diastolic": "diastolic"}, "mmHg", 1),
    "weight_record_table": ("weight", {"weight": "weight"}, "kg", 1 / 1000),
    "height_record_table": ("height", {"height": "height"}, "cm", 100),
    "blood_glucose_record_table": ("glucose", {"glucose": "level"}, "mmol/L", 1),
    "oxygen_saturation_record_table": ("spo2", {"spo2": "percentage"}, "%", 1),
    "body_temperature_record_table": ("temperature", {"temperature": "temperature"}, "°C", 1),
    "respiratory_rate_record_table": ("respiratory_rate", {"respiratory_rate": "rate"},
                                      "breaths/min", 1),
    "resting_heart_rate_record_table": ("pulse", {"pulse": "beats_per_minute"}, "bpm", 1),
}
_READ = {*_POINTS, "heart_rate_record_table", "steps_record_table",
         "sleep_session_record_table"}
_RESTING_NOTE = "Resting heart rate"


def _sniff(path: Path, head: bytes) -> bool:
    if head.startswith(_SQLITE):
        return b"_record_table" in head
    if head[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(path) as z:
            return any(n.rsplit("/", 1)[-1] == _DB_NAME for n in z.namelist())
    except zipfile.BadZipFile:
        return False


def _image(path: Path) -> bytes:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                name = next(n for n in z.namelist() if n.rsplit("/", 1)[-1] == _DB_NAME)
                raw = z.read(name)
        else:
            raw = path.read_bytes()
    except (OSError, zipfile.BadZipFile, StopIteration, EOFError) as exc:
        raise ValidationError("file", _("{name} cannot be read as a Health Connect export "
                                        "({why}).").format(name=path.name, why=exc)) from None
    if not raw.startswith(_SQLITE) or len(raw) < 100:
        raise ValidationError("file", _("{name} holds no Health Connect database; export "
                                        "again from the Health Connect app.").format(
                                          name=path.name))
    if raw[18:20] == b"\x02\x02":  # written in WAL mode: a memory copy reads it as legacy
        raw = raw[:18] + b"\x01\x01" + raw[20:]
    return raw


def _open(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(_image(path))
        con.execute("PRAGMA query_only = ON")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        con.close()
        raise ValidationError("file", _("{name} is not a readable Health Connect database "
                                        "({why}).").format(name=path.name, why=exc)) from None
    con.row_factory = sqlite3.Row
    return con


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def _instant(millis: Any) -> dt.datetime:
    return dt.datetime.fromtimestamp(float(millis) / 1000, dt.UTC)


def _day(ctx: Context, moment: dt.datetime) -> dt.date:
    zone = ctx.clock.zone
    return (moment.astimezone(zone) if zone else moment.astimezone()).date()


def _points(con: sqlite3.Connection, ctx: Context, table: str) -> Rows:
    kind, columns, unit, scale = _POINTS[table]
    have = _columns(con, table)
    if "time" not in have or not set(columns.values()) <= have:
        ctx.report.skip(table, _(_UNREADABLE), con.execute(
            f'SELECT count(*) FROM "{table}"').fetchone()[0])
        return
    extra = ", relation_to_meal" if "relation_to_meal" in have else ""
    wanted = ", ".join(f'"{c}"' for c in columns.values())
    for row in con.execute(f'SELECT time, {wanted}{extra} FROM "{table}" ORDER BY time'):
        try:
            when = _instant(row["time"])
            values = {name: float(row[col]) * scale for name, col in columns.items()}
        except (TypeError, ValueError, OverflowError, OSError):
            ctx.report.skip(kind, _(_UNREADABLE))
            continue
        context = _MEAL.get(row["relation_to_meal"]) if extra else None
        note = _RESTING_NOTE if table.startswith("resting_heart_rate") else None
        value: float | dict[str, float] = values if len(values) > 1 else next(
            iter(values.values()))
        yield ctx.reading(kind, value, unit, when, note=note, context=context)


def _heart(con: sqlite3.Connection, ctx: Context) -> Rows:
    if "heart_rate_record_series_table" not in _tables(con):
        return
    last: dt.datetime | None = None
    # One a minute across every app's series (a watch and a ring wear at once).
    for row in con.execute("SELECT epoch_millis, beats_per_minute FROM "
                           "heart_rate_record_series_table ORDER BY epoch_millis"):
        try:
            when = _instant(row["epoch_millis"])
            bpm = float(row["beats_per_minute"])
        except (TypeError, ValueError, OverflowError, OSError):
            ctx.report.skip("pulse", _(_UNREADABLE))
            continue
        minute = when.replace(second=0, microsecond=0)
        if minute == last:
            ctx.report.skip("pulse", _(_PER_MINUTE))
            continue
        last = minute
        yield ctx.reading("pulse", bpm, "bpm", when)


def _steps(con: sqlite3.Connection, ctx: Context) -> Rows:
    app = "app_info_id" if "app_info_id" in _columns(con, "steps_record_table") else "NULL"
    days: dict[dt.date, dict[Any, float]] = {}
    for row in con.execute(f"SELECT start_time, count, {app} AS app FROM steps_record_table"):
        try:
            day = _day(ctx, _instant(row["start_time"]))
            count = float(row["count"])
        except (TypeError, ValueError, OverflowError, OSError):
            ctx.report.skip("steps", _(_UNREADABLE))
            continue
        by_app = days.setdefault(day, {})
        by_app[row["app"]] = by_app.get(row["app"], 0.0) + count
    for day, by_app in sorted(days.items()):
        if len(by_app) > 1:
            ctx.report.skip("steps", _(_FEWER_STEPS), len(by_app) - 1)
        noon = ctx.clock.utc(dt.datetime.combine(day, dt.time(12)))
        yield ctx.reading("steps", round(max(by_app.values())), "steps", noon)


def _stages(con: sqlite3.Connection) -> dict[Any, dict[str, float]]:
    found: dict[Any, dict[str, float]] = {}
    if "sleep_stages_table" not in _tables(con):
        return found
    for row in con.execute("SELECT parent_key, stage_start_time, stage_end_time, stage_type "
                           "FROM sleep_stages_table ORDER BY parent_key, stage_start_time"):
        try:
            minutes = (float(row["stage_end_time"]) - float(row["stage_start_time"])) / 60_000
        except (TypeError, ValueError):
            continue
        stage = _ASLEEP.get(row["stage_type"]) or _AWAKE.get(row["stage_type"], "unknown")
        night = found.setdefault(row["parent_key"], {})
        night[stage] = night.get(stage, 0.0) + minutes
    return found


def _sleep(con: sqlite3.Connection, ctx: Context) -> Rows:
    stages = _stages(con)
    nights: dict[dt.date, list[tuple[float, dt.datetime, str | None]]] = {}
    for row in con.execute("SELECT row_id, start_time, end_time FROM "
                           "sleep_session_record_table ORDER BY end_time"):
        try:
            start, end = _instant(row["start_time"]), _instant(row["end_time"])
        except (TypeError, ValueError, OverflowError, OSError):
            ctx.report.skip("sleep", _(_UNREADABLE))
            continue
        minutes = stages.get(row["row_id"])
        if minutes:
            hours = sum(m for s, m in minutes.items() if s in _ASLEEP.values()) / 60
            note: str | None = "Sleep stages: " + ", ".join(
                f"{s} {round(m)} min" for s, m in minutes.items())
        else:
            hours, note = (end - start).total_seconds() / 3600, None
        nights.setdefault(_day(ctx, end), []).append((hours, end, note))
    for day in sorted(nights):
        found = sorted(nights[day], key=lambda n: n[0], reverse=True)
        if len(found) > 1:
            ctx.report.skip("sleep", _(_NAP), len(found) - 1)
        hours, end, note = found[0]
        yield ctx.reading("sleep", round(hours, 2), "h", end, note=note)


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _read(path: Path, ctx: Context) -> Rows:
    con = _open(Path(path))
    try:
        tables = _tables(con)
        if not tables & _READ and not any(t.endswith("_record_table") for t in tables):
            raise ValidationError("file", _("{name} holds no Health Connect records.").format(
                                              name=Path(path).name))
        steps = sorted(t for t in _POINTS if t in tables)
        for i, table in enumerate(steps):
            ctx.progress(i / (len(steps) + 3))
            yield from _points(con, ctx, table)
        if "heart_rate_record_table" in tables:
            yield from _heart(con, ctx)
        if "steps_record_table" in tables:
            yield from _steps(con, ctx)
        if "sleep_session_record_table" in tables:
            yield from _sleep(con, ctx)
        for table in sorted(tables - _READ):
            if table.endswith("_record_table"):
                n = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if n:
                    ctx.report.skip(table, _(_NOT_KEPT), n)
        ctx.progress(1.0)
    finally:
        con.close()


HEALTH_CONNECT = Format("health_connect", "Health Connect export (health_connect_export.db)",
                        _sniff, _read)
