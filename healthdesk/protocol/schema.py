"""What the server may accept for each synced entity: the client store's columns, as data.

The client store's SQLAlchemy models are the source of truth, but this package may not
import the store (the server must run without it), so the description lives here as
generated data (:mod:`.schema_data`); tests/server/test_schema.py holds it equal to what
``healthdesk.sync.codec.tables()`` and the models say, and regenerates it:
``python -m tests.server.test_schema > healthdesk/protocol/schema_data.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

KINDS = ("text", "int", "float", "bool", "datetime", "date", "json", "blob")


@dataclass(frozen=True)
class ColumnSpec:
    kind: str  # one of KINDS, as the value travels on the wire
    nullable: bool
    required: bool  # an insert must bring it (NOT NULL without a database default)
    max_length: int | None = None  # characters, where the store declares a length
    references: str | None = None  # the entity whose row this column names by id


@dataclass(frozen=True)
class EntitySchema:
    name: str
    columns: Mapping[str, ColumnSpec]
    append_only: bool
    # The store's CHECK constraints, (name, SQLite expression): a row the client's
    # SQLite would refuse must be refused here, or every device's next pull fails.
    checks: tuple[tuple[str, str], ...] = ()

    @property
    def required(self) -> frozenset[str]:
        return frozenset(n for n, c in self.columns.items() if c.required)


def entity_schema(entity: str) -> EntitySchema | None:
    """The description of ``entity``, or None when it is not a synced entity."""
    from .schema_data import SCHEMAS

    return SCHEMAS.get(entity)


def schemas() -> Mapping[str, EntitySchema]:
    from .schema_data import SCHEMAS

    return SCHEMAS
