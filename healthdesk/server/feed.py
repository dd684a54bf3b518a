"""Push, pull and compaction of the per-profile change feed (docs/sync.md).

A push is one transaction: it locks the counter row of every profile it touches (in
profile id order, so two pushes never deadlock), merges each mutation into ``rows`` and
appends what won to ``changes`` with the next sequence numbers. Because a sequence
number is only taken under that lock, a transaction holding seq n commits before any
other can take n + 1: a puller never skips a change that commits late.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from healthdesk.domain.roles import STAFF_ROLES
from healthdesk.protocol import CONFLICTS_ENTITY, Mutation, PullRequest

from . import access, admission, retention
from .accounts import Caller
from .admission import staff_refusal
from .merge import SERVER_DEVICE, Incoming, Outcome, Row, apply, merge

Result = dict[str, Any]
UUID_RE = admission.UUID_RE  # app.py's path parameters use it


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


def _claim_keys(conn: psycopg.Connection, account_id: int,
                keys: list[str]) -> tuple[set[str], dict[str, Result]]:
    """Take the keys no earlier push has answered; returns (claimed, first results of the
    others).

    A key is claimed by inserting it before its mutation is applied: a concurrent push
    with the same key (another profile, so no profile lock orders the two) waits on the
    unique index until the first commits, then finds it taken and answers with the
    first's result instead of failing on a unique violation. Keys are claimed in sorted
    order so two pushes never wait on each other's keys in a cycle.
    """
    if not keys:
        return set(), {}
    wanted = sorted(set(keys))
    claimed = {r[0] for r in conn.execute(
        """INSERT INTO pushed_keys (account_id, key, result)
           SELECT %s, k, '{}'::jsonb FROM unnest(%s::text[]) WITH ORDINALITY AS x(k, n)
           ORDER BY n
           ON CONFLICT DO NOTHING RETURNING key""", (account_id, wanted)).fetchall()}
    taken = [k for k in wanted if k not in claimed]
    first: dict[str, Result] = dict(conn.execute(
        "SELECT key, result FROM pushed_keys WHERE account_id = %s AND key = ANY(%s)",
        (account_id, taken)).fetchall()) if taken else {}
    return claimed, first


def push(conn: psycopg.Connection, caller: Caller, mutations: list[Mutation],
         now_ms: int) -> list[Result]:
    results: list[Result | None] = [admission.precheck(m, caller.device_id, now_ms)
                                    for m in mutations]
    with conn.transaction():
        roles, last_seq = _lock_profiles(
            conn, caller, (m.profile_id for m, r in zip(mutations, results, strict=True)
                           if r is None))
        for i, m in enumerate(mutations):
            if results[i] is not None:
                continue
            role = roles[m.profile_id]
            if role is None and access.is_erased(conn, m.profile_id):
                results[i] = admission.rejected(m, "erased", "the owner erased this person; "
                                                "their records are gone from the server.")
            elif role is None:
                results[i] = admission.rejected(m, "forbidden", "this account has no access "
                                                "to that profile.")
            elif role not in access.WRITERS:
                results[i] = admission.rejected(m, "read_only", "this account may only read "
                                                "that profile.")
            elif role in STAFF_ROLES:
                results[i] = staff_refusal(m, role)
            elif (m.entity == "profiles" and m.fields.get("deleted") is True
                  and role != access.OWNER):
                # A tombstoned profiles row hides the whole person on every device.
                results[i] = admission.rejected(m, "forbidden", "only the owner may delete "
                                                "the person; ask them, or leave the profile.")
            elif m.entity == retention.RULES_ENTITY and role != access.OWNER:
                # A rule erases rows on every device and here: a caregiver's would be
                # an erase of someone else's record.
                results[i] = admission.rejected(m, "forbidden", "only the owner may set how "
                                                "long the person's records are kept.")
        todo = [i for i, r in enumerate(results) if r is None]
        seen: dict[str, Result] = dict(conn.execute(
            "SELECT key, result FROM pushed_keys WHERE account_id = %s AND key = ANY(%s)",
            (caller.account_id, [mutations[i].key for i in todo])).fetchall()) if todo else {}
        claimed, first = _claim_keys(conn, caller.account_id,
                                     [mutations[i].key for i in todo
                                      if mutations[i].key not in seen])
        seen.update(first)
        wanted = {(mutations[i].profile_id, mutations[i].entity, mutations[i].row_id)
                  for i in todo}
        for i in todo:
            wanted.update(admission.reference_keys(mutations[i]))
        rows = _load_rows(conn, wanted)
        dirty: dict[tuple[str, str, str], Row] = {}
        changes: list[dict[str, Any]] = []
        answered: dict[str, Result] = {}

        def append(pid: str, entity: str, row_id: str, fields: dict[str, Any],
                   stamps: dict[str, str], origin: str) -> None:
            last_seq[pid] += 1
            changes.append({"profile_id": pid, "seq": last_seq[pid], "entity": entity,
                            "row_id": row_id, "fields": fields, "stamps": stamps,
                            "origin_device": origin})

        def handle(i: int, last_pass: bool) -> bool:
            """Judge and apply mutation i; False if it waits for a parent."""
            m = mutations[i]
            if m.key in seen:
                results[i] = seen[m.key]
                return True
            k = (m.profile_id, m.entity, m.row_id)
            current = rows.get(k)
            problem = admission.row_problem(m, current.fields if current else None)
            if problem is None:
                problem = admission.reference_problem(m, rows.__contains__)
                if problem and not last_pass:
                    return False
            if problem:
                results[i] = admission.rejected(m, "invalid", problem)
                return True
            outcome: Outcome = merge(current, Incoming(
                m.key, m.entity, m.row_id, m.profile_id, m.op, m.fields, m.stamps,
                m.base_version), now_ms)
            problem = admission.outcome_problem(m, current.fields if current else None,
                                                outcome.won_fields)
            if problem:
                results[i] = admission.rejected(m, "invalid", problem)
                return True
            if outcome.won_fields:
                rows[k] = dirty[k] = apply(current, outcome.won_fields, outcome.won_stamps)
                append(m.profile_id, m.entity, m.row_id, outcome.won_fields,
                       outcome.won_stamps, caller.device_id)
            for record in outcome.conflicts:
                ck = (m.profile_id, CONFLICTS_ENTITY, str(record.fields["id"]))
                rows[ck] = dirty[ck] = record
                append(m.profile_id, CONFLICTS_ENTITY, ck[2], record.fields, record.stamps,
                       SERVER_DEVICE)
            result = {"key": m.key, "status": outcome.status, "reason": None,
                      "message": None, "conflicts": outcome.conflict_ids}
            results[i] = seen[m.key] = answered[m.key] = result
            return True

        # A row whose parent comes later in the same batch (a client writes a new
        # profile's first audit event before the profile) is judged again at the end.
        waiting = [i for i in todo if not handle(i, last_pass=False)]
        for i in waiting:
            handle(i, last_pass=True)

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
        if answered:
            conn.execute(
                """UPDATE pushed_keys p SET result = x.result
                   FROM jsonb_to_recordset(%s) AS x(key text, result jsonb)
                   WHERE p.account_id = %s AND p.key = x.key""",
                (Jsonb([{"key": k, "result": r} for k, r in answered.items()]),
                 caller.account_id))
        # Rejections are not remembered: a claimed key whose mutation was refused is
        # judged afresh when it comes again.
        unused = sorted(claimed - set(answered))
        if unused:
            conn.execute("DELETE FROM pushed_keys WHERE account_id = %s AND key = ANY(%s)",
                         (caller.account_id, unused))
    return [r for r in results if r is not None]


@contextmanager
def _snapshot(conn: psycopg.Connection) -> Iterator[None]:
    """One read-only snapshot, so the counters and the changes read agree with each
    other. Asked for in the BEGIN itself: a SET TRANSACTION after it was one more round
    trip to PostgreSQL on every pull, a sixth of an idle pull's database time."""
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    try:
        with conn.transaction():
            yield
    finally:
        if not conn.broken:  # a pooled connection goes back as it came
            conn.isolation_level = None
            conn.read_only = None


def pull(conn: psycopg.Connection, caller: Caller, req: PullRequest) -> dict[str, Any]:
    """A page of the feed; ``changes`` holds each change as JSON text (see
    :func:`pull_json`)."""
    with _snapshot(conn):
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
