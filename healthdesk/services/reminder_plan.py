"""The reminder plan: what will be due in the coming days, for reminding without the key.

Built while the record is open, it is what a locked app (held in memory only) and a start
at login before the first unlock (read from ``reminder-plan.bin``, encrypted under a key
only the OS keyring holds) remind from. It holds the times, who they are for and the
medicine ids an answer is sealed with; the medicine names only when the person chose
"names" for the locked screen, and no names at all when they chose "nothing". The lines a
locked screen shows are made here too (:func:`lock_lines`), in the chosen form.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from healthdesk.domain.dose_times import DUE_AFTER
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.reminders import QuietHours, deliver_at
from healthdesk.domain.schedules import zone_info
from healthdesk.store import keys as keyfile
from healthdesk.store import plan_file
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.models import Profile
from healthdesk.store.vault import Store, StorePaths

from .base import ServiceBase
from .device_state import get_value, set_value
from .dose_day import DoseDayService
from .locked_doses import LockedDosesService
from .preferences import PreferencesService

#: How far ahead a plan reaches (a long weekend away from the keyboard).
HORIZON = dt.timedelta(days=4)
#: Doses already due when the plan is made stay in it this long at most.
LOOK_BACK = dt.timedelta(hours=6)
SHOW_CHOICES = ("count", "names", "none")
OPEN_STATES = ("upcoming", "due", "late", "snoozed")
NOTICE_SAID = "plan.no_keyring_said"


@dataclass(frozen=True)
class PlannedDose:
    profile_id: str
    person: str  # "" when the locked screen shows nothing
    medication_id: str
    title: str  # "" unless the locked screen shows names
    scheduled_for: dt.datetime
    announce_at: dt.datetime  # after quiet hours unless urgent; a snooze's end
    until: dt.datetime  # after this it is missed: catch-up at unlock takes over
    zone: str
    urgent: bool = False

    @property
    def key(self) -> str:
        return f"{self.medication_id}|{self.scheduled_for.astimezone(dt.UTC).isoformat()}"


@dataclass(frozen=True)
class ReminderPlan:
    made_at: dt.datetime
    show: str  # one of SHOW_CHOICES
    can_record: bool  # answers from the locked screen are sealed to the store
    doses: tuple[PlannedDose, ...]
    # In the plan on disk: the store's sealing key, authenticated with the plan, so a start
    # before the unlock never seals to a key someone swapped in beside the store.
    store_id: str = ""
    sealing_key: bytes = b""

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {"made_at": self.made_at.isoformat(), "show": self.show,
                               "can_record": self.can_record,
                               "doses": [_dose_doc(d) for d in self.doses],
                               "store_id": self.store_id,
                               "sealing_key": base64.b64encode(self.sealing_key).decode()}
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReminderPlan:
        doc = json.loads(data)
        return cls(dt.datetime.fromisoformat(doc["made_at"]), doc["show"],
                   bool(doc["can_record"]), tuple(_dose_from(d) for d in doc["doses"]),
                   str(doc.get("store_id", "")),
                   base64.b64decode(doc.get("sealing_key", "")))


def _dose_doc(d: PlannedDose) -> dict[str, Any]:
    doc = asdict(d)
    for k in ("scheduled_for", "announce_at", "until"):
        doc[k] = doc[k].astimezone(dt.UTC).isoformat()
    return doc


def _dose_from(doc: dict[str, Any]) -> PlannedDose:
    times = {k: dt.datetime.fromisoformat(doc[k])
             for k in ("scheduled_for", "announce_at", "until")}
    return PlannedDose(**{**doc, **times})


@dataclass(frozen=True)
class LockLine:
    """One line of the locked screen: the doses of one person due at one time."""

    text: str
    doses: tuple[PlannedDose, ...]
    urgent: bool


def lock_lines(plan: ReminderPlan, now: dt.datetime, answered: dict[str, dt.datetime]
               ) -> list[LockLine]:
    """What the locked screen says now. ``answered`` maps a dose key to when it may be
    shown again (a snooze's end; ``datetime.max`` for taken or skipped)."""
    open_doses = [d for d in plan.doses if d.announce_at <= now < d.until
                  and answered.get(d.key, d.announce_at) <= now]
    groups: dict[tuple[str, dt.datetime], list[PlannedDose]] = {}
    for d in sorted(open_doses, key=lambda d: (d.scheduled_for, d.person, d.title)):
        groups.setdefault((d.profile_id, d.scheduled_for), []).append(d)
    if plan.show == "none":
        return [LockLine(_("A reminder is due"), tuple(open_doses),
                         any(d.urgent for d in open_doses))] if open_doses else []
    out = []
    for (_pid, due), doses in groups.items():
        first = doses[0]
        time = due.astimezone(zone_info(first.zone)).strftime("%H:%M")
        if plan.show == "names":
            what = ", ".join(d.title for d in doses)
            text = _("{person}: {medicines} due at {time} — unlock to record").format(
                person=first.person, medicines=what, time=time)
        else:
            text = ngettext("{person}: {n} medicine due at {time} — unlock to record",
                            "{person}: {n} medicines due at {time} — unlock to record",
                            len(doses)).format(person=first.person, n=len(doses), time=time)
        out.append(LockLine(text, tuple(doses), any(d.urgent for d in doses)))
    return out


def load(data_dir: Path, store_id: str, keyring: DeviceKeyring) -> ReminderPlan | None:
    """The plan written at the last unlock, if the keyring can open it."""
    data = plan_file.read(data_dir, store_id, keyring)
    if data is None:
        return None
    try:
        return ReminderPlan.from_bytes(data)
    except (ValueError, KeyError, TypeError):
        return None


def load_before_unlock(data_dir: Path, keyring: DeviceKeyring) -> ReminderPlan | None:
    """The plan of the store in ``data_dir`` for a start without the passphrase."""
    try:
        store_id = keyfile.read_store_id(StorePaths(Path(data_dir)).keys)
    except Exception:  # no store, or a damaged key file: nothing to remind from
        return None
    return load(data_dir, store_id, keyring)


class ReminderPlanService(ServiceBase):
    def __init__(self, store: Store, keyring: DeviceKeyring | None = None) -> None:
        super().__init__(store)
        self._keyring = keyring

    def build(self, current_zone: str | None = None, horizon: dt.timedelta = HORIZON
              ) -> ReminderPlan:
        now = self.now()
        prefs = PreferencesService(self._store)
        show = prefs.get("lock_screen_reminders")
        can_record = bool(prefs.get("record_doses_while_locked"))
        quiet = QuietHours.parse(prefs.get("quiet_hours_start"), prefs.get("quiet_hours_end"))
        with self._store.read() as s:
            people = {p.id: p.name for p in s.scalars(
                select(Profile).where(Profile.deleted.is_(False)))}
        items = DoseDayService(self._store).between(None, now - LOOK_BACK, now + horizon,
                                                    current_zone)
        doses = []
        for d in items:
            if d.state not in OPEN_STATES:
                continue
            due = d.scheduled_for
            if d.event is not None and d.event.action == "snoozed" and d.event.snooze_until:
                due = max(due, d.event.snooze_until)
            until = d.scheduled_for + max(dt.timedelta(hours=d.window_hours), DUE_AFTER)
            doses.append(PlannedDose(
                profile_id=d.profile_id,
                person="" if show == "none" else people.get(d.profile_id, ""),
                medication_id=d.medication_id, title=d.title if show == "names" else "",
                scheduled_for=d.scheduled_for,
                announce_at=deliver_at(due, d.urgent, quiet, current_zone or d.zone),
                until=max(until, due + DUE_AFTER), zone=d.zone, urgent=d.urgent))
        return ReminderPlan(now, show, can_record, tuple(doses))

    # -- the plan on disk, for a start before the first unlock -------------------------------

    def keyring_available(self) -> bool:
        return self._keyring is not None and self._keyring.available()

    def save(self, plan: ReminderPlan) -> bool:
        """Write the plan for a start without the passphrase; False when this device has
        no secure keyring (then nothing is written). Raises StoreError if the keyring
        refuses."""
        paths = self._store.paths
        if self._keyring is None:
            (paths.data_dir / plan_file.PLAN_FILE).unlink(missing_ok=True)
            return False
        key = LockedDosesService(self._store).public_key() if plan.can_record else None
        plan = replace(plan, store_id=self._store.store_id, sealing_key=key or b"")
        return plan_file.write(paths.data_dir, self._store.store_id, self._keyring,
                               plan.to_bytes())

    def no_keyring_notice(self) -> str | None:
        """The one-time sentence for a device without a secure keyring (None once said,
        or when a keyring exists)."""
        if self.keyring_available() or get_value(self._store, NOTICE_SAID):
            return None
        set_value(self._store, NOTICE_SAID, True)
        return _("This device has no secure keyring, so after each restart reminders "
                 "start only once HealthDesk has been unlocked one time.")

