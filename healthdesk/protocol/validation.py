"""Whether a row's values are ones every client store can hold (docs/sync.md, "Validation").

A value the server accepts goes to every member's device. One the client's SQLite
cannot hold (a 310-digit integer, NaN, a text with NUL, a row without its NOT NULL
columns, one its CHECK constraints refuse) would make every later sync round of every
member fail, so each mutation is judged here, on its own, before it is applied. The
client's pull applies the same rules to what it receives.

Public API: :func:`validate_row` (a whole row or the fields of one change) and
:func:`json_problem` (any JSON value, e.g. a field this version has no column for).
Each returns None or one sentence naming the field and what is allowed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
import sqlite3
import threading
import zoneinfo
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.measurements import KINDS as MEASUREMENT_KINDS
from healthdesk.domain.measurements import normalize

from .schema import ColumnSpec, EntitySchema, entity_schema

INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite's INTEGER
MAX_TEXT_BYTES = 64 * 1024  # any one text value, UTF-8
MAX_JSON_BYTES = 64 * 1024  # any one JSON value (a json column, an unknown field)
MAX_JSON_DEPTH = 32
MAX_FIELDS = 200  # per row: the store's widest table has ~25 columns
# Blobs are whole files. Limits are the ones the client's services put on what a person
# adds (services/documents.py MAX_BYTES, services/profiles.py MAX_PHOTO_BYTES; a test
# holds them equal); other blob columns get the default.
BLOB_LIMITS: dict[tuple[str, str], int] = {
    ("documents", "content"): 50 * 1024 * 1024,
    ("profiles", "photo"): 5 * 1024 * 1024,
}
DEFAULT_BLOB_LIMIT = 1024 * 1024
# The store's UTCDateTime text: fixed width, so string order is time order on the client.
DATETIME_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MEASUREMENT_VALUES = ("value", "value2", "value3")
_PLAIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _short(value: Any) -> str:
    # repr escapes NUL and lone surrogates, so the message can always be sent as JSON.
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _name(field: str) -> str:
    # A field name as a message can show it: odd ones (a newline, a surrogate) quoted.
    return field if _PLAIN_NAME.match(field) else _short(field)


def text_problem(where: str, value: str, max_chars: int | None = None) -> str | None:
    """None if ``value`` is text every store can hold (UTF-8, no NUL, within limits)."""
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        return f"{where} must be valid Unicode text (it holds a lone surrogate)."
    if "\x00" in value:
        return f"{where} must not contain the NUL character."
    if max_chars is not None and len(value) > max_chars:
        return f"{where} must be at most {max_chars} characters (it has {len(value)})."
    if size > MAX_TEXT_BYTES:
        return f"{where} must be at most {MAX_TEXT_BYTES} bytes of text (it has {size})."
    return None


def json_problem(where: str, value: Any, max_bytes: int = MAX_JSON_BYTES) -> str | None:
    """None if ``value`` is plain JSON of bounded size and depth that any client can keep:
    finite numbers, integers within 64 bits, clean text."""
    budget = [max_bytes]

    def walk(v: Any, depth: int) -> str | None:
        if depth > MAX_JSON_DEPTH:
            return f"{where} must be JSON nested at most {MAX_JSON_DEPTH} levels deep."
        budget[0] -= 8
        if v is None or isinstance(v, bool):
            problem = None
        elif isinstance(v, int):
            problem = None if INT_MIN <= v <= INT_MAX else (
                f"{where} must hold whole numbers between {INT_MIN} and {INT_MAX}.")
        elif isinstance(v, float):
            problem = None if math.isfinite(v) else (
                f"{where} must hold finite numbers (not NaN or infinity).")
        elif isinstance(v, str):
            budget[0] -= len(v)
            problem = text_problem(where, v)
        elif isinstance(v, list):
            problem = next((p for p in (walk(x, depth + 1) for x in v) if p), None)
        elif isinstance(v, dict):
            problem = None
            for k, x in v.items():
                if not isinstance(k, str):
                    return f"{where} must be JSON (object keys are text)."
                budget[0] -= len(k)
                problem = text_problem(where, k) or walk(x, depth + 1)
                if problem:
                    break
        else:
            problem = f"{where} must be a JSON value."
        if problem is None and budget[0] < 0:
            problem = f"{where} must be at most {max_bytes} bytes of JSON."
        return problem

    return walk(value, 0)


@cache
def time_zones() -> frozenset[str]:
    """The IANA zone keys a store accepts: every device reads a ``timezone`` column
    with ``ZoneInfo``, so an unknown name would break each one that does. (A host with
    no zone data lists only UTC: then nothing is judged by it.)"""
    return frozenset(zoneinfo.available_timezones() | {"UTC"})


def _value_problem(entity: str, name: str, col: ColumnSpec, value: Any) -> str | None:
    where = f"{entity}.{name}"
    if value is None:
        return None if col.nullable else f"{where} must not be null."
    kind = col.kind
    if kind == "text":
        if not isinstance(value, str):
            return f"{where} must be text."
        if name == "timezone" and value not in time_zones() and len(time_zones()) > 1:
            return f"{where} must be a time zone name like Europe/London."
        return text_problem(where, value, col.max_length)
    if kind == "bool":
        return None if isinstance(value, bool) else f"{where} must be true or false."
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) \
                or not INT_MIN <= value <= INT_MAX:
            return f"{where} must be a whole number between {INT_MIN} and {INT_MAX}."
        return None
    if kind == "float":
        ok = (isinstance(value, float) and math.isfinite(value)) or (
            isinstance(value, int) and not isinstance(value, bool)
            and INT_MIN <= value <= INT_MAX)
        return None if ok else (f"{where} must be a finite number (not NaN or infinity; "
                                f"whole numbers between {INT_MIN} and {INT_MAX}).")
    if kind == "datetime":
        if isinstance(value, str) and DATETIME_RE.match(value):
            try:
                dt.datetime.fromisoformat(value)
                return None
            except ValueError:
                pass
        return f"{where} must be a UTC time like 2026-03-10T09:00:00.000000Z."
    if kind == "date":
        if isinstance(value, str) and DATE_RE.match(value):
            try:
                dt.date.fromisoformat(value)
                return None
            except ValueError:
                pass
        return f"{where} must be a date like 2026-03-10."
    if kind == "json":
        return json_problem(where, value)
    if kind == "blob":
        limit = BLOB_LIMITS.get((entity, name), DEFAULT_BLOB_LIMIT)
        if not isinstance(value, str):
            return f"{where} must be base64 text."
        if len(value) > 4 * ((limit + 2) // 3):
            return f"{where} must be at most {limit} bytes."
        try:
            base64.b64decode(value.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error, ValueError):
            return f"{where} must be valid base64 text."
        return None
    return f"{where} has a kind ({kind}) this version does not know."


def validate_row(entity: str, fields: Mapping[str, Any], op: str,
                 current: Mapping[str, Any] | None = None,
                 creating: bool | None = None) -> str | None:
    """None if the change ``fields`` of an ``entity`` row is one every store can hold.

    ``op`` is insert, update or delete; ``current`` the row's values before the change
    (wire form), if the caller has the row; ``creating`` says the change makes the row
    (default: ``op == "insert"``), so it must bring every required column. Cross-field
    rules (the store's CHECK constraints, a reading's plausible range) are judged on the
    row as it would be after the change.
    """
    spec = entity_schema(entity)
    if spec is None:
        return f"entity {_short(entity)} is not a synced entity."
    if len(fields) > MAX_FIELDS:
        return f"a change may carry at most {MAX_FIELDS} fields (it has {len(fields)})."
    for name, value in fields.items():
        col = spec.columns.get(name)
        if name == "version":
            return f"{entity}.version is not sent: a row's version is its greatest stamp."
        problem = (json_problem(f"{entity}.{_name(name)}", value) if col is None
                   else _value_problem(entity, name, col, value))
        if problem:
            return problem
    if creating is None:
        creating = op == "insert"
    row = {**(current or {}), **fields}
    if creating:
        missing = sorted(n for n in spec.required if row.get(n) is None)
        if missing:
            return (f"a new {entity} row must carry {', '.join(missing)} "
                    f"(required: {', '.join(sorted(spec.required))}).")
    if entity == "measurements":
        problem = _measurement_problem(row)
        if problem:
            return problem
    return _check_problem(spec, row)


def _measurement_problem(row: Mapping[str, Any]) -> str | None:
    """The rules a person's typed reading is held to (domain.measurements.normalize),
    applied to the stored canonical values."""
    kind = row.get("kind")
    spec = MEASUREMENT_KINDS.get(kind) if isinstance(kind, str) else None
    if spec is None:
        return f"measurements.kind must be one of: {', '.join(MEASUREMENT_KINDS)}."
    unit = row.get("unit")
    if unit is not None and unit != spec.canonical_unit:
        return (f"measurements.unit must be {spec.canonical_unit} for {spec.key} readings "
                "(values are stored in the kind's canonical unit).")
    columns = dict(zip((c.name for c in spec.components), _MEASUREMENT_VALUES, strict=False))
    values = {c: row.get(col) for c, col in columns.items()}
    try:
        normalize(spec.key, values, unit=spec.canonical_unit, context=row.get("context"))
    except ValidationError as e:
        col = columns.get(e.field, e.field)
        return f"measurements.{col}: {e}"
    return None


# -- the store's CHECK constraints, judged by SQLite itself -------------------------------

_local = threading.local()
_SQL_TYPE = {"text": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER",
             "datetime": "VARCHAR(27)", "date": "VARCHAR(10)", "json": "TEXT", "blob": "BLOB"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Rows are tried inside one long open transaction and thrown away now and then: one
# statement per row instead of a savepoint, an insert and a rollback (a quarter of the
# cost). The tables have no keys, so rows left from earlier checks never matter.
_ROWS_PER_TRANSACTION = 1000


def _checker() -> sqlite3.Connection:
    # One in-memory database per thread (sqlite3 connections are not shared across
    # threads), holding a copy of every synced table with its CHECKs and nothing else.
    conn = getattr(_local, "conn", None)
    if conn is not None:
        _local.rows += 1
        if _local.rows >= _ROWS_PER_TRANSACTION:
            conn.execute("ROLLBACK")
            conn.execute("BEGIN")
            _local.rows = 0
    else:
        from .schema import schemas

        conn = sqlite3.connect(":memory:", isolation_level=None)
        for s in schemas().values():
            cols = [f"{_quote(n)} {_SQL_TYPE[c.kind]}" for n, c in s.columns.items()]
            cols += [f"CONSTRAINT {_quote(n)} CHECK ({expr})" for n, expr in s.checks]
            conn.execute(f"CREATE TABLE {_quote(s.name)} ({', '.join(cols)})")
        conn.execute("BEGIN")
        _local.conn, _local.rows = conn, 0
    return conn


def _sql_value(col: ColumnSpec, value: Any) -> Any:
    if value is None or col.kind == "blob":
        return None  # no CHECK reads a blob; megabytes need not be copied
    if col.kind == "bool":
        return int(value)
    if col.kind == "json":
        return json.dumps(value, sort_keys=True)
    return value


def _check_problem(spec: EntitySchema, row: Mapping[str, Any]) -> str | None:
    if not spec.checks:
        return None
    names = [n for n in spec.columns if n in row]
    if not names:
        return None
    conn = _checker()
    try:
        conn.execute(_insert_sql(spec.name, tuple(names)),
                     [_sql_value(spec.columns[n], row[n]) for n in names])
    except sqlite3.IntegrityError as e:
        failed = str(e).rsplit(":", 1)[-1].strip()
        expr = dict(spec.checks).get(failed, "")
        return explain_check(spec.name, failed, expr)
    return None


@lru_cache(maxsize=512)
def _insert_sql(entity: str, names: tuple[str, ...]) -> str:
    return (f"INSERT INTO {_quote(entity)} ({', '.join(map(_quote, names))}) "
            f"VALUES ({', '.join('?' * len(names))})")


_IN = re.compile(r"^(?:\w+ IS NULL OR )?(\w+) IN \((.*)\)$")
_BETWEEN = re.compile(r"^(?:\w+ IS NULL OR )?(\w+) BETWEEN (\S+) AND (\S+)$")
_COMPARE = re.compile(r"^(?:\w+ IS NULL OR )?(\w+) (>=|>) (\S+)$")
_PRESENT = re.compile(r"^length\((?:trim\()?(\w+)\)?\) > 0$")


def explain_check(entity: str, name: str, expr: str) -> str:
    """One sentence for a CHECK constraint a row does not meet."""
    if m := _IN.match(expr):
        choices = ", ".join(v.strip().strip("'") for v in m.group(2).split(","))
        return f"{entity}.{m.group(1)} must be one of: {choices}."
    if m := _BETWEEN.match(expr):
        return f"{entity}.{m.group(1)} must be between {m.group(2)} and {m.group(3)}."
    if m := _COMPARE.match(expr):
        bound = "at least" if m.group(2) == ">=" else "greater than"
        return f"{entity}.{m.group(1)} must be {bound} {m.group(3)}."
    if m := _PRESENT.match(expr):
        return f"{entity}.{m.group(1)} must not be blank."
    return f"{entity} rows must satisfy {expr or name} ({name})."
