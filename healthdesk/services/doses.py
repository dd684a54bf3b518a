"""The dose log: what happened to each dose, kept append-only.

A DoseEvent row is never changed (the table refuses UPDATE). A mistake is corrected by
appending an "undone" event that ``supersedes`` it, so the log shows both what was
recorded and that it was taken back, on every device, without sync conflicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from healthdesk.domain.dose_rules import prn_problems
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    float_in_range,
    one_of,
    optional_text,
    parse_datetime_utc,
    timezone_name,
)
from healthdesk.store.models import AuditEvent, DoseEvent, Medication, MedicationSchedule, Profile

from .base import ServiceBase
from .errors import NotFoundError
from .medications import MAX_DOSE, current_schedule

RECORDABLE = ("taken", "skipped", "missed", "snoozed")
MAX_NOTE = 2000
FUTURE_SLACK = dt.timedelta(minutes=10)
MAX_SNOOZE = dt.timedelta(hours=24)
DAY = dt.timedelta(hours=24)


class DoseWarning(ValidationError):
    """Taking this as-needed dose breaks a safety rule; record it only after the person
    confirms (``override_confirmed=True``). ``rules`` names the rules broken."""

    def __init__(self, message: str, rules: tuple[str, ...]) -> None:
        super().__init__("at", message)
        self.rules = rules


@dataclass(frozen=True)
class DoseEventView:
    id: str
    profile_id: str
    medication_id: str
    medication_name: str
    schedule_id: str | None
    scheduled_for: dt.datetime | None
    action: str
    at: dt.datetime
    amount: float | None
    dose_unit: str
    by_person: str | None
    device_id: str | None
    snooze_until: dt.datetime | None
    supersedes: str | None
    override_confirmed: bool
    note: str | None
    superseded: bool  # an "undone" event took this one back


def to_view(e: DoseEvent, med: Medication, superseded: bool) -> DoseEventView:
    return DoseEventView(
        id=e.id, profile_id=e.profile_id, medication_id=e.medication_id,
        medication_name=med.name, schedule_id=e.schedule_id, scheduled_for=e.scheduled_for,
        action=e.action, at=e.at, amount=e.amount, dose_unit=med.dose_unit,
        by_person=e.by_person, device_id=e.device_id, snooze_until=e.snooze_until,
        supersedes=e.supersedes, override_confirmed=e.override_confirmed, note=e.note,
        superseded=superseded,
    )


def _superseded_ids(s: Session, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` an "undone" event has taken back."""
    ids = list(ids)
    out: set[str] = set()
    for i in range(0, len(ids), 500):
        out.update(s.scalars(select(DoseEvent.supersedes).where(
            DoseEvent.action == "undone", DoseEvent.supersedes.in_(ids[i:i + 500]))))
    return out


def _live_taken(s: Session, medication_id: str, *conds: ColumnElement[bool]
                ) -> list[DoseEvent]:
    """"taken" events of a medicine not undone since, oldest first."""
    rows = list(s.scalars(
        select(DoseEvent)
        .where(DoseEvent.medication_id == medication_id, DoseEvent.action == "taken", *conds)
        .order_by(DoseEvent.at, DoseEvent.id)))
    gone = _superseded_ids(s, (r.id for r in rows))
    return [r for r in rows if r.id not in gone]


def _latest_live_taken(s: Session, medication_id: str, page: int = 20) -> DoseEvent | None:
    """The newest "taken" event not undone, reading the log backwards a page at a time."""
    offset = 0
    while True:
        rows = list(s.scalars(
            select(DoseEvent)
            .where(DoseEvent.medication_id == medication_id, DoseEvent.action == "taken")
            .order_by(DoseEvent.at.desc(), DoseEvent.id.desc()).offset(offset).limit(page)))
        gone = _superseded_ids(s, (r.id for r in rows))
        for r in rows:
            if r.id not in gone:
                return r
        if len(rows) < page:
            return None
        offset += page


def _clock_text(moment: dt.datetime, zone: ZoneInfo, reference: dt.datetime) -> str:
    local, ref = moment.astimezone(zone), reference.astimezone(zone)
    text = local.strftime("%H:%M")
    return text if local.date() == ref.date() else f"{local.date().isoformat()} {text}"


class DosesService(ServiceBase):
    def record(self, medication_id: str, action: str, *,
               scheduled_for: dt.datetime | str | None = None,
               at: dt.datetime | str | None = None, amount: float | str | None = None,
               by_person: str | None = None, snooze_until: dt.datetime | str | None = None,
               note: str | None = None, override_confirmed: bool = False) -> DoseEventView:
        """Append what happened to a dose (a "taken" one counts against the stock, which
        is derived: see services/stock.py).

        Raises ValidationError (bad input, or a dose already taken), DoseWarning (an
        as-needed limit would be broken and ``override_confirmed`` is False), NotFoundError.
        """
        action = one_of("action", action, RECORDABLE)
        now = self.now()
        when = now if at is None else parse_datetime_utc("at", at)
        if when > now + FUTURE_SLACK:
            raise ValidationError("at", _("At (when it happened) cannot be in the future."))
        due = None if scheduled_for is None else parse_datetime_utc("scheduled_for",
                                                                    scheduled_for)
        if due is None and action != "taken":
            raise ValidationError("scheduled_for", _("Scheduled for is required: say which dose "
                                                     "was {action}.").format(action=action))
        qty = None
        if amount is not None:
            if action != "taken":
                raise ValidationError("amount", _("Amount is recorded only for a dose taken."))
            qty = float_in_range("amount", amount, 0, MAX_DOSE)
        until = None
        if action == "snoozed":
            if snooze_until is None:
                raise ValidationError("snooze_until", _("Snooze until is required to snooze."))
            until = parse_datetime_utc("snooze_until", snooze_until)
            if not when < until <= when + MAX_SNOOZE:
                raise ValidationError("snooze_until", _("Snooze until must be after now and "
                                      "at most 24 hours later."))
        elif snooze_until is not None:
            raise ValidationError("snooze_until", _("Snooze until is only for a snoozed dose."))
        person = optional_text("by_person", by_person, 200) or self._store.actor
        note = optional_text("note", note, MAX_NOTE)
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            sc = current_schedule(s, med.id)
            zone = self._zone(s, med, sc)
            rules: tuple[str, ...] = ()
            if action == "taken":
                if qty is None:
                    qty = sc.dose_amount if sc is not None and sc.dose_amount else med.dose_amount
                if due is not None:
                    self._refuse_double(s, med, due, zone, now)
                if sc is not None and sc.kind == "as_needed":
                    rules = self._prn_rules(s, med, sc, when, zone, override_confirmed)
            event = DoseEvent(
                profile_id=med.profile_id, medication_id=med.id,
                schedule_id=None if sc is None else sc.id, scheduled_for=due, action=action,
                at=when, amount=qty, by_person=person, device_id=self._store.device_id,
                snooze_until=until, override_confirmed=bool(rules), note=note)
            s.add(event)
            s.flush()
            if rules:
                s.add(AuditEvent(
                    profile_id=med.profile_id, at=now, actor=self._store.actor,
                    device_id=self._store.device_id, action="override", entity="dose_events",
                    entity_id=event.id, fields=list(rules)))
                s.flush()
            return to_view(event, med, False)

    def _zone(self, s: Session, med: Medication, sc: MedicationSchedule | None) -> ZoneInfo:
        if sc is not None:
            return ZoneInfo(sc.timezone)
        profile = s.get(Profile, med.profile_id)
        return ZoneInfo(profile.timezone if profile and profile.timezone else "UTC")

    @staticmethod
    def _refuse_double(s: Session, med: Medication, due: dt.datetime, zone: ZoneInfo,
                       now: dt.datetime) -> None:
        taken = _live_taken(s, med.id, DoseEvent.scheduled_for == due)
        if taken:
            raise ValidationError(
                "scheduled_for",
                _("This dose was already recorded as taken at {clock_text}; undo that first if "
                  "it was a mistake.").format(clock_text=_clock_text(taken[-1].at, zone, now)))

    @staticmethod
    def _prn_rules(s: Session, med: Medication, sc: MedicationSchedule, when: dt.datetime,
                   zone: ZoneInfo, confirmed: bool) -> tuple[str, ...]:
        """The as-needed rules this dose breaks; raises DoseWarning unless confirmed."""
        gap = dt.timedelta(minutes=sc.prn_min_interval_minutes or 0)
        recent = _live_taken(s, med.id, DoseEvent.at > when - max(DAY, gap),
                             DoseEvent.at < when + gap)
        problems = prn_problems(med.name, [e.at for e in recent], when,
                                sc.prn_min_interval_minutes, sc.prn_max_per_day, zone.key)
        if problems and not confirmed:
            raise DoseWarning(" ".join([*(p.message for p in problems),
                                        "Confirm to record it anyway."]),
                              tuple(p.rule for p in problems))
        return tuple(p.rule for p in problems)

    def undo(self, event_id: str) -> DoseEventView:
        """Take back a recorded event by appending an "undone" one (an undone "taken" no
        longer counts against the stock). Raises ValidationError, NotFoundError."""
        with self._store.write() as s:
            event = s.get(DoseEvent, event_id)
            if event is None or event.deleted:
                raise NotFoundError("dose event", event_id)
            if event.action == "undone":
                raise ValidationError("event_id", _("An undo cannot itself be undone; record "
                                      "the dose again instead."))
            if _superseded_ids(s, [event.id]):
                raise ValidationError("event_id", _("This dose event was already undone."))
            med = self.get_live(s, Medication, event.medication_id, "medication")
            undone = DoseEvent(
                profile_id=event.profile_id, medication_id=event.medication_id,
                schedule_id=event.schedule_id, scheduled_for=event.scheduled_for,
                action="undone", at=self.now(), by_person=self._store.actor,
                device_id=self._store.device_id, supersedes=event.id,
                override_confirmed=False)
            s.add(undone)
            s.flush()
            return to_view(undone, med, False)

    def history(self, medication_id: str, start: dt.datetime | None = None,
                end: dt.datetime | None = None, limit: int | None = None) -> list[DoseEventView]:
        """A medicine's events with ``start <= at < end``, newest first."""
        q = select(DoseEvent).where(DoseEvent.medication_id == medication_id)
        if start is not None:
            q = q.where(DoseEvent.at >= parse_datetime_utc("start", start))
        if end is not None:
            q = q.where(DoseEvent.at < parse_datetime_utc("end", end))
        q = q.order_by(DoseEvent.at.desc(), DoseEvent.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            rows = list(s.scalars(q))
            gone = _superseded_ids(s, (r.id for r in rows))
            return [to_view(r, med, r.id in gone) for r in rows]

    def events_for_day(self, profile_id: str, day: dt.date, tz: str,
                       include_superseded: bool = True) -> list[DoseEventView]:
        """Events of the profile's medicines done or due on ``day`` in zone ``tz``,
        oldest first. Without ``include_superseded``, undone events and the undos
        themselves are left out, leaving what stands."""
        zone = ZoneInfo(timezone_name("tz", tz))
        lo = dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
        hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
        with self._store.read() as s:
            meds = {m.id: m for m in s.scalars(select(Medication).where(
                Medication.profile_id == profile_id, Medication.deleted.is_(False)))}
            # Two index range scans (profile/at, medication/scheduled_for) then merge.
            done = s.scalars(select(DoseEvent).where(
                DoseEvent.profile_id == profile_id, DoseEvent.at >= lo, DoseEvent.at < hi))
            due = s.scalars(select(DoseEvent).where(
                DoseEvent.medication_id.in_(list(meds)), DoseEvent.scheduled_for >= lo,
                DoseEvent.scheduled_for < hi))
            events = {e.id: e for e in (*done, *due)
                      if not e.deleted and e.medication_id in meds}
            rows = sorted(events.values(), key=lambda e: (e.at, e.id))
            gone = _superseded_ids(s, events)
            views = [to_view(e, meds[e.medication_id], e.id in gone) for e in rows]
        if not include_superseded:
            views = [v for v in views if not v.superseded and v.action != "undone"]
        return views

    def last_taken(self, profile_id: str, medication_name_or_id: str) -> DoseEventView | None:
        """The latest dose taken (and not undone) of a medicine named (any case) or by id;
        None when no such medicine or no dose. Matches a partial name when none is exact."""
        query = medication_name_or_id.strip()
        with self._store.read() as s:
            meds = list(s.scalars(select(Medication).where(
                Medication.profile_id == profile_id, Medication.deleted.is_(False))))
            chosen = [m for m in meds if m.id == query] or [
                m for m in meds if m.name.casefold() == query.casefold()] or [
                m for m in meds if query and query.casefold() in m.name.casefold()]
            best: tuple[DoseEvent, Medication] | None = None
            for med in chosen:
                event = _latest_live_taken(s, med.id)
                if event is not None and (best is None or (event.at, event.id) > (
                        best[0].at, best[0].id)):
                    best = (event, med)
            return None if best is None else to_view(best[0], best[1], False)
