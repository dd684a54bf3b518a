"""Emergency alerts: "I have fallen", sent to the emergency contacts who may receive
alerts, in priority order, with what a responder needs (latest vitals, allergies,
conditions, current medicines).

Raising one writes the alert, its urgent notification and one queued delivery per
contact and channel in one transaction, so it works offline: the queue sends it when
it can (services/delivery.py), and each contact's delivery is tracked. The device that
raises the alert sends it (the person pressed the button there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _
from healthdesk.domain.notification_rules import EMERGENCY_KINDS
from healthdesk.domain.validation import optional_text
from healthdesk.store.models import (
    Allergy,
    Condition,
    EmergencyAlert,
    Measurement,
    Medication,
    Profile,
)

from .base import ServiceBase
from .delivery import contact_targets, queue
from .notifications import load_settings, raise_in

MAX_MESSAGE = 2000
KIND_LABELS = {"medical": N_("Medical emergency"), "fall": N_("A fall"),
               "panic": N_("Panic alert"), "custom": N_("Emergency")}
_VITALS = ("blood_pressure", "pulse", "spo2", "glucose", "temperature", "respiratory_rate")


@dataclass(frozen=True)
class EmergencyView:
    id: str
    profile_id: str
    kind: str
    message: str | None
    snapshot: dict[str, Any]
    raised_at: dt.datetime
    raised_by: str | None
    resolved_at: dt.datetime | None
    resolved_by: str | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


def _view(a: EmergencyAlert) -> EmergencyView:
    return EmergencyView(a.id, a.profile_id, a.kind, a.message, a.snapshot or {},
                         a.raised_at, a.raised_by, a.resolved_at, a.resolved_by)


def _format_value(m: Measurement) -> str:
    spec = kinds.KINDS[m.kind]
    values = [v for v in (m.value, m.value2, m.value3) if v is not None]
    shown = "/".join(f"{v:g}" for v in values[:len(spec.components)])
    return f"{shown} {m.unit}"


def snapshot(s: Session, profile_id: str) -> dict[str, Any]:
    """What a responder needs, as it is now (kept with the alert)."""
    vitals = []
    for kind in _VITALS:
        m = s.scalars(select(Measurement).where(
            Measurement.profile_id == profile_id, Measurement.kind == kind,
            Measurement.deleted.is_(False)).order_by(Measurement.taken_at.desc()).limit(1)
        ).first()
        if m is not None:
            vitals.append({"kind": kind, "value": _format_value(m),
                           "taken_at": m.taken_at.isoformat()})
    allergies = [{"substance": a.substance, "severity": a.severity, "reaction": a.reaction}
                 for a in s.scalars(select(Allergy).where(
                     Allergy.profile_id == profile_id, Allergy.deleted.is_(False))
                     .order_by(Allergy.substance))]
    conditions = [c.name for c in s.scalars(select(Condition).where(
        Condition.profile_id == profile_id, Condition.deleted.is_(False),
        Condition.status == "active").order_by(Condition.name))]
    medicines = [" ".join(x for x in (m.name, m.strength or "") if x)
                 for m in s.scalars(select(Medication).where(
                     Medication.profile_id == profile_id, Medication.deleted.is_(False),
                     Medication.active.is_(True)).order_by(Medication.name))]
    p = s.get(Profile, profile_id)
    return {"vitals": vitals, "allergies": allergies, "conditions": conditions,
            "medicines": medicines,
            "blood_type": p.blood_type if p is not None else "unknown"}


def emergency_text(name: str, alert: EmergencyAlert, raised_local: dt.datetime
                   ) -> tuple[str, str]:
    """Subject and body of the message (call inside ``language(person's)``)."""
    what = _(KIND_LABELS.get(alert.kind, "Emergency"))
    subject = _("EMERGENCY: {what} for {name}").format(what=what, name=name)
    snap = alert.snapshot or {}
    lines = [_("{what} was raised for {name} at {time}.").format(
        what=what, name=name, time=raised_local.strftime("%Y-%m-%d %H:%M %Z"))]
    if alert.message:
        lines += ["", _("Message: {text}").format(text=alert.message)]
    lines += ["", _("Latest vitals:")]
    lines += [f"  - {v['kind'].replace('_', ' ')}: {v['value']} ({v['taken_at'][:16]})"
              for v in snap.get("vitals", [])] or ["  " + _("none recorded")]
    lines += ["", _("Allergies:")]
    lines += [f"  - {a['substance']} ({a['severity']})" + (
        f": {a['reaction']}" if a.get("reaction") else "")
        for a in snap.get("allergies", [])] or ["  " + _("none recorded")]
    lines += ["", _("Conditions:")]
    lines += [f"  - {c}" for c in snap.get("conditions", [])] or ["  " + _("none recorded")]
    lines += ["", _("Current medicines:")]
    lines += [f"  - {m}" for m in snap.get("medicines", [])] or ["  " + _("none recorded")]
    if snap.get("blood_type") and snap["blood_type"] != "unknown":
        lines += ["", _("Blood type: {value}").format(value=snap["blood_type"])]
    lines += ["", _("If you cannot reach {name}, call the local emergency number.").format(
        name=name)]
    return subject, "\n".join(lines)


class EmergencyService(ServiceBase):
    def raise_alert(self, profile_id: str, kind: str = "medical",
                    message: str | None = None) -> EmergencyView:
        """Record the alert and queue it to every contact who may receive alerts.
        Raises ValidationError (kind, message), NotFoundError (profile)."""
        if kind not in EMERGENCY_KINDS:
            raise ValidationError("kind", _("Kind must be one of: {kinds}.").format(
                kinds=", ".join(EMERGENCY_KINDS)))
        text = optional_text("message", message, MAX_MESSAGE)
        now = self.now()
        with self._store.write() as s:
            p = self.require_profile(s, profile_id)
            alert = EmergencyAlert(profile_id=profile_id, kind=kind, message=text,
                                   snapshot=snapshot(s, profile_id), raised_at=now,
                                   raised_by=self._store.actor)
            s.add(alert)
            s.flush()
            what = _(KIND_LABELS[kind])
            raise_in(s, profile_id=profile_id, kind="emergency", source=alert.id,
                     title=_("{what}: {name}").format(what=what, name=p.name), body=text,
                     now=now, link_table="emergency_alerts", link_id=alert.id)
            channels = load_settings(s, profile_id).channels["emergency"]
            queue(s, profile_id=profile_id, source_id=alert.id,
                  targets=contact_targets(s, profile_id, channels),
                  sender=self._store.device_id, now=now, emergency_alert_id=alert.id)
            return _view(alert)

    def resolve(self, alert_id: str, by: str | None = None) -> EmergencyView:
        """"Help has arrived": by whom and when. Raises NotFoundError."""
        who = optional_text("by", by, 200) or self._store.actor
        with self._store.write() as s:
            a = self.get_live(s, EmergencyAlert, alert_id, "emergency alert")
            if a.resolved_at is None:
                a.resolved_at = self.now()
                a.resolved_by = who
            s.flush()
            return _view(a)

    def get(self, alert_id: str) -> EmergencyView:
        with self._store.read() as s:
            return _view(self.get_live(s, EmergencyAlert, alert_id, "emergency alert"))

    def for_profile(self, profile_id: str, open_only: bool = False) -> list[EmergencyView]:
        q = select(EmergencyAlert).where(EmergencyAlert.profile_id == profile_id,
                                         EmergencyAlert.deleted.is_(False))
        if open_only:
            q = q.where(EmergencyAlert.resolved_at.is_(None))
        with self._store.read() as s:
            return [_view(a) for a in s.scalars(q.order_by(EmergencyAlert.raised_at.desc()))]
