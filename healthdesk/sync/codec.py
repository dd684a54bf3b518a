"""Values between the store's columns and the wire (docs/sync.md).

The store keeps values as SQLite holds them (datetimes as fixed-width UTC text, dates as
ISO text, booleans as 0/1, JSON columns as canonical JSON text, bytes as blobs). On the
wire every value is plain JSON: booleans true/false, JSON columns as nested values,
bytes as base64 text. Both directions work on raw driver values, not ORM objects, so a
page of a thousand rows costs no object construction.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

# IDENTITY and NOT_SENT are the schema's; apply and outbox read them from here.
from healthdesk.store.schema import IDENTITY as IDENTITY
from healthdesk.store.schema import NOT_SENT as NOT_SENT
from healthdesk.store.schema import synced_tables


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text | int | float | bool | datetime | date | json | blob
    nullable: bool


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, Column]
    required: frozenset[str]  # NOT NULL columns an insert must bring (besides identity)
    append_only: bool
    plain_columns: frozenset[str] = frozenset()  # fields a change may carry as they are
    converters: dict[str, Callable[[Any], Any]] = field(default_factory=dict)  # non-identity
    # Every plain column's checking decoder (raises Unfit): what a pulled value must pass.
    checkers: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    references: dict[str, str] = field(default_factory=dict)  # column -> parent table

    def encoder(self, name: str) -> Callable[[Any], Any]:
        return _ENCODE[self.columns[name].kind]

    def decoder(self, name: str) -> Callable[[Any], Any]:
        return _DECODE[self.columns[name].kind]

    def checked(self, name: str, value: Any) -> Any:
        """``value`` as the column stores it; raises Unfit naming the field and why not."""
        try:
            return self.checkers[name](value)
        except Unfit as exc:
            exc.field = name
            raise


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _b64(value: Any) -> Any:
    return None if value is None else base64.b64encode(value).decode("ascii")


def _unb64(value: Any) -> Any:
    if value is None:
        return None
    return base64.b64decode(value.encode("ascii"), validate=True)


def _same(value: Any) -> Any:
    return value


_ENCODE: dict[str, Callable[[Any], Any]] = {
    "bool": lambda v: None if v is None else bool(v),
    "json": lambda v: None if v is None else json.loads(v),
    "blob": _b64,
}
_DECODE: dict[str, Callable[[Any], Any]] = {
    "bool": lambda v: None if v is None else int(bool(v)),
    "json": _json_text,
    "blob": _unb64,
    "float": lambda v: None if v is None else float(v),
}
for _k in ("text", "int", "float", "datetime", "date", "json", "blob", "bool"):
    _ENCODE.setdefault(_k, _same)
    _DECODE.setdefault(_k, _same)


class Unfit(ValueError):
    """A pulled value this store cannot hold; ``problem`` completes "<field> ..." in words."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.field = field


# What a pulled value must be, per kind (the server is not trusted: an older or
# compromised one, or rows stored before it validated). Cheap type and shape checks
# only, so the initial sync stays fast; the database's own constraints catch the rest.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_from_iso = dt.datetime.fromisoformat


def stamp_problem(stamp: str, newest: str | None) -> str | None:
    """Why a row's greatest stamp (its new version, observed into our clock) cannot be
    taken: malformed, or later than the server's clock allows (it would win every later
    edit and drag this device's clock into the future)."""
    if not (len(stamp) >= 21 and stamp[13] == "-" and stamp[19] == "-"
            and stamp[:13].isdigit() and stamp[14:19].isdigit()):
        return "arrived with a malformed clock stamp"
    if newest is not None and stamp > newest:
        return "carries a clock stamp later than the server's own clock"
    return None


def _what(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _too_large(value: int) -> Unfit:
    return Unfit(f"is a number too large to store ({len(str(abs(value)))} digits)")


def _check_text(v: Any) -> Any:
    if v is None or type(v) is str:
        return v
    raise Unfit(f"must be text, not {_what(v)}")


def _check_int(v: Any) -> Any:
    if v is None:
        return None
    if type(v) is int:
        if INT_MIN <= v <= INT_MAX:
            return v
        raise _too_large(v)
    if type(v) is float and v.is_integer() and INT_MIN <= v <= INT_MAX:
        return int(v)
    raise Unfit(f"must be a whole number, not {_what(v)}")


def _check_float(v: Any) -> Any:
    if v is None:
        return None
    if type(v) is float:
        if math.isfinite(v):
            return v
        raise Unfit("must be a finite number")
    if type(v) is int:
        try:
            return float(v)
        except OverflowError:
            raise _too_large(v) from None
    raise Unfit(f"must be a number, not {_what(v)}")


def _check_bool(v: Any) -> Any:
    if v is None:
        return None
    if v is True or v is False or (type(v) is int and v in (0, 1)):
        return int(v)
    raise Unfit(f"must be true or false, not {_what(v)}")


def _check_datetime(v: Any) -> Any:
    if v is None:
        return None
    # Fixed width (string order is time order), then a real date and time: ~4x faster
    # than a regular expression, and it is three fields of every row.
    if type(v) is str and len(v) == 27 and v[26] == "Z" and v[10] == "T" and v[19] == ".":
        try:
            _from_iso(v)
            return v
        except ValueError:
            pass
    raise Unfit("must be a time such as 2026-01-05T08:00:00.000000Z")


def _check_date(v: Any) -> Any:
    if v is None:
        return None
    if type(v) is str and len(v) == 10 and v[4] == "-" and v[7] == "-":
        try:
            dt.date.fromisoformat(v)
            return v
        except ValueError:
            pass
    raise Unfit("must be a date such as 2026-01-05")


def _check_blob(v: Any) -> Any:
    if v is None:
        return None
    if type(v) is str:
        try:
            return base64.b64decode(v.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            pass
    raise Unfit("must be base64 text")


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() | {"UTC"})


def _check_zone(v: Any) -> Any:
    # Every screen and reminder reads the zone with ZoneInfo: a name no zone has would
    # break them all, so it is set aside like any other value the store cannot hold.
    if v is None or (type(v) is str and (v in _zones() or len(_zones()) == 1)):
        return v
    raise Unfit("must be a time zone name such as Europe/London")


_CHECK: dict[str, Callable[[Any], Any]] = {
    "text": _check_text, "int": _check_int, "float": _check_float, "bool": _check_bool,
    "datetime": _check_datetime, "date": _check_date, "json": _json_text,
    "blob": _check_blob,
}


@cache
def tables() -> dict[str, Table]:
    """Every synced table this version of the store has, by name (from the store's one
    schema description, ``healthdesk.store.schema``)."""
    out: dict[str, Table] = {}
    for t in synced_tables().values():
        cols = {n: Column(n, c.kind, c.nullable) for n, c in t.columns.items()}
        required = t.required
        plain = frozenset(cols) - NOT_SENT  # identity fields are checked, then dropped
        converters = {n: _DECODE[c.kind] for n, c in cols.items()
                      if n in plain and _DECODE[c.kind] is not _same}
        # NULL in a NOT NULL column is left to the database, which refuses it anyway.
        checkers = {n: _CHECK[c.kind] for n, c in cols.items() if n in plain}
        if "timezone" in checkers:
            checkers["timezone"] = _check_zone
        references = {n: c.references for n, c in t.columns.items() if c.references}
        out[t.name] = Table(t.name, cols, required, t.append_only, plain, converters,
                            checkers, references)
    return out


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def to_python(table: Table, name: str, wire: Any) -> Any:
    """A wire value as the ORM attribute wants it (datetimes, dates, bytes, lists...)."""
    if wire is None:
        return None
    kind = table.columns[name].kind
    if kind == "datetime":
        from healthdesk.store.models.base import UTCDateTime as _T

        return _T().process_result_value(wire, None)  # type: ignore[arg-type]
    if kind == "date":
        import datetime as _dt

        return _dt.date.fromisoformat(wire)
    if kind == "blob":
        return _unb64(wire)
    if kind == "bool":
        return bool(wire)
    if kind == "float":
        return float(wire)
    return wire
