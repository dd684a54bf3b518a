"""A CSV HealthDesk does not recognise, read by the person's mapping: which column is the
time (and, if apart, the clock time), which the value, and the unit (a column, or one unit
for the file). A mapping can be saved for the next file of the same shape (the same header
row), on this device (local_state, never synced).

Times are read like a device's (numeric dates in the order the data shows, ";" files and
dotted dates day-first when every date is ambiguous; the person's zone; see import_run),
with the CSV importer's wider date reader as a fallback ("Nov 20, 2025 7:30 PM").
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store import local_state

from . import detect
from .csv_readings import PendingReading, pending, read_text
from .import_report import SourceReport
from .import_run import (
    Context,
    Format,
    LocalClock,
    Progress,
    infer_day_first,
    local_time,
    number,
    run_format,
)

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

PREVIEW_ROWS = 8
_KEY = "csv_mapping:"


@dataclass(frozen=True)
class Table:
    """A CSV's delimiter, header row and first rows, as the mapping dialog shows them."""

    delimiter: str
    header_index: int
    header: list[str]
    rows: list[list[str]]

    @property
    def shape(self) -> str:
        """What files of "the same shape" share: the header's names."""
        names = "\x1f".join(detect.slug(h) for h in self.header)
        return hashlib.sha256(f"{self.delimiter}{names}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Mapping:
    kind: str
    time: int
    value: int
    clock: int | None = None  # a separate time-of-day column
    unit_column: int | None = None
    unit: str | None = None  # the file's unit when no column names it

    def check(self, table: Table) -> None:
        """Raises ValidationError naming the choice that does not fit the file."""
        spec = kinds.get_kind(self.kind)
        if len(spec.components) != 1:
            raise ValidationError("kind", _("{label} has several values; map a file of one "
                                            "value per row (such as glucose or weight).").format(
                                              label=spec.label))
        for name, col in (("time", self.time), ("value", self.value), ("clock", self.clock),
                          ("unit_column", self.unit_column)):
            if col is not None and not 0 <= col < len(table.header):
                raise ValidationError(name, _("Column {value} is not in the file (it has {n} "
                                              "columns).").format(
                                                value=col + 1, n=len(table.header)))
        if self.unit is not None:
            kinds.resolve_unit(spec, self.unit)


def _rows(text: str) -> tuple[str, int, list[list[str]]]:
    lines = text.splitlines()
    sample = [ln for ln in lines[:20] if ln.strip()]
    if not sample:
        raise ValidationError("file", _("The file is empty."))
    delimiter = max((",", ";", "\t"), key=lambda d: sum(ln.count(d) for ln in sample))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    widest = max(len(r) for r in rows[:20])
    header_index = next(i for i, r in enumerate(rows) if len(r) == widest)
    return delimiter, header_index, rows


def open_table(path: Path) -> Table:
    """The file's layout for the mapping dialog. Raises ValidationError naming the file."""
    path = Path(path)
    delimiter, header_index, rows = _rows(read_text(path))
    header = [c.strip() for c in rows[header_index]]
    if len(header) < 2:
        raise ValidationError("file", _("{name} has fewer than two columns: it is not a table "
                                        "of readings.").format(name=path.name))
    body = [r for r in rows[header_index + 1:] if any(c.strip() for c in r)]
    return Table(delimiter, header_index, header, body[:PREVIEW_ROWS])


def saved_mapping(record: HealthRecord, table: Table) -> Mapping | None:
    with record.store.read() as s:
        found = local_state.get(s, _KEY + table.shape)
    return Mapping(**found) if isinstance(found, dict) else None


def save_mapping(record: HealthRecord, table: Table, mapping: Mapping) -> None:
    mapping.check(table)
    with record.store.write() as s:
        local_state.put(s, _KEY + table.shape, asdict(mapping))


def _cell(cells: list[str], col: int | None) -> str:
    return cells[col].strip() if col is not None and col < len(cells) else ""


def _prepared(path: Path, mapping: Mapping) -> tuple[list[list[str]], list[str], bool]:
    """The body rows, their date-and-time texts, and whether dates are day-first."""
    delimiter, header_index, rows = _rows(read_text(path))
    body = rows[header_index + 1:]
    stamps = [f"{_cell(r, mapping.time)} {_cell(r, mapping.clock)}".strip() for r in body]
    dayfirst = infer_day_first(stamps, default=delimiter == ";" or any(
        s[:10].count(".") == 2 for s in stamps[:20]))
    return body, stamps, dayfirst


def _row(mapping: Mapping, cells: list[str], stamp: str, dayfirst: bool, ctx: Context
         ) -> PendingReading | str | None:
    """One row's reading, or the reason it is left out (None: a blank row)."""
    if not any(c.strip() for c in cells):
        return None
    raw = _cell(cells, mapping.value)
    value = number(raw)
    if value is None:
        return "no value" if not raw else "not a number"
    try:
        try:
            when = ctx.clock.utc(local_time(stamp, dayfirst))
        except ValidationError:
            when = detect.parse_when(stamp, dayfirst, ctx.clock.zone)
    except ValidationError:
        return "a date or time HealthDesk cannot read"
    unit = _cell(cells, mapping.unit_column) or mapping.unit
    try:
        return pending(mapping.kind, {kinds.KINDS[mapping.kind].components[0].name: value},
                       unit, when, ctx.now)
    except ValidationError as err:
        return err.message


def _reader(mapping: Mapping) -> Format:
    def read(path: Path, ctx: Context) -> Iterator[PendingReading | None]:
        body, stamps, dayfirst = _prepared(path, mapping)
        total = max(1, len(body))
        for n, cells in enumerate(body):
            if n % 5000 == 0:
                ctx.progress(n / total)
            got = _row(mapping, cells, stamps[n], dayfirst, ctx)
            if isinstance(got, str):
                ctx.report.skip(mapping.kind, got)
            elif got is not None:
                yield got
        ctx.progress(1.0)

    return Format("csv_mapped", "CSV read with your column mapping", lambda _p, _h: False,
                  read)


def import_mapped(record: HealthRecord, profile_id: str, path: Path, mapping: Mapping, *,
                  dry_run: bool = False, progress: Progress | None = None) -> SourceReport:
    """Import (or, with ``dry_run``, count) a CSV by ``mapping``.

    Raises ValidationError (the mapping, the file) and NotFoundError (profile).
    """
    mapping.check(open_table(path))
    return run_format(record, profile_id, path, _reader(mapping), dry_run=dry_run,
                      progress=progress)


def preview(record: HealthRecord, profile_id: str, path: Path, mapping: Mapping
            ) -> list[dict[str, Any]]:
    """The first rows as they would be stored, nothing written: per row {"row",
    "taken_at" (UTC), "local" (the person's clock), "value", "unit"} or {"row",
    "problem"}."""
    mapping.check(open_table(path))
    body, stamps, dayfirst = _prepared(path, mapping)
    tz = record.profiles.get(profile_id).timezone
    ctx = Context(SourceReport("csv_mapped", "", Path(path).name),
                  LocalClock(ZoneInfo(tz) if tz else None), record.now())
    out: list[dict[str, Any]] = []
    for n, cells in enumerate(body):
        got = _row(mapping, cells, stamps[n], dayfirst, ctx)
        if isinstance(got, str):
            out.append({"row": n + 1, "problem": got})
        elif got is not None:
            name = kinds.KINDS[got.kind].components[0].name
            local = got.taken_at.astimezone(ctx.clock.zone) if ctx.clock.zone else \
                got.taken_at.astimezone()
            out.append({"row": n + 1, "taken_at": got.taken_at, "value": got.values[name],
                        "unit": got.unit, "local": local.strftime("%Y-%m-%d %H:%M")})
        if len(out) >= PREVIEW_ROWS:
            break
    return out
