"""What a file to import is, read from its content (never its extension), and how a CSV
of readings is laid out: delimiter, header row, column meanings, date order.

``detect_format`` answers "json" (a HealthDesk export), "fhir" (a FHIR Bundle) or "csv"
(readings); the CSV layout helpers are shared by the detector and the CSV importer, so a
file is called CSV exactly when the importer can find its header.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from healthdesk.domain import measurements as kinds
from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .canonical import EXPORT_FORMAT

FORMATS = ("json", "fhir", "csv")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HEAD_BYTES = 64 * 1024
_SNIFF_LINES = 40
_HEADER_SEARCH = 15
_UNIT_PART = re.compile(r"^(.*?)\s*[(\[]\s*([^()\[\]]*?)\s*[)\]]\s*$")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
_TRAILING_TIME = re.compile(
    r"(?:^|[\sT,]+)(\d{1,2}(?:[:.]\d{2}){1,2}(?:[.,]\d+)?(?:\s*[ap]\.?\s*m\.?)?"
    r"|\d{1,2}\s*[ap]\.?\s*m\.?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?"
                   r"\s*(?:([ap])\.?\s*m\.?)?", re.IGNORECASE)
_NAMED_DATES = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y", "%d-%b-%y",
                "%a %d %b %Y", "%a %b %d %Y")

# Header (or type) names, as slugs: lower case, words separated by one space.
_NAMES: dict[str, tuple[str, str | None, str | None]] = {}


def _names(role: str, kind: str | None, component: str | None, *names: str) -> None:
    for name in names:
        _NAMES.setdefault(name, (role, kind, component))


_names("reading", "blood_pressure", "systolic", "systolic", "sys", "sbp", "systolic pressure",
       "systolic blood pressure", "systolic bp", "bp systolic", "blood pressure systolic",
       "upper")
_names("reading", "blood_pressure", "diastolic", "diastolic", "dia", "dbp",
       "diastolic pressure", "diastolic blood pressure", "diastolic bp", "bp diastolic",
       "blood pressure diastolic", "lower")
_names("reading", "blood_pressure", None, "blood pressure", "bp")
_names("reading", "pulse", "pulse", "pulse", "heart rate", "hr", "bpm", "pulse rate",
       "heartrate", "heart beat", "pul")
_names("reading", "glucose", "glucose", "glucose", "blood sugar", "bg", "blood glucose",
       "sugar", "glucose level", "glucose reading", "bg reading", "blood sugar level",
       "historic glucose", "scan glucose", "glucose value")
_names("reading", "weight", "weight", "weight", "body weight")
_names("reading", "height", "height", "height", "body height")
_names("reading", "temperature", "temperature", "temperature", "temp", "body temperature",
       "body temp")
_names("reading", "spo2", "spo2", "spo2", "sp o2", "oxygen saturation", "o2 saturation",
       "o2 sat", "oxygen", "blood oxygen", "sao2")
_names("reading", "hba1c", "hba1c", "hba1c", "a1c", "hb a1c", "glycated haemoglobin",
       "glycated hemoglobin", "hemoglobin a1c", "haemoglobin a1c")
_names("reading", "cholesterol", "total", "cholesterol", "total cholesterol", "chol",
       "cholesterol total")
_names("reading", "steps", "steps", "steps", "step count", "step", "daily steps")
_names("reading", "sleep", "sleep", "sleep", "sleep hours", "sleep duration", "hours slept",
       "sleep time", "hours of sleep")
_names("reading", "respiratory_rate", "respiratory_rate", "respiratory rate", "resp rate",
       "respiration rate", "respiration", "breathing rate", "rr", "breaths")
_names("reading", "peak_flow", "peak_flow", "peak flow", "pef", "pefr",
       "peak expiratory flow")
_names("datetime", None, None, "timestamp", "datetime", "date time", "date and time",
       "taken at", "measured at", "recorded at", "time stamp", "start time", "date time utc",
       "device timestamp", "effective", "measurement date and time")
_names("date", None, None, "date", "day", "measurement date", "reading date",
       "date of measurement", "datum", "fecha")
_names("time", None, None, "time", "measurement time", "reading time", "time of day",
       "uhrzeit", "hora")
_names("type", None, None, "type", "kind", "measurement type", "reading type", "metric",
       "data type", "record type", "parameter")
_names("value", None, None, "value", "reading", "result", "measurement value", "value1")
_names("value2", None, None, "value2")
_names("value3", None, None, "value3")
_names("unit", None, None, "unit", "units", "uom", "unit of measure")
_names("context", None, None, "context", "meal", "tag", "meal tag", "meal marker",
       "measurement context", "marker", "event")
_names("note", None, None, "note", "notes", "comment", "comments", "memo", "remarks")
_names("ignored", None, None, "source")

def slug(text: str) -> str:
    """"Blood_Pressure" -> "blood pressure": how header and type names are compared."""
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", text.casefold()).split())


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: str  # reading | datetime | date | time | type | value(2|3) | unit | context | note
    kind: str | None = None
    component: str | None = None  # None for a combined "120/80" blood-pressure column
    unit: str | None = None


@dataclass(frozen=True)
class Layout:
    delimiter: str
    header_index: int
    columns: tuple[Column, ...]
    notes: tuple[str, ...] = ()

    def first(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    @property
    def long(self) -> bool:
        return self.first("type") is not None and self.first("value") is not None


def lookup(name: str) -> tuple[str, str | None, str | None] | None:
    """The meaning of a header or type name; None when HealthDesk does not know it."""
    return _NAMES.get(slug(name))


def is_unit(text: str) -> bool:
    try:
        u.parse_unit(text)
    except ValidationError:
        return False
    return True


def _column(index: int, cell: str) -> Column | None:
    text = cell.strip().lstrip("\ufeff")
    match = _UNIT_PART.match(text)
    name, unit = (match[1], match[2] or None) if match else (text, None)
    found = lookup(name)
    if found is None and " " in slug(name):  # "weight kg", "temp_f"
        head, _, tail = slug(name).rpartition(" ")
        if is_unit(tail) and lookup(head) is not None:
            found, unit = lookup(head), unit or tail
    if found is None:
        return None
    role, kind, component = found
    return Column(index, text, role, kind, component, unit if role == "reading" else None)


def _layout(row: Sequence[str], index: int, delimiter: str) -> Layout | None:
    columns: list[Column] = []
    notes: list[str] = []
    taken: set[tuple[str, str | None, str | None]] = set()
    for i, cell in enumerate(row):
        if not cell.strip():
            continue
        col = _column(i, cell)
        if col is None or (col.role, col.kind, col.component) in taken:
            why = "was not recognised" if col is None else "repeats an earlier column"
            notes.append(f"Column '{cell.strip()}' {why} and was left out.")
            continue
        taken.add((col.role, col.kind, col.component))
        columns.append(col)
    layout = Layout(delimiter, index, tuple(columns), tuple(notes))
    has_time = layout.first("datetime") or layout.first("date")
    if not has_time or not (layout.long or layout.first("reading")):
        return None
    return layout


def find_layout(text: str) -> Layout | None:
    """The delimiter and header row of a CSV of readings (within its first lines), or None."""
    lines = text[:_HEAD_BYTES].splitlines()[:_SNIFF_LINES]
    best: tuple[tuple[int, int], Layout] | None = None
    for delimiter in (",", ";", "\t"):
        for index, row in enumerate(csv.reader(lines, delimiter=delimiter)):
            if index >= _HEADER_SEARCH:
                break
            layout = _layout(row, index, delimiter)
            if layout is not None:
                score = (len(layout.columns), len(row))
                if best is None or score > best[0]:
                    best = (score, layout)
                break
    return None if best is None else best[1]


def sniff(text: str, name: str) -> Layout:
    """``find_layout`` with the header units checked.

    Raises ValidationError naming the file when no header row is recognised, or when a
    header names a unit its reading cannot be in.
    """
    layout = find_layout(text)
    if layout is None:
        raise ValidationError(
            "file", _("{name} has no header row HealthDesk recognises: a CSV of readings needs "
                      "a date (or date and time) column and reading columns such as Systolic, "
                      "Glucose or Weight, or type, value and unit columns.").format(name=name))
    fixed = []
    for col in layout.columns:
        if col.role == "reading" and col.unit is not None:
            try:
                col = Column(col.index, col.header, col.role, col.kind, col.component,
                             kinds.resolve_unit(kinds.KINDS[col.kind], col.unit))
            except ValidationError as err:
                raise ValidationError("file", _("Column '{header}': {message}").format(
                                                  header=col.header, message=err.message)) from None
        fixed.append(col)
    return Layout(layout.delimiter, layout.header_index, tuple(fixed), layout.notes)


# --------------------------------------------------------------------------- dates


def decode(raw: bytes) -> str:
    """Text as spreadsheets save it: UTF-8 (BOM or not), UTF-16 with a BOM ("Unicode text"),
    else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3:  # a character cut at the end of a sample
            return raw[:exc.start].decode("utf-8-sig")
        return raw.decode("cp1252", errors="replace")


def cell(cells: Sequence[str], col: Column | None) -> str:
    """The stripped text of ``col`` in a row ("" when the row is short or col is None)."""
    return cells[col.index].strip() if col is not None and col.index < len(cells) else ""


def _when_text(layout: Layout, cells: Sequence[str]) -> str:
    text = cell(cells, layout.first("datetime"))
    if not text:
        text = f"{cell(cells, layout.first('date'))} {cell(cells, layout.first('time'))}"
    return text.strip()


def date_order(layout: Layout, body: Sequence[tuple[int, Sequence[str]]]) -> bool:
    """True when the file's numeric dates are day-first (see the csv_readings docstring).

    Raises ValidationError when some dates can only be day-first and others month-first.
    """
    day_first: tuple[int, str] | None = None
    month_first: tuple[int, str] | None = None
    dotted = False
    for row_no, cells in body:
        text = _when_text(layout, cells)
        match = _NUMERIC_DATE.match(text)
        if match is None:
            continue
        a, b = int(match[1]), int(match[3])
        dotted = dotted or match[2] == "."
        if a > 12 >= b and day_first is None:
            day_first = (row_no, text)
        elif b > 12 >= a and month_first is None:
            month_first = (row_no, text)
    if day_first and month_first:
        raise ValidationError(
            "file", _("Dates mix day-first and month-first order (row {day_first}: "
                      "'{day_first2}', row {month_first}: '{month_first2}'); write every date "
                      "the same way and import again.").format(
                        day_first=day_first[0], day_first2=day_first[1],
                        month_first=month_first[0], month_first2=month_first[1]))
    if day_first or month_first:
        return day_first is not None
    return layout.delimiter == ";" or dotted


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= dt.date.today().year + 1 else 1900
    return year


def _date(text: str, dayfirst: bool) -> dt.date:
    text = text.strip().rstrip(",").strip()
    try:
        if match := _ISO_DATE.fullmatch(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC_DATE.fullmatch(text):
            a, b = int(match[1]), int(match[3])
            day, month = (a, b) if dayfirst else (b, a)
            return dt.date(_year(match[4]), month, day)
    except ValueError:
        raise ValidationError("taken_at",
            _("Date '{text}' is not a real date.").format(text=text)) from None
    plain = " ".join(text.replace(",", " ").split())
    for fmt in _NAMED_DATES:
        try:
            return dt.datetime.strptime(plain, fmt).date()
        except ValueError:
            continue
    raise ValidationError("taken_at", _("Date '{text}' is not understood; write dates like "
                                        "2026-11-23 or 23/11/2026.").format(text=text))


def _time(text: str) -> dt.time:
    match = _TIME.fullmatch(text.strip())
    if match is None or (match[2] is None and match[5] is None):
        raise ValidationError("taken_at", _("Time '{text}' is not understood; write times like "
                                            "08:30 or 8:30 PM.").format(text=text))
    hour, minute = int(match[1]), int(match[2] or 0)
    second = int(match[3] or 0)
    micro = int((match[4] or "0").ljust(6, "0"))
    if match[5]:
        if not 1 <= hour <= 12:
            raise ValidationError("taken_at", _("Time '{text}' is not a real time.").format(
                                                  text=text))
        hour = hour % 12 + (12 if match[5].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError("taken_at", _("Time '{text}' is not a real time.").format(text=text))
    return dt.time(hour, minute, second, micro)


def parse_when(text: str, dayfirst: bool, zone: dt.tzinfo | None) -> dt.datetime:
    """A date and time as people and devices write them, as an aware UTC datetime.

    Raises ValidationError(field="taken_at") saying what could not be read.
    """
    text = text.strip()
    if not text:
        raise ValidationError("taken_at", _("Date is missing."))
    moment: dt.datetime | None = None
    if _ISO_DATE.match(text) and "/" not in text[:10]:
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            moment = None
    if moment is None:
        match = _TRAILING_TIME.search(text)
        day = _date(text[:match.start()] if match else text, dayfirst)
        clock = _time(match[1]) if match else dt.time(12, 0)
        moment = dt.datetime.combine(day, clock)
        offset = match[2] if match else None
        if offset:
            if offset.upper() in ("Z", "UTC", "GMT"):
                moment = moment.replace(tzinfo=dt.UTC)
            else:
                sign = -1 if offset[0] == "-" else 1
                hh, mm = int(offset[1:3]), int(offset[-2:])
                moment = moment.replace(
                    tzinfo=dt.timezone(sign * dt.timedelta(hours=hh, minutes=mm)))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(dt.UTC)


def row_time(layout: Layout, cells: Sequence[str], dayfirst: bool,
             zone: dt.tzinfo | None) -> dt.datetime:
    """When a row's readings were taken. Raises ValidationError(field="taken_at")."""
    return parse_when(_when_text(layout, cells), dayfirst, zone)


# --------------------------------------------------------------------------- formats


def _unknown(name: str, why: str) -> ValidationError:
    return ValidationError(
        "file", _("{name} is not a file HealthDesk can import ({why}); import a FHIR R4 Bundle "
                  "(JSON), a CSV of readings with a header row, or a "
                  "HealthDesk JSON export.").format(
                    name=name, why=why))


def read_json(path: Path) -> Any:
    """The JSON value in a file. Raises ValidationError naming the file."""
    try:
        return json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise ValidationError("file", _("{path} cannot be read: {value}.").format(
                                          path=path, value=exc.strerror or exc)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _unknown(Path(path).name, "it starts like JSON but is not valid JSON") from None


def load_bundle(path: Path) -> tuple[str, dict[str, Any]]:
    """The Bundle's JSON object. Raises ValidationError naming the file when it cannot be
    read, is not JSON, or is not a FHIR Bundle. The Bundle's shell is checked by
    fhir_read.py, without the fhir.resources models (loading them takes 0.2-0.7 s here)."""
    from .fhir_read import read_bundle

    return read_bundle(path)


def first_error(exc: Any) -> str:
    """The first problem pydantic found, as "where: what"."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "resource"
    return f"{where}: {err.get('msg', 'invalid').removeprefix('Value error, ')}"


def _json_format(path: Path, head: bytes) -> str:
    start = head.decode("utf-8-sig", errors="replace").lstrip()
    if re.match(r'\{\s*"format"\s*:\s*"' + re.escape(EXPORT_FORMAT) + '"', start):
        return "json"
    document = read_json(path)
    if isinstance(document, dict):
        if "resourceType" in document:
            load_bundle(path)  # raises, naming what it is, unless a valid Bundle
            return "fhir"
        if document.get("format") == EXPORT_FORMAT:
            return "json"
    raise _unknown(path.name, "it is JSON, but neither a FHIR Bundle nor a HealthDesk export")


def detect_format(path: Path) -> str:
    """"json", "fhir" or "csv", or a device's or app's export ("librelink", "dexcom",
    "nightscout", "apple_health": see import_run), from the file's content.

    Raises ValidationError naming the file when it cannot be read or is none of these.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError as exc:
        raise ValidationError("file", _("{path} cannot be read: {value}.").format(
                                          path=path, value=exc.strerror or exc)) from None
    if not head.strip():
        raise _unknown(path.name, "it is empty")
    from .import_run import sniff_source  # devices' and apps' own export formats

    if found := sniff_source(path, head):
        return found
    if head[257:262] == b"ustar":
        raise ValidationError(
            "file", _("{name} is an archive, such as a HealthDesk backup; restore a backup with "
                      "'healthdesk restore {name}'.").format(name=path.name))
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unknown(path.name, "it is a binary file")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return _json_format(path, head)
    if find_layout(decode(head)) is None:
        raise _unknown(path.name, "no header row of readings was found")
    return "csv"
