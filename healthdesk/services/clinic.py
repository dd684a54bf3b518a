"""Clinic mode: the organisation, its staff, and staff signing in on a shared computer.

The store's passphrase stays with whoever opened the clinic in the morning; each member
of staff then signs in on the unlocked store with their own PIN or password (an Argon2id
hash, argon2-cffi). Repeated wrong PINs lock that member out for a while (5 tries, then
5 minutes, doubling with every further lockout, at most a day), counted on this device.
Signing in makes every later write theirs: the audit trail names them, not the OS user.
Idle for ``idle_minutes`` (the clock is the store's, so tests can move it), they are
signed out; switching to another member keeps the patient on screen.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.ids import new_id
from healthdesk.domain.roles import STAFF_ROLES, Actor, PermissionDenied
from healthdesk.domain.validation import one_of, optional_text, require_text
from healthdesk.store import local_state
from healthdesk.store.models import Organisation, Staff
from healthdesk.store.vault import Store

from .access import AccessControl, access_for
from .base import ServiceBase
from .errors import NotFoundError

ORG_ID = "clinic"
MIN_SECRET, MAX_SECRET = 4, 128
TRIES_BEFORE_LOCK = 5
FIRST_LOCK = dt.timedelta(minutes=5)
LONGEST_LOCK = dt.timedelta(hours=24)
DEFAULT_IDLE_MINUTES = 10
_FAILS = "clinic.failures."
# OWASP's Argon2id floor (19 MiB, 2 passes): a PIN has little entropy, so the lockout,
# not the hash, is what stops guessing on the device; the hash stops reading it back.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class SignInError(PermissionDenied):
    """A wrong PIN, an unknown or disabled member, or a locked-out one. ``locked_until``
    is set while locked out."""

    def __init__(self, message: str, locked_until: dt.datetime | None = None) -> None:
        super().__init__(message, "sign_in")
        self.locked_until = locked_until


@dataclass(frozen=True)
class OrganisationView:
    name: str
    address: str | None
    registration: str | None


@dataclass(frozen=True)
class StaffView:
    id: str
    name: str
    role: str
    specialty: str | None
    registration_number: str | None
    active: bool

    def actor(self) -> Actor:
        return Actor(self.name, self.role, self.id)


def _staff_view(s: Staff) -> StaffView:
    return StaffView(s.id, s.name, s.role, s.specialty, s.registration_number, bool(s.active))


def _secret(value: Any) -> str:
    text = value if isinstance(value, str) else ""
    if not MIN_SECRET <= len(text) <= MAX_SECRET or not text.strip():
        raise ValidationError("pin", _("The PIN or password must be {lo} to {hi} characters.")
                              .format(lo=MIN_SECRET, hi=MAX_SECRET))
    return text


def lock_length(failures: int) -> dt.timedelta | None:
    """How long ``failures`` wrong tries in a row lock a member out (None: not locked)."""
    if failures < TRIES_BEFORE_LOCK or failures % TRIES_BEFORE_LOCK:
        return None
    lockouts = failures // TRIES_BEFORE_LOCK
    grown: dt.timedelta = FIRST_LOCK * (2 ** (lockouts - 1))
    return min(grown, LONGEST_LOCK)


class ClinicService(ServiceBase):
    """The organisation, its staff, and who is signed in on this store."""

    def __init__(self, store: Store, idle_minutes: int = DEFAULT_IDLE_MINUTES) -> None:
        super().__init__(store)
        self.access: AccessControl = access_for(store)
        self.idle_minutes = idle_minutes
        self._last_activity: dt.datetime | None = None

    # -- the organisation ------------------------------------------------------------

    def organisation(self) -> OrganisationView | None:
        with self._store.read() as s:
            org = s.get(Organisation, ORG_ID)
            return None if org is None else OrganisationView(org.name, org.address,
                                                              org.registration)

    def is_clinic(self) -> bool:
        return self.access.is_clinic()

    def set_organisation(self, name: str, address: str | None = None,
                         registration: str | None = None) -> OrganisationView:
        """Make this store a clinic store (or change its details; admins only then)."""
        clean_name = require_text("name", name, 200)
        clean_address = optional_text("address", address, 500)
        clean_reg = optional_text("registration", registration, 100)
        now = self.now()
        with self._store.write() as s:
            org = s.get(Organisation, ORG_ID)
            if org is None:
                org = Organisation(id=ORG_ID, created_at=now, name=clean_name)
                s.add(org)
            org.name, org.address, org.registration = clean_name, clean_address, clean_reg
            org.updated_at = now
        self.access.refresh()
        return OrganisationView(clean_name, clean_address, clean_reg)

    # -- staff -----------------------------------------------------------------------

    def add_staff(self, name: str, role: str, pin: str, *, specialty: str | None = None,
                  registration_number: str | None = None) -> StaffView:
        """Add a member of staff (an administrator only, except the very first one).

        Raises ValidationError (name taken, role, PIN length), PermissionDenied."""
        clean_name = require_text("name", name, 200)
        clean_role = one_of("role", role, STAFF_ROLES)
        secret = _secret(pin)
        spec = optional_text("specialty", specialty, 100)
        reg = optional_text("registration_number", registration_number, 100)
        if not self.is_clinic():
            raise ValidationError("organisation", _(
                "Set up the clinic first (healthdesk clinic setup NAME, or Settings > Clinic)."))
        digest = HASHER.hash(secret)
        now = self.now()
        with self._store.write() as s:
            if self._find(s, clean_name) is not None:
                raise ValidationError("name", _("A member of staff named {name} already "
                                                "exists.").format(name=clean_name))
            if not self._any_admin(s) and clean_role != "admin":
                raise ValidationError("role", _("The first member of staff must be an "
                                                "admin, who then adds the others."))
            row = Staff(id=new_id(), name=clean_name, role=clean_role, specialty=spec,
                        registration_number=reg, active=True, secret_hash=digest,
                        created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            return _staff_view(row)

    def staff(self, include_inactive: bool = True) -> list[StaffView]:
        q = select(Staff).order_by(Staff.name)
        if not include_inactive:
            q = q.where(Staff.active.is_(True))
        with self._store.read() as s:
            return [_staff_view(r) for r in s.scalars(q)]

    def find_staff(self, name: str) -> StaffView:
        with self._store.read() as s:
            row = self._find(s, name)
            if row is None:
                raise NotFoundError("member of staff", name)
            return _staff_view(row)

    def set_active(self, name: str, active: bool) -> StaffView:
        """Disable (or enable again) a member: a disabled one cannot sign in; their past
        entries keep their name. Admins only; the last active admin cannot be disabled."""
        with self._store.write() as s:
            row = self._find(s, name)
            if row is None:
                raise NotFoundError("member of staff", name)
            if not active and row.role == "admin" and row.active and self._admins(s) == 1:
                raise ValidationError("name", _("{name} is the only active admin; add another "
                                                "admin first.").format(name=row.name))
            row.active = active
            row.updated_at = self.now()
            s.flush()
            view = _staff_view(row)
        if not active and self.access.actor and self.access.actor.staff_id == view.id:
            self.sign_out()
        return view

    def set_pin(self, name: str, pin: str) -> None:
        """A new PIN for a member (admins only: the access check refuses others)."""
        secret = _secret(pin)
        with self._store.write() as s:
            row = self._find(s, name)
            if row is None:
                raise NotFoundError("member of staff", name)
            row.secret_hash = HASHER.hash(secret)
            row.updated_at = self.now()

    @staticmethod
    def _find(s: Session, name: str) -> Staff | None:
        wanted = (name or "").strip().casefold()
        row: Staff
        for row in s.scalars(select(Staff)):
            if row.name.strip().casefold() == wanted:
                return row
        return None

    @staticmethod
    def _admins(s: Session) -> int:
        return int(s.scalar(select(func.count()).select_from(Staff).where(
            Staff.role == "admin", Staff.active.is_(True))) or 0)

    def _any_admin(self, s: Session) -> bool:
        return self._admins(s) > 0

    # -- signing in --------------------------------------------------------------------

    @property
    def signed_in(self) -> StaffView | None:
        actor = self.access.actor
        if actor is None or actor.staff_id is None:
            return None
        return StaffView(actor.staff_id, actor.name, actor.role, None, None, True)

    def locked_until(self, name: str) -> dt.datetime | None:
        with self._store.read() as s:
            row = self._find(s, name)
            if row is None:
                return None
            state = local_state.get(s, _FAILS + row.id) or {}
        until = state.get("until")
        when = dt.datetime.fromisoformat(until) if until else None
        return when if when is not None and when > self.now() else None

    def sign_in(self, name: str, pin: str) -> StaffView:
        """Sign ``name`` in with their PIN; the one signed in before is signed out (a
        quick switch: nothing else changes, the patient on screen stays).

        Raises SignInError: unknown or disabled member, locked out, wrong PIN (with how
        many tries are left before a lockout)."""
        now = self.now()
        with self._store.read() as s:
            row = self._find(s, name)
            view = None if row is None else _staff_view(row)
            digest = None if row is None else row.secret_hash
        if view is None or digest is None:
            raise SignInError(_("No member of staff is named {name}.").format(name=name))
        if not view.active:
            raise SignInError(_("{name} is disabled; an admin can enable them again.")
                              .format(name=view.name))
        if not digest:
            raise SignInError(_("{name} has no PIN on this computer yet: set it with your "
                                "server account (healthdesk clinic my-pin NAME).")
                              .format(name=view.name))
        key = _FAILS + view.id
        with self._store.read() as s:
            state = dict(local_state.get(s, key) or {})
        until = dt.datetime.fromisoformat(state["until"]) if state.get("until") else None
        if until is not None and until > now:
            minutes = max(1, math.ceil((until - now).total_seconds() / 60))
            raise SignInError(ngettext(
                "Too many wrong PINs: {name} can try again in {n} minute.",
                "Too many wrong PINs: {name} can try again in {n} minutes.", minutes)
                .format(name=view.name, n=minutes), until)
        try:
            HASHER.verify(digest, pin if isinstance(pin, str) else "")
        except (VerificationError, InvalidHashError):
            failures = int(state.get("failures", 0)) + 1
            lock = lock_length(failures)
            state = {"failures": failures,
                     "until": (now + lock).isoformat() if lock else None}
            with self._store.write() as s:
                local_state.put(s, key, state)
            if lock is not None:
                raise SignInError(_("Wrong PIN. {name} is locked out for {n} minutes.").format(
                    name=view.name, n=int(lock.total_seconds() // 60)), now + lock) from None
            left = TRIES_BEFORE_LOCK - failures % TRIES_BEFORE_LOCK
            raise SignInError(ngettext("Wrong PIN; {n} more try before a lockout.",
                                       "Wrong PIN; {n} more tries before a lockout.", left)
                              .format(n=left)) from None
        if state:
            with self._store.write() as s:
                local_state.put(s, key, None)
        self.access.sign_in(view.actor())
        self._last_activity = now
        return view

    def sign_out(self) -> None:
        self.access.sign_out()
        self._last_activity = None

    def touch(self) -> None:
        """The member on screen did something (a key, a click): the idle clock restarts."""
        if self.access.actor is not None:
            self._last_activity = self.now()

    def sign_out_if_idle(self) -> bool:
        """Sign out whoever is in if idle for ``idle_minutes``; True when it did."""
        if self.access.actor is None or self._last_activity is None:
            return False
        if self.now() - self._last_activity >= dt.timedelta(minutes=self.idle_minutes):
            self.sign_out()
            return True
        return False


__all__ = ["ClinicService", "OrganisationView", "SignInError", "StaffView", "lock_length"]
