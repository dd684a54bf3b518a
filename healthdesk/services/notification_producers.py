"""What raises notifications: one tick looks at the record as it is (synced rows from
other devices included) and raises what is due, once per event.

- caregiver alerts (the alert engine's rows, services/alerts.py), to the caregiver's
  e-mail or phone when those channels are on;
- doses due now (a record of the reminder; its pop-up with Take / Skip / Snooze is the
  reminder center's), missed doses, refills due (the stock forecast's "Refill soon"),
  appointments in the next day, out-of-range readings (domain/red_flags.py; also raised
  at once when the reading is recorded, see ``reading_flagged``), a sync problem.

Every notification id comes from its event, so a tick on any device, any number of
times, raises each one once; deliveries derived from them name one sending device
(delivery.mail_sender), so an e-mail goes out once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain import notification_rules as rules
from healthdesk.domain.dose_times import DUE_BEFORE, dose_state
from healthdesk.domain.i18n import _
from healthdesk.domain.red_flags import SEEK_CARE, check_reading
from healthdesk.domain.schedules import occurrences
from healthdesk.store.models import (
    Appointment,
    CaregiverAlert,
    Measurement,
    Medication,
    Notification,
    Profile,
    Refill,
)
from healthdesk.store.vault import Store

from .alerts import AlertsService
from .base import ServiceBase
from .delivery import address_target, contact_targets, mail_sender, queue
from .dose_day import load_events, load_plans, marks_of
from .notifications import load_settings, local_now, raise_in
from .stock import StockService, stock_levels
from .sync import SyncService

LOOKBACK = dt.timedelta(hours=24)
APPOINTMENT_AHEAD = dt.timedelta(hours=24)
SYNC_PATIENCE = dt.timedelta(hours=6)
_COLUMNS = ("value", "value2", "value3")


@dataclass(frozen=True)
class Pending:
    profile_id: str
    kind: str
    source: str
    title: str
    body: str | None
    link_table: str | None
    link_id: str | None
    priority: str | None = None
    caregiver: tuple[str, str | None] | None = None  # (name, contact) of an alert's carer


def _values(m: Measurement) -> dict[str, float]:
    from healthdesk.domain.measurements import KINDS

    names = [c.name for c in KINDS[m.kind].components]
    return {n: getattr(m, col) for n, col in zip(names, _COLUMNS, strict=False)
            if getattr(m, col) is not None}


def reading_flagged(s: Session, m: Measurement, person: str | None = None
                    ) -> Pending | None:
    """The urgent "seek care now" notification a reading raises, if any."""
    flags = check_reading(m.kind, _values(m))
    if not flags:
        return None
    if person is None:
        p = s.get(Profile, m.profile_id)
        person = p.name if p is not None else ""
    body = "\n".join(f.notice for f in flags)
    return Pending(m.profile_id, "out_of_range", m.id, _("{seek}: {name}, {what}").format(
        seek=_(SEEK_CARE), name=person, what=flags[0].what), body, "measurements", m.id)


def write_pending(s: Session, items: list[Pending], now: dt.datetime, device_id: str
                  ) -> list[str]:
    """Raise each (skipping those raised already) and queue its deliveries."""
    raised = []
    for p in items:
        row = raise_in(s, profile_id=p.profile_id, kind=p.kind, source=p.source,
                       title=p.title, body=p.body, now=now, link_table=p.link_table,
                       link_id=p.link_id, priority=p.priority)
        if row is None:
            continue
        raised.append(row.id)
        settings = load_settings(s, p.profile_id)
        channels = [c for c in settings.channels[p.kind] if c in rules.DELIVERY_CHANNELS]
        if not channels:
            continue
        if p.caregiver is not None:
            t = address_target(p.caregiver[0], p.caregiver[1], channels)
            targets = [t] if t is not None else []
        else:
            targets = contact_targets(s, p.profile_id, channels)
        held = rules.held_until(row.priority, settings.quiet, local_now(s, p.profile_id, now))
        queue(s, profile_id=p.profile_id, source_id=row.id, targets=targets,
              sender=mail_sender(s, p.profile_id, device_id), now=now,
              notification_id=row.id, not_before=held.astimezone(dt.UTC) if held else None)
    return raised


class NotificationProducers(ServiceBase):
    def __init__(self, store: Store, alerts: AlertsService, stock: StockService,
                 sync: SyncService | None = None) -> None:
        super().__init__(store)
        self._alerts = alerts
        self._stock = stock
        self._sync = sync

    def _sync_problem(self, now: dt.datetime) -> tuple[str, str] | None:
        """(reason, streak key) when syncing has failed for SYNC_PATIENCE or more: one
        failed round on a train's Wi-Fi is not worth a notification."""
        if self._sync is None:
            return None
        st = self._sync.outcome()
        if not st.signed_in or not st.last_error or st.last_error_at is None:
            return None
        if st.last_success is not None and st.last_success >= st.last_error_at:
            return None
        since = st.last_success
        if since is not None and now - since < SYNC_PATIENCE:
            return None
        key = since.isoformat() if since else "never"
        return st.last_error, f"{self._store.device_id}|{key}"

    def tick(self, profile_ids: list[str] | None = None) -> list[str]:
        """Raise everything now due; returns the ids of notifications raised. Reads
        only, unless something is new."""
        self._alerts.scan(profile_ids)
        now = self.now()
        sync_error = self._sync_problem(now)
        with self._store.read() as s:
            people = {p.id: p.name for p in s.scalars(select(Profile).where(
                Profile.deleted.is_(False)))}
            ids = [i for i in (profile_ids or list(people)) if i in people]
            items: list[Pending] = []
            items += self._caregiver_alerts(s, ids, people, now)
            items += self._doses(s, ids, people, now)
            items += self._refills(s, ids, people)
            items += self._appointments(s, ids, people, now)
            items += self._readings(s, ids, people, now)
            if sync_error is not None:
                reason, streak = sync_error
                items += [Pending(pid, "sync_problem", f"{pid}|{streak}",
                                  _("This device has not synced: {reason}").format(
                                      reason=reason), None, None, None) for pid in ids]
            known = set(s.scalars(select(Notification.id).where(Notification.id.in_(
                [rules.notification_id(p.kind, p.source) for p in items]))))
            new = [p for p in items if rules.notification_id(p.kind, p.source) not in known]
        if not new:
            return []
        with self._store.write() as s:
            return write_pending(s, new, now, self._store.device_id)

    @staticmethod
    def _caregiver_alerts(s: Session, ids: list[str], people: dict[str, str],
                          now: dt.datetime) -> list[Pending]:
        from .dose_day import title_of
        out = []
        rows = s.execute(select(CaregiverAlert, Medication.name, Medication.strength).join(
            Medication, Medication.id == CaregiverAlert.medication_id).where(
            CaregiverAlert.profile_id.in_(ids), CaregiverAlert.deleted.is_(False),
            CaregiverAlert.acknowledged_at.is_(None),
            CaregiverAlert.raised_at >= now - LOOKBACK))
        from .alerts import _caregivers

        for a, name, strength in rows:
            carer = next((c for c in _caregivers(s, a.profile_id) if c.id == a.caregiver_id),
                         None)
            local = local_now(s, a.profile_id, a.scheduled_for)
            out.append(Pending(
                a.profile_id, "caregiver_alert", a.id,
                _("{name}'s {medicine} at {time} was not taken").format(
                    name=people[a.profile_id], medicine=title_of(name, strength),
                    time=local.strftime("%H:%M")),
                _("{carer} is asked to check on {name}.").format(
                    carer=a.caregiver_name, name=people[a.profile_id]),
                "caregiver_alerts", a.id,
                caregiver=(a.caregiver_name, carer.contact if carer else None)))
        return out

    @staticmethod
    def _doses(s: Session, ids: list[str], people: dict[str, str], now: dt.datetime
               ) -> list[Pending]:
        """A reminder for each dose now due, and a missed-dose notice for each missed
        one (the last day's): one pass over the schedules for both."""
        out = []
        for pid, plans in load_plans(s, ids).items():
            for plan in plans:
                if plan.rule.as_needed:
                    continue
                lo = max(now - LOOKBACK, plan.schedule.created_at)
                hi = now + DUE_BEFORE
                times = occurrences(plan.rule, lo, hi) if lo < hi else []
                if not times:
                    continue
                events, gone = load_events(s, [plan.med.id], min(times),
                                           max(times) + dt.timedelta(microseconds=1))
                marks = marks_of(events.get(plan.med.id, []), gone)
                for when in times:
                    state = dose_state(when, marks, now, plan.med.missed_dose_window_hours)
                    if state not in ("missed", "due"):
                        continue
                    source = f"{plan.med.id}|{when.isoformat()}"
                    local = local_now(s, pid, when)
                    if state == "due":
                        out.append(Pending(
                            pid, "reminder", source,
                            _("{name}: {medicine} is due at {time}").format(
                                name=people[pid], medicine=plan.title,
                                time=local.strftime("%H:%M")),
                            None, "medications", plan.med.id))
                        continue
                    out.append(Pending(
                        pid, "missed_dose", source,
                        _("{name}: {medicine} at {time} was missed").format(
                            name=people[pid], medicine=plan.title,
                            time=local.strftime("%Y-%m-%d %H:%M")),
                        None, "medications", plan.med.id))
        return out

    @staticmethod
    def _refills(s: Session, ids: list[str], people: dict[str, str]) -> list[Pending]:
        """The forecast's "Refill soon" (stock at or below the threshold), from the
        stock levels alone: two grouped queries for everyone, not one per medicine."""
        meds = list(s.scalars(select(Medication).where(
            Medication.profile_id.in_(ids), Medication.deleted.is_(False),
            Medication.active.is_(True), Medication.refill_threshold.is_not(None),
            Medication.stock_count.is_not(None))))
        if not meds:
            return []
        levels = stock_levels(s, meds)
        refills = dict(s.execute(select(Refill.medication_id, func.count()).where(
            Refill.medication_id.in_([m.id for m in meds]), Refill.deleted.is_(False))
            .group_by(Refill.medication_id)).all())
        out = []
        for m in meds:
            left = levels.get(m.id)
            if left is None or m.refill_threshold is None or left > m.refill_threshold:
                continue
            # A refill starts a new episode: the next "running low" is a new event.
            out.append(Pending(
                m.profile_id, "refill_due", f"{m.id}|{refills.get(m.id, 0)}",
                _("Refill soon: {name}'s {medicine}").format(name=people[m.profile_id],
                                                             medicine=m.name),
                _("{left:g} left").format(left=left), "medications", m.id))
        return out

    @staticmethod
    def _appointments(s: Session, ids: list[str], people: dict[str, str],
                      now: dt.datetime) -> list[Pending]:
        rows = s.scalars(select(Appointment).where(
            Appointment.profile_id.in_(ids), Appointment.deleted.is_(False),
            Appointment.status == "scheduled", Appointment.start_at > now,
            Appointment.start_at <= now + APPOINTMENT_AHEAD))
        return [Pending(
            a.profile_id, "appointment", f"{a.id}|{a.start_at.isoformat()}",
            _("{name}: {title} at {time}").format(
                name=people[a.profile_id], title=a.title,
                time=local_now(s, a.profile_id, a.start_at).strftime("%a %H:%M")),
            a.place, "appointments", a.id) for a in rows]

    @staticmethod
    def _readings(s: Session, ids: list[str], people: dict[str, str], now: dt.datetime
                  ) -> list[Pending]:
        rows = s.scalars(select(Measurement).where(
            Measurement.profile_id.in_(ids), Measurement.deleted.is_(False),
            Measurement.kind.in_(("blood_pressure", "glucose", "spo2", "pulse",
                                  "temperature", "respiratory_rate")),
            Measurement.taken_at >= now - LOOKBACK))
        found = (reading_flagged(s, m, people[m.profile_id]) for m in rows)
        return [p for p in found if p is not None]
