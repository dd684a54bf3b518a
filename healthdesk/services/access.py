"""Roles enforced on every write: who is acting, and whether their role allows it.

One :class:`AccessControl` per open store listens on the store's write sessions, so no
service (and no interop or demo code above them) can write around it: every flushed row
and every bulk statement is checked against ``domain.roles`` before it reaches the
database. A refused write raises :class:`PermissionDenied` and the whole transaction
rolls back, so nothing is half-saved.

Two roles can stand in the way of a write:
- on a clinic store (one with an organisation), the signed-in staff member's role; with
  no one signed in nothing may be changed (except setting up the first administrator);
- on any store, this account's sharing role on the profile as the server last said
  (a viewer's copy is read-only here, instead of its edits being set aside at sync).

Pulled sync pages are applied with raw SQL outside ``Store.write()`` and are not checked:
the server already checked the writer.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import ORMExecuteState, Session

from healthdesk.domain.i18n import _
from healthdesk.domain.roles import (
    EXPORT,
    MANAGE_STAFF,
    REGISTER,
    Actor,
    PermissionDenied,
    allows,
    denied,
    permission_for_table,
)
from healthdesk.store import cursors
from healthdesk.store.models import (
    SYNCED_MODELS,
    AuditEvent,
    Organisation,
    Profile,
    Staff,
    Synced,
)
from healthdesk.store.vault import Store

_CLINIC_TABLES = frozenset({"organisations", "staff"})
# The least a writer needs: every role that may change anything may register.
READ_ONLY_PROBE = REGISTER


def _needed(obj: Any) -> tuple[str | None, str] | None:
    """(profile id, permission) a flushed row needs, or None."""
    if isinstance(obj, Organisation | Staff):
        return None, MANAGE_STAFF
    if isinstance(obj, AuditEvent):
        # An export leaves an audit row: exporting needs EXPORT, other audit rows nothing.
        return (obj.profile_id, EXPORT) if obj.action == "export" else None
    if isinstance(obj, Synced):
        perm = permission_for_table(obj.__tablename__)
        if perm is None:
            return None
        return getattr(obj, "profile_id", None), perm
    return None


class AccessControl:
    """Who is signed in on this store, and the check every write passes."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self.actor: Actor | None = None
        self.opened_by = store.actor  # the store passphrase's holder (the OS user)
        self._clinic: bool | None = None
        store.listen_writes("before_flush", self._before_flush)
        store.listen_writes("do_orm_execute", self._on_execute)
        store.row_checks.append(self._check_row)  # rows written without the ORM

    # -- who -----------------------------------------------------------------------

    def is_clinic(self, session: Session | None = None) -> bool:
        """A clinic store: one with an organisation (cached; ClinicService refreshes)."""
        if self._clinic is None:
            q = select(func.count()).select_from(Organisation)
            if session is not None:
                self._clinic = bool(session.scalar(q))
            else:
                with self._store.read() as s:
                    self._clinic = bool(s.scalar(q))
        return self._clinic

    def refresh(self) -> None:
        self._clinic = None

    def sign_in(self, actor: Actor) -> None:
        """From now on writes are ``actor``'s and are audited under their name."""
        with self._lock:
            self.actor = actor
            self._store.actor = actor.name

    def sign_out(self) -> None:
        with self._lock:
            self.actor = None
            self._store.actor = self.opened_by

    # -- the check -----------------------------------------------------------------

    def require(self, permission: str, profile_id: str | None = None,
                session: Session | None = None) -> None:
        """Raise PermissionDenied unless the current actor may ``permission`` (on
        ``profile_id``, when given). For the services' non-write actions (an export)."""
        needs = {(profile_id, permission)}
        if session is not None:
            self._check(session, needs)
            return
        with self._store.read() as s:
            self._check(s, needs)

    def read_only_reason(self, profile_id: str | None) -> str | None:
        """Why nothing of this person's record may be changed here (a viewer's copy, or a
        clinic store with no one signed in), as the sentence a form shows; None when
        some change may be made (each write is still checked on its own)."""
        if not profile_id:
            return None
        try:
            self.require(READ_ONLY_PROBE, profile_id)
        except PermissionDenied as exc:
            return str(exc)
        return None

    def may(self, permission: str, profile_id: str | None = None) -> bool:
        try:
            self.require(permission, profile_id)
        except PermissionDenied:
            return False
        return True

    def _check(self, session: Session, needs: set[tuple[str | None, str]]) -> None:
        if not needs:
            return
        # Inside a flush: a query must not try to flush again.
        with session.no_autoflush:
            self._check_now(session, needs)

    def _check_now(self, session: Session, needs: set[tuple[str | None, str]]) -> None:
        if self.is_clinic(session):
            self._check_staff(session, {perm for _pid, perm in needs})
        profiles = {pid for pid, _perm in needs if pid}
        for pid in cursors.viewers(session, profiles) if profiles else ():
            perm = next(p for q, p in needs if q == pid)
            if not allows("viewer", perm):
                person = session.get(Profile, pid)
                raise denied(self._store.actor, "viewer", perm, person.name if person else None)

    def _check_staff(self, session: Session, perms: Iterable[str]) -> None:
        actor = self.actor
        for perm in sorted(set(perms)):
            if actor is None:
                if perm == MANAGE_STAFF and not self._has_admin(session):
                    continue  # setting up the clinic: the first administrator
                raise PermissionDenied(
                    _("Sign in as a member of staff before exporting records.") if perm == EXPORT
                    else _("Sign in as a member of staff before changing records."), perm)
            if not actor.can(perm):
                raise denied(actor.name, actor.role, perm)

    @staticmethod
    def _has_admin(session: Session) -> bool:
        q = select(func.count()).select_from(Staff).where(Staff.role == "admin",
                                                          Staff.active.is_(True))
        return bool(session.scalar(q))

    # -- the hooks -----------------------------------------------------------------

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        if session.info.get("write_context") is None:
            return
        needs: set[tuple[str | None, str]] = set()
        for obj in session.new:
            need = _needed(obj)
            if need is not None:
                needs.add(need)
        for obj in session.dirty:
            if session.is_modified(obj):
                need = _needed(obj)
                if need is not None:
                    needs.add(need)
        self._check(session, needs)

    def _check_row(self, session: Session, table: str, profile_id: str | None) -> None:
        perm = MANAGE_STAFF if table in _CLINIC_TABLES else permission_for_table(table)
        if perm is not None:
            self._check(session, {(profile_id, perm)})

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        if state.session.info.get("write_context") is None:
            return
        table = getattr(getattr(state.statement, "table", None), "name", None)
        if not isinstance(table, str):
            return
        perm = MANAGE_STAFF if table in _CLINIC_TABLES else permission_for_table(table)
        if perm is None or table not in _SYNCED_OR_CLINIC:
            return
        params = state.parameters
        rows = params if isinstance(params, list) else [params] if params else []
        pids = {r.get("profile_id") for r in rows if isinstance(r, dict)} - {None}
        needs: set[tuple[str | None, str]] = {(str(p), perm) for p in pids} or {(None, perm)}
        self._check(state.session, needs)


_SYNCED_OR_CLINIC = frozenset(m.__tablename__ for m in SYNCED_MODELS) | _CLINIC_TABLES

_controls: weakref.WeakKeyDictionary[Store, AccessControl] = weakref.WeakKeyDictionary()
_controls_lock = threading.Lock()


def access_for(store: Store) -> AccessControl:
    """The one AccessControl of ``store`` (made, and its hooks installed, on first ask)."""
    with _controls_lock:
        control = _controls.get(store)
        if control is None:
            control = _controls[store] = AccessControl(store)
        return control


__all__ = ["AccessControl", "Actor", "PermissionDenied", "access_for"]
