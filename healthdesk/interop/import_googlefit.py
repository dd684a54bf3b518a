"""Google Fit's Takeout: "Fit/Daily activity metrics/Daily activity metrics.csv", one row a
day of the person's clock, and "Fit/All Sessions/*.json" (see the sessions part below).

As observed: a header ``Date,Move Minutes count,Calories (kcal),Distance (m),Heart
Points,Heart Minutes,Average heart rate (bpm),Max heart rate (bpm),Min heart rate (bpm),
...,Average weight (kg),Max weight (kg),Min weight (kg),...,Step count,...`` (columns
present only when some day has them), dates as YYYY-MM-DD, empty cells for days without.
Kept: the day's steps (at noon of that day) and its average weight (at noon, as the
takeout gives no time). A day's heart-rate average is not a reading and is counted as
left out, as are the other columns with a value (by their column name).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

from .csv_readings import PendingReading, read_text
from .detect import decode
from .import_run import Context, Format, number

Rows = Iterator[PendingReading | None]
_KEPT = {"Step count": ("steps", "steps"), "Average weight (kg)": ("weight", "kg")}
_AVERAGE = N_("a day's average, not a reading")
_NOT_KEPT = N_("HealthDesk does not keep this kind of record")
# Columns that restate a kept one (a day's weight range) or only place it.
_QUIET = {"Date", "Max weight (kg)", "Min weight (kg)", "Low latitude (deg)",
          "Low longitude (deg)", "High latitude (deg)", "High longitude (deg)"}


def _sniff(_path: Path, head: bytes) -> bool:
    first = decode(head[:4096]).lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith("Date,") and ("Move Minutes count" in first
                                          or "Heart Points" in first)


def _read(path: Path, ctx: Context) -> Rows:
    rows = list(csv.reader(io.StringIO(read_text(path), newline="")))
    header = [h.strip() for h in rows[0]] if rows else []
    if "Date" not in header:
        raise ValidationError("file", _("{name} is a Google Fit daily metrics file without "
                                        "its Date column.").format(name=path.name))
    at = header.index("Date")
    total = max(1, len(rows))
    for n, cells in enumerate(rows[1:], 1):
        if n % 1000 == 0:
            ctx.progress(n / total)
        if not any(c.strip() for c in cells):
            continue
        try:
            day = dt.date.fromisoformat(cells[at].strip())
        except (ValueError, IndexError):
            ctx.report.skip("steps", _("an unreadable date"))
            continue
        noon = ctx.clock.utc(dt.datetime.combine(day, dt.time(12)))
        for i, name in enumerate(header):
            text = cells[i].strip() if i < len(cells) else ""
            if not text or name in _QUIET:
                continue
            value = number(text)
            if name in _KEPT:
                kind, unit = _KEPT[name]
                if value is None:
                    ctx.report.skip(kind, _("an unreadable value or date"))
                    continue
                yield ctx.reading(kind, round(value) if kind == "steps" else value, unit,
                                  noon)
            elif "heart rate" in name:
                ctx.report.skip(name, _(_AVERAGE))
            else:
                ctx.report.skip(name, _(_NOT_KEPT))
    ctx.progress(1.0)


GOOGLE_FIT = Format("google_fit", "Google Fit daily activity metrics (Takeout CSV)", _sniff,
                    _read)


# --------------------------------------------------------------------------- sessions
# Takeout "Fit/All Sessions/<start>_<ACTIVITY>.json", one JSON object a session, as
# observed: ``fitnessActivity`` ("sleep", "walking", "running", ...), ``startTime`` and
# ``endTime`` in UTC ("2026-03-28T22:05:00.000Z"), ``duration`` ("27000s"), for sleep a
# ``segment`` list of stages ("sleep.light", "sleep.deep", "sleep.rem", "sleep.awake"),
# and ``aggregate``: ``{"metricName": "com.google.step_count.delta", "intValue": 4210}``
# and the like. Kept: a night's hours asleep (the stages' minutes in its note; the longest
# sleep ending on a day of the person's clock, the rest counted as naps) and the steps of
# the day's sessions, summed into one reading at noon of that day.

_SESSION_DIR = "All Sessions/"
_STEPS_METRIC = "com.google.step_count.delta"
_NOT_ASLEEP = {"sleep.awake", "sleep.out_of_bed", "out_of_bed", "awake"}
_SESSION_STEPS_NOTE = "Steps in the day's Google Fit sessions"
_NO_SESSIONS = N_("HealthDesk keeps no activity sessions (their steps are kept)")
_SESSION_AVERAGE = N_("a session's average, not a reading")
_NAP = N_("a shorter sleep ending the same day (the longest is kept)")


def _sniff_sessions(path: Path, head: bytes) -> bool:
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as z:
                return any(_SESSION_DIR in n and n.endswith(".json") for n in z.namelist())
        except zipfile.BadZipFile:
            return False
    text = decode(head[:4096]).lstrip("\ufeff \r\n\t")
    return (text.startswith("{") and '"fitnessActivity"' in text and '"startTime"' in text
            and '"endTime"' in text)


def _session_files(path: Path) -> Iterator[tuple[str, bytes]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if _SESSION_DIR in name and name.endswith(".json"):
                    yield name, z.read(name)
    else:
        yield path.name, path.read_bytes()


def _instant(text: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment.astimezone(dt.UTC)


def _asleep(session: dict[str, Any], start: dt.datetime, end: dt.datetime
            ) -> tuple[float, str | None]:
    """Hours asleep, and the minutes per stage as a note when the session has stages."""
    minutes: dict[str, float] = {}
    for seg in session.get("segment") or ():
        try:
            stage = str(seg["fitnessActivity"]).lower()
            length = (_instant(seg["endTime"]) - _instant(seg["startTime"])).total_seconds()
        except (KeyError, TypeError, ValueError):
            continue
        minutes[stage] = minutes.get(stage, 0.0) + length / 60
    if not minutes:
        return (end - start).total_seconds() / 3600, None
    asleep = sum(m for stage, m in minutes.items() if stage not in _NOT_ASLEEP)
    names = ", ".join(f"{stage.removeprefix('sleep.').replace('rem', 'REM')} {round(m)} min"
                      for stage, m in minutes.items())
    return asleep / 60, f"Sleep stages: {names}"


def _local_day(ctx: Context, moment: dt.datetime) -> dt.date:
    zone = ctx.clock.zone
    return (moment.astimezone(zone) if zone else moment.astimezone()).date()


def _read_sessions(path: Path, ctx: Context) -> Rows:
    files = list(_session_files(path))
    steps: dict[dt.date, float] = {}
    nights: dict[dt.date, list[tuple[float, dt.datetime, str | None]]] = {}
    for i, (name, raw) in enumerate(files):
        ctx.progress(i / max(1, len(files)))
        try:
            session = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise ValidationError("file", _("{name} is not readable JSON (it breaks part way); "
                                            "export again and import the new file.").format(
                                              name=name)) from None
        if not isinstance(session, dict):
            ctx.report.skip("sessions", _("an unreadable value or date"))
            continue
        activity = str(session.get("fitnessActivity") or "unknown")
        try:
            start, end = _instant(session["startTime"]), _instant(session["endTime"])
        except (KeyError, TypeError, ValueError):
            ctx.report.skip("sleep" if activity.startswith("sleep") else "sessions",
                            _("an unreadable value or date"))
            continue
        if activity.startswith("sleep"):
            hours, note = _asleep(session, start, end)
            nights.setdefault(_local_day(ctx, end), []).append((hours, end, note))
        else:
            ctx.report.skip(f"session: {activity}", _(_NO_SESSIONS))
        for agg in session.get("aggregate") or ():
            metric = str(agg.get("metricName", "")) if isinstance(agg, dict) else ""
            value = agg.get("intValue", agg.get("floatValue")) if metric else None
            if metric == _STEPS_METRIC and isinstance(value, int | float):
                day = _local_day(ctx, end)
                steps[day] = steps.get(day, 0.0) + value
            elif metric.endswith(".summary") and "heart_rate" in metric:
                ctx.report.skip(metric, _(_SESSION_AVERAGE))
            elif metric:
                ctx.report.skip(metric, _(_NOT_KEPT))
    for _day, found in sorted(nights.items()):
        found.sort(key=lambda n: n[0], reverse=True)
        hours, end, note = found[0]
        if len(found) > 1:
            ctx.report.skip("sleep", _(_NAP), len(found) - 1)
        yield ctx.reading("sleep", round(hours, 2), "h", end, note=note)
    for day, total in sorted(steps.items()):
        noon = ctx.clock.utc(dt.datetime.combine(day, dt.time(12)))
        yield ctx.reading("steps", round(total), "steps", noon, note=_SESSION_STEPS_NOTE)
    ctx.progress(1.0)


GOOGLE_FIT_SESSIONS = Format("google_fit_sessions", "Google Fit sessions (Takeout JSON)",
                             _sniff_sessions, _read_sessions)
