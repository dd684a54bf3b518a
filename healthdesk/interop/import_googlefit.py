"""Google Fit's Takeout: "Fit/Daily activity metrics/Daily activity metrics.csv", one row a
day of the person's clock.

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
from collections.abc import Iterator
from pathlib import Path

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
