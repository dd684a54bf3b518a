"""The single write path: every flush stamps synced rows, audits them, and notes what
changed.

Registered on the store's sessions, so services cannot forget a stamp, an audit event or
a change note; the outbox is written by triggers (see triggers.py), so even raw SQL
cannot skip it. The notes (:class:`ChangeCollector`, one per write transaction) become
the ``Changes`` the store publishes after the commit (vault.py ``Store.capture``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import ORMExecuteState, Session

from healthdesk.domain.changes import ANY, DEVICE, Changes
from healthdesk.domain.hlc import HybridClock
from healthdesk.domain.ids import new_id

from .models import AuditEvent, DoseEvent, LocalState, Measurement, Profile, Synced
from .models.base import JSONText

META = {"id", "created_at", "updated_at", "version"}


# A check every new row passes before it is written, whichever path writes it (the
# services' role check): (session, table, profile id); it refuses by raising.
RowCheck = Callable[[Session, str, "str | None"], None]


@dataclass
class WriteContext:
    """Who is writing, from which device, and the clocks to stamp with."""

    device_id: str
    actor: str
    hlc: HybridClock
    now: Callable[[], dt.datetime]
    row_checks: Sequence[RowCheck] = ()


class HardDeleteError(RuntimeError):
    pass


# Bookkeeping every write touches; no screen shows it, so it is not worth a note.
UNNOTED = frozenset({"local_state", "sync_guard", "outbox", "measurement_days"})


class ChangeCollector:
    """What one write transaction has flushed so far (kept in ``session.info``)."""

    KEY = "changes"

    def __init__(self) -> None:
        self.rows: set[tuple[str, str]] = set()
        self.readings: set[tuple[str, str]] = set()

    def note(self, obj: Any) -> None:
        table = obj.__tablename__
        if table in UNNOTED:
            return
        profile = getattr(obj, "profile_id", None) or DEVICE
        self.rows.add((table, profile))
        if isinstance(obj, Measurement):
            self.readings.add((profile, obj.kind or ANY))

    def note_row(self, table: str, profile: str | None, kind: str | None = None) -> None:
        self.rows.add((table, profile or DEVICE))
        if table == "measurements":
            self.readings.add((profile or DEVICE, kind or ANY))

    def note_table(self, table: str) -> None:
        if table not in UNNOTED:
            self.rows.add((table, ANY))
            if table == "measurements":
                self.readings.add((ANY, ANY))

    def changes(self) -> Changes:
        return Changes(frozenset(self.rows), frozenset(self.readings))


def _collector(session: Session) -> ChangeCollector | None:
    found: ChangeCollector | None = session.info.get(ChangeCollector.KEY)
    return found


def _note_flush(session: Session) -> None:
    notes = _collector(session)
    if notes is not None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if hasattr(obj, "__tablename__") and (obj in session.new
                                                  or session.is_modified(obj)):
                notes.note(obj)


def after_execute(state: ORMExecuteState) -> None:
    """Bulk statements (``session.execute(insert(T), rows)``, ``update(T)``) bypass the
    flush: note their table, for any profile."""
    notes = _collector(state.session)
    if notes is None or state.is_select:
        return
    if not (state.is_insert or state.is_update or state.is_delete):
        notes.note_table(ANY)  # text(): it may have written anything
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    notes.note_table(name if isinstance(name, str) else ANY)


def _changed(obj: Any) -> list[str]:
    state = inspect(obj)
    out = []
    for attr in state.mapper.column_attrs:
        if attr.key in META:
            continue
        if state.attrs[attr.key].history.has_changes():
            out.append(attr.columns[0].name)
    return out


def _audit(session: Session, ctx: WriteContext, obj: Any, action: str, fields: list[str]) -> None:
    session.add(
        AuditEvent(
            profile_id=obj.profile_id, at=ctx.now(), actor=ctx.actor, device_id=ctx.device_id,
            action=action, entity=obj.__tablename__, entity_id=obj.id, fields=sorted(fields),
        )
    )


def _stamp_new(ctx: WriteContext, obj: Any, now: dt.datetime) -> None:
    if obj.id is None:
        obj.id = new_id()
    if isinstance(obj, Profile):
        obj.profile_id = obj.id
    obj.created_at = obj.created_at or now
    obj.updated_at = now
    obj.version = ctx.hlc.tick()
    if obj.deleted is None:
        obj.deleted = False


def before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    _note_flush(session)
    ctx: WriteContext | None = session.info.get("write_context")
    if ctx is None:
        if any(isinstance(o, Synced) for o in (*session.new, *session.dirty)):
            raise RuntimeError("synced rows can only be written inside Store.write()")
        return
    now = ctx.now()
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            raise HardDeleteError(
                f"{obj.__tablename__} rows are tombstoned (deleted = True), never removed"
            )
    for obj in list(session.new):
        if isinstance(obj, AuditEvent):
            _stamp_new(ctx, obj, now)
        elif isinstance(obj, Synced):
            _stamp_new(ctx, obj, now)
            fields = [c.name for c in obj.__table__.columns if c.name not in META]
            _audit(session, ctx, obj, "create", fields)
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        fields = _changed(obj)
        if not fields:
            continue
        obj.updated_at = now
        obj.version = ctx.hlc.tick()
        if not isinstance(obj, AuditEvent | DoseEvent):
            action = "delete" if fields == ["deleted"] and obj.deleted else "update"
            _audit(session, ctx, obj, action, fields)
    # New audit rows were added above: stamp them too.
    for obj in list(session.new):
        if isinstance(obj, AuditEvent) and obj.version is None:
            _stamp_new(ctx, obj, now)
    # An upsert, not session.merge (which would SELECT first), as plain SQL on the
    # flush's connection: building and caching a Core statement cost ~0.2 ms a write.
    session.connection().exec_driver_sql(_STAMP_CLOCK, (_JSON.process_bind_param(
        ctx.hlc.last, _SQLITE),))


# local_state.value is JSON text: bound the way the column type binds it.
_JSON = JSONText()
_SQLITE = sqlite_dialect()
_STAMP_CLOCK = (f"INSERT INTO {LocalState.__tablename__} (key, value) VALUES ('hlc', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


class _Insert:
    """A synced table's INSERT as plain SQL, with its columns' bind conversions: built
    once, so a new row costs a tuple and one statement (the ORM's flush was ~0.5 ms)."""

    def __init__(self, model: Any) -> None:
        table = model.__table__
        self.table: str = table.name
        self.columns = [c.name for c in table.columns]
        self.convert = [c.type.bind_processor(_SQLITE) for c in table.columns]
        self.fields = sorted(c for c in self.columns if c not in META)
        self.sql = (f"INSERT INTO {self.table} ({', '.join(self.columns)}) "
                    f"VALUES ({', '.join('?' * len(self.columns))})")

    def params(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(v if f is None or v is None else f(v)
                     for f, v in zip(self.convert, map(row.get, self.columns), strict=True))


_INSERTS: dict[type, _Insert] = {}
_DBAPI = "dbapi"


def dbapi(session: Session) -> Any:
    """The DB-API connection under the session's transaction, looked up once per session
    (``session.connection()`` costs ~0.1 ms a call, and one reading asked for it three
    times). Statements run on it belong to the same transaction; they bypass SQLAlchemy's
    events, so only bookkeeping and writes that do their own checks use it."""
    current = session.get_nested_transaction() or session.get_transaction()
    found = session.info.get(_DBAPI)
    if found is None or current is None or found[0] is not current:
        # A new transaction may hold another pooled connection, and a new savepoint is
        # only opened (SAVEPOINT) when session.connection() is asked: ask again.
        conn = session.connection().connection.driver_connection
        found = session.info[_DBAPI] = (
            session.get_nested_transaction() or session.get_transaction(), conn)
    return found[1]


def live_profile(session: Session, profile_id: str) -> bool:
    """Whether the profile exists and is not deleted (an indexed probe, on every write)."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # see a person added just now, as the ORM's autoflush would
    return dbapi(session).execute(_LIVE_PROFILE, (profile_id,)).fetchone() is not None


_LIVE_PROFILE = f"SELECT 1 FROM {Profile.__tablename__} WHERE id = ? AND deleted = 0"


def insert_new(session: Session, model: type, values: Mapping[str, Any], *,
               kind: str | None = None) -> dict[str, Any]:
    """Insert one new synced row of ``model`` without the ORM: what ``before_flush`` does
    for an added object, explicitly. The row passes the write context's row checks (the
    role check), is stamped (id, times, clock), gets its "create" audit event, and is
    noted; the outbox entry, roll-ups and search row come from the table's triggers, as
    for every insert. Returns the stored values (ids and stamps included).
    """
    ctx: WriteContext | None = session.info.get("write_context")
    if ctx is None:
        raise RuntimeError("synced rows can only be written inside Store.write()")
    spec = _INSERTS.get(model) or _INSERTS.setdefault(model, _Insert(model))
    profile_id = values.get("profile_id")
    for check in ctx.row_checks:
        check(session, spec.table, profile_id)
    if session.new or session.dirty or session.deleted:
        session.flush()  # what was added before goes first, as the ORM would order it
    now = ctx.now()
    row = {**values, "id": values.get("id") or new_id(), "created_at": now, "updated_at": now,
           "version": ctx.hlc.tick(), "deleted": False}
    audit = _AUDIT_INSERT
    event_row = {"profile_id": profile_id, "at": now, "actor": ctx.actor,
                 "device_id": ctx.device_id, "action": "create", "entity": spec.table,
                 "entity_id": row["id"], "fields": spec.fields, "id": new_id(),
                 "created_at": now, "updated_at": now, "version": ctx.hlc.tick(),
                 "deleted": False}
    # The session's own DB-API connection: the same transaction, no statement building.
    conn = dbapi(session)
    conn.execute(spec.sql, spec.params(row))
    conn.execute(audit.sql, audit.params(event_row))
    conn.execute(_STAMP_CLOCK, (_JSON.process_bind_param(ctx.hlc.last, _SQLITE),))
    notes = _collector(session)
    if notes is not None:
        notes.note_row(spec.table, profile_id, kind)
    return row


_AUDIT_INSERT = _Insert(AuditEvent)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", before_flush)
    event.listen(session_factory, "do_orm_execute", after_execute)
