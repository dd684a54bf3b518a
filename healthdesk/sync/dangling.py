"""Rows just written from the feed that point at rows this store does not have.

Foreign keys are deferred (checked at commit), so a page may bring a child before its
parent. When a commit fails on one, the engine writes the page again, asks this module
which of the page's rows dangle, and sets those aside (docs/sync.md); the rest commits.
Setting a new parent aside leaves its children dangling in turn: the engine asks again
until nothing new is found (a chain is at most a few records deep).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from . import set_aside as aside
from .codec import quote, tables

CHUNK = 500
Key = tuple[str, str]


def find(session: Session,
         written: Mapping[str, Iterable[str]]) -> dict[Key, tuple[str | None, str]]:
    """Of the rows ``written`` ({entity: row ids}), those whose references are missing,
    with the reason for each."""
    specs = tables()
    bad: dict[Key, tuple[str | None, str]] = {}
    conn = session.connection()
    for entity, ids in written.items():
        spec = specs.get(entity)
        if spec is None or not spec.references:
            continue
        id_list = list(ids)
        for column, target in spec.references.items():
            for i in range(0, len(id_list), CHUNK):
                chunk = id_list[i:i + CHUNK]
                for (row_id,) in conn.exec_driver_sql(
                        f"SELECT t.id FROM {quote(entity)} t "
                        f"WHERE t.id IN ({','.join('?' * len(chunk))}) "
                        f"AND t.{quote(column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                        f"{quote(target)} p WHERE p.id = t.{quote(column)})",
                        tuple(chunk)).fetchall():
                    bad.setdefault((entity, row_id), aside.dangling(column, target))
    return bad
