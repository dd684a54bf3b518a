"""The reminder engine, as a service with the store's (injectable) clock.

It answers three questions for everyone on this device; the UI only shows the answers
(a tray notification, or an in-app banner without a tray) and calls back with Take /
Snooze / Skip:

- ``due_now``: what needs attention now: doses due or late (a snooze that ran out makes
  a dose due again), appointment reminders at their offsets while the appointment is
  ahead, and open caregiver alerts to people who have a profile here. Each says when to
  announce it: non-urgent ones that fall in quiet hours wait until those end.
- ``catch_up``: doses that came due since this device last ran the engine (closed app,
  sleep, reboot, a clock change) and were never recorded, with the missed-dose advice.
- ``mark_run``: remember that the engine ran now (per device, in ``local_state``).

Nothing is lost when the app is not running: dose states come from the schedule and the
dose log, and the last run is stored, so the next start shows what was missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from healthdesk.domain.dose_times import DUE_AFTER, DUE_BEFORE, needs_action
from healthdesk.domain.i18n import _
from healthdesk.domain.reminders import (
    SNOOZE_CHOICES,
    QuietHours,
    appointment_reminders,
    deliver_at,
    offset_words,
)
from healthdesk.domain.schedules import zone_info
from healthdesk.domain.validation import one_of
from healthdesk.store.models import Appointment, Profile

from .alerts import AlertsService
from .base import ServiceBase
from .device_state import get_value, set_value
from .dose_day import DoseDayService, DoseItem
from .doses import DosesService
from .errors import ValidationError
from .preferences import PreferencesService

LAST_RUN = "reminders.last_run"
#: Appointment reminders put away here: {key: "dismissed|<when>" or "snoozed|<until>"}.
HANDLED = "reminders.handled"
#: How far back a start after a long break looks for doses nobody recorded.
CATCH_UP_LIMIT = dt.timedelta(days=14)
#: Late doses stay in the reminder list this long (they are "missed" after their window
#: anyway; this bounds the query).
LOOK_BACK = dt.timedelta(hours=50)
KEEP_HANDLED = dt.timedelta(days=30)


@dataclass(frozen=True)
class Notification:
    key: str  # stable across calls: "dose:<med>:<time>", "appointment:<id>:<offset>"...
    kind: str  # "dose", "appointment" or "alert"
    profile_id: str
    person: str
    title: str
    body: str
    due_at: dt.datetime
    announce_at: dt.datetime  # later than due_at when quiet hours hold it back
    urgent: bool
    dose: DoseItem | None = None
    appointment_id: str | None = None
    alert_id: str | None = None

    def announce_now(self, now: dt.datetime) -> bool:
        return self.announce_at <= now


@dataclass(frozen=True)
class CatchUp:
    since: dt.datetime | None  # the last run (None: this device never ran reminders)
    doses: list[DoseItem]


def dose_key(medication_id: str, scheduled_for: dt.datetime) -> str:
    return f"dose:{medication_id}:{scheduled_for.astimezone(dt.UTC).isoformat()}"


def _clock(moment: dt.datetime, zone: str) -> str:
    return moment.astimezone(zone_info(zone)).strftime("%H:%M")


class ReminderService(ServiceBase):
    def _people(self) -> dict[str, tuple[str, str]]:
        with self._store.read() as s:
            return {p.id: (p.name, p.timezone or "UTC") for p in s.scalars(
                select(Profile).where(Profile.deleted.is_(False)))}

    def quiet_hours(self) -> QuietHours | None:
        prefs = PreferencesService(self._store)
        return QuietHours.parse(prefs.get("quiet_hours_start"), prefs.get("quiet_hours_end"))

    # -- what is due -----------------------------------------------------------------------

    def due_now(self, current_zone: str | None = None,
                profile_ids: Sequence[str] | None = None) -> list[Notification]:
        """Everything that needs attention now, most pressing first."""
        now = self.now()
        people = self._people()
        ids = list(profile_ids) if profile_ids is not None else list(people)
        quiet = self.quiet_hours()
        here = current_zone or "UTC"
        out: list[Notification] = []
        doses = DoseDayService(self._store).between(
            ids, now - LOOK_BACK, now + DUE_BEFORE + dt.timedelta(seconds=1), current_zone)
        for d in doses:
            if not needs_action(d.state):
                continue
            due = d.scheduled_for
            if d.event is not None and d.event.action == "snoozed" and d.event.snooze_until:
                due = max(due, d.event.snooze_until)
            name = people.get(d.profile_id, ("", "UTC"))[0]
            when = _clock(d.scheduled_for, d.zone)
            late = " (late)" if d.state == "late" else ""
            detail = f"{d.dose_text} at {when}{late}"
            if d.instructions:
                detail += f" · {d.instructions}"
            out.append(Notification(
                key=dose_key(d.medication_id, d.scheduled_for), kind="dose",
                profile_id=d.profile_id, person=name, title=f"{name}: {d.title}",
                body=detail, due_at=due, announce_at=deliver_at(due, d.urgent, quiet, here),
                urgent=d.urgent, dose=d))
        out.extend(self._appointments(ids, people, now, quiet, here))
        out.extend(self._alerts(ids, now))
        rank = {"alert": 0, "dose": 1, "appointment": 2}
        return sorted(out, key=lambda n: (rank[n.kind], n.due_at, n.title))

    def _appointments(self, ids: list[str], people: dict[str, tuple[str, str]],
                      now: dt.datetime, quiet: QuietHours | None, here: str
                      ) -> list[Notification]:
        handled = self._handled()
        with self._store.read() as s:
            rows = list(s.scalars(select(Appointment).where(
                Appointment.profile_id.in_(ids), Appointment.deleted.is_(False),
                Appointment.status == "scheduled", Appointment.start_at > now)))
        out = []
        for a in rows:
            fired = [(m, at) for m, at in appointment_reminders(a.start_at, a.reminder_offsets
                                                                 or ()) if at <= now]
            if not fired:
                continue
            minutes, at = fired[-1]  # the latest reminder stands for the earlier ones
            key = f"appointment:{a.id}:{minutes}"
            how, _, when = handled.get(key, "|").partition("|")
            if how == "dismissed" or (how == "snoozed" and dt.datetime.fromisoformat(when)
                                      > now):
                continue
            if how == "snoozed":
                at = dt.datetime.fromisoformat(when)  # a snooze that ran out
            name, zone = people.get(a.profile_id, ("", "UTC"))
            start = a.start_at.astimezone(zone_info(zone))
            day = "today" if start.date() == now.astimezone(zone_info(zone)).date() else (
                f"{start:%a} {start.day} {start:%b}")
            place = f" · {a.place}" if a.place else ""
            out.append(Notification(
                key=key, kind="appointment", profile_id=a.profile_id, person=name,
                title=f"{name}: {a.title}",
                body=f"{day} at {start:%H:%M} (in {offset_words(minutes)}){place}",
                due_at=at, announce_at=deliver_at(at, False, quiet, here), urgent=False,
                appointment_id=a.id))
        return out

    def _alerts(self, ids: list[str], now: dt.datetime) -> list[Notification]:
        alerts = AlertsService(self._store)
        out = []
        for pid in ids:
            for a in alerts.for_caregiver(pid):
                when = _clock(a.scheduled_for, a.zone)
                out.append(Notification(
                    key=f"alert:{a.id}", kind="alert", profile_id=pid,
                    person=a.caregiver_name,
                    title=f"{a.person_name} has not taken {a.medication_title}",
                    body=f"The {when} dose was not taken. Check in with {a.person_name}.",
                    due_at=a.raised_at, announce_at=a.raised_at, urgent=True,
                    alert_id=a.id))
        return out

    # -- after a break ---------------------------------------------------------------------

    def last_run(self) -> dt.datetime | None:
        value = get_value(self._store, LAST_RUN)
        return None if not value else dt.datetime.fromisoformat(value)

    def mark_run(self) -> dt.datetime:
        """Note that reminders were shown up to now on this device."""
        now = self.now()
        set_value(self._store, LAST_RUN, now.isoformat())
        return now

    def catch_up(self, current_zone: str | None = None,
                 profile_ids: Sequence[str] | None = None) -> CatchUp:
        """Doses nobody recorded that were still to be acted on when this device last
        ran reminders, or came due since: late ones (advice: take now, if the missed-dose
        rule allows) and missed ones (advice: skip, never double up)."""
        now = self.now()
        last = self.last_run()
        if last is not None and last > now:
            last = None  # the clock went back: nothing "since then" can be trusted
        start = now - CATCH_UP_LIMIT if last is None else max(last - dt.timedelta(hours=48),
                                                               now - CATCH_UP_LIMIT)
        doses = DoseDayService(self._store).between(profile_ids, start,
                                                    now + dt.timedelta(seconds=1),
                                                    current_zone)
        since = last or now - CATCH_UP_LIMIT
        out = [d for d in doses if d.state in ("late", "missed") and d.event_id is None
               and d.scheduled_for + max(dt.timedelta(hours=d.window_hours), DUE_AFTER) > since]
        if last is None:
            # First run on this device: only what is still late is worth a list.
            out = [d for d in out if d.state == "late"]
        return CatchUp(last, out)

    # -- answering a notification ----------------------------------------------------------

    def take(self, n: Notification, at: dt.datetime | None = None) -> None:
        """Record the dose as taken (now, or ``at``, e.g. the time it was really taken)."""
        dose = self._dose(n)
        DosesService(self._store).record(dose.medication_id, "taken",
                                         scheduled_for=dose.scheduled_for, at=at)

    def skip(self, n: Notification, action: str = "skipped") -> None:
        """Record the dose as skipped (or, for a catch-up, as ``missed``)."""
        dose = self._dose(n)
        DosesService(self._store).record(dose.medication_id,
                                         one_of("action", action, ("skipped", "missed")),
                                         scheduled_for=dose.scheduled_for)

    def snooze(self, n: Notification, minutes: int) -> dt.datetime:
        """Remind again in 10, 30 or 60 minutes; returns when."""
        if minutes not in SNOOZE_CHOICES:
            raise ValidationError("minutes", _("Snooze must be 10, 30 or 60 minutes."))
        until = self.now() + dt.timedelta(minutes=minutes)
        if n.kind == "dose":
            dose = self._dose(n)
            DosesService(self._store).record(dose.medication_id, "snoozed",
                                             scheduled_for=dose.scheduled_for,
                                             snooze_until=until)
        elif n.kind == "appointment":
            self._handle(n.key, f"snoozed|{until.isoformat()}")
        else:
            raise ValidationError("minutes", _("A caregiver alert cannot be snoozed; "
                                             "acknowledge it instead."))
        return until

    def dismiss(self, n: Notification) -> None:
        """Put away an appointment reminder, or acknowledge a caregiver alert."""
        if n.kind == "appointment":
            self._handle(n.key, f"dismissed|{self.now().isoformat()}")
        elif n.kind == "alert" and n.alert_id:
            AlertsService(self._store).acknowledge(n.alert_id)
        else:
            raise ValidationError("kind", _("A dose is taken, skipped or snoozed, not "
                                          "dismissed."))

    @staticmethod
    def _dose(n: Notification) -> DoseItem:
        if n.dose is None:
            raise ValidationError("kind", _("Only a dose reminder can be taken or skipped."))
        return n.dose

    def _handled(self) -> dict[str, str]:
        return dict(get_value(self._store, HANDLED, {}) or {})

    def _handle(self, key: str, value: str) -> None:
        now = self.now()
        kept = {k: v for k, v in self._handled().items()
                if dt.datetime.fromisoformat(v.partition("|")[2]) > now - KEEP_HANDLED}
        kept[key] = value
        set_value(self._store, HANDLED, kept)
