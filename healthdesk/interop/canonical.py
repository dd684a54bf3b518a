"""The canonical form of synced rows, shared by the JSON export, the import and backups.

Every synced table is described from the store's one schema description
(``healthdesk.store.schema``, read from the models), so a table or column added by a
migration is exported and imported with no change to this package. Values travel exactly
as the store keeps them:

* UTC datetimes: the stored fixed-width text (``2026-03-10T09:00:00.000000Z``);
* dates: ISO text; booleans: JSON true/false; numbers: JSON numbers (``repr`` of floats);
* JSON columns: nested JSON values (not strings), re-encoded canonically on import;
* binary columns (document content, profile photo): ``{"$b64": "<base64>"}``. The
  marker object is only read back for binary columns, so a JSON column that happens to
  hold such an object stays a JSON value.

Device-local tables (outbox, local_state, preferences, sync_guard, search_index) are not
synced models and so never appear in an export.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.schema import sort_tables

from healthdesk.domain.errors import ValidationError
from healthdesk.store.migrate import script_location
from healthdesk.store.models import SYNCED_MODELS
from healthdesk.store.schema import TableInfo, synced_tables

from .output_files import write_output

EXPORT_FORMAT = "healthdesk-export"
EXPORT_VERSION = 1
B64_KEY = "$b64"

_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_STAMP_RE = re.compile(r"\d{13}-\d{5}-[^-]+")


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its name, how its value is written (``kind``) and whether it may be null."""

    name: str
    kind: str  # text | int | float | bool | datetime | date | json | blob
    nullable: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]  # in name order
    column_names: tuple[str, ...]
    name_set: frozenset[str]


def _spec(table: TableInfo) -> TableSpec:
    cols = sorted((ColumnSpec(c.name, c.kind, c.nullable) for c in table.columns.values()),
                  key=lambda c: c.name)
    names = tuple(c.name for c in cols)
    return TableSpec(table.name, tuple(cols), names, frozenset(names))


def table_specs() -> dict[str, TableSpec]:
    """Every synced table, by name, in sorted name order (the export's order)."""
    specs = {name: _spec(table) for name, table in synced_tables().items()}
    return dict(sorted(specs.items()))


def import_order() -> list[str]:
    """Synced tables with parents before children (profiles first), from the foreign keys."""
    tables = [m.__table__ for m in SYNCED_MODELS]  # type: ignore[attr-defined]
    return [t.name for t in sort_tables(tables)]


def known_revisions() -> set[str]:
    """Every schema revision this version of HealthDesk knows (its migration scripts)."""
    # Alembic (with Mako) costs ~120 ms to import: only when a file is read or written.
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(script_location()))
    return {s.revision for s in script.walk_revisions()}


# --------------------------------------------------------------------------- values


def encoder(kind: str) -> Callable[[Any], Any]:
    """A function turning a value as stored (raw SQLite) into its JSON form."""
    if kind == "bool":
        return lambda v: None if v is None else bool(v)
    if kind == "json":
        return lambda v: None if v is None else json.loads(v)
    if kind == "blob":
        return lambda v: None if v is None else {B64_KEY: base64.b64encode(v).decode("ascii")}
    return lambda v: v


def canonical_json_text(value: Any) -> str:
    """JSON as JSONText stores it: sorted keys, no spaces, unicode kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class _BadValue(ValueError):
    pass


def _decode_text(v: Any) -> str:
    if not isinstance(v, str):
        raise _BadValue("must be text")
    return v


def _decode_int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not -(2**63) <= v < 2**63:
        raise _BadValue("must be a whole number (64-bit)")
    return v


def _decode_float(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _BadValue("must be a number")
    try:
        number = float(v)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _BadValue("must be a finite number")
    return number


def _decode_bool(v: Any) -> int:
    if not isinstance(v, bool):
        raise _BadValue("must be true or false")
    return int(v)


def _decode_datetime(v: Any) -> str:
    if not isinstance(v, str) or not _DATETIME_RE.fullmatch(v):
        raise _BadValue("must be a UTC time like 2026-03-10T09:00:00.000000Z")
    try:
        dt.datetime.fromisoformat(v[:-1])  # the shape is checked above; this checks ranges
    except ValueError:
        raise _BadValue("is not a real date and time") from None
    return v


def _decode_date(v: Any) -> str:
    if not isinstance(v, str) or len(v) != 10:
        raise _BadValue("must be a date like 2026-03-10")
    try:
        parsed = dt.date.fromisoformat(v)
    except ValueError:
        parsed = None
    if parsed is None or parsed.isoformat() != v:  # refuses week dates such as 2026-W10-1
        raise _BadValue("must be a real date like 2026-03-10")
    return v


def _decode_blob(v: Any) -> bytes:
    if not isinstance(v, dict) or set(v) != {B64_KEY} or not isinstance(v[B64_KEY], str):
        raise _BadValue(f'must be an object {{"{B64_KEY}": "<base64>"}}')
    try:
        return base64.b64decode(v[B64_KEY].encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _BadValue("holds damaged base64") from None


_DECODERS: dict[str, Callable[[Any], Any]] = {
    "text": _decode_text,
    "int": _decode_int,
    "float": _decode_float,
    "bool": _decode_bool,
    "datetime": _decode_datetime,
    "date": _decode_date,
    "json": canonical_json_text,
    "blob": _decode_blob,
}


def decode_row(spec: TableSpec, row: Any, index: int) -> dict[str, Any]:
    """Check one exported row against its table and return the values to store.

    Raises ValidationError naming the table, the row and the column at fault.
    """
    if not isinstance(row, dict):
        raise ValidationError("file", f"Row {index + 1} of table '{spec.name}' is not an object.")
    rid = row.get("id")
    where = f"row {rid}" if isinstance(rid, str) else f"row {index + 1}"
    unknown = sorted(row.keys() - spec.name_set)
    if unknown:
        raise ValidationError(
            "file", f"The export has an unknown column '{unknown[0]}' in table '{spec.name}' "
                    f"({where}); it may come from a newer HealthDesk."
        )
    out: dict[str, Any] = {}
    for col in spec.columns:
        value = row.get(col.name)
        if value is None:
            if not col.nullable and col.name != "deleted":
                raise ValidationError(
                    "file", f"Column '{col.name}' of {where} in table '{spec.name}' is missing; "
                            "it must have a value."
                )
            out[col.name] = 0 if col.name == "deleted" else None
            continue
        try:
            out[col.name] = _DECODERS[col.kind](value)
        except _BadValue as exc:
            raise ValidationError(
                "file", f"Column '{col.name}' of {where} in table '{spec.name}' {exc}."
            ) from None
    _check_identity(spec.name, out, where)
    return out


def _check_identity(table: str, row: dict[str, Any], where: str) -> None:
    try:
        canonical = str(uuid.UUID(row["id"]))
    except ValueError:
        canonical = None
    if canonical != row["id"]:
        raise ValidationError("file", f"The id of {where} in table '{table}' is not a valid id.")
    if not _STAMP_RE.fullmatch(row["version"]):
        raise ValidationError(
            "file", f"The version of {where} in table '{table}' is not a HealthDesk clock stamp."
        )


# --------------------------------------------------------------------------- files


def write_private_atomic(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest``: a regular file is replaced atomically (0600, fsync,
    rename), a FIFO or device is written straight to, ``-`` is standard output
    (``output_files`` says why)."""
    write_output(dest, data)
