"""Fitbit's data export (Google Takeout "Fitbit/Global Export Data", or the older account
export): one JSON file per type and day or month, or the whole export as a zip.

As observed in real exports: every file is a JSON array. ``heart_rate-*.json`` holds
``{"dateTime": "01/31/23 07:05:10", "value": {"bpm": 64, "confidence": 2}}`` at seconds'
intervals (UTC); ``steps-*.json`` (like calories, distance, altitude...) holds
``{"dateTime": ..., "value": "12"}`` per minute (UTC), summed here per day of the person's
clock into one reading at noon; ``weight-*.json`` holds ``{"weight": 72.4, "bmi": 23.1,
"date": "01/31/23", "time": "07:30:00", ...}`` in the person's clock and in the account's
unit (kg, or lb when the zip's Profile.csv says the account uses pounds); ``sleep-*.json``
holds one object a sleep with ``startTime``/``endTime`` in the person's clock and
``minutesAsleep``: the main sleep becomes the hours asleep at its end, naps are counted.
Dates are month/day/two-digit year. Heart rate is kept as one reading a minute (the first
of the minute): a watch writes several a minute, which no chart of a year needs.

The minute series of steps, calories and the like look alike inside; the file's name
says which it is (``steps-2023-01-31.json``), and only steps are kept.

``resting_heart_rate-*.json`` holds one ``{"dateTime": "01/31/23 00:00:00", "value":
{"date": "01/31/23", "value": 58.6, "error": 6.8}}`` a day: Fitbit's estimate for that
day of the person's clock, kept as a pulse at noon with a note saying what it is (a day
without enough wear has 0, counted as left out). A night's sleep with stages carries
``levels.summary`` (deep, light, rem, wake minutes; asleep, restless, awake for the
older "classic" nights): HealthDesk keeps hours asleep only, so the minutes per stage go
into the night's note and the stage-by-stage timeline (``levels.data``) is counted as
left out.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

from .csv_readings import PendingReading
from .detect import decode
from .import_run import Context, Format

Rows = Iterator[PendingReading | None]
_NAME = re.compile(r"(?:^|/)([a-z_]+)-\d{4}-\d{2}-\d{2}\.json$")
_WHEN = "%m/%d/%y %H:%M:%S"
_NOT_KEPT = N_("HealthDesk does not keep this kind of record")
_UNREADABLE = N_("an unreadable value or date")
_BAD = (KeyError, TypeError, ValueError, AttributeError)
# Notes are stored data, in the export's words (as other readers' notes), not translated.
_RESTING_NOTE = "Resting heart rate (Fitbit's estimate for the day)"
_STAGES = (("deep", "deep"), ("light", "light"), ("rem", "REM"), ("wake", "awake"),
           ("asleep", "asleep"), ("restless", "restless"), ("awake", "awake"))


def _sniff(path: Path, head: bytes) -> bool:
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as z:
                return any(_NAME.search(n) and "fitbit" in n.lower() for n in z.namelist())
        except zipfile.BadZipFile:
            return False
    text = decode(head[:4096]).lstrip("\ufeff \r\n\t")
    if not text.startswith("["):
        return False
    first = text[1:400]
    return (('"dateTime"' in first and '"value"' in first)
            or ('"logId"' in first and ('"weight"' in first or '"dateOfSleep"' in first)))


def _utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, _WHEN).replace(tzinfo=dt.UTC)


def _local(ctx: Context, text: str) -> dt.datetime:
    return ctx.clock.utc(dt.datetime.fromisoformat(text))


def _series_name(name: str, items: list[Any]) -> str:
    found = _NAME.search(name)
    if found:
        return found.group(1)
    first = items[0] if items else {}
    if isinstance(first, dict):
        if "dateOfSleep" in first:
            return "sleep"
        if "weight" in first:
            return "weight"
        if isinstance(first.get("value"), dict) and "bpm" in first["value"]:
            return "heart_rate"
        if isinstance(first.get("value"), dict) and "error" in first["value"]:
            return "resting_heart_rate"
    return "unknown"


def _heart(items: list[Any], ctx: Context) -> Rows:
    last_minute = None
    for item in items:
        try:
            when = _utc(item["dateTime"])
            bpm = float(item["value"]["bpm"])
        except _BAD:
            ctx.report.skip("pulse", _(_UNREADABLE))
            continue
        minute = when.replace(second=0)
        if minute == last_minute:
            ctx.report.skip("pulse", _("more than one in a minute (the first is kept)"))
            continue
        last_minute = minute
        yield ctx.reading("pulse", bpm, "bpm", when)


def _resting(items: list[Any], ctx: Context) -> Rows:
    for item in items:
        try:
            day = dt.datetime.strptime(item["value"]["date"], "%m/%d/%y").date()
            bpm = float(item["value"]["value"])
        except _BAD:
            ctx.report.skip("pulse", _(_UNREADABLE))
            continue
        if bpm <= 0:
            ctx.report.skip("pulse", _("no resting heart rate that day (too little wear)"))
            continue
        noon = ctx.clock.utc(dt.datetime.combine(day, dt.time(12)))
        yield ctx.reading("pulse", round(bpm), "bpm", noon, note=_RESTING_NOTE)


def _stages(item: dict[str, Any], ctx: Context) -> str | None:
    """The night's minutes per stage as a note; the stage timeline counted as left out."""
    levels = item.get("levels")
    if not isinstance(levels, dict):
        return None
    timeline = sum(len(levels.get(k) or ()) for k in ("data", "shortData")
                   if isinstance(levels.get(k) or (), list))
    if timeline:
        ctx.report.skip("sleep stages", _("the stage-by-stage timeline is not kept (the "
                                          "minutes per stage are in the night's note)"),
                        timeline)
    summary = levels.get("summary")
    if not isinstance(summary, dict):
        return None
    parts = []
    for key, label in _STAGES:
        entry = summary.get(key)
        if isinstance(entry, dict) and isinstance(entry.get("minutes"), int | float):
            parts.append(f"{label} {round(entry['minutes'])} min")
    return "Sleep stages: " + ", ".join(parts) if parts else None


def _steps(items: list[Any], ctx: Context, days: dict[dt.date, float]) -> None:
    zone = ctx.clock.zone
    for item in items:
        try:
            when = _utc(item["dateTime"])
            count = float(item["value"])
        except _BAD:
            ctx.report.skip("steps", _(_UNREADABLE))
            continue
        local = when.astimezone(zone) if zone else when.astimezone()
        days[local.date()] = days.get(local.date(), 0.0) + count


def _weight(items: list[Any], ctx: Context, unit: str) -> Rows:
    for item in items:
        try:
            naive = dt.datetime.strptime(f"{item['date']} {item.get('time', '12:00:00')}",
                                         _WHEN)
            value = float(item["weight"])
        except _BAD:
            ctx.report.skip("weight", _(_UNREADABLE))
            continue
        yield ctx.reading("weight", value, unit, ctx.clock.utc(naive))
        if "fat" in item:
            ctx.report.skip("body fat", _(_NOT_KEPT))


def _sleep(items: list[Any], ctx: Context) -> Rows:
    for item in items:
        if not isinstance(item, dict):
            ctx.report.skip("sleep", _(_UNREADABLE))
            continue
        if not item.get("mainSleep", True):
            ctx.report.skip("sleep", _("a nap (not the night's main sleep)"))
            continue
        try:
            end = _local(ctx, item["endTime"])
            hours = round(float(item["minutesAsleep"]) / 60, 2)
        except _BAD:
            ctx.report.skip("sleep", _(_UNREADABLE))
            continue
        yield ctx.reading("sleep", hours, "h", end, note=_stages(item, ctx))


def _members(path: Path) -> Iterator[tuple[str, bytes]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if name.endswith(".json") or name.endswith("Profile.csv"):
                    yield name, z.read(name)
    else:
        yield path.name, path.read_bytes()


def _pounds(profile_csv: bytes) -> bool:
    lines = decode(profile_csv).splitlines()
    if len(lines) < 2 or "weight_unit" not in lines[0]:
        return False
    column = lines[0].split(",").index("weight_unit")
    cells = lines[1].split(",")
    return column < len(cells) and cells[column].strip().upper() in ("POUND", "EN_US")


def _read(path: Path, ctx: Context) -> Rows:
    members = list(_members(path))
    unit = "lb" if any(n.endswith("Profile.csv") and _pounds(b) for n, b in members) else "kg"
    days: dict[dt.date, float] = {}
    for i, (name, raw) in enumerate(members):
        ctx.progress(i / max(1, len(members)))
        if not name.endswith(".json"):
            continue
        try:
            items = json.load(io.BytesIO(raw))
        except ValueError:
            raise ValidationError("file", _("{name} is not readable JSON (it breaks part way); "
                                            "export again and import the new file.").format(
                                              name=name)) from None
        if not isinstance(items, list):
            continue
        series = _series_name(name, items)
        if series == "heart_rate":
            yield from _heart(items, ctx)
        elif series == "resting_heart_rate":
            yield from _resting(items, ctx)
        elif series == "steps":
            _steps(items, ctx, days)
        elif series == "weight":
            yield from _weight(items, ctx, unit)
        elif series == "sleep":
            yield from _sleep(items, ctx)
        elif items:
            ctx.report.skip(series, _(_NOT_KEPT), len(items))
    for day, total in sorted(days.items()):
        noon = ctx.clock.utc(dt.datetime.combine(day, dt.time(12)))
        yield ctx.reading("steps", round(total), "steps", noon)
    ctx.progress(1.0)


FITBIT = Format("fitbit", "Fitbit export (JSON)", _sniff, _read)
