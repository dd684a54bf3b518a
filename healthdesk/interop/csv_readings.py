"""Readings in and out of CSV files, as blood-pressure monitors, glucose meters, scales and
spreadsheets write them.

The importer reads the layout from the file itself: the delimiter (``,`` ``;`` or tab),
a header row (after any preamble lines), one column per reading ("SYS (mmHg)", "Weight
(lb)", "Blood sugar [mg/dL]"...) or a long layout (a type column, a value and a unit),
dates and times in one column or two. It is all or nothing: every row is checked first,
and one unreadable row means nothing is imported, with a message naming each bad row (as
a spreadsheet numbers rows: the header is row 1 when it is the first line).

Dates: ISO 8601 first. "1/2/2026" is read day-first when some date in the file has a first
field above 12, month-first when some second field is above 12 (both: the file is
refused); when every date is ambiguous it is read day-first only for a ";"-separated
file or dotted dates (the European habits), else month-first. A time without an offset
is the profile's clock (its time zone, else this computer's); a date without a time is
taken as 12:00 that day, so it stays on that day in UTC.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.validation import optional_text
from healthdesk.services.errors import NotFoundError
from healthdesk.store import bulk
from healthdesk.store.models import Measurement, Profile
from healthdesk.store.vault import Store

from . import detect as lay
from .canonical import write_private_atomic

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

BULK_THRESHOLD = 2000
MAX_LISTED_ERRORS = 10
EXPORT_HEADER = ("taken_at", "kind", "value", "value2", "value3", "unit", "context", "note",
                 "source")
COLUMNS = ("value", "value2", "value3")


@dataclass(frozen=True)
class CsvImportReport:
    """What an import did. ``errors`` lists what was left out on purpose (columns or types
    of reading HealthDesk does not keep), one sentence each; bad rows raise instead."""

    imported: int
    skipped_duplicates: int
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PendingReading:
    """A validated reading in canonical units, waiting to be stored."""

    kind: str
    values: dict[str, float]
    unit: str
    taken_at: dt.datetime
    entered_unit: str | None = None
    context: str | None = None
    note: str | None = None
    codes: tuple[dict[str, str], ...] | None = None  # as they arrived (FHIR codings)


def pending(kind: str, values: dict[str, float | str | None], unit: str | None,
            taken_at: dt.datetime, now: dt.datetime, *, context: str | None = None,
            note: str | None = None) -> PendingReading:
    """Validate one reading as ``ReadingsService.record`` would, without writing it.

    Raises ValidationError naming the field and the allowed range.
    """
    normalized = kinds.normalize(kind, values, unit, context)
    if taken_at > now + dt.timedelta(minutes=10):
        raise ValidationError("taken_at", "Taken at cannot be in the future.")
    spec = kinds.KINDS[normalized.kind]
    entered = kinds.resolve_unit(spec, unit) if unit else None
    return PendingReading(normalized.kind, normalized.values, normalized.unit,
                          taken_at.astimezone(dt.UTC), entered, normalized.context,
                          optional_text("note", note, 2000))


def _columns(r: PendingReading) -> tuple[float | None, ...]:
    names = _component_names(r.kind)
    get = r.values.get
    return tuple(get(n) if n else None for n in names)


@functools.cache
def _component_names(kind: str) -> tuple[str | None, str | None, str | None]:
    names = [c.name for c in kinds.KINDS[kind].components][:3]
    return (*names, *([None] * (3 - len(names))))  # type: ignore[return-value]


def insert_readings(store: Store, profile_id: str, readings: Sequence[PendingReading], *,
                    source: str = "import") -> tuple[int, int]:
    """Store readings in one transaction, skipping any the profile already has (same kind,
    time and values) or that repeat within ``readings``. Returns (inserted, duplicates).

    Raises NotFoundError for an unknown profile.
    """
    fresh = store_readings(store, profile_id, readings, source=source)
    return len(fresh), len(readings) - len(fresh)


NEAR = dt.timedelta(seconds=60)


def _near_key(kind: str, values: Sequence[float | None]) -> tuple[object, ...]:
    # The third value (a blood pressure's pulse) is left out: one source may not carry it.
    return (kind, *(None if v is None else round(v, 1) for v in values[:2]))


def store_readings(store: Store, profile_id: str, readings: Sequence[PendingReading], *,
                   source: str = "import", near: bool = False, origin: str | None = None,
                   dry_run: bool = False) -> list[PendingReading]:
    """Store the readings the profile does not have yet, in one transaction; return them.

    A reading is already there when one of the same kind, time and values is stored (or
    comes earlier in ``readings``); with ``near``, also when a stored one of the same kind
    is within a minute with the same values to one decimal, a pulse aside (the same
    reading from another source: a meter's export and a phone's health app). ``origin``
    names the export ("Apple Health"): new readings list it as their source, and a stored
    reading found again in it adds it to its sources. ``dry_run`` writes nothing.

    Up to BULK_THRESHOLD new rows go through the ORM write path (stamped, one audit event
    each); more through store/bulk.py (one executemany, outbox entries and roll-ups once
    per batch, one "import" audit event). One indexed range query per kind in the batch
    finds what is already there: per kind, as a batch may hold the tail of a second-by-
    second series and a day's total for every day of the file (Apple's steps), and one
    range over both would read the whole series. Raises NotFoundError for an unknown
    profile.
    """
    if not readings:
        return []
    pad = NEAR if near else dt.timedelta(0)
    spans: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for r in readings:
        lo, hi = spans.get(r.kind, (r.taken_at, r.taken_at))
        spans[r.kind] = (min(lo, r.taken_at), max(hi, r.taken_at))
    with (store.read() if dry_run else store.write()) as s:
        if s.scalar(select(Profile.id).where(Profile.id == profile_id,
                                             Profile.deleted.is_(False))) is None:
            raise NotFoundError("profile", profile_id)
        q = select(Measurement.id, Measurement.kind, Measurement.taken_at, Measurement.value,
                   Measurement.value2, Measurement.value3, Measurement.sources).where(
            Measurement.profile_id == profile_id, Measurement.deleted.is_(False),
            Measurement.kind == bindparam("k"), Measurement.taken_at >= bindparam("lo"),
            Measurement.taken_at <= bindparam("hi"))
        stored = (row for k, (lo, hi) in spans.items()
                  for row in s.execute(q, {"k": k, "lo": lo - pad, "hi": hi + pad}))
        seen: dict[tuple[object, ...], str] = {}
        close: dict[tuple[object, ...], list[tuple[float, str]]] = {}
        had: dict[str, list[str]] = {}
        for rid, k, t, v1, v2, v3, srcs in stored:
            seen[(k, t, v1, v2, v3)] = rid
            had[rid] = list(srcs or ())
            if near:
                stamp = t.timestamp()
                close.setdefault((*_near_key(k, (v1, v2, v3)), stamp // 60), []).append(
                    (stamp, rid))
        limit = NEAR.total_seconds()
        fresh: list[PendingReading] = []
        fresh_cols: list[tuple[float | None, ...]] = []
        found: set[str] = set()
        for r in readings:
            cols = _columns(r)
            key = (r.kind, r.taken_at, *cols)
            rid = seen.get(key)
            if rid is None and close:
                stamp = r.taken_at.timestamp()
                nk = _near_key(r.kind, cols)
                rid = next((i for minute in (-1, 0, 1)
                            for t, i in close.get((*nk, stamp // 60 + minute), ())
                            if abs(stamp - t) <= limit), None)
            if rid is not None:
                found.add(rid)
                continue
            seen[key] = ""
            fresh.append(r)
            fresh_cols.append(cols)
        if dry_run:
            return fresh
        if origin:
            bulk.add_sources(s, profile_id, [(rid, [*had[rid], origin]) for rid in sorted(found)
                                             if rid in had and origin not in had[rid]])
        sources = (origin,) if origin else None
        if len(fresh) <= BULK_THRESHOLD:
            s.add_all(Measurement(profile_id=profile_id, kind=r.kind, taken_at=r.taken_at,
                                  unit=r.unit, entered_unit=r.entered_unit, context=r.context,
                                  note=r.note, source=source,
                                  sources=list(sources) if sources else None,
                                  codes=list(r.codes) if r.codes else None,
                                  **dict(zip(COLUMNS, cols, strict=True)))
                      for r, cols in zip(fresh, fresh_cols, strict=True))
        else:
            bulk.insert_readings(s, profile_id, [
                bulk.Reading(r.kind, *cols, r.unit, r.entered_unit,  # type: ignore[arg-type]
                             r.taken_at, r.context, r.note, source, sources, r.codes)
                for r, cols in zip(fresh, fresh_cols, strict=True)])
    return fresh


# --------------------------------------------------------------------------- import


def read_text(path: Path) -> str:
    """The file's text (UTF-8, UTF-16 with a byte-order mark, else Windows-1252).

    Raises ValidationError naming the file when it cannot be read.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"{path} cannot be read: {exc.strerror or exc}.") from None
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError("file", f"{path.name} is not a text file of readings.")
    return lay.decode(raw)


_VALUE_UNIT = re.compile(r"([-+]?\d[\d.,\s']*?)\s*([^\d\s.,].*)")
_CONTEXT_WORDS = {
    "before meal": "before_meal", "pre meal": "before_meal", "before breakfast": "before_meal",
    "before lunch": "before_meal", "before dinner": "before_meal", "ac": "before_meal",
    "preprandial": "before_meal", "after meal": "after_meal", "post meal": "after_meal",
    "after breakfast": "after_meal", "after lunch": "after_meal", "after dinner": "after_meal",
    "pc": "after_meal", "postprandial": "after_meal", "fasted": "fasting", "fast": "fasting",
    "before bed": "bedtime", "night": "bedtime", "general": "random", "other": "random",
    "none": "random", "no mark": "random",
}


@dataclass(frozen=True)
class Candidate:
    """One reading found in a row, as text, before validation."""

    kind: str
    values: dict[str, str]
    unit: str | None
    context: str | None
    note: str | None
    half: bool = False  # a lone systolic or diastolic row of a long-format file


def undo_formula_guard(text: str) -> str:
    """"'=x" -> "=x": the export's guard against spreadsheets running a note as a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in "".join(lay.FORMULA_START):
        return text[1:]
    return text


def glucose_context(text: str) -> tuple[str | None, str | None]:
    """A meter's tag as a context key; an unknown tag comes back as text for the note."""
    words = lay.slug(text)
    if not words:
        return None, None
    if words.replace(" ", "_") in kinds.GLUCOSE_CONTEXTS:
        return words.replace(" ", "_"), None
    found = _CONTEXT_WORDS.get(words)
    return (found, None) if found else (None, text.strip())


def _split_unit(raw: str) -> tuple[str, str | None]:
    """"72.5 kg" -> ("72.5", "kg"); a bare number comes back unchanged."""
    match = _VALUE_UNIT.fullmatch(raw.strip())
    if match and lay.is_unit(match[2]):
        return match[1].strip(), match[2].strip()
    return raw, None


def _pressure(raw: str) -> dict[str, str]:
    parts = [p.strip() for p in raw.split("/")]
    if len(parts) not in (2, 3):
        raise ValidationError("systolic", f"Blood pressure must be written like 120/80, "
                                          f"not '{raw}'.")
    return dict(zip(("systolic", "diastolic", "pulse"), parts, strict=False))


def row_candidates(layout: lay.Layout, cells: Sequence[str],
                   unknown_types: dict[str, int]) -> list[Candidate]:
    """The readings in one row, as text; unknown long-format types are counted, not read.

    Raises ValidationError for a blood pressure that is not written like 120/80.
    """
    note = undo_formula_guard(lay.cell(cells, layout.first("note"))) or None
    context, extra = glucose_context(lay.cell(cells, layout.first("context")))
    row_unit = lay.cell(cells, layout.first("unit")) or None
    if extra:
        note = f"{note}; context: {extra}" if note else f"Context: {extra}"
    if layout.long:
        return _long(layout, cells, unknown_types, note, context, row_unit)
    groups: dict[str, dict[str, str]] = {}
    units: dict[str, str | None] = {}
    for col in layout.columns:
        raw = lay.cell(cells, col) if col.role == "reading" else ""
        if not raw:
            continue
        value, cell_unit = _split_unit(raw)
        assert col.kind is not None
        part = _pressure(value) if col.component is None else {col.component: value}
        groups.setdefault(col.kind, {}).update(part)
        units[col.kind] = cell_unit or col.unit or units.get(col.kind) or row_unit
    if "pulse" in groups and "blood_pressure" in groups:
        groups["blood_pressure"].setdefault("pulse", groups.pop("pulse")["pulse"])
    return [Candidate(kind, values, units.get(kind),
                      context if kinds.KINDS[kind].contexts else None, note)
            for kind, values in groups.items()]


def _long(layout: lay.Layout, cells: Sequence[str], unknown_types: dict[str, int],
          note: str | None, context: str | None, unit: str | None) -> list[Candidate]:
    type_text = lay.cell(cells, layout.first("type"))
    raw = [lay.cell(cells, layout.first(r)) for r in ("value", "value2", "value3")]
    if not type_text and not any(raw):
        return []
    found = lay.lookup(type_text)
    if found is None or found[0] != "reading" or found[1] is None:
        key = type_text or "(blank)"
        unknown_types[key] = unknown_types.get(key, 0) + 1
        return []
    _role, kind, component = found
    value, cell_unit = _split_unit(raw[0])
    unit = cell_unit or unit
    names = [c.name for c in kinds.KINDS[kind].components]
    if component is None:
        values = _pressure(value) if "/" in value else dict(
            zip(names, [value, *raw[1:]], strict=False))
    elif kind == "blood_pressure":
        return [Candidate(kind, {component: value}, unit, None, note, half=True)]
    else:
        values = dict(zip(names, [value, *raw[1:]], strict=False))
    values = {k: v for k, v in values.items() if v}
    return [Candidate(kind, values, unit, context if kinds.KINDS[kind].contexts else None,
                      note)]


def _unit_hint(layout: lay.Layout) -> str:
    """When columns name no unit, say which unit they were read in: 110 in a "Glucose"
    column is refused as mmol/L, and the fix is a header like "Glucose (mg/dL)"."""
    if layout.first("unit") is not None:
        return ""
    read_as = [f"'{c.header}' as {kinds.KINDS[c.kind].canonical_unit}" for c in layout.columns
               if c.role == "reading" and c.unit is None and c.kind
               and len(kinds.KINDS[c.kind].units) > 1]
    if not read_as:
        return ""
    return (f" Columns without a unit were read in HealthDesk's units ({', '.join(read_as)}); "
            "if that is wrong, name the unit in the header, like 'Glucose (mg/dL)'.")


def _zone(record: HealthRecord, profile_id: str) -> dt.tzinfo | None:
    tz = record.profiles.get(profile_id).timezone
    return ZoneInfo(tz) if tz else None


def parse_rows(text: str, name: str, zone: dt.tzinfo | None, now: dt.datetime
               ) -> tuple[list[PendingReading], list[str]]:
    """Every reading in a CSV text, validated; returns them and notes on what was left out.

    Raises ValidationError listing the rows that cannot be read (nothing is returned then).
    """
    layout = lay.sniff(text, name)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter))
    body = [(i + 1, row) for i, row in enumerate(rows) if i > layout.header_index]
    dayfirst = lay.date_order(layout, body)
    problems: dict[int, str] = {}
    out: list[PendingReading] = []
    notes = list(layout.notes)
    unknown_types: dict[str, int] = {}
    halves: dict[dt.datetime, tuple[int, dict[str, str], str | None]] = {}
    for row_no, cells in body:
        if not any(c.strip() for c in cells):
            continue
        try:
            when = lay.row_time(layout, cells, dayfirst, zone)
            for cand in row_candidates(layout, cells, unknown_types):
                if cand.half:  # a systolic or diastolic row waiting for its other half
                    prev = halves.pop(when, None)
                    if prev is None:
                        halves[when] = (row_no, cand.values, cand.unit)
                        continue
                    cand = Candidate("blood_pressure", {**prev[1], **cand.values},
                                     cand.unit or prev[2], None, cand.note)
                out.append(pending(cand.kind, cand.values, cand.unit, when, now,
                                   context=cand.context, note=cand.note))
        except ValidationError as err:
            problems.setdefault(row_no, f"Row {row_no}: {err.message}")
    for row_no, values, _unit in halves.values():
        missing = "Diastolic" if "systolic" in values else "Systolic"
        problems.setdefault(row_no, f"Row {row_no}: {missing} is required (no {missing.lower()} "
                                    "reading at the same time).")
    if problems:
        listed = [problems[n].rstrip(".") for n in sorted(problems)]
        more = "; ..." if len(listed) > MAX_LISTED_ERRORS else ""
        rows_word = "row" if len(listed) == 1 else "rows"
        raise ValidationError(
            "file", f"{len(listed)} {rows_word} could not be read: "
                    f"{'; '.join(listed[:MAX_LISTED_ERRORS])}{more}. Nothing was imported; "
                    f"fix these rows and import the file again.{_unit_hint(layout)}")
    for type_name, count in sorted(unknown_types.items()):
        rows_were = "rows" if count > 1 else "row"
        notes.append(f"{count} {rows_were} of type '{type_name}' left out: HealthDesk does "
                     "not keep that kind of reading.")
    if not out:
        why = f" ({'; '.join(n.rstrip('.') for n in notes[:MAX_LISTED_ERRORS])})" if notes else ""
        raise ValidationError("file", f"Nothing was imported: {name} holds no readings "
                                      f"HealthDesk keeps{why}.")
    return out, notes


def import_readings_csv(record: HealthRecord, profile_id: str, path: Path, *,
                        dry_run: bool = False) -> CsvImportReport:
    """Import a CSV of readings into one profile, all or nothing (``dry_run``: count only).

    Importing the same file again adds nothing (exact duplicates are skipped).
    Raises ValidationError (the file, its layout, or the rows that cannot be read, listed
    by row number) and NotFoundError (profile).
    """
    path = Path(path)
    zone = _zone(record, profile_id)
    readings, notes = parse_rows(read_text(path), path.name, zone, record.now())
    fresh = store_readings(record.store, profile_id, readings, dry_run=dry_run)
    return CsvImportReport(len(fresh), len(readings) - len(fresh), notes)


# --------------------------------------------------------------------------- export


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _guarded(text: str | None) -> str:
    """Text as a spreadsheet will not run it as a formula (prefixed ', undone on import)."""
    if not text:
        return ""
    return "'" + text if text.startswith(lay.FORMULA_START) else text


def _utc(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ" if moment.microsecond else "%Y-%m-%dT%H:%M:%SZ"
    return moment.strftime(fmt)


def render_readings_csv(record: HealthRecord, profile_id: str, kind: str | None = None
                        ) -> bytes:
    """One profile's live readings, oldest first, in the long layout the importer reads back.

    Values are stored canonical values (full precision), times ISO 8601 UTC. UTF-8 with a
    byte-order mark, so spreadsheet programs show the degree sign right.
    Raises ValidationError (unknown kind) and NotFoundError (profile).
    """
    record.profiles.get(profile_id)
    m = Measurement
    q = select(m.taken_at, m.kind, m.value, m.value2, m.value3, m.unit, m.context, m.note,
               m.source).where(m.profile_id == profile_id, m.deleted.is_(False))
    if kind is not None:
        q = q.where(Measurement.kind == kinds.get_kind(kind).key)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    with record.store.read() as s:
        for row in s.execute(q.order_by(m.taken_at, m.id)):  # plain rows: no ORM objects
            writer.writerow([_utc(row.taken_at), row.kind, _number(row.value),
                             _number(row.value2), _number(row.value3), row.unit,
                             row.context or "", _guarded(row.note), row.source])
    return buffer.getvalue().encode("utf-8-sig")


def export_readings_csv(record: HealthRecord, profile_id: str, dest: Path | None,
                        kind: str | None = None) -> bytes:
    """Write ``render_readings_csv`` to ``dest`` (0600, atomically) when given; return it.

    Raises ValidationError, NotFoundError; OSError when ``dest`` cannot be written.
    """
    data = render_readings_csv(record, profile_id, kind)
    if dest is not None:
        write_private_atomic(Path(dest), data)
    return data
