"""The conflict inbox: values that lost to a concurrent edit on another device.

Nothing is silently lost (docs/sync.md): the server files every losing value as a
``conflicts`` record, which syncs to every device. A person looks at each one and either
keeps what the record says now, or restores the losing value. A restore is an ordinary
new edit (stamped, audited, queued in the outbox), so it syncs like any other and wins
over the value it replaces.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.store import conflicts as inbox
from healthdesk.store.models import SYNCED_MODELS, Conflict
from healthdesk.sync.codec import tables, to_python

from .base import ServiceBase
from .errors import NotFoundError, ValidationError

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}
ENTITY_NAMES = {
    "profiles": "profile", "emergency_contacts": "emergency contact", "conditions": "condition",
    "allergies": "allergy", "symptom_entries": "symptom", "goals": "goal",
    "goal_progress": "goal progress", "measurements": "reading", "medications": "medicine",
    "medication_schedules": "medicine schedule", "dose_events": "dose",
    "appointments": "appointment", "documents": "document", "chat_sessions": "chat",
    "chat_messages": "chat message", "audit_events": "audit event",
    "immunizations": "immunization", "encounters": "past visit",
    "notifications": "notification", "notification_settings": "notification settings",
    "emergency_alerts": "emergency alert", "alert_deliveries": "alert delivery",
}


@dataclass(frozen=True)
class ConflictView:
    id: str
    profile_id: str
    entity: str
    row_id: str
    field: str
    kind: str  # "field" (two edits of one field) or "edit_vs_delete"
    losing_value: Any
    winning_value: Any
    losing_device: str | None
    losing_at: dt.datetime | None
    status: str
    resolved_at: dt.datetime | None
    resolved_by: str | None
    summary: str  # one sentence for the inbox list


def _stamp_time(stamp: str | None) -> dt.datetime | None:
    if not stamp or len(stamp) < 13 or not stamp[:13].isdigit():
        return None
    return dt.datetime.fromtimestamp(int(stamp[:13]) / 1000, dt.UTC)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value[:60]}{'…' if len(value) > 60 else ''}”"
    if value is None:
        return "(empty)"
    if isinstance(value, dict):
        return ", ".join(f"{k} {_show(v)}" for k, v in sorted(value.items())
                         if k not in ("updated_at", "created_at"))
    return json.dumps(value)[:60]


def _summary(c: Conflict, losing: Any, winning: Any) -> str:
    what = ENTITY_NAMES.get(c.entity, c.entity.replace("_", " "))
    if c.kind == "edit_vs_delete":
        if losing is True:
            return (f"A {what} was deleted on one device while it was changed on another; "
                    "it was kept. Restore to delete it after all.")
        return (f"A {what} was changed on one device ({_show(losing)}) while it was deleted on "
                "another; it stays deleted unless you restore the change.")
    field = c.field.replace("_", " ")
    return (f"The {what}'s {field} was changed on two devices at once: {_show(winning)} was "
            f"kept, {_show(losing)} was not.")


def _view(c: Conflict) -> ConflictView:
    losing, winning = c.losing_value, c.winning_value
    return ConflictView(
        id=c.id, profile_id=c.profile_id, entity=c.entity, row_id=c.row_id, field=c.field,
        kind=c.kind, losing_value=losing, winning_value=winning,
        losing_device=c.losing_device, losing_at=_stamp_time(c.losing_version),
        status=c.status, resolved_at=c.resolved_at, resolved_by=c.resolved_by,
        summary=_summary(c, losing, winning))


class ConflictsService(ServiceBase):
    def list_open(self, profile_id: str | None = None) -> list[ConflictView]:
        """Open conflicts, newest loss first."""
        with self._store.read() as s:
            views = [_view(c) for c in inbox.open_conflicts(s, profile_id)]
        return sorted(views, key=lambda v: (v.losing_at or dt.datetime.min.replace(
            tzinfo=dt.UTC), v.id), reverse=True)

    def count_open(self) -> int:
        with self._store.read() as s:
            return inbox.count_open(s)

    def get(self, conflict_id: str) -> ConflictView:
        with self._store.read() as s:
            return _view(self.get_live(s, Conflict, conflict_id, "conflict"))

    def keep(self, conflict_id: str) -> ConflictView:
        """Keep what the record says now; the conflict is closed everywhere."""
        with self._store.write() as s:
            c = self._open(s, conflict_id)
            c.status, c.resolved_at, c.resolved_by = "kept", self.now(), self._store.actor
            s.flush()
            return _view(c)

    def restore(self, conflict_id: str) -> ConflictView:
        """Write the losing value back as a new edit (it syncs and wins), then close it.

        Raises NotFoundError when the conflict or its record is gone, ValidationError when
        the conflict is already resolved or names a field this version does not have.
        """
        with self._store.write() as s:
            c = self._open(s, conflict_id)
            model = MODELS.get(c.entity)
            spec = tables().get(c.entity)
            if model is None or spec is None:
                raise ValidationError("conflict", _("This conflict is about a kind of record "
                                      "this version of HealthDesk does not have."))
            row = s.get(model, c.row_id)
            if row is None:
                raise NotFoundError(ENTITY_NAMES.get(c.entity, c.entity), c.row_id)
            losing = c.losing_value
            if c.kind == "edit_vs_delete":
                if losing is True:
                    row.deleted = True  # the delete that was held back
                else:
                    row.deleted = False
                    self._set_fields(row, spec, losing if isinstance(losing, dict) else {})
            else:
                self._set_fields(row, spec, {c.field: losing})
            c.status, c.resolved_at, c.resolved_by = "restored", self.now(), self._store.actor
            s.flush()
            return _view(c)

    @staticmethod
    def _set_fields(row: Any, spec: Any, values: dict[str, Any]) -> None:
        for name, wire in values.items():
            if name in ("id", "profile_id", "version", "created_at", "updated_at"):
                continue
            if name not in spec.columns:
                raise ValidationError("conflict", _("The field {name} of this conflict is not "
                                                    "one this version of HealthDesk has.").format(
                                                      name=name))
            setattr(row, name, to_python(spec, name, wire))

    def _open(self, s: Any, conflict_id: str) -> Conflict:
        c = self.get_live(s, Conflict, conflict_id, "conflict")
        if c.status != "open":
            raise ValidationError("conflict",
                _("This conflict was already resolved ({status}).").format(
                                                  status=c.status))
        return c
