"""Push, pull and compaction of the per-profile change feed (docs/sync.md).

A push is one transaction: it locks the counter row of every profile it touches (in
profile id order, so two pushes never deadlock), merges each mutation into ``rows`` and
appends what won to ``changes`` with the next sequence numbers. Because a sequence
number is only taken under that lock, a transaction holding seq n commits before any
other can take n + 1: a puller never skips a change that commits late.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from healthdesk.protocol import (
    APPEND_ONLY_ENTITIES,
    CONFLICTS_ENTITY,
    ENTITIES,
    MAX_CLOCK_AHEAD_MS,
    Mutation,
    PullRequest,
)

from . import access
from .accounts import Caller
from .merge import SERVER_DEVICE, Incoming, Outcome, Row, apply, merge

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STAMP_RE = re.compile(r"^[0-9]{13}-[0-9]{5}-[^-]{1,64}$")
FIELD_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
OPS = ("insert", "update", "delete")

Result = dict[str, Any]


def _rejected(m: Mutation, reason: str, message: str) -> Result:
    return {"key": m.key, "status": "rejected", "reason": reason, "message": message,
            "conflicts": []}


def _has_nul(value: Any) -> bool:
    # PostgreSQL's jsonb cannot hold U+0000; refuse it per mutation, not per batch.
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def validate(m: Mutation, now_ms: int) -> Result | None:
    """A rejection that needs no database, or None."""
    if m.entity not in ENTITIES:
        return _rejected(m, "unknown_entity", f"entity {m.entity!r} is not one this server "
                         "syncs.")
    problem = _invalid(m)
    if problem:
        return _rejected(m, "invalid", problem)
    ahead = max(int(s[:13]) for s in m.stamps.values()) - now_ms
    if ahead > MAX_CLOCK_AHEAD_MS:
        minutes = round(ahead / 60_000)
        return _rejected(m, "clock_ahead", f"this device's clock is about {minutes} minutes "
                         "ahead of the server; correct it and sync again.")
    return None


def _invalid(m: Mutation) -> str | None:
    if m.op not in OPS:
        return "op must be insert, update or delete."
    if not UUID_RE.match(m.profile_id):
        return "profile_id must be a lowercase UUID."
    if not UUID_RE.match(m.row_id):
        return "row_id must be a lowercase UUID."
    if not m.fields:
        return "fields must name at least one column."
    if set(m.fields) != set(m.stamps):
        return "stamps must have exactly one stamp for each key of fields."
    bad = next((f for f in m.fields if not FIELD_RE.match(f)), None)
    if bad is not None:
        return f"field name {bad[:70]!r} must be lowercase letters, digits and _."
    bad = next((s for s in m.stamps.values() if not STAMP_RE.match(s)), None)
    if bad is not None:
        return f"stamp {bad[:80]!r} is not '<13-digit ms>-<5-digit counter>-<device>'."
    if m.base_version is not None and not STAMP_RE.match(m.base_version):
        return "base_version must be null or a stamp."
    if _has_nul(m.fields):
        return "text values must not contain the NUL character."
    if m.fields.get("id", m.row_id) != m.row_id:
        return "fields.id must equal row_id."
    if m.fields.get("profile_id", m.profile_id) != m.profile_id:
        return "fields.profile_id must equal profile_id."
    if m.entity == "profiles" and m.row_id != m.profile_id:
        return "a profiles row's row_id must equal its profile_id."
    if m.op == "delete" and m.fields.get("deleted") is not True:
        return "a delete must set fields.deleted to true."
    if m.entity in APPEND_ONLY_ENTITIES and m.op != "insert":
        return f"{m.entity} is append-only: only inserts are accepted."
    if m.entity == CONFLICTS_ENTITY and m.op == "insert":
        return "conflict records are created by the server only."
    return None


def _lock_profiles(conn: psycopg.Connection, caller: Caller,
                   profile_ids: Iterable[str]) -> tuple[dict[str, str | None], dict[str, int]]:
    """Each profile's role for the caller (creating new profiles, owned by the caller),
    and the locked feed counter of every profile the caller may write."""
    roles: dict[str, str | None] = {}
    last: dict[str, int] = {}
    for pid in sorted(set(profile_ids)):
        access.ensure_profile(conn, caller, pid)
        roles[pid] = access.role_of(conn, caller, pid)
        if roles[pid] not in access.WRITERS:
            continue  # no lock for readers and strangers: they cannot stall the owner
        row = conn.execute("SELECT last_seq FROM profiles WHERE profile_id = %s FOR UPDATE",
                           (pid,)).fetchone()
        assert row is not None
        last[pid] = int(row[0])
    return roles, last


def _load_rows(conn: psycopg.Connection,
               keys: set[tuple[str, str, str]]) -> dict[tuple[str, str, str], Row]:
    if not keys:
        return {}
    p, e, r = (list(x) for x in zip(*sorted(keys), strict=True))
    found = conn.execute(
        """SELECT r.profile_id, r.entity, r.row_id, r.fields, r.stamps FROM rows r
           JOIN unnest(%s::text[], %s::text[], %s::text[]) AS k(p, e, i)
             ON r.profile_id = k.p AND r.entity = k.e AND r.row_id = k.i""", (p, e, r))
    return {(a, b, c): Row(f, s) for a, b, c, f, s in found.fetchall()}


def push(conn: psycopg.Connection, caller: Caller, mutations: list[Mutation],
         now_ms: int) -> list[Result]:
    results: list[Result | None] = [validate(m, now_ms) for m in mutations]
    with conn.transaction():
        roles, last_seq = _lock_profiles(
            conn, caller, (m.profile_id for m, r in zip(mutations, results, strict=True)
                           if r is None))
        for i, m in enumerate(mutations):
            if results[i] is not None:
                continue
            role = roles[m.profile_id]
            if role is None:
                results[i] = _rejected(m, "forbidden", "this account has no access to "
                                       "that profile.")
            elif role not in access.WRITERS:
                results[i] = _rejected(m, "read_only", "this account may only read that "
                                       "profile.")
        todo = [i for i, r in enumerate(results) if r is None]
        seen = dict(conn.execute(
            "SELECT key, result FROM pushed_keys WHERE account_id = %s AND key = ANY(%s)",
            (caller.account_id, [mutations[i].key for i in todo])).fetchall()) if todo else {}
        rows = _load_rows(conn, {(mutations[i].profile_id, mutations[i].entity,
                                  mutations[i].row_id) for i in todo})
        dirty: dict[tuple[str, str, str], Row] = {}
        changes: list[dict[str, Any]] = []
        new_keys: list[dict[str, Any]] = []

        def append(pid: str, entity: str, row_id: str, fields: dict[str, Any],
                   stamps: dict[str, str], origin: str) -> None:
            last_seq[pid] += 1
            changes.append({"profile_id": pid, "seq": last_seq[pid], "entity": entity,
                            "row_id": row_id, "fields": fields, "stamps": stamps,
                            "origin_device": origin})

        for i in todo:
            m = mutations[i]
            if m.key in seen:
                results[i] = seen[m.key]
                continue
            k = (m.profile_id, m.entity, m.row_id)
            outcome: Outcome = merge(rows.get(k), Incoming(
                m.key, m.entity, m.row_id, m.profile_id, m.op, m.fields, m.stamps,
                m.base_version), now_ms)
            if outcome.won_fields:
                rows[k] = dirty[k] = apply(rows.get(k), outcome.won_fields, outcome.won_stamps)
                append(m.profile_id, m.entity, m.row_id, outcome.won_fields,
                       outcome.won_stamps, caller.device_id)
            for record in outcome.conflicts:
                ck = (m.profile_id, CONFLICTS_ENTITY, str(record.fields["id"]))
                rows[ck] = dirty[ck] = record
                append(m.profile_id, CONFLICTS_ENTITY, ck[2], record.fields, record.stamps,
                       SERVER_DEVICE)
            result = {"key": m.key, "status": outcome.status, "reason": None,
                      "message": None, "conflicts": outcome.conflict_ids}
            results[i] = seen[m.key] = result
            new_keys.append({"key": m.key, "result": result})

        # Each table is written with one statement over one JSON document: a round trip
        # per row would cost more than everything else in the push together.
        if dirty:
            conn.execute(
                """INSERT INTO rows (profile_id, entity, row_id, fields, stamps, deleted)
                   SELECT * FROM jsonb_to_recordset(%s) AS x(profile_id text, entity text,
                     row_id text, fields jsonb, stamps jsonb, deleted boolean)
                   ON CONFLICT (profile_id, entity, row_id) DO UPDATE SET
                     fields = excluded.fields, stamps = excluded.stamps,
                     deleted = excluded.deleted""",
                (Jsonb([{"profile_id": k[0], "entity": k[1], "row_id": k[2],
                         "fields": r.fields, "stamps": r.stamps, "deleted": r.deleted}
                        for k, r in dirty.items()]),))
        if changes:
            conn.execute(
                """INSERT INTO changes (profile_id, seq, entity, row_id, fields, stamps,
                                        origin_device)
                   SELECT * FROM jsonb_to_recordset(%s) AS x(profile_id text, seq bigint,
                     entity text, row_id text, fields jsonb, stamps jsonb,
                     origin_device text)""", (Jsonb(changes),))
            conn.execute(
                """UPDATE profiles p SET last_seq = x.seq
                   FROM jsonb_to_recordset(%s) AS x(profile_id text, seq bigint)
                   WHERE p.profile_id = x.profile_id""",
                (Jsonb([{"profile_id": pid, "seq": seq} for pid, seq in last_seq.items()]),))
        if new_keys:
            conn.execute(
                """INSERT INTO pushed_keys (account_id, key, result)
                   SELECT %s, x.key, x.result
                   FROM jsonb_to_recordset(%s) AS x(key text, result jsonb)""",
                (caller.account_id, Jsonb(new_keys)))
    return [r for r in results if r is not None]


def pull(conn: psycopg.Connection, caller: Caller, req: PullRequest) -> dict[str, Any]:
    """A page of the feed; ``changes`` holds each change as JSON text (see
    :func:`pull_json`)."""
    with conn.transaction():
        # One snapshot: the counters and the changes read agree with each other.
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        roles = access.roles(conn, caller)
        revoked = (set(req.cursors) - set(roles)) | (access.revoked_profiles(conn, caller)
                                                     - set(roles))
        state = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(
            "SELECT profile_id, last_seq, pruned_seq FROM profiles WHERE profile_id = ANY(%s)",
            (list(roles),)).fetchall()}
        changes: list[str] = []
        cursors: dict[str, int] = {}
        resync: list[str] = []
        has_more = False
        remaining = req.limit
        for pid in sorted(roles):
            last, pruned = state[pid]
            cursor = max(0, req.cursors.get(pid, 0))
            if (0 < cursor < pruned) or cursor > last:
                # Too old (purged tombstones) or from a different history (a restored
                # database): start this profile again from 0.
                resync.append(pid)
                cursors[pid] = 0
                has_more = has_more or last > 0
                continue
            if cursor == last:
                cursors[pid] = cursor
                continue
            if remaining == 0:
                cursors[pid] = cursor
                has_more = True
                continue
            # Each change leaves PostgreSQL as finished JSON text: decoding the jsonb into
            # Python and encoding it again was most of a pull's time.
            page = conn.execute(
                """SELECT seq, json_build_object('seq', seq, 'profile_id', profile_id,
                     'entity', entity, 'row_id', row_id, 'fields', fields, 'stamps', stamps,
                     'origin_device', origin_device)::text
                   FROM (SELECT * FROM changes WHERE profile_id = %s AND seq > %s
                         ORDER BY seq LIMIT %s) page ORDER BY seq""",
                (pid, cursor, remaining + 1)).fetchall()
            truncated = len(page) > remaining
            page = page[:remaining]
            remaining -= len(page)
            changes.extend(text for _seq, text in page)
            # Not truncated: everything up to `last` has been read (compaction may have
            # removed the tail), so the cursor can move to the counter itself.
            cursors[pid] = page[-1][0] if truncated else last
            has_more = has_more or truncated
    return {"changes": changes, "cursors": cursors, "has_more": has_more,
            "resync": sorted(resync), "revoked": sorted(revoked), "profiles": roles}


def compact(conn: psycopg.Connection, days: int) -> dict[str, int]:
    """Fold each row's old changes into one and drop old tombstones from the feed.

    Changes older than ``days`` are rewritten: a row's several old changes become one
    change (at the newest of their seqs) holding the row's values as of then, and rows
    deleted that long ago leave the feed entirely. A device whose cursor is below a
    dropped tombstone would never learn of that delete, so pull tells it to resync.
    """
    folded = purged = 0
    pids = [r[0] for r in conn.execute("SELECT profile_id FROM profiles ORDER BY 1").fetchall()]
    for pid in pids:
        with conn.transaction():
            row = conn.execute("SELECT pruned_seq FROM profiles WHERE profile_id = %s "
                               "FOR UPDATE", (pid,)).fetchone()
            assert row is not None
            horizon = conn.execute(
                "SELECT max(seq) FROM changes WHERE profile_id = %s "
                "AND created_at < now() - make_interval(days => %s)", (pid, days)).fetchone()
            if horizon is None or horizon[0] is None:
                continue
            h = int(horizon[0])
            dropped = conn.execute(
                """DELETE FROM changes c USING rows r
                   WHERE c.profile_id = %(p)s AND c.seq <= %(h)s AND r.deleted
                     AND r.profile_id = c.profile_id AND r.entity = c.entity
                     AND r.row_id = c.row_id
                     AND NOT EXISTS (SELECT 1 FROM changes n WHERE n.profile_id = c.profile_id
                                     AND n.entity = c.entity AND n.row_id = c.row_id
                                     AND n.seq > %(h)s)
                   RETURNING c.seq""", {"p": pid, "h": h}).fetchall()
            if dropped:
                purged += len(dropped)
                conn.execute("UPDATE profiles SET pruned_seq = greatest(pruned_seq, %s) "
                             "WHERE profile_id = %s", (max(s for (s,) in dropped), pid))
            old = conn.execute(
                """SELECT entity, row_id, seq, fields, stamps, origin_device FROM changes
                   WHERE profile_id = %s AND seq <= %s AND (entity, row_id) IN (
                     SELECT entity, row_id FROM changes WHERE profile_id = %s AND seq <= %s
                     GROUP BY entity, row_id HAVING count(*) > 1)
                   ORDER BY entity, row_id, seq""", (pid, h, pid, h)).fetchall()
            groups: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
            for c in old:
                groups.setdefault((c[0], c[1]), []).append(c)
            for (_entity, _row_id), group in groups.items():
                fields: dict[str, Any] = {}
                stamps: dict[str, str] = {}
                for _e, _r, _s, f, st, _o in group:
                    for name, value in f.items():
                        if name not in stamps or st[name] > stamps[name]:
                            fields[name], stamps[name] = value, st[name]
                keep = group[-1][2]
                conn.execute("DELETE FROM changes WHERE profile_id = %s AND seq = ANY(%s)",
                             (pid, [g[2] for g in group[:-1]]))
                conn.execute("UPDATE changes SET fields = %s, stamps = %s "
                             "WHERE profile_id = %s AND seq = %s",
                             (Jsonb(fields), Jsonb(stamps), pid, keep))
                folded += len(group) - 1
    return {"folded": folded, "purged": purged}


def pull_json(page: dict[str, Any], server_time: int) -> str:
    """The PullResponse body, with the changes spliced in as the JSON they already are."""
    rest = json.dumps({k: v for k, v in page.items() if k != "changes"}
                      | {"server_time": server_time}, separators=(",", ":"))
    return '{"changes":[' + ",".join(page["changes"]) + "]," + rest[1:]
