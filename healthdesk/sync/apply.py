"""Applying pulled changes to the local store, and purging profiles (docs/sync.md).

Everything here runs inside one write transaction opened by the engine, with the
``sync_guard`` row set (:func:`guarded`) so the rows written do not echo into the outbox.
Rules:

- A pulled field is skipped when an unpushed local change of that field has a greater
  stamp (our push will win at the server). When the pulled stamp is greater, it is
  applied, and the local change's own value is *pinned* on its outbox entry first, so the
  push still carries it and the server files the loss in the conflict inbox.
- The row's ``version`` becomes the greatest stamp applied to it (it may be older than the
  row: the feed is in server order, not stamp order).
- Fields this version of the store has no column for are kept in ``sync_extra_fields``.
- Append-only rows (dose events, the audit trail) are inserted once, never updated.
- A change this store cannot hold (a value of the wrong type or size, a CHECK it breaks,
  a new row without its required fields, a stamp from the future) is set aside in
  ``sync_set_aside`` with its reason and the rest is applied (``set_aside.py``); each
  table's batch runs in a SAVEPOINT and falls back to one SAVEPOINT per row, so a
  refused row leaves nothing behind.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DataError, IntegrityError, InterfaceError
from sqlalchemy.orm import Session

from healthdesk.domain.changes import ANY, Changes
from healthdesk.store import cursors as feed_cursors
from healthdesk.store import outbox as store_outbox
from healthdesk.store.outbox import Unpushed
from healthdesk.store.triggers import SYNC_GUARD_APPLYING, SYNC_GUARD_PURGING

from . import set_aside as aside
from .codec import IDENTITY, NOT_SENT, Table, Unfit, quote, stamp_problem, tables
from .set_aside import Aside

if TYPE_CHECKING:
    # Only a type here; the protocol's pydantic models (~80 ms) load with the transport.
    from healthdesk.protocol import Change

log = logging.getLogger(__name__)

CHUNK = 500
# Row bookkeeping, not a person's edit: losing it to a newer pull is no conflict.
PIN_NEVER = frozenset({"created_at", "updated_at"})


@dataclass
class ApplyReport:
    changes: int = 0
    rows_written: int = 0
    fields_skipped: int = 0
    new_conflicts: int = 0
    incomplete: int = 0
    max_stamp: str = ""
    touched: dict[str, set[str]] = field(default_factory=dict)  # profile -> entities
    # (profile, kind) of the measurements pulled; ANY when the change did not carry its
    # kind (an edit of another field): the screens of that person's readings reload.
    reading_kinds: set[tuple[str, str]] = field(default_factory=set)
    # Rows set aside (not applied, kept with their reason) and set-aside rows that have
    # now applied cleanly, by (entity, row id).
    set_aside: dict[tuple[str, str], Aside] = field(default_factory=dict)
    healed: set[tuple[str, str]] = field(default_factory=set)

    def change_set(self) -> Changes:
        """What the screens need to hear: every entity pulled, by profile (a change set
        aside is counted too: one extra reload is cheaper than a check per row)."""
        rows = frozenset((e, pid) for pid, ents in self.touched.items() for e in ents)
        if self.new_conflicts:
            rows |= {("conflicts", ANY)}
        return Changes(rows, frozenset(self.reading_kinds))


def set_guard(session: Session, *ids: int) -> None:
    conn = session.connection()
    for i in ids:
        conn.exec_driver_sql("INSERT OR IGNORE INTO sync_guard (id) VALUES (?)", (i,))


def clear_guard(session: Session) -> None:
    # sync_guard is empty at every commit: a row left behind would silence the outbox.
    session.connection().exec_driver_sql("DELETE FROM sync_guard")


@dataclass(slots=True)
class _RowChange:
    profile_id: str
    fields: dict[str, Any]
    stamps: dict[str, str]
    seq: int = 0
    origin: str | None = None
    owned: bool = False  # fields/stamps are our copies (several changes were folded)
    aside: bool = False  # folded onto a set-aside entry of the row: applied, it leaves
    # The changes folded, in feed order (only when there are several): if the fold cannot
    # be applied, its longest good beginning still is (see _split).
    parts: list[_RowChange] | None = None

    def set_aside(self, entity: str, row_id: str, why: tuple[str | None, str]) -> Aside:
        return Aside(entity, row_id, self.profile_id, self.seq, self.origin,
                     self.fields, self.stamps, why[0], why[1])


def _fold(changes: Sequence[Change]) -> dict[tuple[str, str], _RowChange]:
    """One change per row, in feed order: later changes of a row won later at the server,
    so their fields replace earlier ones. Single changes are not copied."""
    out: dict[tuple[str, str], _RowChange] = {}
    for c in changes:
        key = (c.entity, c.row_id)
        rc = out.get(key)
        if rc is None:
            out[key] = _RowChange(c.profile_id, c.fields, c.stamps, c.seq, c.origin_device)
            continue
        if not rc.owned:
            rc.parts = [_RowChange(rc.profile_id, rc.fields, rc.stamps, rc.seq, rc.origin)]
            rc.fields, rc.stamps, rc.owned = dict(rc.fields), dict(rc.stamps), True
        assert rc.parts is not None
        rc.parts.append(_RowChange(c.profile_id, c.fields, c.stamps, c.seq, c.origin_device))
        rc.fields.update(c.fields)
        rc.stamps.update(c.stamps)
        rc.seq, rc.origin = c.seq, c.origin_device
    return out


def _joined(parts: Sequence[_RowChange]) -> _RowChange:
    rc = _RowChange(parts[0].profile_id, {}, {}, parts[-1].seq, parts[-1].origin, owned=True)
    for p in parts:
        rc.fields.update(p.fields)
        rc.stamps.update(p.stamps)
    if len(parts) > 1:
        rc.parts = list(parts)
    return rc


def _onto_set_aside(session: Session, entity: str, rows: dict[str, _RowChange]) -> None:
    """A row with a set-aside entry is tried again with its new changes folded on top
    (the entry is older in feed order): a valid newer version heals it."""
    for row_id, old in aside.load(session, entity, list(rows)).items():
        rc = rows[row_id]
        first = _RowChange(old.profile_id, old.fields, old.stamps, old.seq, old.origin_device)
        rows[row_id] = _joined([first, *(rc.parts or [rc])])
        rows[row_id].aside = True


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _local_stamp(entries: list[Unpushed], name: str) -> Unpushed | None:
    """The latest unpushed entry that changed ``name`` (every entry touches updated_at;
    only an insert sets created_at)."""
    for e in reversed(entries):
        if (name in e.fields or name == "updated_at"
                or (name == "created_at" and e.op == "insert")):
            return e
    return None


def _existing(session: Session, table: str, ids: Sequence[str],
              columns: str = "id") -> dict[str, dict[str, Any]]:
    """Rows of ``table`` among ``ids``: only their ids unless ``columns="*"`` (whole rows
    are needed only where a local change may have to be pinned)."""
    conn = session.connection()
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        cur = conn.exec_driver_sql(
            f"SELECT {columns} FROM {quote(table)} "
            f"WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))
        names = list(cur.keys())
        for r in cur.fetchall():
            row = dict(zip(names, r, strict=True))
            out[row["id"]] = row
    return out


def _keep_extra(session: Session, entity: str, row_id: str, profile_id: str,
                fields: dict[str, Any], stamps: dict[str, str]) -> None:
    conn = session.connection()
    found = conn.exec_driver_sql(
        "SELECT fields, stamps FROM sync_extra_fields WHERE entity = ? AND row_id = ?",
        (entity, row_id)).first()
    old_f, old_s = (json.loads(found[0]), json.loads(found[1])) if found else ({}, {})
    for name, value in fields.items():
        stamp = stamps.get(name, "")
        if stamp > old_s.get(name, ""):
            old_f[name], old_s[name] = value, stamp
    dumps = json.dumps
    conn.exec_driver_sql(
        "INSERT INTO sync_extra_fields (entity, row_id, profile_id, fields, stamps) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, row_id) DO UPDATE SET "
        "fields = excluded.fields, stamps = excluded.stamps",
        (entity, row_id, profile_id, dumps(old_f, sort_keys=True), dumps(old_s, sort_keys=True)))


Why = tuple[str | None, str]  # (field or None, reason sentence)
# A row the database refuses for its values; anything else (locked, disk full) fails
# the whole transaction as before.
ROW_ERRORS: tuple[type[BaseException], ...] = (
    IntegrityError, InterfaceError, DataError, OverflowError, ValueError, TypeError)


def apply_changes(session: Session, changes: Sequence[Change],
                  report: ApplyReport | None = None, *,
                  exclude: Mapping[tuple[str, str], Why] | None = None,
                  now: str = "", newest: str | None = None) -> ApplyReport:
    """Write ``changes`` (one pulled page, or several) into the store. The caller holds
    the transaction and the sync guard.

    A change that cannot be applied is set aside (``sync_set_aside``, with its reason)
    and every other change is applied; rows in ``exclude`` are set aside with the reason
    given (the engine's answer to a foreign key left dangling). A row whose greatest
    stamp is above ``newest`` (the server's clock plus the allowed skew) is set aside too.
    """
    report = report or ApplyReport()
    report.changes += len(changes)
    for c in changes:
        report.touched.setdefault(c.profile_id, set()).add(c.entity)
        if c.entity == "measurements":
            kind = c.fields.get("kind")
            report.reading_kinds.add((c.profile_id, kind if isinstance(kind, str) else ANY))
    specs = tables()
    by_entity: dict[str, dict[str, _RowChange]] = {}
    for (entity, row_id), rc in _fold(changes).items():
        by_entity.setdefault(entity, {})[row_id] = rc
    any_pending, has_aside = store_outbox.any_pending(session), aside.any_aside(session)
    outcome = _Outcome()
    for entity in sorted(by_entity):
        rows = by_entity[entity]
        if has_aside:
            _onto_set_aside(session, entity, rows)
        if exclude:
            for row_id in [r for r in rows if (entity, r) in exclude]:
                outcome.aside.append(rows.pop(row_id).set_aside(
                    entity, row_id, exclude[(entity, row_id)]))
        spec = specs.get(entity)
        if spec is None:
            for row_id, rc in rows.items():  # a table from a newer version: keep it whole
                _keep_extra(session, entity, row_id, rc.profile_id, rc.fields, rc.stamps)
            continue
        start = len(outcome.aside)
        _apply_table(session, spec, rows, bool(any_pending), report, outcome, newest)
        for i in range(start, len(outcome.aside)):
            held = rows.get(outcome.aside[i].row_id)
            if held is not None and held.parts:
                outcome.aside[i] = _split(session, spec, held, outcome.aside[i],
                                          bool(any_pending), report, newest)
    if outcome.aside:
        aside.save(session, outcome.aside, now)
        for a in outcome.aside:
            report.set_aside[a.key] = a
            report.healed.discard(a.key)
        first = outcome.aside[0]
        # One line per page, not per row: a missing parent can set a thousand aside.
        log.warning("sync: %d pulled change(s) set aside, e.g. %s %s: %s", len(outcome.aside),
                    first.entity, first.row_id, first.reason)
    kept = {a.key for a in outcome.aside}
    healed = [k for k in outcome.healed if k not in kept]
    if healed:
        aside.drop(session, healed)
        for key in healed:
            report.set_aside.pop(key, None)
            report.healed.add(key)
    return report


def _split(session: Session, spec: Table, rc: _RowChange, whole: Aside,
           any_pending: bool, report: ApplyReport, newest: str | None) -> Aside:
    """A row whose changes of this page, folded, cannot be applied: apply the longest
    beginning of them that can, and set aside only the rest. A caregiver's bad edit of a
    profile must not keep a new device from the profile itself (its insert came first).
    Every fold of a later part ends in the same values, so the rest is set aside whole."""
    parts = rc.parts or []
    conn = session.connection()
    for k in range(len(parts) - 1, 0, -1):
        tried = _Outcome()
        conn.exec_driver_sql("SAVEPOINT sync_split")
        _apply_table(session, spec, {whole.row_id: _joined(parts[:k])}, any_pending, report,
                     tried, newest)
        if not tried.aside:
            conn.exec_driver_sql("RELEASE sync_split")
            rest = _joined(parts[k:])
            return rest.set_aside(spec.name, whole.row_id, (whole.field, whole.reason))
        conn.exec_driver_sql("ROLLBACK TO sync_split")
        conn.exec_driver_sql("RELEASE sync_split")
    return whole


@dataclass
class _Outcome:
    aside: list[Aside] = field(default_factory=list)
    healed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Batch:
    """Rows written by one statement: ``cols`` name the leading parameters (the values);
    the row id is the parameter at ``id_at``."""

    cols: tuple[str, ...]
    id_at: int
    params: list[tuple[Any, ...]] = field(default_factory=list)

    def row(self, params: tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
        return params[self.id_at], dict(zip(self.cols, params, strict=False))


def _values_of(session: Session, spec: Table, row_id: str, rc: _RowChange,
               current: dict[str, Any] | None, local: list[Unpushed] | None,
               pins: dict[int, dict[str, Any]],
               report: ApplyReport) -> tuple[dict[str, Any], str] | None:
    """The columns to write for one row change (None: nothing to write). Raises Unfit
    for a value this store cannot hold."""
    fields = rc.fields
    if ("id" in fields and fields["id"] != row_id) or (
            "profile_id" in fields and fields["profile_id"] != rc.profile_id):
        raise Unfit("does not match the record it was sent for", "id")
    return _careful_values(session, spec, row_id, rc, current, local or [], pins, report)


def _apply_table(session: Session, spec: Table, rows: dict[str, _RowChange],
                 any_pending: bool, report: ApplyReport, outcome: _Outcome,
                 newest: str | None = None) -> None:
    ids = list(rows)
    existing = _existing(session, spec.name, ids)
    pending = store_outbox.unpushed(session, spec.name, ids) if any_pending else {}
    if pending:
        existing.update(_existing(session, spec.name, list(pending), "*"))
    conn = session.connection()
    inserts: dict[tuple[str, ...], _Batch] = {}
    updates: dict[tuple[str, ...], _Batch] = {}
    pins: dict[int, dict[str, Any]] = {}
    plain, check = spec.plain_columns, spec.checkers
    for row_id, rc in rows.items():
        current = existing.get(row_id)
        if current is not None and spec.append_only:
            if rc.aside:  # inserted once; the feed cannot change history
                outcome.healed.append((spec.name, row_id))
            continue
        fields = rc.fields
        if (fields and row_id not in pending and fields.keys() <= plain
                and len(rc.stamps) == len(fields)
                and fields.get("id", row_id) == row_id
                and fields.get("profile_id", rc.profile_id) == rc.profile_id):
            # The common case, kept lean (an initial sync is 100,000 of these): every
            # field is a column of ours and nothing local is waiting for this row.
            try:
                values = {n: check[n](v) for n, v in fields.items() if n not in IDENTITY}
            except Unfit:
                pass  # found again, field by field and with its name, below
            else:
                version = max(rc.stamps.values())
                if ((current is not None or spec.required <= values.keys())
                        and stamp_problem(version, newest) is None):
                    if version > report.max_stamp:
                        report.max_stamp = version
                    if current is None:
                        cols = (*values, "id", "profile_id", "version")
                        batch = inserts.get(cols) or inserts.setdefault(cols, _Batch(cols, -3))
                        batch.params.append((*values.values(), row_id, rc.profile_id, version))
                    elif values:
                        cols = tuple(values)
                        batch = updates.get(cols) or updates.setdefault(cols, _Batch(cols, -1))
                        batch.params.append((*values.values(), version, row_id))
                    continue
        try:
            found = _values_of(session, spec, row_id, rc, current, pending.get(row_id),
                               pins, report)
            if found is None:
                if rc.aside:
                    outcome.healed.append((spec.name, row_id))
                continue
            values, version = found
            if problem := stamp_problem(version, newest):
                raise Unfit(problem)
            if current is None and not spec.required <= values.keys():
                if values.get("deleted") == 1:
                    # A tombstone of a row whose earlier history the server no longer
                    # has (compacted): nothing to show; its fields stay with the server.
                    report.incomplete += 1
                    continue
                outcome.aside.append(rc.set_aside(
                    spec.name, row_id, aside.missing_required(spec.required - values.keys())))
                continue
        except Unfit as exc:
            outcome.aside.append(rc.set_aside(spec.name, row_id, aside.from_unfit(exc)))
            continue
        if version > report.max_stamp:
            report.max_stamp = version
        if current is None:
            cols = (*values, "id", "profile_id", "version")
            inserts.setdefault(cols, _Batch(cols, -3)).params.append(
                (*values.values(), row_id, rc.profile_id, version))
        else:
            cols = tuple(values)
            updates.setdefault(cols, _Batch(cols, -1)).params.append(
                (*values.values(), version, row_id))
    failed: dict[str, Why] = {}
    for cols, batch in inserts.items():
        _execute(conn, spec, f"INSERT INTO {quote(spec.name)} "
                 f"({', '.join(quote(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
                 batch, failed)
    for cols, batch in updates.items():
        sets = ", ".join(f"{quote(c)} = ?" for c in cols)
        _execute(conn, spec, f"UPDATE {quote(spec.name)} SET {sets}, "
                 "version = max(version, ?) WHERE id = ?", batch, failed)
    careful = bool(failed) or spec.name == "conflicts" or any(rc.aside for rc in rows.values())
    for batch in (*inserts.values(), *updates.values()):
        if not careful:  # the common case: every row went in, none was set aside before
            report.rows_written += len(batch.params)
            continue
        for params in batch.params:
            row_id, values = batch.row(params)
            rc = rows[row_id]
            if row_id in failed:
                outcome.aside.append(rc.set_aside(spec.name, row_id, failed[row_id]))
                continue
            report.rows_written += 1
            if rc.aside:
                outcome.healed.append((spec.name, row_id))
            if (spec.name == "conflicts" and row_id not in existing
                    and values.get("status") == "open"):
                report.new_conflicts += 1
    store_outbox.pin(session, pins)


def _execute(conn: Connection, spec: Table, sql: str, batch: _Batch,
             failed: dict[str, Why]) -> None:
    """One statement for the whole batch (the fast path); if the database refuses a row,
    the batch is undone and written row by row, each in its own savepoint, so a refused
    row leaves nothing behind and the others still go in."""
    conn.exec_driver_sql("SAVEPOINT sync_batch")
    try:
        conn.exec_driver_sql(sql, batch.params)
    except ROW_ERRORS:
        conn.exec_driver_sql("ROLLBACK TO sync_batch")
        for params in batch.params:
            conn.exec_driver_sql("SAVEPOINT sync_row")
            try:
                conn.exec_driver_sql(sql, [params])
            except ROW_ERRORS as exc:
                conn.exec_driver_sql("ROLLBACK TO sync_row")
                row_id, values = batch.row(params)
                failed[row_id] = aside.from_error(exc, spec, values)
            conn.exec_driver_sql("RELEASE sync_row")
    conn.exec_driver_sql("RELEASE sync_batch")


def _careful_values(session: Session, spec: Table, row_id: str, rc: _RowChange,
                    current: dict[str, Any] | None, local: list[Unpushed],
                    pins: dict[int, dict[str, Any]],
                    report: ApplyReport) -> tuple[dict[str, Any], str] | None:
    """The values to write for a row with unpushed local changes, unknown fields or
    values that do not fit: field by field, skipping, pinning and keeping extras.
    Raises Unfit (naming the field) for a value this store cannot hold."""
    values: dict[str, Any] = {}
    stamps: list[str] = []
    extra_f: dict[str, Any] = {}
    for name, value in rc.fields.items():
        if name in NOT_SENT or name in IDENTITY:
            continue
        stamp = rc.stamps.get(name)
        if stamp is None:
            raise Unfit("arrived without its clock stamp", name)
        if name not in spec.columns:
            extra_f[name] = value
            continue
        decoded = spec.checked(name, value)  # before anything is pinned or kept
        mine = _local_stamp(local, name) if local else None
        if mine is not None:
            if mine.version > stamp:
                report.fields_skipped += 1
                continue
            if (current is not None and name not in PIN_NEVER
                    and name not in (mine.pinned or {})):
                pin = pins.setdefault(mine.seq, dict(mine.pinned or {}))
                if name not in pin:
                    pin[name] = spec.encoder(name)(current.get(name))
        values[name] = decoded
        stamps.append(stamp)
    if extra_f:
        _keep_extra(session, spec.name, row_id, rc.profile_id, extra_f,
                    {k: rc.stamps.get(k, "") for k in extra_f})
    if not values:
        return None
    return values, max(stamps)


# --------------------------------------------------------------------------- purge


def _tables_with_profile(session: Session) -> list[str]:
    conn = session.connection()
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index_%'").fetchall()]
    out = []
    for name in names:
        cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({quote(name)})")}
        if "profile_id" in cols:
            out.append(name)
    return out


def holds_profile(session: Session, profile_id: str) -> bool:
    """Whether anything of the profile is on this device (its row, a cursor, a change
    waiting): a revoked profile with none of these has nothing to remove."""
    return (bool(_existing(session, "profiles", [profile_id]))
            or feed_cursors.has(session, profile_id)
            or store_outbox.has_profile(session, profile_id))


def purge_profile(session: Session, profile_id: str, *, keep_pending: bool = False) -> int:
    """Remove a profile's data from this device; returns the number of rows removed.

    The one hard delete there is (revoked access, or a resync). Synced rows are first
    tombstoned (so search and daily roll-up triggers let go of them), then deleted, both
    under the sync guard (no outbox entries; the purge guard lets the delete through).
    With ``keep_pending``, rows with unpushed changes stay, with their outbox entries.
    """
    specs = tables()
    conn = session.connection()
    set_guard(session, SYNC_GUARD_APPLYING, SYNC_GUARD_PURGING)
    removed = 0
    keep = f"AND {store_outbox.NO_UNPUSHED_CHANGE}" if keep_pending else ""
    for name, spec in specs.items():
        params: tuple[Any, ...] = (profile_id, name) if keep_pending else (profile_id,)
        if not spec.append_only:
            conn.exec_driver_sql(
                f"UPDATE {quote(name)} AS t SET deleted = 1 WHERE profile_id = ? "
                f"AND NOT deleted {keep}", params)
        removed += conn.exec_driver_sql(
            f"DELETE FROM {quote(name)} AS t WHERE profile_id = ? {keep}", params).rowcount
    if not keep_pending:
        for name in _tables_with_profile(session):
            if name not in specs:  # outbox, cursors, extra fields, derived tables, search
                conn.exec_driver_sql(f"DELETE FROM {quote(name)} WHERE profile_id = ?",
                                     (profile_id,))
    else:
        conn.exec_driver_sql("DELETE FROM sync_extra_fields WHERE profile_id = ?",
                             (profile_id,))
        aside.drop_profile(session, profile_id)  # pulled again from 0: judged afresh
    return removed
