"""Phone and watch apps' CSV exports: Samsung Health ("Download personal data").

Samsung Health writes one CSV per data type. Its first line names the type and version
(``com.samsung.health.blood_pressure,6313002,5``), the second is the header, whose column
names may carry the type as a prefix (``com.samsung.health.blood_pressure.systolic``) or
not (``systolic``). ``start_time`` is UTC ("2025-11-20 06:42:00.000"; ``time_offset``
says the phone's zone then, which is not needed to place the instant). Values are in
Samsung's storage units: mmol/L glucose, kg, °C, %, bpm. Types HealthDesk does not keep
are refused naming the type (the whole file is one type).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .csv_readings import PendingReading, read_text
from .detect import decode
from .import_run import Context, Format, number

Rows = Iterator[PendingReading | None]
# Samsung type (without the com.samsung.health / shealth prefix) -> kind, columns, unit
_TYPES: dict[str, tuple[str, dict[str, str], str | None]] = {
    "blood_pressure": ("blood_pressure", {"systolic": "systolic", "diastolic": "diastolic",
                                          "pulse": "pulse"}, "mmHg"),
    "weight": ("weight", {"weight": "weight"}, "kg"),
    "height": ("height", {"height": "height"}, "cm"),
    "blood_glucose": ("glucose", {"glucose": "glucose"}, "mmol/L"),
    "tracker.heart_rate": ("pulse", {"pulse": "heart_rate"}, None),
    "heart_rate": ("pulse", {"pulse": "heart_rate"}, None),
    "tracker.oxygen_saturation": ("spo2", {"spo2": "spo2"}, "%"),
    "oxygen_saturation": ("spo2", {"spo2": "spo2"}, "%"),
    "body_temperature": ("temperature", {"temperature": "temperature"}, "°C"),
}
_PREFIXES = ("com.samsung.shealth.", "com.samsung.health.")


def _type(line: str) -> str | None:
    first = line.split(",", 1)[0].strip().lstrip("\ufeff")
    for prefix in _PREFIXES:
        if first.startswith(prefix):
            return first[len(prefix):]
    return None


def _sniff(_path: Path, head: bytes) -> bool:
    lines = decode(head[:8192]).splitlines()
    return len(lines) >= 2 and _type(lines[0]) is not None and "start_time" in lines[1]


def _read(path: Path, ctx: Context) -> Rows:
    text = read_text(path)
    first, _sep, rest = text.partition("\n")
    kind_name = _type(first) or ""
    found = _TYPES.get(kind_name)
    rows = list(csv.reader(io.StringIO(rest, newline="")))
    if found is None:
        ctx.report.skip(f"com.samsung…{kind_name}", "HealthDesk does not keep this kind of "
                                                    "record", max(0, len(rows) - 1))
        return
    kind, components, unit = found
    header = [h.strip().rsplit(".", 1)[-1] for h in rows[0]] if rows else []
    where = {name: header.index(col) for name, col in components.items() if col in header}
    if "start_time" not in header or not where:
        raise ValidationError("file", _("{name} is a Samsung Health {kind_name} file without "
                                        "its start_time or value columns.").format(
                                          name=path.name, kind_name=kind_name))
    when_i = header.index("start_time")
    total = max(1, len(rows))
    for n, cells in enumerate(rows[1:], 1):
        if n % 5000 == 0:
            ctx.progress(n / total)
        if not any(c.strip() for c in cells):
            continue
        values = {name: number(cells[i]) for name, i in where.items() if i < len(cells)
                  and cells[i].strip()}
        if not values or any(v is None for v in values.values()):
            ctx.report.skip(kind, "no value")
            continue
        try:
            when = dt.datetime.fromisoformat(cells[when_i].strip()).replace(tzinfo=dt.UTC)
        except (ValueError, IndexError):
            ctx.report.skip(kind, "an unreadable start_time")
            continue
        clean = {k: float(v) for k, v in values.items() if v is not None}
        yield ctx.reading(kind, clean if len(components) > 1 else next(iter(clean.values())),
                          unit, when)
    ctx.progress(1.0)


SAMSUNG = Format("samsung_health", "Samsung Health CSV", _sniff, _read)
