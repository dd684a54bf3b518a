"""The audit trail: who did what to a record, when, and from which device.

Row writes (create, update, delete) are audited automatically by the store's write path.
This service lists the trail and records the actions that are not row writes (an export,
an import, opening a document in another program), which a person reviewing who saw
their data needs just as much.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import int_in_range, one_of, optional_text, parse_datetime_utc
from healthdesk.store.models import AuditEvent
from healthdesk.store.models.audit import AUDIT_ACTIONS
from healthdesk.store.vault import Store

from .base import ServiceBase
from .search import ENTITY_LABELS as SEARCH_LABELS

# Actions the write path records by itself; record() refuses them so the trail cannot
# claim a row write that never happened.
ROW_ACTIONS = ("create", "update", "delete")
RECORDABLE_ACTIONS = tuple(a for a in AUDIT_ACTIONS if a not in ROW_ACTIONS)
MAX_LIMIT = 10_000
MAX_FIELDS = 100

ENTITY_LABELS: dict[str, str] = {
    **SEARCH_LABELS,
    "medication_schedules": "Medicine schedule",
    "dose_events": "Dose",
    "goal_progress": "Goal progress",
    "audit_events": "Audit event",
}


def entity_label(entity: str) -> str:
    """The word a person sees for a table name ("measurements" -> "Reading")."""
    return ENTITY_LABELS.get(entity, entity.replace("_", " ").capitalize())


@dataclass(frozen=True)
class AuditEventView:
    id: str
    profile_id: str
    at: dt.datetime
    actor: str
    device_id: str
    action: str
    entity: str
    entity_id: str | None
    fields: tuple[str, ...]

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)


def to_view(e: AuditEvent) -> AuditEventView:
    return AuditEventView(
        id=e.id, profile_id=e.profile_id, at=e.at, actor=e.actor, device_id=e.device_id,
        action=e.action, entity=e.entity, entity_id=e.entity_id, fields=tuple(e.fields or ()),
    )


def add_event(session: Session, store: Store, profile_id: str, action: str, entity: str,
              entity_id: str | None = None, fields: list[str] | None = None) -> AuditEvent:
    """Add an audit row inside an open ``store.write()`` session (shared with other
    services that audit their own non-write actions, e.g. document export)."""
    ctx = session.info.get("write_context")
    event = AuditEvent(
        profile_id=profile_id, at=store.clock(), actor=ctx.actor if ctx else store.actor,
        device_id=store.device_id, action=action, entity=entity, entity_id=entity_id,
        fields=sorted(set(fields)) if fields else None,
    )
    session.add(event)
    return event


def _clean_fields(fields: Any) -> list[str] | None:
    if fields is None:
        return None
    if isinstance(fields, str) or not all(isinstance(f, str) for f in fields):
        raise ValidationError("fields", _("Fields must be a list of field names."))
    names = [f.strip() for f in fields if f.strip()]
    if len(names) > MAX_FIELDS or any(len(f) > 64 for f in names):
        raise ValidationError(
            "fields",
                _("Fields must be at most {max_fields} names of up to 64 characters each.").format(
                          max_fields=MAX_FIELDS)
        )
    return names


class AuditService(ServiceBase):
    """Read the audit trail and record non-write actions on the record."""

    def record(self, profile_id: str, action: str, entity: str, entity_id: str | None = None,
               fields: list[str] | None = None) -> AuditEventView:
        """Record an action that is not a row write: "export", "import", "open", "override".

        Only field names belong in ``fields``, never values (the trail must not copy
        health data a second time).

        Raises ValidationError (bad action, entity or fields) and NotFoundError (profile).
        """
        action = one_of("action", action, RECORDABLE_ACTIONS)
        entity_name = optional_text("entity", entity, 40)
        if entity_name is None:
            raise ValidationError("entity", _("Entity is required (a table name like documents)."))
        entity_id = optional_text("entity_id", entity_id, 36)
        names = _clean_fields(fields)
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            event = add_event(s, self._store, profile_id, action, entity_name, entity_id, names)
            s.flush()
            return to_view(event)

    def _conditions(self, profile_id: str | None, entity: str | None, action: str | None,
                    start: dt.datetime | str | None, end: dt.datetime | str | None,
                    actor: str | None = None) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if actor is not None:  # a member of staff, or the OS user of a personal store
            conds.append(AuditEvent.actor == actor)
        if profile_id is not None:
            conds.append(AuditEvent.profile_id == profile_id)
        if entity is not None:
            conds.append(AuditEvent.entity == entity)
        if action is not None:
            conds.append(AuditEvent.action == one_of("action", action, AUDIT_ACTIONS))
        if start is not None:
            conds.append(AuditEvent.at >= parse_datetime_utc("start", start))
        if end is not None:
            conds.append(AuditEvent.at < parse_datetime_utc("end", end))
        return conds

    def events(self, profile_id: str | None = None, *, entity: str | None = None,
             action: str | None = None, start: dt.datetime | str | None = None,
             end: dt.datetime | str | None = None, limit: int = 200,
             offset: int = 0, actor: str | None = None) -> list[AuditEventView]:
        """The trail newest first; ``start`` inclusive, ``end`` exclusive; ``actor``
        keeps one person's entries (a member of staff's name).

        Raises ValidationError for an unknown action or a bad limit, offset or time.
        """
        conds = self._conditions(profile_id, entity, action, start, end, actor)
        limit = int_in_range("limit", limit, 1, MAX_LIMIT)
        offset = int_in_range("offset", offset, 0, 2**62)
        q = (select(AuditEvent).where(*conds)
             .order_by(AuditEvent.at.desc(), AuditEvent.version.desc())
             .limit(limit).offset(offset))
        with self._store.read() as s:
            return [to_view(e) for e in s.scalars(q)]

    def count(self, profile_id: str | None = None, *, entity: str | None = None,
              action: str | None = None, start: dt.datetime | str | None = None,
              end: dt.datetime | str | None = None, actor: str | None = None) -> int:
        """How many events ``list`` would page through with the same filters."""
        conds = self._conditions(profile_id, entity, action, start, end, actor)
        q = select(func.count()).select_from(AuditEvent).where(*conds)
        with self._store.read() as s:
            return int(s.scalar(q) or 0)

    def for_entity(self, entity: str, entity_id: str) -> list[AuditEventView]:
        """The history of one row, newest first ("who changed this reading?")."""
        q = (select(AuditEvent)
             .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
             .order_by(AuditEvent.at.desc(), AuditEvent.version.desc()))
        with self._store.read() as s:
            return [to_view(e) for e in s.scalars(q)]
