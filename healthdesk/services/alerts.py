"""Caregivers and the alerts raised to them when a dose is not taken in time.

A medicine with ``caregiver_alert_minutes`` = N alerts the person's first caregiver N
minutes after a dose that was not taken; with ``caregiver_escalation_minutes`` = M the
next caregiver down the list is alerted M minutes later, and so on, until someone
acknowledges it or the dose is taken. Alerts are synced records (they reach caregivers'
devices); their ids come from (medicine, dose time, level), so every device that runs
the check raises the same row and sync keeps one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain.dose_times import dose_state
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.reminders import escalation
from healthdesk.domain.schedules import occurrences
from healthdesk.domain.validation import int_in_range, optional_text, require_text
from healthdesk.store.models import Caregiver, CaregiverAlert, Medication, Profile

from .base import ServiceBase
from .dose_day import Plan, load_events, load_plans, marks_of, view_zone
from .errors import NotFoundError

ALERT_NAMESPACE = uuid.UUID("9b0c5e1e-6a43-4c4f-8f0e-2f7d1c3a5b61")
#: Doses further back than this raise no new alert (a device off for a week does not
#: wake everyone with a week of alerts); they are in the dose history all the same.
LOOKBACK = dt.timedelta(hours=24)
RECENT = dt.timedelta(days=7)
MAX_CAREGIVERS = 20


def alert_id(medication_id: str, scheduled_for: dt.datetime, level: int) -> str:
    key = f"{medication_id}|{scheduled_for.astimezone(dt.UTC).isoformat()}|{level}"
    return str(uuid.uuid5(ALERT_NAMESPACE, key))


@dataclass(frozen=True)
class CaregiverView:
    id: str
    profile_id: str  # whom they look after
    name: str
    caregiver_profile_id: str | None
    position: int
    contact: str | None


@dataclass(frozen=True)
class AlertView:
    id: str
    profile_id: str  # whose dose
    person_name: str
    medication_id: str
    medication_title: str
    scheduled_for: dt.datetime
    zone: str
    level: int
    caregiver_name: str
    caregiver_profile_id: str | None
    raised_at: dt.datetime
    acknowledged_at: dt.datetime | None
    acknowledged_by: str | None
    dose_state: str  # the dose's state now ("taken" once it was taken after all)

    @property
    def status(self) -> str:
        """"open", "acknowledged", or "resolved" (the dose was taken or skipped since)."""
        if self.dose_state in ("taken", "skipped"):
            return "resolved"
        return "acknowledged" if self.acknowledged_at is not None else "open"


def _caregiver_view(c: Caregiver) -> CaregiverView:
    return CaregiverView(c.id, c.profile_id, c.name, c.caregiver_profile_id, c.position,
                         c.contact)


class CaregiversService(ServiceBase):
    def add(self, profile_id: str, name: str | None = None, *,
            caregiver_profile_id: str | None = None, contact: str | None = None
            ) -> CaregiverView:
        """Add someone at the end of the person's list. With ``caregiver_profile_id``
        (someone who has a profile here) the name defaults to theirs.

        Raises ValidationError, NotFoundError."""
        text = optional_text("contact", contact, 200)
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            if caregiver_profile_id is not None:
                if caregiver_profile_id == profile_id:
                    raise ValidationError("caregiver_profile_id",
                                          _("A person cannot be their own caregiver."))
                carer = self.require_profile(s, caregiver_profile_id)
                name = name or carer.name
            clean = require_text("name", name, 200)
            count = s.scalar(select(func.count()).select_from(Caregiver).where(
                Caregiver.profile_id == profile_id, Caregiver.deleted.is_(False))) or 0
            if count >= MAX_CAREGIVERS:
                raise ValidationError("name", _("A person can have at most {max_caregivers} "
                                                "caregivers.").format(
                                                  max_caregivers=MAX_CAREGIVERS))
            row = Caregiver(profile_id=profile_id, name=clean, position=count + 1,
                            caregiver_profile_id=caregiver_profile_id, contact=text)
            s.add(row)
            s.flush()
            return _caregiver_view(row)

    def for_profile(self, profile_id: str) -> list[CaregiverView]:
        """The person's caregivers in alert order."""
        with self._store.read() as s:
            return [_caregiver_view(c) for c in _caregivers(s, profile_id)]

    def remove(self, caregiver_id: str) -> None:
        with self._store.write() as s:
            row = self.get_live(s, Caregiver, caregiver_id, "caregiver")
            row.deleted = True
            for i, c in enumerate(_caregivers(s, row.profile_id), start=1):
                if c.position != i:
                    c.position = i

    def move(self, caregiver_id: str, position: int) -> list[CaregiverView]:
        """Put a caregiver at ``position`` (1 = alerted first); returns the new order."""
        with self._store.write() as s:
            row = self.get_live(s, Caregiver, caregiver_id, "caregiver")
            others = [c for c in _caregivers(s, row.profile_id) if c.id != row.id]
            where = int_in_range("position", position, 1, len(others) + 1)
            others.insert(where - 1, row)
            for i, c in enumerate(others, start=1):
                if c.position != i:
                    c.position = i
            return [_caregiver_view(c) for c in others]


def _caregivers(s: Session, profile_id: str) -> list[Caregiver]:
    return list(s.scalars(select(Caregiver).where(
        Caregiver.profile_id == profile_id, Caregiver.deleted.is_(False))
        .order_by(Caregiver.position, Caregiver.created_at, Caregiver.id)))


class AlertsService(ServiceBase):
    def scan(self, profile_ids: list[str] | None = None) -> list[AlertView]:
        """Raise the alerts now due, for everyone on this device (or those given);
        returns the alerts raised by this call. Safe to call as often as wanted: it only
        reads unless there is something to raise."""
        now = self.now()
        with self._store.read() as s:
            ids = profile_ids or list(s.scalars(select(Profile.id).where(
                Profile.deleted.is_(False))))
            due: list[tuple[Plan, dict[str, object], str]] = []
            for pid, mine in load_plans(s, ids).items():
                watched = [p for p in mine if p.med.caregiver_alert_minutes
                           and not p.rule.as_needed]
                carers = _caregivers(s, pid) if watched else []
                for plan in watched if carers else ():
                    due.extend((plan, row, state) for row, state in
                               self._due(s, plan, carers, now))
        if not due:
            return []
        raised = []
        with self._store.write() as s:
            for plan, fields, state in due:
                if s.get(CaregiverAlert, fields["id"]) is not None:
                    continue  # raised meanwhile (another window, or pulled by sync)
                row = CaregiverAlert(**fields)
                s.add(row)
                s.flush()
                raised.append(self._view(s, row, plan.title, plan.rule.timezone, state))
        return raised

    @staticmethod
    def _due(s: Session, plan: Plan, carers: list[Caregiver], now: dt.datetime
             ) -> list[tuple[dict[str, object], str]]:
        """The alert rows due now for one medicine, and the state of each one's dose."""
        med = plan.med
        first_after = dt.timedelta(minutes=med.caregiver_alert_minutes or 0)
        # Only doses since this schedule was set and within the look-back.
        lo = max(now - LOOKBACK - first_after, plan.schedule.created_at)
        hi = now - first_after + dt.timedelta(microseconds=1)
        times = occurrences(plan.rule, lo, hi) if lo < hi else []
        if not times:
            return []
        events, gone = load_events(s, [med.id], min(times),
                                   max(times) + dt.timedelta(microseconds=1))
        marks = marks_of(events.get(med.id, []), gone)
        out: list[tuple[dict[str, object], str]] = []
        for when in times:
            state = dose_state(when, marks, now, med.missed_dose_window_hours)
            if state == "taken":
                continue
            existing = {a.level: a for a in s.scalars(select(CaregiverAlert).where(
                CaregiverAlert.medication_id == med.id, CaregiverAlert.scheduled_for == when))}
            if any(a.acknowledged_at is not None for a in existing.values()):
                continue  # someone is on it: no further escalation
            for level, at in escalation(when, med.caregiver_alert_minutes or 0,
                                        med.caregiver_escalation_minutes, len(carers)):
                if at > now or level in existing:
                    continue
                carer = carers[level]
                out.append(({
                    "id": alert_id(med.id, when, level), "profile_id": med.profile_id,
                    "medication_id": med.id, "scheduled_for": when, "level": level,
                    "caregiver_id": carer.id, "caregiver_profile_id": carer.caregiver_profile_id,
                    "caregiver_name": carer.name, "raised_at": now}, state))
        return out

    def _view(self, s: Session, a: CaregiverAlert, title: str, zone: str, state: str
              ) -> AlertView:
        person = s.get(Profile, a.profile_id)
        return AlertView(
            a.id, a.profile_id, person.name if person else "", a.medication_id, title,
            a.scheduled_for, zone, a.level, a.caregiver_name, a.caregiver_profile_id,
            a.raised_at, a.acknowledged_at, a.acknowledged_by, state)

    def _views(self, s: Session, rows: list[CaregiverAlert], now: dt.datetime
               ) -> list[AlertView]:
        if not rows:
            return []
        pids = sorted({r.profile_id for r in rows})
        plans = {p.med.id: p for mine in load_plans(s, pids, active_only=False).values()
                 for p in mine}
        lo = min(r.scheduled_for for r in rows)
        hi = max(r.scheduled_for for r in rows) + dt.timedelta(microseconds=1)
        events, gone = load_events(s, {r.medication_id for r in rows}, lo, hi)
        out = []
        for r in rows:
            plan = plans.get(r.medication_id)
            med = plan.med if plan else s.get(Medication, r.medication_id)
            marks = marks_of(events.get(r.medication_id, []), gone)
            state = dose_state(r.scheduled_for, marks, now,
                               med.missed_dose_window_hours if med else 2.0)
            title = plan.title if plan else (med.name if med else "")
            zone = view_zone(plan, None, now) if plan else "UTC"
            out.append(self._view(s, r, title, zone, state))
        return out

    def for_caregiver(self, caregiver_profile_id: str, include_closed: bool = False
                      ) -> list[AlertView]:
        """Alerts to someone who has a profile here, newest first (the last 7 days)."""
        now = self.now()
        with self._store.read() as s:
            rows = list(s.scalars(select(CaregiverAlert).where(
                CaregiverAlert.caregiver_profile_id == caregiver_profile_id,
                CaregiverAlert.deleted.is_(False), CaregiverAlert.raised_at >= now - RECENT)
                .order_by(CaregiverAlert.raised_at.desc(), CaregiverAlert.level.desc())))
            views = self._views(s, rows, now)
        return views if include_closed else [v for v in views if v.status == "open"]

    def about(self, profile_id: str) -> list[AlertView]:
        """Alerts raised about this person's doses in the last 7 days, newest first."""
        now = self.now()
        with self._store.read() as s:
            rows = list(s.scalars(select(CaregiverAlert).where(
                CaregiverAlert.profile_id == profile_id, CaregiverAlert.deleted.is_(False),
                CaregiverAlert.raised_at >= now - RECENT)
                .order_by(CaregiverAlert.raised_at.desc(), CaregiverAlert.level.desc())))
            return self._views(s, rows, now)

    def acknowledge(self, alert_id_: str, by: str | None = None) -> None:
        """"I'm on it": stops further escalation for that dose. Raises NotFoundError."""
        who = optional_text("by", by, 200) or self._store.actor
        with self._store.write() as s:
            row = s.get(CaregiverAlert, alert_id_)
            if row is None or row.deleted:
                raise NotFoundError("alert", alert_id_)
            if row.acknowledged_at is None:
                row.acknowledged_at = self.now()
                row.acknowledged_by = who
