"""Pulled changes this store could not apply, set aside where a person can see them.

The client does not trust the server (an older or compromised one, or rows it stored
before it validated): a pulled change whose values this store cannot hold is kept here,
device-local, with its reason in words, and the rest of the page is applied (docs/sync.md).
An entry is retried with every later change of its row (folded in feed order, so a valid
newer version heals it) and at the end of every round that brought anything (so a parent
that arrives later heals a child set aside for pointing at it). Applied, it leaves.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from .codec import INT_MAX, INT_MIN, Table, Unfit

CHUNK = 500
TABLE = "sync_set_aside"


@dataclass
class Aside:
    entity: str
    row_id: str
    profile_id: str
    seq: int
    origin_device: str | None
    fields: dict[str, Any]
    stamps: dict[str, str]
    field: str | None
    reason: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity, self.row_id)


def words(name: str) -> str:
    return name.replace("_", " ")


def sentence(problem: str, field: str | None) -> str:
    """``problem`` completes "Its <field> ..." (or "It ..." without a field)."""
    head = f"Its {words(field)} " if field else "It "
    return head + problem.rstrip(".") + "."


def from_unfit(exc: Unfit) -> tuple[str | None, str]:
    return exc.field, sentence(exc.problem, exc.field)


def missing_required(names: Iterable[str]) -> tuple[str | None, str]:
    cols = sorted(names)
    if len(cols) == 1:
        return cols[0], sentence("is missing (the record requires it)", cols[0])
    return None, sentence("lacks required fields: " + ", ".join(words(c) for c in cols), None)


def dangling(column: str, target: str) -> tuple[str | None, str]:
    what = words(target[:-1] if target.endswith("s") else target)
    if column == "profile_id":
        return None, sentence(f"belongs to a {what} that is not on this device", None)
    return column, sentence(f"points at a {what} that is not on this device", column)


_NOT_NULL = re.compile(r"NOT NULL constraint failed: [\w\"]+\.(\w+)")
_UNIQUE = re.compile(r"UNIQUE constraint failed: [\w\"]+\.(\w+)")
_CHECK = re.compile(r"CHECK constraint failed: (\w+)")


def from_error(exc: BaseException, spec: Table, values: dict[str, Any]) -> tuple[str | None, str]:
    """The database's (or the driver's) refusal of one row, in words."""
    if isinstance(exc, OverflowError):
        for name, v in values.items():
            if type(v) is int and not INT_MIN <= v <= INT_MAX:
                return name, sentence(f"is a number too large to store ({len(str(abs(v)))} "
                                      "digits)", name)
        return None, sentence("holds a number too large to store", None)
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if m := _NOT_NULL.search(text):
        return m[1], sentence("is missing (the record requires it)", m[1])
    if m := _UNIQUE.search(text):
        return m[1], sentence("is the same as another record's, and must be unique", m[1])
    if m := _CHECK.search(text):
        return _check_words(spec, m[1])
    if "healthdesk:" in text:
        return None, sentence("was refused: " + text.split("healthdesk:", 1)[1].strip(), None)
    if "binding parameter" in text or "unsupported type" in text:
        return None, sentence("holds a value of a type the store cannot keep", None)
    return None, sentence(f"was refused by the store ({text[:120]})", None)


def _check_words(spec: Table, name: str) -> tuple[str | None, str]:
    """A CHECK constraint the row breaks, in the words the server uses for it
    (healthdesk.protocol: the same rule refuses the same value on both sides)."""
    # The protocol package brings its pydantic models (~80 ms): only when a row is refused.
    from healthdesk.protocol.schema import entity_schema
    from healthdesk.protocol.validation import explain_check

    schema = entity_schema(spec.name)
    expr = dict(schema.checks).get(name, "") if schema else ""
    said = explain_check(spec.name, name, expr)  # "<entity>.<field> must be ..."
    head, _, rest = said.partition(" ")
    field = head.removeprefix(f"{spec.name}.")
    if head.startswith(f"{spec.name}.") and field in spec.columns:
        return field, sentence(rest, field)
    rule = name.removeprefix(f"ck_{spec.name}_")
    return None, sentence(f"breaks the rule “{words(rule)}” of this kind of record", None)


def any_aside(session: Session) -> bool:
    return bool(session.connection().exec_driver_sql(
        f"SELECT EXISTS (SELECT 1 FROM {TABLE})").scalar())


def count(session: Session) -> int:
    return int(session.connection().exec_driver_sql(
        f"SELECT count(*) FROM {TABLE}").scalar() or 0)


_COLUMNS = "entity, row_id, profile_id, seq, origin_device, fields, stamps, field, reason"


def _row(r: Sequence[Any]) -> Aside:
    return Aside(r[0], r[1], r[2], int(r[3]), r[4], json.loads(r[5]), json.loads(r[6]),
                 r[7], r[8])


def load(session: Session, entity: str, ids: Sequence[str]) -> dict[str, Aside]:
    conn = session.connection()
    out: dict[str, Aside] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        for r in conn.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM {TABLE} WHERE entity = ? AND row_id IN "
                f"({','.join('?' * len(chunk))})", (entity, *chunk)).fetchall():
            out[r[1]] = _row(r)
    return out


def load_all(session: Session) -> list[Aside]:
    return [_row(r) for r in session.connection().exec_driver_sql(
        f"SELECT {_COLUMNS} FROM {TABLE} ORDER BY profile_id, seq").fetchall()]


def save(session: Session, items: Iterable[Aside], now: str) -> None:
    """Add or replace entries; ``set_aside_at`` stays the first time a row was set aside."""
    now = now or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = [(a.entity, a.row_id, a.profile_id, a.seq, a.origin_device,
             json.dumps(a.fields, sort_keys=True), json.dumps(a.stamps, sort_keys=True),
             a.field, a.reason[:500], now) for a in items]
    if rows:
        session.connection().exec_driver_sql(
            f"INSERT INTO {TABLE} ({_COLUMNS}, set_aside_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (entity, row_id) DO UPDATE SET profile_id = excluded.profile_id, "
            "seq = excluded.seq, origin_device = excluded.origin_device, "
            "fields = excluded.fields, stamps = excluded.stamps, field = excluded.field, "
            "reason = excluded.reason", rows)


def drop(session: Session, keys: Iterable[tuple[str, str]]) -> int:
    rows = list(keys)
    if not rows:
        return 0
    session.connection().exec_driver_sql(
        f"DELETE FROM {TABLE} WHERE entity = ? AND row_id = ?", rows)
    return len(rows)


def listed(session: Session) -> list[tuple[str, str, str, str | None, str, str, str]]:
    """(entity, row id, profile, field, reason, set-aside time, fields as received JSON)
    of every entry, in the order they were set aside: what the sync status lists."""
    return [tuple(r) for r in session.connection().exec_driver_sql(
        f"SELECT entity, row_id, profile_id, field, reason, set_aside_at, fields FROM {TABLE} "
        "ORDER BY set_aside_at, profile_id, seq").fetchall()]


def forget_all(session: Session) -> None:
    """Another account's feed (or none): what the old one set aside is judged afresh."""
    session.connection().exec_driver_sql(f"DELETE FROM {TABLE}")


def drop_profile(session: Session, profile_id: str) -> None:
    session.connection().exec_driver_sql(f"DELETE FROM {TABLE} WHERE profile_id = ?",
                                         (profile_id,))
