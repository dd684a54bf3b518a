"""Every query of the ``outbox``: the local changes waiting to be pushed.

Entries are written only by the triggers (``triggers.py``), in the transaction of the
change itself. Everything else that reads or changes them (the sync engine pushing,
acknowledging and pinning, the sync service counting and re-queueing refused ones) goes
through this module. ``state`` is ``pending`` or ``set_aside`` (the server refused it for
good; kept with its reason until a person asks to try again).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

PENDING, SET_ASIDE = "pending", "set_aside"
CHUNK = 500
REASON_MAX = 200

# For a statement over a synced table aliased ``t`` whose first free parameter is the
# table's name: only rows with no unpushed change (a purge keeps those, docs/sync.md).
NO_UNPUSHED_CHANGE = ("NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'pending' "
                      "AND o.table_name = ? AND o.row_id = t.id)")


@dataclass
class Entry:
    """One pending change, as the push reads it."""

    seq: int
    table: str
    row_id: str
    profile_id: str | None
    op: str
    fields: list[str]
    version: str
    base_version: str | None
    pinned: dict[str, Any] | None = None


@dataclass
class Unpushed:
    """One pending change of a row, as applying a pulled change of it needs it."""

    seq: int
    fields: list[str]
    version: str
    op: str
    pinned: dict[str, Any] | None


@dataclass(frozen=True)
class Refused:
    """A change the server refused for good (set aside here)."""

    seq: int
    table: str
    row_id: str
    profile_id: str | None
    reason: str | None
    created_at: str


def _json(raw: str | None) -> Any:
    return json.loads(raw) if raw else None


def read_pending(session: Session, limit: int, after: int = 0) -> list[Entry]:
    """Up to ``limit`` pending entries after seq ``after``, in seq order."""
    rows = session.connection().exec_driver_sql(
        "SELECT seq, table_name, row_id, profile_id, op, changed_fields, version, "
        "base_version, pinned FROM outbox WHERE state = 'pending' AND seq > ? "
        "ORDER BY seq LIMIT ?", (after, limit)).fetchall()
    return [Entry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7], _json(r[8]))
            for r in rows]


def count_pending(session: Session) -> int:
    return counts(session)[0]


def counts(session: Session) -> tuple[int, int]:
    """(pending, set aside). An entry is one or the other, so pending is the rest: both
    counts then read indexes (the smallest one, and the partial ``ix_outbox_set_aside``)
    rather than every queued change's row."""
    total, refused = session.connection().exec_driver_sql(
        "SELECT (SELECT count(*) FROM outbox), "
        "(SELECT count(*) FROM outbox WHERE state = 'set_aside')").one()
    return int(total) - int(refused), int(refused)


def any_pending(session: Session) -> bool:
    return bool(session.connection().exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending')").scalar())


def has_profile(session: Session, profile_id: str) -> bool:
    """Whether any entry (pending or set aside) belongs to the profile."""
    return bool(session.connection().exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE profile_id = ?)", (profile_id,)).scalar())


def unpushed(session: Session, table: str, ids: Sequence[str]) -> dict[str, list[Unpushed]]:
    """The pending entries of these rows of ``table``, by row id, in seq order."""
    conn = session.connection()
    out: dict[str, list[Unpushed]] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = conn.exec_driver_sql(
            "SELECT row_id, seq, changed_fields, version, op, pinned FROM outbox "
            "WHERE state = 'pending' AND table_name = ? AND row_id IN "
            f"({','.join('?' * len(chunk))}) ORDER BY seq", (table, *chunk)).fetchall()
        for r in rows:
            out.setdefault(r[0], []).append(
                Unpushed(r[1], json.loads(r[2]), r[3], r[4], _json(r[5])))
    return out


def pin(session: Session, pins: Mapping[int, dict[str, Any]]) -> None:
    """Keep these entries' own values of fields a pulled value has since replaced, so the
    push still carries them and the server files the conflict."""
    if pins:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET pinned = ? WHERE seq = ?",
            [(json.dumps(p, sort_keys=True), seq) for seq, p in pins.items()])


def acknowledge(session: Session, seqs: Iterable[int]) -> None:
    """The server has these (or they need no push): they leave the outbox."""
    ids = [(s,) for s in seqs]
    if ids:
        session.connection().exec_driver_sql("DELETE FROM outbox WHERE seq = ?", ids)


def set_aside(session: Session, seqs: Iterable[int], reason: str) -> None:
    rows = [(reason[:REASON_MAX], s) for s in seqs]
    if rows:
        session.connection().exec_driver_sql(
            "UPDATE outbox SET state = 'set_aside', reason = ? WHERE seq = ?", rows)


def refused(session: Session) -> list[Refused]:
    """The set-aside entries, in seq order."""
    rows = session.connection().exec_driver_sql(
        "SELECT seq, table_name, row_id, profile_id, reason, created_at FROM outbox "
        "WHERE state = 'set_aside' ORDER BY seq").fetchall()
    return [Refused(*r) for r in rows]


def requeue_refused(session: Session) -> int:
    """Every set-aside entry is pending again (sent with the next round); how many."""
    return int(session.connection().exec_driver_sql(
        "UPDATE outbox SET state = 'pending', reason = NULL "
        "WHERE state = 'set_aside'").rowcount)
