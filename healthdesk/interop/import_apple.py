"""Apple Health's export (``export.zip`` or the ``export.xml`` inside it), streamed.

The XML is read with ``iterparse`` and every finished top-level element is cleared, so
memory stays flat whatever the size (exports of several GB are common). Records carry
their own offset ("2026-11-23 07:30:00 +0100"), so no zone is guessed.

Kept: body mass, height, heart rate (pulse), blood glucose, oxygen saturation (stored as a
fraction, kept as %), body temperature, respiratory rate, peak flow, blood pressure (a
correlation of a systolic and a diastolic record; the two records also stand alone in the
file and are the same reading), steps and sleep. Steps and sleep come as many short
intervals from several devices at once (phone and watch count the same walk): they are
summed per local day and per device, and the day keeps the device with the most, as the
Health app does by preferring one source; one reading per day, at noon (steps) or at the
wake-up time of the night (sleep, the hours asleep). Every other type is counted as left
out, by its Apple name.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .csv_readings import PendingReading
from .import_run import Context, Format

Rows = Iterator[PendingReading | None]
_Q = "HKQuantityTypeIdentifier"
_KINDS = {  # Apple type -> (kind, component)
    _Q + "BodyMass": ("weight", "weight"),
    _Q + "Height": ("height", "height"),
    _Q + "HeartRate": ("pulse", "pulse"),
    _Q + "BloodGlucose": ("glucose", "glucose"),
    _Q + "OxygenSaturation": ("spo2", "spo2"),
    _Q + "BodyTemperature": ("temperature", "temperature"),
    _Q + "RespiratoryRate": ("respiratory_rate", "respiratory_rate"),
    _Q + "PeakExpiratoryFlowRate": ("peak_flow", "peak_flow"),
}
_UNITS = {"degC": "°C", "degF": "°F", "count/min": None, "L/min": "L/min", "%": "%",
          "mg/dL": "mg/dL", "kg": "kg", "lb": "lb", "cm": "cm", "in": "in"}
_SYS, _DIA = _Q + "BloodPressureSystolic", _Q + "BloodPressureDiastolic"
_STEPS = _Q + "StepCount"
_SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
_ASLEEP = ("HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepCore",
           "HKCategoryValueSleepAnalysisAsleepDeep", "HKCategoryValueSleepAnalysisAsleepREM",
           "HKCategoryValueSleepAnalysisAsleepUnspecified")
_STRUCTURE = {"ExportDate", "Me", "HealthData"}


def _sniff(path: Path, head: bytes) -> bool:
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                return _member(z) is not None
        except (OSError, zipfile.BadZipFile):
            return False
    start = head[:4096]
    return start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") and b"<HealthData" in head


def _member(z: zipfile.ZipFile) -> str | None:
    names = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == "export.xml"]
    return min(names, key=len) if names else None


def _when(text: str | None) -> dt.datetime:
    if not text:
        raise ValueError("no date")
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def _unit(kind: str, unit: str) -> str | None:
    if unit.startswith("mmol<") or unit == "mmol/L":
        return "mmol/L"
    if unit == "m" or unit == "ft":
        return None  # converted by _value
    return _UNITS.get(unit, unit)


def _value(kind: str, unit: str, value: float) -> float:
    if kind == "spo2" and unit == "%" and value <= 1.0:
        return value * 100  # HealthKit stores saturation as a fraction
    if kind == "height" and unit == "m":
        return value * 100
    if kind == "height" and unit == "ft":
        return value * 30.48
    return value


class _Daily:
    """Per local day and device totals; each day keeps its largest device."""

    def __init__(self) -> None:
        self.totals: dict[dt.date, dict[str, float]] = {}
        self.last: dict[dt.date, dt.datetime] = {}

    def add(self, day: dt.date, device: str, amount: float, end: dt.datetime) -> None:
        per = self.totals.setdefault(day, {})
        per[device] = per.get(device, 0.0) + amount
        self.last[day] = max(self.last.get(day, end), end)

    def best(self) -> Iterator[tuple[dt.date, float, dt.datetime]]:
        for day in sorted(self.totals):
            yield day, max(self.totals[day].values()), self.last[day]


def _open(path: Path) -> tuple[IO[bytes], zipfile.ZipFile | None]:
    try:
        with path.open("rb") as fh:
            zipped = fh.read(4) == b"PK\x03\x04"
        if not zipped:
            return path.open("rb"), None
        z = zipfile.ZipFile(path)
        name = _member(z)
        if name is None:
            z.close()
            raise ValidationError("file", _("{name} holds no export.xml.").format(name=path.name))
        return z.open(name), z
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValidationError("file", _("{name} cannot be read: {exc}.").format(
                                          name=path.name, exc=exc)) from None


def _read(path: Path, ctx: Context) -> Rows:
    fh, z = _open(path)
    size = path.stat().st_size if z is None else z.getinfo(_member(z) or "").file_size
    try:
        yield from _records(fh, size, ctx)
    except ParseError as exc:
        raise ValidationError("file", _("{name} is not a complete Apple Health export (the XML "
                                        "breaks at {position}); export again and import the new "
                                        "file.").format(
                                            name=path.name, position=exc.position)) from None
    finally:
        fh.close()
        if z is not None:
            z.close()


def _records(fh: IO[bytes], size: int, ctx: Context) -> Rows:
    steps, sleep = _Daily(), _Daily()
    halves: dict[tuple[str, str], dict[str, str]] = {}  # standalone systolic / diastolic
    paired: set[tuple[str, float, float]] = set()  # pairs already read: the same readings
    root: Element | None = None
    depth = 0
    n = 0
    for event, el in iterparse(fh, events=("start", "end")):
        if event == "start":
            if root is None:
                root = el
            depth += 1
            continue
        depth -= 1
        if depth != 1:
            continue  # a child (MetadataEntry, a correlation's records): read with its parent
        n += 1
        if n % 20000 == 0:
            ctx.progress(min(0.99, fh.tell() / size) if size else 0.0)
        tag = el.tag
        a = el.attrib
        kind_name = a.get("type", tag)
        try:
            if tag == "Record":
                yield from _record(a, kind_name, ctx, steps, sleep, halves, paired)
            elif tag == "Correlation" and kind_name.endswith("BloodPressure"):
                parts = {c.get("type"): c.get("value") for c in el.iter("Record")}
                if parts.get(_SYS) and parts.get(_DIA):
                    pair = (a.get("startDate", ""), float(parts[_SYS] or 0),
                            float(parts[_DIA] or 0))
                    if pair not in paired:
                        paired.add(pair)
                        yield ctx.reading("blood_pressure",
                                          {"systolic": pair[1], "diastolic": pair[2]}, "mmHg",
                                          _when(pair[0]))
                else:
                    ctx.report.skip("blood_pressure", "a correlation without both values")
            elif tag not in _STRUCTURE:
                ctx.report.skip(kind_name, "HealthDesk does not keep this kind of record")
        except ValueError:
            ctx.report.skip(kind_name, "an unreadable value or date")
        if root is not None:
            root.clear()
    if halves:
        ctx.report.skip("blood_pressure", "a systolic or diastolic value without the other",
                        len(halves))
    for day, total, _end in steps.best():
        noon = dt.datetime.combine(day, dt.time(12), _end.tzinfo)
        yield ctx.reading("steps", round(total), "steps", noon.astimezone(dt.UTC))
    for _day, hours, end in sleep.best():
        yield ctx.reading("sleep", round(hours, 2), "h", end.astimezone(dt.UTC))
    ctx.progress(1.0)


def _record(a: dict[str, str], kind_name: str, ctx: Context, steps: _Daily, sleep: _Daily,
            halves: dict[tuple[str, str], dict[str, str]],
            paired: set[tuple[str, float, float]]) -> Rows:
    found = _KINDS.get(kind_name)
    if found is not None:
        kind, _component = found
        unit = a.get("unit", "")
        value = _value(kind, unit, float(a["value"]))
        yield ctx.reading(kind, value, _unit(kind, unit), _when(a.get("startDate")))
    elif kind_name in (_SYS, _DIA):
        key = (a.get("startDate", ""), a.get("sourceName", ""))
        part = halves.setdefault(key, {})
        part["systolic" if kind_name == _SYS else "diastolic"] = a["value"]
        if len(part) == 2:
            del halves[key]
            pair = (key[0], float(part["systolic"]), float(part["diastolic"]))
            if pair not in paired:
                paired.add(pair)
                yield ctx.reading("blood_pressure",
                                  {"systolic": pair[1], "diastolic": pair[2]}, "mmHg",
                                  _when(key[0]))
    elif kind_name == _STEPS:
        start = _when(a.get("startDate"))
        steps.add(start.date(), a.get("sourceName", ""), float(a["value"]),
                  _when(a.get("endDate")))
    elif kind_name == _SLEEP:
        if a.get("value") not in _ASLEEP:
            ctx.report.skip("sleep", "time in bed or awake, not asleep")
            return
        start, end = _when(a.get("startDate")), _when(a.get("endDate"))
        night = (end - dt.timedelta(hours=12)).date()  # a night belongs to its evening
        sleep.add(night, a.get("sourceName", ""), (end - start).total_seconds() / 3600, end)
    else:
        ctx.report.skip(kind_name, "HealthDesk does not keep this kind of record")


APPLE_HEALTH = Format("apple_health", "Apple Health export", _sniff, _read)
