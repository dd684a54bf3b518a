"""Diabetes apps' own CSV exports: mySugr ("Export data" → CSV).

As observed in the English export: one row an entry, a header of quoted column names
``"Date","Time","Tags","Blood Sugar Measurement (mg/dL)","Insulin Injection Units
(Pen)",...,"Note","Location","Blood Pressure","Body Weight (kg)","HbA1C (mmol/mol)",
"Ketones","Food Type","Medication"`` (the units in the names follow the app's settings:
mg/dL or mmol/L, kg or lbs, mmol/mol or %), dates as "Mar 2, 2026" (or numeric in other
languages: day-first or month-first read from the file), times as "8:07:00 AM" or
"08:07:00", in the person's clock. Kept: blood sugar (the row's note with it), blood
pressure ("128/81"), body weight and HbA1c; insulin, carbohydrates, activity, ketones,
food and medication cells are counted as left out by their column name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

from .csv_readings import PendingReading, read_text
from .detect import decode
from .import_run import Context, Format, infer_day_first, local_time, number

Rows = Iterator[PendingReading | None]
_UNIT = re.compile(r"\(([^)]+)\)\s*$")
_NOT_KEPT = N_("HealthDesk does not keep this kind of record")
_INSULIN = N_("insulin is recorded in Medicines, not as a reading")
_UNITS = {"mg/dl": "mg/dL", "mmol/l": "mmol/L", "kg": "kg", "lbs": "lb", "lb": "lb",
          "mmol/mol": "mmol/mol", "%": "%"}
_QUIET = {"date", "time", "tags", "note", "location"}


def _sniff(_path: Path, head: bytes) -> bool:
    first = decode(head[:4096]).lstrip("\ufeff").split("\n", 1)[0].lower()
    return "blood sugar measurement (" in first and "insulin injection units" in first


def _when(date: str, time: str, day_first: bool) -> dt.datetime:
    clock = time.strip() or "12:00:00"
    for fmt in ("%b %d, %Y %I:%M:%S %p", "%b %d, %Y %H:%M:%S", "%b %d, %Y %I:%M %p",
                "%b %d, %Y %H:%M"):
        try:
            return dt.datetime.strptime(f"{date.strip()} {clock}", fmt)
        except ValueError:
            continue
    return local_time(f"{date.strip()} {clock}", day_first)


def _unit(name: str) -> str | None:
    found = _UNIT.search(name)
    return _UNITS.get(found.group(1).strip().lower()) if found else None


def _read(path: Path, ctx: Context) -> Rows:
    rows = list(csv.reader(io.StringIO(read_text(path), newline="")))
    header = [h.strip() for h in rows[0]] if rows else []
    low = [h.lower() for h in header]
    if "date" not in low:
        raise ValidationError("file", _("{name} is a mySugr export without its Date "
                                        "column.").format(name=path.name))
    at_date, at_time = low.index("date"), low.index("time") if "time" in low else None
    day_first = infer_day_first((r[at_date] for r in rows[1:] if len(r) > at_date), False)
    note_at = low.index("note") if "note" in low else None
    total = max(1, len(rows))
    for n, cells in enumerate(rows[1:], 1):
        if n % 2000 == 0:
            ctx.progress(n / total)
        if not any(c.strip() for c in cells):
            continue
        cell = {name: cells[i].strip() for i, name in enumerate(low) if i < len(cells)}
        try:
            taken = ctx.clock.utc(_when(cells[at_date], cells[at_time] if at_time is not None
                                        and at_time < len(cells) else "", day_first))
        except (ValidationError, IndexError):
            ctx.report.skip("glucose", _("an unreadable date"))
            continue
        note = cells[note_at].strip() or None if note_at is not None and note_at < len(
            cells) else None
        for i, name in enumerate(low):
            text = cell.get(name, "")
            if not text or name in _QUIET:
                continue
            if name.startswith("blood sugar measurement"):
                yield _one(ctx, "glucose", text, _unit(header[i]), taken, note)
            elif name == "blood pressure":
                parts = text.split("/")
                values = [number(p) for p in parts]
                if len(values) != 2 or None in values:
                    ctx.report.skip("blood_pressure", _("an unreadable value or date"))
                    continue
                yield ctx.reading("blood_pressure", {"systolic": values[0] or 0.0,
                                                     "diastolic": values[1] or 0.0},
                                  "mmHg", taken)
            elif name.startswith("body weight"):
                yield _one(ctx, "weight", text, _unit(header[i]) or "kg", taken, None)
            elif name.startswith("hba1c"):
                yield _one(ctx, "hba1c", text, _unit(header[i]) or "%", taken, None)
            elif "insulin" in name or "basal" in name:
                ctx.report.skip(header[i], _(_INSULIN))
            else:
                ctx.report.skip(header[i], _(_NOT_KEPT))
    ctx.progress(1.0)


def _one(ctx: Context, kind: str, text: str, unit: str | None, taken: dt.datetime,
         note: str | None) -> PendingReading | None:
    value = number(text)
    if value is None:
        ctx.report.skip(kind, _("an unreadable value or date"))
        return None
    return ctx.reading(kind, value, unit, taken, note=note)


MYSUGR = Format("mysugr", "mySugr CSV export", _sniff, _read)
