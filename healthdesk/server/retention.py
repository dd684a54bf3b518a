"""Retention on the server: the rules a person's record holds (the synced
``retention_rules`` rows) are applied to the server's copy too, with erase semantics:
the covered rows, their feed changes and the conflict records about them are deleted,
not tombstoned. Each device applies the same rule to its own copy, so nothing is sent.

It runs after a push for a profile whose batch touched a rule or a covered table, and at
most hourly otherwise, under the profile's row lock (a concurrent push of the same row
waits, then finds it gone and inserts it afresh: the next run takes it again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import psycopg

from healthdesk.domain.retention import KINDS, cutoff
from healthdesk.protocol import Mutation

RULES_ENTITY = "retention_rules"
COVERED = frozenset(k.table for k in KINDS.values()) | {RULES_ENTITY}
EVERY = dt.timedelta(hours=1)
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # the protocol's datetime form (fixed width)


def profiles_to_apply(conn: psycopg.Connection, mutations: Iterable[Mutation],
                      now: dt.datetime) -> list[str]:
    """The profiles of a push whose rules should run now."""
    touched: set[str] = set()
    others: set[str] = set()
    for m in mutations:
        (touched if m.entity in COVERED else others).add(m.profile_id)
    stale = others - touched
    if stale:
        fresh = {r[0] for r in conn.execute(
            "SELECT profile_id FROM retention_runs WHERE profile_id = ANY(%s) "
            "AND applied_at > %s", (sorted(stale), now - EVERY))}
        touched |= stale - fresh
    if not touched:
        return []
    with_rules = {r[0] for r in conn.execute(
        "SELECT DISTINCT profile_id FROM rows WHERE entity = %s AND profile_id = ANY(%s)",
        (RULES_ENTITY, sorted(touched)))}
    return sorted(with_rules)


def apply(conn: psycopg.Connection, profile_ids: Iterable[str],
          now: dt.datetime) -> dict[tuple[str, str], int]:
    """Apply each profile's rules in force; returns rows deleted per (profile, kind)."""
    removed: dict[tuple[str, str], int] = {}
    for pid in profile_ids:
        with conn.transaction():
            if conn.execute("SELECT 1 FROM profiles WHERE profile_id = %s FOR UPDATE",
                            (pid,)).fetchone() is None:
                continue  # erased meanwhile
            rules = conn.execute(
                "SELECT fields->>'kind', (fields->>'keep_months')::int FROM rows "
                "WHERE profile_id = %s AND entity = %s AND NOT deleted "
                "AND (fields->>'enabled')::boolean", (pid, RULES_ENTITY)).fetchall()
            for kind_name, months in rules:
                kind = KINDS.get(kind_name)
                if kind is None or months is None or months < kind.min_months:
                    continue
                n = _erase(conn, pid, kind.table, kind.time_field, kind.finished,
                           cutoff(now, months).strftime(_UTC_FORMAT))
                if n:
                    removed[(pid, kind_name)] = n
            conn.execute(
                "INSERT INTO retention_runs (profile_id, applied_at) VALUES (%s, %s) "
                "ON CONFLICT (profile_id) DO UPDATE SET applied_at = excluded.applied_at",
                (pid, now))
    return removed


def _erase(conn: psycopg.Connection, pid: str, entity: str, time_field: str,
           finished: tuple[str, ...], before: str) -> int:
    status = " AND fields->>'status' = ANY(%s)" if finished else ""
    params: tuple[object, ...] = (pid, entity, time_field, before) + (
        (list(finished),) if finished else ())
    ids = [r[0] for r in conn.execute(
        "DELETE FROM rows WHERE profile_id = %s AND entity = %s "
        f"AND fields->>%s < %s{status} RETURNING row_id", params)]
    if not ids:
        return 0
    conflicts = [r[0] for r in conn.execute(
        "DELETE FROM rows WHERE profile_id = %s AND entity = 'conflicts' "
        "AND fields->>'entity' = %s AND fields->>'row_id' = ANY(%s) RETURNING row_id",
        (pid, entity, ids))]
    conn.execute("DELETE FROM changes WHERE profile_id = %s AND entity = %s "
                 "AND row_id = ANY(%s)", (pid, entity, ids))
    if conflicts:
        conn.execute("DELETE FROM changes WHERE profile_id = %s AND entity = 'conflicts' "
                     "AND row_id = ANY(%s)", (pid, conflicts))
    return len(ids)
