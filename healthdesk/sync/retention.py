"""Applying retention rules on this device: the rows a rule covers are erased, not
tombstoned, and nothing is queued for them, because every holder of the record (other
devices, the server) applies the same synced rule to its own copy.

It runs under the sync guard, as the profile purge does: rows are first tombstoned (so
the search index and the day roll-ups let go of them through their triggers), then
deleted, with the outbox entries, set-aside changes, unknown fields and conflict records
that named them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from healthdesk.domain.retention import KINDS, RetentionKind, cutoff
from healthdesk.store.triggers import SYNC_GUARD_APPLYING, SYNC_GUARD_PURGING

from .apply import clear_guard, set_guard
from .codec import quote, tables

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as the store keeps times (UTCDateTime)


@dataclass(frozen=True)
class Rule:
    profile_id: str
    kind: str
    keep_months: int


def enabled_rules(session: Session) -> list[Rule]:
    """Every rule in force: enabled, not tombstoned, of a person still in the record."""
    rows = session.connection().exec_driver_sql(
        "SELECT r.profile_id, r.kind, r.keep_months FROM retention_rules r "
        "JOIN profiles p ON p.id = r.profile_id "
        "WHERE r.enabled AND NOT r.deleted AND NOT p.deleted "
        "ORDER BY r.profile_id, r.kind").fetchall()
    return [Rule(str(p), str(k), int(m)) for p, k, m in rows if k in KINDS]


def _where(kind: RetentionKind) -> str:
    where = f"profile_id = ? AND {quote(kind.time_field)} < ?"
    if kind.finished:
        where += " AND status IN (" + ", ".join(f"'{s}'" for s in kind.finished) + ")"
    return where


def count_covered(session: Session, rule: Rule, now: dt.datetime) -> tuple[int, str | None]:
    """How many rows ``rule`` would remove now (tombstoned ones too: they still hold
    their content), and the oldest one's time."""
    kind = KINDS[rule.kind]
    before = cutoff(now, rule.keep_months).strftime(_UTC_FORMAT)
    n, oldest = session.connection().exec_driver_sql(
        f"SELECT count(*), min({quote(kind.time_field)}) FROM {quote(kind.table)} "
        f"WHERE {_where(kind)}", (rule.profile_id, before)).one()
    return int(n), (str(oldest) if oldest else None)


def erase_covered(session: Session, rules: list[Rule], now: dt.datetime) -> dict[Rule, int]:
    """Erase what each rule covers; returns the rows removed per rule (rules that
    removed nothing are left out). The caller commits."""
    removed: dict[Rule, int] = {}
    specs = tables()
    conn = session.connection()
    set_guard(session, SYNC_GUARD_APPLYING, SYNC_GUARD_PURGING)
    try:
        for rule in rules:
            kind = KINDS[rule.kind]
            before = cutoff(now, rule.keep_months).strftime(_UTC_FORMAT)
            params = (rule.profile_id, before)
            ids = [r[0] for r in conn.exec_driver_sql(
                f"SELECT id FROM {quote(kind.table)} WHERE {_where(kind)}", params)]
            if not ids:
                continue
            spec = specs.get(kind.table)
            if spec is not None and not spec.append_only:
                conn.exec_driver_sql(
                    f"UPDATE {quote(kind.table)} SET deleted = 1 WHERE {_where(kind)} "
                    "AND NOT deleted", params)
            n = conn.exec_driver_sql(
                f"DELETE FROM {quote(kind.table)} WHERE {_where(kind)}", params).rowcount
            _forget_rows(session, kind.table, ids)
            removed[rule] = int(n)
    finally:
        clear_guard(session)
    return removed


def _forget_rows(session: Session, table: str, ids: list[str]) -> None:
    """What else named the erased rows: queued changes, set-aside or unknown fields,
    and the conflict inbox's records about them."""
    conn = session.connection()
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"DELETE FROM outbox WHERE table_name = ? AND row_id IN ({marks})",
            (table, *chunk))
        for name in ("sync_set_aside", "sync_extra_fields"):
            conn.exec_driver_sql(
                f"DELETE FROM {name} WHERE entity = ? AND row_id IN ({marks})",
                (table, *chunk))
        conn.exec_driver_sql(
            f"UPDATE conflicts SET deleted = 1 WHERE entity = ? AND row_id IN ({marks}) "
            "AND NOT deleted", (table, *chunk))
        conn.exec_driver_sql(
            f"DELETE FROM conflicts WHERE entity = ? AND row_id IN ({marks})",
            (table, *chunk))
