"""The single write path: every flush stamps synced rows and audits them.

Registered on the store's sessions, so services cannot forget a stamp or an audit
event; the outbox is written by triggers (see triggers.py), so even raw SQL cannot
skip it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session

from healthdesk.domain.hlc import HybridClock
from healthdesk.domain.ids import new_id

from .models import AuditEvent, DoseEvent, LocalState, Profile, Synced

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
    # Core upsert, not session.merge: merge would SELECT first, on every commit.
    stamp = upsert(LocalState).values(key="hlc", value=ctx.hlc.last)
    session.execute(stamp.on_conflict_do_update(index_elements=["key"],
                                                set_={"value": stamp.excluded.value}))


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", before_flush)
