"""Doses answered while the record is locked: sealed at the time, applied at unlock.

``prepare()`` (while unlocked, just before locking) makes sure this store has its sealing
key pair (the private half in ``local_state``, inside the encrypted store; the public half
beside the key file) and hands back a :class:`Sealer`, which needs no data key: it seals
each answer to the store's public key and appends it to the spool. ``apply_pending()``
(right after an unlock, and at every start, so a kill -9 between the two loses nothing)
opens each event, checks it and records it through the normal dose service, noting the
event's id so a replay is refused. See docs/locked-reminders.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.reminders import SNOOZE_CHOICES
from healthdesk.domain.roles import PermissionDenied
from healthdesk.domain.schedules import zone_info
from healthdesk.store import keys as keyfile
from healthdesk.store import local_state
from healthdesk.store import sealed_events as sealed
from healthdesk.store.models import Medication, Profile, SealedEvent
from healthdesk.store.vault import StorePaths

from .base import ServiceBase
from .dose_day import DoseDayService
from .doses import DosesService
from .errors import NotFoundError

PRIVATE_KEY = "sealed.private_key"
#: When the record was last locked: an event sealed before it belongs to an older lock.
LOCKED_AT = "sealed.locked_at"
ACTIONS = ("taken", "skipped", "snoozed")
#: An answer older than this is not applied (nobody remembers a week-old dose well).
MAX_AGE = dt.timedelta(days=7)
#: A small allowance for the clock of the locked app against the unlocked one.
SLACK = dt.timedelta(minutes=10)
#: How far the answered dose may be from the moment of the answer.
DOSE_REACH = dt.timedelta(hours=48)


@dataclass
class Sealer:
    """Seals answers given while locked; holds only public material."""

    data_dir: Path
    store_id: str
    public: bytes
    session: str = field(default_factory=lambda: secrets.token_hex(8))
    seq: int = 0

    @classmethod
    def for_plan(cls, data_dir: Path, store_id: str, public: bytes) -> Sealer | None:
        """For a start without the passphrase: the key the keyring-protected plan
        carries (None when it carries none)."""
        if not store_id or len(public) != 32:
            return None
        return cls(Path(data_dir), store_id, public)

    @classmethod
    def from_disk(cls, data_dir: Path) -> Sealer | None:
        """For a start without the passphrase: the key beside the store, if it is this
        store's (None: answers cannot be recorded until one unlock)."""
        found = sealed.read_public_key(data_dir)
        if found is None:
            return None
        try:
            store_id = keyfile.read_store_id(StorePaths(Path(data_dir)).keys)
        except Exception:
            return None
        return cls(Path(data_dir), store_id, found.public) if found.store_id == store_id \
            else None

    def record(self, medication_id: str, scheduled_for: dt.datetime, action: str,
               at: dt.datetime, snooze_minutes: int | None = None) -> str:
        """Seal one answer and append it to the spool (durable on return); its id."""
        if action not in ACTIONS:
            raise ValidationError("action", _("Action must be one of: taken, skipped, "
                                              "snoozed."))
        if action == "snoozed" and snooze_minutes not in SNOOZE_CHOICES:
            raise ValidationError("minutes", _("Snooze must be 10, 30 or 60 minutes."))
        self.seq += 1
        event_id = str(uuid.uuid4())
        payload: dict[str, Any] = {
            "v": 1, "id": event_id, "store_id": self.store_id, "session": self.session,
            "seq": self.seq, "medication_id": medication_id,
            "scheduled_for": scheduled_for.astimezone(dt.UTC).isoformat(),
            "action": action, "at": at.astimezone(dt.UTC).isoformat(),
            "snooze_minutes": snooze_minutes if action == "snoozed" else None,
        }
        sealed.Spool(self.data_dir).append(sealed.seal(self.public, self.store_id, payload))
        return event_id


@dataclass(frozen=True)
class Settled:
    """One event read at unlock, applied or refused, and what to tell the person."""

    id: str
    applied: bool
    message: str
    sealed_at: dt.datetime | None = None
    dose_event_id: str | None = None
    waiting: bool = False  # kept in the spool until someone who may record signs in


@dataclass(frozen=True)
class SettleReport:
    settled: list[Settled]

    @property
    def applied(self) -> list[Settled]:
        return [s for s in self.settled if s.applied]

    @property
    def refused(self) -> list[Settled]:
        return [s for s in self.settled if not s.applied and not s.waiting]

    @property
    def waiting(self) -> list[Settled]:
        return [s for s in self.settled if s.waiting]

    def summary(self) -> str:
        """One line for the status bar ("" when the spool was empty)."""
        parts = []
        if self.applied:
            parts.append(ngettext("{n} answer given while locked was recorded.",
                                  "{n} answers given while locked were recorded.",
                                  len(self.applied)).format(n=len(self.applied)))
        if self.refused:
            parts.append(ngettext("{n} was refused.", "{n} were refused.",
                                  len(self.refused)).format(n=len(self.refused)))
        parts += [w.message for w in self.waiting]
        return " ".join(parts)


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _when(moment: dt.datetime, zone: str) -> str:
    return moment.astimezone(zone_info(zone)).strftime("%H:%M")


class LockedDosesService(ServiceBase):
    # -- before locking --------------------------------------------------------------------

    def prepare(self) -> Sealer:
        """The sealer for the coming lock: makes the key pair on first use and rewrites
        the public half beside the store whenever it is missing or not this store's."""
        data_dir = self._store.paths.data_dir
        with self._store.write() as s:
            raw = local_state.get(s, PRIVATE_KEY)
            if raw is None:
                private, public = sealed.new_keypair()
                local_state.put(s, PRIVATE_KEY, base64.b64encode(private).decode("ascii"))
            else:
                public = sealed.public_of(base64.b64decode(raw))
            local_state.put(s, LOCKED_AT, self.now().astimezone(dt.UTC).isoformat())
        found = sealed.read_public_key(data_dir)
        if found is None or found.public != public or found.store_id != self._store.store_id:
            sealed.write_public_key(data_dir, self._store.store_id, public)
        return Sealer(data_dir, self._store.store_id, public)

    def public_key(self) -> bytes | None:
        """The sealing key's public half (None until the first ``prepare``)."""
        with self._store.read() as s:
            raw = local_state.get(s, PRIVATE_KEY)
        return None if raw is None else sealed.public_of(base64.b64decode(raw))

    # -- after unlocking -------------------------------------------------------------------

    def pending(self) -> int:
        """How many sealed events wait in the spool."""
        return len(sealed.Spool(self._store.paths.data_dir).read())

    def apply_pending(self) -> SettleReport:
        """Open, check and record every event in the spool, then empty it."""
        spool = sealed.Spool(self._store.paths.data_dir)
        blobs = spool.read()
        if not blobs:
            return SettleReport([])
        with self._store.read() as s:
            raw = local_state.get(s, PRIVATE_KEY)
            since_text = local_state.get(s, LOCKED_AT)
        private = None if raw is None else base64.b64decode(raw)
        since = None if since_text is None else dt.datetime.fromisoformat(since_text)
        out: list[Settled] = []
        handled = 0
        for blob in blobs:
            try:
                out.append(self._settle(blob, private, since))
            except PermissionDenied:
                # A clinic store with no one (or no one allowed) signed in: the answers
                # wait in the spool, in order, for a member who may record doses.
                waiting = len(blobs) - handled
                out.append(Settled("", False, ngettext(
                    "{n} answer given while locked waits: sign in to record it.",
                    "{n} answers given while locked wait: sign in to record them.",
                    waiting).format(n=waiting), waiting=True))
                break
            handled += 1
        spool.remove(handled)
        return SettleReport(out)

    def _settle(self, blob: bytes, private: bytes | None, since: dt.datetime | None
                ) -> Settled:
        now = self.now()
        try:
            if private is None:
                raise sealed.SealedEventError("no key")
            payload = sealed.open_sealed(private, self._store.store_id, blob)
        except sealed.SealedEventError:
            return self._refuse_damaged(blob)
        event_id = str(payload.get("id") or "")
        with self._store.read() as s:
            before = s.get(SealedEvent, event_id) if event_id else None
        if before is not None:
            return Settled(event_id, False, _(
                "An answer given while locked had already been settled on {day} at {time}; "
                "it was not recorded again.").format(
                    day=before.settled_at.date().isoformat(),
                    time=before.settled_at.strftime("%H:%M")))
        try:
            return self._apply(payload, event_id, since, now)
        except _Refused as refusal:
            at = _time(payload.get("at"))
            with self._store.write() as s:
                s.add(SealedEvent(id=event_id[:64] or sealed.digest(blob), sealed_at=at,
                                  settled_at=now, outcome="refused",
                                  reason=refusal.message[:300]))
            return Settled(event_id, False, refusal.message, at)

    def _refuse_damaged(self, blob: bytes) -> Settled:
        name = sealed.digest(blob)
        message = _("An answer given while locked was refused: it was changed after it "
                    "was written, or it belongs to another record.")
        with self._store.write() as s:
            if s.get(SealedEvent, name) is None:
                s.add(SealedEvent(id=name, sealed_at=None, settled_at=self.now(),
                                  outcome="refused", reason=message[:300]))
        return Settled(name, False, message)

    def _apply(self, p: dict[str, Any], event_id: str, since: dt.datetime | None,
               now: dt.datetime) -> Settled:
        at, due = _time(p.get("at")), _time(p.get("scheduled_for"))
        action, med_id = p.get("action"), p.get("medication_id")
        if (p.get("store_id") != self._store.store_id or not event_id or len(event_id) > 64
                or at is None or due is None or action not in ACTIONS
                or not isinstance(med_id, str)):
            raise _Refused(_("An answer given while locked was refused: it is not a dose "
                             "answer for this record."))
        if at > now + SLACK or at < now - MAX_AGE or (since is not None
                                                       and at < since - SLACK):
            raise _Refused(_("An answer given while locked was refused: its time ({day} "
                             "{time} UTC) is outside the time the record was locked.").format(
                                 day=at.date().isoformat(), time=at.strftime("%H:%M")))
        if abs(due - at) > DOSE_REACH:
            raise _Refused(_("An answer given while locked was refused: the dose it names "
                             "is too far from when it was given."))
        with self._store.read() as s:
            med = s.get(Medication, med_id)
            profile = None if med is None else s.get(Profile, med.profile_id)
        if med is None or med.deleted or profile is None:
            raise _Refused(_("An answer given while locked was refused: its medicine is "
                             "no longer in the record."))
        zone = profile.timezone or "UTC"
        planned = DoseDayService(self._store).between(
            [med.profile_id], due - dt.timedelta(seconds=1), due + dt.timedelta(seconds=1))
        if not any(d.medication_id == med.id and d.scheduled_for == due for d in planned):
            raise _Refused(_("An answer given while locked was refused: {medicine} has no "
                             "dose at {time}.").format(medicine=med.name,
                                                       time=_when(due, zone)))
        note = _("Recorded while locked at {sealed}, applied at {applied}.").format(
            sealed=_when(at, zone), applied=_when(now, zone))
        minutes = p.get("snooze_minutes")
        until = at + dt.timedelta(minutes=int(minutes)) if action == "snoozed" and isinstance(
            minutes, int) else None
        with self._store.write() as s:
            try:
                view = DosesService(self._store).record(
                    med.id, str(action), scheduled_for=due, at=at, snooze_until=until,
                    note=note)
            except (ValidationError, NotFoundError) as exc:
                raise _Refused(_("An answer given while locked was refused: {reason}")
                               .format(reason=str(exc))) from None
            s.add(SealedEvent(id=event_id, sealed_at=at, settled_at=now, outcome="applied",
                              dose_event_id=view.id))
        words = {"taken": _("{medicine}: taken at {time} (recorded while locked, applied "
                            "at {applied})."),
                 "skipped": _("{medicine}: skipped at {time} (recorded while locked, "
                              "applied at {applied})."),
                 "snoozed": _("{medicine}: snoozed at {time} (recorded while locked, "
                              "applied at {applied}).")}[str(action)]
        return Settled(event_id, True, words.format(medicine=med.name, time=_when(at, zone),
                                                    applied=_when(now, zone)), at, view.id)

    def history(self, limit: int = 100) -> list[tuple[str, dt.datetime | None, dt.datetime,
                                                      str | None]]:
        """What was settled, newest first: (outcome, sealed at, settled at, reason)."""
        with self._store.read() as s:
            rows = s.scalars(select(SealedEvent).order_by(SealedEvent.settled_at.desc())
                             .limit(limit))
            return [(r.outcome, r.sealed_at, r.settled_at, r.reason) for r in rows]


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
