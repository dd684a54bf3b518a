"""The one description of the synced tables, read from the models: each column's kind of
value (as it travels in an export and on the sync wire), whether it may be null, whether
a new row must bring it, its length, the table it references, and each table's CHECK
constraints.

The canonical export (``interop/canonical.py``), the sync codec (``sync/codec.py``) and
the protocol's generated copy (``protocol/schema_data.py``, which may not import the
store; ``tests/server/test_schema.py`` keeps it equal to this) all read it, so a new
column type is taught once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from sqlalchemy import Boolean, CheckConstraint, Float, Integer, LargeBinary, String, Table

from .models import SYNCED_MODELS
from .models.base import ISODate, JSONText, UTCDateTime

KINDS = ("text", "int", "float", "bool", "datetime", "date", "json", "blob")
# The row's clock stamp travels as the stamps, never as a field.
NOT_SENT = frozenset({"version"})
# Set from the change itself (row_id, profile_id): a field of that name is only checked.
IDENTITY = frozenset({"id", "profile_id"})
APPEND_ONLY = frozenset({"dose_events", "audit_events"})

# Decorated types first: each is also an instance of the plain type it decorates.
_KIND_OF_TYPE: tuple[tuple[type, str], ...] = (
    (UTCDateTime, "datetime"), (ISODate, "date"), (JSONText, "json"), (LargeBinary, "blob"),
    (Boolean, "bool"), (Float, "float"), (Integer, "int"), (String, "text"))


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str  # one of KINDS
    nullable: bool
    required: bool  # NOT NULL, no database default, not identity: a new row must bring it
    length: int | None  # a text column's declared length
    references: str | None  # the table a foreign key names


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: dict[str, ColumnInfo]  # in the model's order
    append_only: bool
    checks: tuple[tuple[str, str], ...]  # (constraint name, SQL), by name

    @property
    def required(self) -> frozenset[str]:
        return frozenset(n for n, c in self.columns.items() if c.required)


def kind_of(column: Any) -> str:
    """The kind of value a column holds, from its SQLAlchemy type."""
    ctype = column.type
    for cls, kind in _KIND_OF_TYPE:
        if isinstance(ctype, cls):
            return kind
    raise TypeError(f"{column.table.name}.{column.name} has type {ctype!r}, which no "
                    "export or sync knows how to carry; teach healthdesk.store.schema it")


def _column(c: Any) -> ColumnInfo:
    kind = kind_of(c)
    length = c.type.length if kind == "text" and isinstance(c.type, String) else None
    refs = sorted(fk.column.table.name for fk in c.foreign_keys)
    required = (not c.nullable and c.name not in IDENTITY | NOT_SENT
                and c.server_default is None)
    return ColumnInfo(c.name, kind, bool(c.nullable), required, length,
                      refs[0] if refs else None)


@cache
def synced_tables() -> dict[str, TableInfo]:
    """Every synced table, by name, in the models' order."""
    out: dict[str, TableInfo] = {}
    for model in SYNCED_MODELS:
        t = cast(Table, model.__table__)  # declared tables are Tables
        checks = tuple(sorted((str(c.name), str(c.sqltext)) for c in t.constraints
                              if isinstance(c, CheckConstraint)))
        out[t.name] = TableInfo(t.name, {c.name: _column(c) for c in t.columns},
                                t.name in APPEND_ONLY, checks)
    return out
