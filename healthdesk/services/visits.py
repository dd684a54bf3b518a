"""The day's queue and a visit: a registered patient is checked in (a queue entry for
today), called in, seen, and the visit is saved as one unit (encounter, vitals, notes,
prescriptions, next appointment) or not at all.

Each write goes through the store's write path, so the roles (services/access.py) judge
every row: a receptionist may check in, a nurse record vitals, a doctor prescribe and
write the visit. Every row is attributed to the member of staff signed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import optional_text
from healthdesk.store.models import Organisation, Profile, QueueEntry, RegisterEntry
from healthdesk.store.models.queue import QUEUE_STATES

from .access import access_for
from .appointments import AppointmentsService
from .base import ServiceBase
from .clinic import ORG_ID
from .encounters import MAX_NOTES, MAX_REASON, EncountersService
from .errors import NotFoundError
from .medications import MedicationsService
from .readings import ReadingsService

# Which state may follow which: "left" is a patient who went home unseen (or before the
# end); a doctor may send a patient back to wait (for a test result, say).
NEXT_STATES: dict[str, frozenset[str]] = {
    "waiting": frozenset({"with_doctor", "left"}),
    "with_doctor": frozenset({"done", "waiting", "left"}),
    "done": frozenset(),
    "left": frozenset(),
}
OPEN_STATES = frozenset({"waiting", "with_doctor"})
MAX_VITALS = 20
MAX_PRESCRIPTIONS = 20
assert set(NEXT_STATES) == set(QUEUE_STATES)


@dataclass(frozen=True)
class QueueView:
    id: str
    profile_id: str
    name: str
    clinic_no: str | None
    day: dt.date
    checked_in_at: dt.datetime
    state: str
    state_at: dt.datetime
    reason: str | None
    checked_in_by: str | None
    seen_by: str | None
    encounter_id: str | None
    # Waiting: minutes since check-in; otherwise minutes from check-in to the last change.
    minutes: int


@dataclass(frozen=True)
class VisitView:
    entry: QueueView
    encounter_id: str
    reading_ids: tuple[str, ...]
    medication_ids: tuple[str, ...]
    appointment_id: str | None


# The vitals a visit form asks for besides blood pressure, each one value named as its kind.
SINGLE_VITALS = ("pulse", "temperature", "weight", "spo2")


def vitals_from_form(blood_pressure: str | None = None,
                     **single: str | float | None) -> list[dict[str, Any]]:
    """The readings a visit form's boxes give: "128/82" for blood pressure, one number for
    each of SINGLE_VITALS; blanks are skipped. The ranges are the readings service's."""
    out: list[dict[str, Any]] = []
    bp = (blood_pressure or "").strip()
    if bp:
        parts = [x.strip() for x in bp.split("/")]
        if len(parts) != 2 or not all(parts):
            raise ValidationError("blood_pressure", _(
                "Blood pressure is systolic/diastolic in mmHg, for example 128/82."))
        out.append({"kind": "blood_pressure",
                    "values": {"systolic": parts[0], "diastolic": parts[1]}})
    for kind, value in single.items():
        if kind not in SINGLE_VITALS:
            raise TypeError(f"not a visit vital: {kind}")
        if value is not None and str(value).strip():
            out.append({"kind": kind, "values": {kind: str(value).strip()}})
    return out


def state_word(state: str) -> str:
    return {"waiting": _("waiting"), "with_doctor": _("with the doctor"),
            "done": _("done"), "left": _("left")}.get(state, state)


class VisitsService(ServiceBase):
    def _actor_name(self) -> str:
        actor = access_for(self._store).actor
        return actor.name if actor is not None else self._store.actor

    def today(self) -> dt.date:
        """The clinic's day: the computer's local date."""
        return self.now().astimezone().date()

    def _view(self, e: QueueEntry, name: str, clinic_no: str | None) -> QueueView:
        end = self.now() if e.state == "waiting" else e.state_at
        minutes = max(0, int((end - e.checked_in_at).total_seconds() // 60))
        return QueueView(e.id, e.profile_id, name, clinic_no, e.day, e.checked_in_at,
                         e.state, e.state_at, e.reason, e.checked_in_by, e.seen_by,
                         e.encounter_id, minutes)

    def _load(self, s: Any, entry_id: str) -> tuple[QueueEntry, QueueView]:
        e = self.get_live(s, QueueEntry, entry_id, "queue entry")
        name = self.require_profile(s, e.profile_id).name
        reg = s.get(RegisterEntry, e.profile_id)
        return e, self._view(e, name, reg.clinic_no if reg else None)

    def check_in(self, profile_id: str, reason: str | None = None) -> QueueView:
        """Put a patient in today's queue. Raises ValidationError (already waiting or
        with the doctor today), NotFoundError (profile), PermissionDenied."""
        reason = optional_text("reason", reason, MAX_REASON)
        now, day = self.now(), self.today()
        with self._store.write() as s:
            self.check_profile(s, profile_id)
            open_ = s.scalars(select(QueueEntry).where(
                QueueEntry.profile_id == profile_id, QueueEntry.day == day,
                QueueEntry.state.in_(OPEN_STATES), QueueEntry.deleted.is_(False))).first()
            if open_ is not None:
                name = self.require_profile(s, profile_id).name
                raise ValidationError("profile", _(
                    "{name} is already in today's queue ({state}).").format(
                        name=name, state=state_word(open_.state)))
            e = QueueEntry(profile_id=profile_id, day=day, checked_in_at=now, state="waiting",
                           state_at=now, reason=reason, checked_in_by=self._actor_name())
            s.add(e)
            s.flush()
            return self._load(s, e.id)[1]

    def queue(self, day: dt.date | None = None) -> list[QueueView]:
        """The day's queue in check-in order, every state."""
        day = day or self.today()
        q = (select(QueueEntry, Profile.name, RegisterEntry.clinic_no)
             .join(Profile, Profile.id == QueueEntry.profile_id)
             .outerjoin(RegisterEntry, RegisterEntry.profile_id == QueueEntry.profile_id)
             .where(QueueEntry.day == day, QueueEntry.deleted.is_(False),
                    Profile.deleted.is_(False))
             .order_by(QueueEntry.checked_in_at, QueueEntry.id))
        with self._store.read() as s:
            return [self._view(e, name, no) for e, name, no in s.execute(q)]

    def open_entry(self, profile_id: str) -> QueueView:
        """This patient's check-in today that is waiting or with the doctor.
        Raises ValidationError (none), NotFoundError (profile)."""
        q = (select(QueueEntry.id).where(
            QueueEntry.profile_id == profile_id, QueueEntry.day == self.today(),
            QueueEntry.state.in_(OPEN_STATES), QueueEntry.deleted.is_(False))
            .order_by(QueueEntry.checked_in_at.desc()))
        with self._store.read() as s:
            found = s.scalars(q).first()
            if found is None:
                name = self.require_profile(s, profile_id).name
                raise ValidationError("patient", _(
                    "{name} is not in today's queue; check them in first.").format(name=name))
            return self._load(s, found)[1]

    def get(self, entry_id: str) -> QueueView:
        with self._store.read() as s:
            return self._load(s, entry_id)[1]

    def set_state(self, entry_id: str, state: str) -> QueueView:
        """Move a check-in on (waiting → with_doctor → done, or left). Raises
        ValidationError naming the states allowed next, NotFoundError, PermissionDenied."""
        with self._store.write() as s:
            e, view = self._load(s, entry_id)
            self._move(e, view.name, state)
            s.flush()
            return self._load(s, entry_id)[1]

    def _move(self, e: QueueEntry, name: str, state: str) -> None:
        allowed = NEXT_STATES[e.state]
        if state not in allowed:
            words = ", ".join(sorted(state_word(x) for x in allowed)) or _("none")
            raise ValidationError("state", _(
                "{name} is {state}; the queue state can change to: {allowed}.").format(
                    name=name, state=state_word(e.state), allowed=words))
        e.state, e.state_at = state, max(self.now(), e.checked_in_at)
        if state == "with_doctor":
            e.seen_by = self._actor_name()

    def record_vitals(self, entry_id: str,
                      vitals: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        """A nurse's readings for a checked-in patient, all or none (each a mapping of
        ReadingsService.record's arguments without the profile)."""
        with self._store.write() as s:
            e, _view = self._load(s, entry_id)
            return self._vitals(e.profile_id, vitals)

    def _vitals(self, profile_id: str, vitals: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        if len(vitals) > MAX_VITALS:
            raise ValidationError("vitals", _("A visit takes at most {n} readings.").format(
                n=MAX_VITALS))
        readings = ReadingsService(self._store)
        return tuple(readings.record(profile_id, **dict(v)).id for v in vitals)

    def record_visit(self, entry_id: str, *, notes: str | None = None,
                     title: str | None = None,
                     vitals: Sequence[Mapping[str, Any]] = (),
                     prescriptions: Sequence[Mapping[str, Any]] = (),
                     next_appointment: Mapping[str, Any] | None = None) -> VisitView:
        """The whole visit in one transaction: the encounter (from check-in to now, the
        member signed in as practitioner), vitals, notes, prescriptions (mappings of
        MedicationsService.add's arguments without the profile, a schedule included),
        the next appointment (AppointmentsService.add's), and the check-in marked done.

        Nothing is saved if any part is refused: ValidationError (naming the field),
        NotFoundError, PermissionDenied (the role may not write one of the parts).
        """
        notes = optional_text("notes", notes, MAX_NOTES)
        if len(prescriptions) > MAX_PRESCRIPTIONS:
            raise ValidationError("prescriptions", _(
                "A visit takes at most {n} prescriptions.").format(n=MAX_PRESCRIPTIONS))
        with self._store.write() as s:
            e, view = self._load(s, entry_id)
            if e.state not in OPEN_STATES:
                raise ValidationError("state", _(
                    "{name}'s check-in is {state}; a visit is recorded while waiting or "
                    "with the doctor.").format(name=view.name, state=state_word(e.state)))
            reading_ids = self._vitals(e.profile_id, vitals)
            now = self.now()
            enc = EncountersService(self._store).add(
                e.profile_id, title or e.reason or _("Clinic visit"), e.checked_in_at,
                end_at=max(now, e.checked_in_at), setting="outpatient",
                practitioner=self._actor_name(), reason=e.reason, notes=notes,
                place=self._place(s))
            meds = MedicationsService(self._store)
            med_ids = []
            for i, p in enumerate(prescriptions):
                try:
                    med_ids.append(meds.add(e.profile_id, prescriber=self._actor_name(),
                                            **dict(p)).id)
                except ValidationError as exc:
                    raise ValidationError(exc.field, _("Prescription {n}: {error}").format(
                        n=i + 1, error=str(exc))) from exc
            appt_id = None
            if next_appointment is not None:
                appt = dict(next_appointment)
                appt.setdefault("title", _("Follow-up visit"))
                appt.setdefault("clinician", self._actor_name())
                appt_id = AppointmentsService(self._store).add(e.profile_id, **appt).id
            if e.state == "waiting":
                e.seen_by = self._actor_name()
            e.state, e.state_at, e.encounter_id = "done", max(now, e.checked_in_at), enc.id
            s.flush()
            return VisitView(self._load(s, entry_id)[1], enc.id, reading_ids,
                             tuple(med_ids), appt_id)

    @staticmethod
    def _place(s: Any) -> str | None:
        org = s.get(Organisation, ORG_ID)  # a clinic store's organisation
        return org.name if org is not None else None


__all__ = [
    "NEXT_STATES",
    "SINGLE_VITALS",
    "NotFoundError",
    "QueueView",
    "VisitView",
    "VisitsService",
    "state_word",
    "vitals_from_form",
]
