"""Blood-glucose meters' own CSV exports: Accu-Chek (Roche), OneTouch Reveal (LifeScan)
and Contour (Ascensia's Contour Diabetes app and GLUCOFACTS).

All three write a few metadata lines (the meter, its serial number, the patient, the
period) before a header row, then one row an entry in the person's clock:

- Accu-Chek Connect / Smart Pix / 360: ``;``-separated, ``Date;Time;Bg [mmol/L]`` (or
  ``[mg/dL]``), then carbohydrate, bolus and basal columns and an events column ("Before
  meal", "After meal", "Control test"...). Dates day-first with dots in Europe
  ("23.11.2025"), month-first in the US export.
- OneTouch Reveal: ``,``-separated, ``Date,Time,Reading (mg/dL),Meal Tag,Notes`` with
  an optional type column (insulin and carbohydrate entries share the file); US exports
  write month-first dates and a 12-hour clock.
- Contour: ``Date and Time`` (or ``Date`` and ``Time``), ``Blood Glucose (mg/dL)``,
  ``Meal Marker`` (Fasting, Before Meal, After Meal, No Mark), ``Notes``, and carbohydrate,
  insulin and activity columns.

Meters show "HI" and "LO" outside their range (about 10/20-600 mg/dL): the true value is
unknown, so such a row is left out with that reason rather than stored as a number. A
control-solution test checks the strips, not the person, and is left out too. Insulin
and carbohydrates are counted as left out by their column name (insulin belongs in
Medicines). A meal tag HealthDesk has no context for ("Exercise", "Sick") goes into the
reading's note, so nothing the person wrote is lost.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

from .csv_readings import PendingReading, read_text
from .detect import decode, slug
from .import_run import Context, Format, infer_day_first, local_time, number

Rows = Iterator[PendingReading | None]
_UNIT = re.compile(r"[(\[]\s*(mg/dl|mmol/l)\s*[)\]]", re.IGNORECASE)
_HEADER_SEARCH = 20

_NOT_KEPT = N_("HealthDesk does not keep this kind of record")
_INSULIN = N_("insulin is recorded in Medicines, not as a reading")
_FOOD = N_("food and carbohydrate entries are not readings")
_CONTROL = N_("a control-solution test checks the meter and strips, not a blood reading")
_HI = N_("'HI': above the meter's range; the true value is unknown, so it is not stored "
         "as a number")
_LO = N_("'LO': below the meter's range; the true value is unknown, so it is not stored "
         "as a number")
_UNREADABLE = N_("an unreadable value or date")

# Meal tags and markers as slugs -> HealthDesk's glucose context; "" means none given.
_CONTEXTS = {slug(tag): context for tag, context in {
    "fasting": "fasting", "nüchtern": "fasting",
    "before meal": "before_meal", "pre meal": "before_meal", "premeal": "before_meal",
    "before breakfast": "before_meal", "before lunch": "before_meal",
    "before dinner": "before_meal", "vor dem essen": "before_meal",
    "after meal": "after_meal", "post meal": "after_meal", "postmeal": "after_meal",
    "after breakfast": "after_meal", "after lunch": "after_meal",
    "after dinner": "after_meal", "nach dem essen": "after_meal",
    "bedtime": "bedtime", "bed time": "bedtime", "night": "bedtime",
    "random": "random", "other": "random",
    "no mark": "", "none": "", "no tag": "", "": "",
}.items()}


@dataclass(frozen=True)
class _Table:
    header: list[str]  # as written, stripped
    low: list[str]  # slugs
    rows: list[list[str]]
    unit: str  # of the glucose column

    def at(self, *names: str) -> int | None:
        """The first column whose slug is one of ``names`` (exact), else None."""
        for name in names:
            if name in self.low:
                return self.low.index(name)
        return None


def _cells(line: str) -> tuple[str, list[str]]:
    delimiter = max((";", ",", "\t"), key=line.count)
    return delimiter, [c.strip().strip('"').strip() for c in next(csv.reader([line],
                                                                   delimiter=delimiter))]


def _header_line(text: str, is_header: Callable[[list[str]], bool]) -> int | None:
    for i, line in enumerate(text.splitlines()[:_HEADER_SEARCH]):
        if line.strip() and is_header([slug(c) for c in _cells(line)[1]]):
            return i
    return None


def _table(path: Path, is_header: Callable[[list[str]], bool], glucose: Callable[[str], bool],
           label: str) -> _Table:
    text = read_text(path)
    start = _header_line(text, is_header)
    if start is None:
        raise ValidationError("file", _("{name} has no header row of a {label} export.").format(
                                          name=path.name, label=label))
    lines = text.splitlines()[start:]
    delimiter, _first = _cells(lines[0])
    rows = list(csv.reader(lines, delimiter=delimiter))
    header = [c.strip() for c in rows[0]]
    low = [slug(c) for c in header]
    column = next((h for h, s in zip(header, low, strict=True) if glucose(s)), "")
    found = _UNIT.search(column)
    unit = "mg/dL" if found and found[1].lower() == "mg/dl" else "mmol/L"
    return _Table(header, low, rows[1:], unit)


def _meal(tag: str) -> tuple[str | None, str | None]:
    """(context, what goes into the note instead) for a meal tag or marker."""
    key = slug(tag)
    if key in _CONTEXTS:
        return _CONTEXTS[key] or None, None
    return None, tag.strip()


def _get(cells: list[str], i: int | None) -> str:
    return cells[i].strip() if i is not None and i < len(cells) else ""


def _rows(ctx: Context, table: _Table, *, glucose: int, when: tuple[int, ...],
          meal: int | None, note: int | None, kind_col: int | None = None,
          quiet: frozenset[str] = frozenset()) -> Rows:
    """The readings of a meter's table; every other filled cell counted by its column."""
    stamps = [" ".join(r[i].strip() for i in when if i < len(r)) for r in table.rows]
    twelve_hour = any(re.search(r"[AaPp]\.?\s*[Mm]\.?$", s) for s in stamps[:200])
    day_first = infer_day_first(stamps, default=not twelve_hour)
    used = {glucose, *when, *(i for i in (meal, note, kind_col) if i is not None)}
    total = max(1, len(table.rows))
    for n, cells in enumerate(table.rows):
        if n % 2000 == 0:
            ctx.progress(n / total)
        if not any(c.strip() for c in cells):
            continue
        get = functools.partial(_get, cells)
        for i, name in enumerate(table.header):
            if i in used or not get(i) or table.low[i] in quiet:
                continue
            low = table.low[i]
            if any(w in low for w in ("insulin", "bolus", "basal")):
                ctx.report.skip(name, _(_INSULIN))
            elif "carb" in low or "food" in low or low.startswith("bread unit"):
                ctx.report.skip(name, _(_FOOD))
            else:
                ctx.report.skip(name, _(_NOT_KEPT))
        typed = slug(get(kind_col))
        raw = get(glucose)
        if typed and "glucose" not in typed and typed not in ("bg", "reading"):
            if "control" in typed:
                ctx.report.skip("glucose", _(_CONTROL))
            elif "insulin" in typed:
                ctx.report.skip(get(kind_col), _(_INSULIN))
            elif "carb" in typed or "food" in typed:
                ctx.report.skip(get(kind_col), _(_FOOD))
            else:
                ctx.report.skip(get(kind_col), _(_NOT_KEPT))
            continue
        if not raw:
            continue  # an insulin- or carbohydrate-only row, counted above
        tag = get(meal)
        if "control" in slug(tag):
            ctx.report.skip("glucose", _(_CONTROL))
            continue
        value = number(raw)
        if value is None:
            upper = raw.upper()
            reason = _HI if upper.startswith("HI") else _LO if upper.startswith("LO") else None
            ctx.report.skip("glucose", _(reason or _UNREADABLE))
            continue
        try:
            taken = ctx.clock.utc(local_time(stamps[n], day_first))
        except ValidationError as err:
            ctx.report.skip("glucose", _("unreadable time: {message}").format(
                                           message=err.message))
            continue
        context, extra = _meal(tag)
        words = "; ".join(w for w in (extra, get(note)) if w) or None
        yield ctx.reading("glucose", value, table.unit, taken, note=words, context=context)
    ctx.progress(1.0)


def _head_has(head: bytes, is_header: Callable[[list[str]], bool]) -> bool:
    return _header_line(decode(head[:16384]), is_header) is not None


# --------------------------------------------------------------------------- Accu-Chek


def _accu_header(cells: list[str]) -> bool:
    return "date" in cells and "time" in cells and any(
        c.startswith("bg mg dl") or c.startswith("bg mmol l") for c in cells)


def _accu_glucose(name: str) -> bool:
    return name.startswith(("bg mg dl", "bg mmol l"))


def _read_accu(path: Path, ctx: Context) -> Rows:
    table = _table(path, _accu_header, _accu_glucose, "Accu-Chek")
    glucose = next(i for i, s in enumerate(table.low) if _accu_glucose(s))
    date, time = table.at("date"), table.at("time")
    assert date is not None and time is not None
    return _rows(ctx, table, glucose=glucose, when=(date, time),
                 meal=table.at("events", "event", "flags", "meal", "tags"),
                 note=table.at("note", "notes", "comment"),
                 quiet=frozenset({"temperature warning", "out of target range", "unit"}))


ACCU_CHEK = Format("accu_chek", "Accu-Chek CSV export",
                   lambda _p, head: _head_has(head, _accu_header), _read_accu)


# --------------------------------------------------------------------------- OneTouch


def _reveal_glucose(name: str) -> bool:
    return name.startswith(("reading mg dl", "reading mmol l"))


def _reveal_header(cells: list[str]) -> bool:
    return "date" in cells and "time" in cells and any(_reveal_glucose(c) for c in cells)


def _read_reveal(path: Path, ctx: Context) -> Rows:
    table = _table(path, _reveal_header, _reveal_glucose, "OneTouch Reveal")
    glucose = next(i for i, s in enumerate(table.low) if _reveal_glucose(s))
    date, time = table.at("date"), table.at("time")
    assert date is not None and time is not None
    return _rows(ctx, table, glucose=glucose, when=(date, time),
                 meal=table.at("meal tag", "tag", "event tag"),
                 note=table.at("notes", "note", "comment"),
                 kind_col=table.at("type", "reading type", "event type", "record type"),
                 quiet=frozenset({"meter", "meter serial number", "serial number",
                                  "source", "manual"}))


ONETOUCH = Format("onetouch_reveal", "OneTouch Reveal CSV export",
                  lambda _p, head: _head_has(head, _reveal_header), _read_reveal)


# --------------------------------------------------------------------------- Contour


def _contour_glucose(name: str) -> bool:
    return name.startswith(("blood glucose mg dl", "blood glucose mmol l",
                            "blood glucose reading mg dl", "blood glucose reading mmol l"))


def _contour_header(cells: list[str]) -> bool:
    has_when = "date and time" in cells or ("date" in cells and "time" in cells)
    return has_when and "meal marker" in cells and any(_contour_glucose(c) for c in cells)


def _read_contour(path: Path, ctx: Context) -> Rows:
    table = _table(path, _contour_header, _contour_glucose, "Contour")
    glucose = next(i for i, s in enumerate(table.low) if _contour_glucose(s))
    when = tuple(i for i in (table.at("date and time"),) if i is not None) or tuple(
        i for i in (table.at("date"), table.at("time")) if i is not None)
    return _rows(ctx, table, glucose=glucose, when=when,
                 meal=table.at("meal marker"), note=table.at("notes", "note", "comment"),
                 quiet=frozenset({"meter", "serial number", "reading source", "source"}))


CONTOUR = Format("contour", "Contour Diabetes app / GLUCOFACTS CSV",
                 lambda _p, head: _head_has(head, _contour_header), _read_contour)
