"""The single write path: every flush stamps synced rows, audits them, and notes what
changed.

Registered on the store's sessions, so services cannot forget a stamp, an audit event or
a change note; the outbox is written by triggers (see triggers.py), so even raw SQL
cannot skip it. The notes (:class:`ChangeCollector`, one per write transaction) become
the ``Changes`` the store publishes after the commit (vault.py ``Store.capture``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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


@dataclass
class WriteContext:
    """Who is writing, from which device, and the clocks to stamp with."""

    device_id: str
    actor: str
    hlc: HybridClock
    now: Callable[[], dt.datetime]


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


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", before_flush)
    event.listen(session_factory, "do_orm_execute", after_execute)
