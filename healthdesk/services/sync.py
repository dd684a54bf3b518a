"""Syncing this record with a HealthDesk server: sign in, sync now, and the status line.

Every failure is recorded in words (``status().last_error``) as well as raised, so the
window's status bar and ``healthdesk sync`` tell the same story.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext
from healthdesk.store import conflicts as inbox
from healthdesk.store import cursors
from healthdesk.store import outbox as store_outbox
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.models import Profile
from healthdesk.store.vault import Store
from healthdesk.sync import set_aside as pulled_aside
from healthdesk.sync.account import Account, AccountStore
from healthdesk.sync.errors import (
    NotSignedInError,
    ServerRefusedError,
    ServerUnreachableError,
    SyncCancelled,
    SyncError,
)

if TYPE_CHECKING:
    # requests and pydantic cost ~150 ms to import: paid on the first sync, not at start.
    from healthdesk.sync.engine import RoundReport, SyncEngine
    from healthdesk.sync.transport import Transport

__all__ = ["NotSignedInError", "ServerUnreachableError", "SetAsideChange", "SetAsideView",
           "SyncCancelled",
           "SyncError", "SyncService", "SyncStatus"]

MAX_USER = 64
NOOP_SAVE_EVERY = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class SetAsideChange:
    seq: int
    entity: str
    row_id: str
    profile_id: str | None
    reason: str


@dataclass(frozen=True)
class SetAsideView:
    """A change that did not go through, in words: ``incoming`` (pulled from the server,
    not applied here) or ``outgoing`` (made here, refused by the server)."""

    direction: str
    entity: str
    kind: str  # the kind of record in words ("reading", "profile"...)
    row_id: str
    profile_id: str | None
    profile_name: str | None  # whose record, when this device has (or was sent) it
    field: str | None
    reason: str
    at: dt.datetime | None
    summary: str  # one sentence for a list


@dataclass(frozen=True)
class SyncOutcome:
    signed_in: bool
    last_success: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None


@dataclass(frozen=True)
class SyncStatus:
    signed_in: bool
    server_url: str | None
    user: str | None
    last_success: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    pending: int
    set_aside: int  # our changes the server refused
    open_conflicts: int
    clock_message: str | None
    last_report: dict[str, Any] | None
    pulled_set_aside: int = 0  # changes from the server this device could not apply

    def summary(self, now: dt.datetime) -> str:
        """One line for a status bar: when it last worked, what waits, what is wrong."""
        if not self.signed_in:
            # Kept on this computer only, by choice: a count of "changes waiting" for a
            # server that was never set up would only alarm.
            return _("Kept on this computer only (not signed in to a sync server)")
        if self.last_success is None:
            head = _("Never synced")
        else:
            head = _("Synced {ago}").format(ago=_ago(now - self.last_success))
        parts = [head]
        if self.pending:
            parts.append(ngettext("{n} change waiting", "{n} changes waiting",
                                  self.pending).format(n=self.pending))
        if self.open_conflicts:
            parts.append(ngettext("{n} conflict to review", "{n} conflicts to review",
                                  self.open_conflicts).format(n=self.open_conflicts))
        if self.set_aside:
            parts.append(_("{n} refused by the server").format(n=self.set_aside))
        if self.pulled_set_aside:
            n = self.pulled_set_aside
            parts.append(ngettext("{n} change from the server set aside",
                                  "{n} changes from the server set aside", n).format(n=n))
        if self.clock_message:
            parts.append(self.clock_message)
        elif self.last_error and (self.last_success is None or (
                self.last_error_at is not None and self.last_error_at >= self.last_success)):
            parts.append(_("Last sync failed: {error}").format(error=self.last_error))
        return " · ".join(parts)


def _ago(delta: dt.timedelta) -> str:
    s = max(0, int(delta.total_seconds()))
    if s < 60:
        return _("just now")
    if s < 3600:
        return _("{n} min ago").format(n=s // 60)
    if s < 86400:
        return _("{n} h ago").format(n=s // 3600)
    return ngettext("{n} day ago", "{n} days ago", s // 86400).format(n=s // 86400)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _is_noop(report: RoundReport) -> bool:
    return not (report.pushed or report.pulled or report.conflicts or report.rejected
                or report.set_aside or report.healed or report.revoked or report.resynced)


def _latest(*times: dt.datetime | None) -> dt.datetime | None:
    return max((t for t in times if t is not None), default=None)


def _parse(v: Any) -> dt.datetime | None:
    if not v:
        return None
    return dt.datetime.strptime(str(v), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


class SyncService:
    """Sign-in and sync rounds for one open store. Thread-safe: one round at a time."""

    def __init__(self, store: Store, keyring: DeviceKeyring | None = None) -> None:
        self._store = store
        self._accounts = AccountStore(store, keyring)
        self._lock = threading.Lock()
        self._engine: SyncEngine | None = None
        self._engine_key: tuple[str, str] | None = None
        # Run after a round that applied pulled changes (HealthRecord adds retention).
        self.after_pull: list[Callable[[], object]] = []
        # A round that changed nothing is remembered here, not committed (no fsync), while
        # the stored result says the same and is younger than NOOP_SAVE_EVERY.
        self._saved: tuple[dt.datetime, dict[str, object]] | None = None
        self._unsaved_success: dt.datetime | None = None

    # -- account -----------------------------------------------------------------------

    def account(self) -> Account | None:
        return self._accounts.account()

    def login(self, server_url: str, user: str, password: str,
              device_name: str | None = None, fingerprint: str | None = None) -> Account:
        """Sign this device in; the token is kept (keyring or encrypted store).

        ``fingerprint`` pins a self-hosted server's certificate by its SHA-256 digest
        (then that certificate, and only it, is accepted instead of a CA-signed one).

        Raises ValidationError for a malformed address (plain http:// to anything but
        this computer included), fingerprint, user or password; SyncError when the server
        cannot be reached, its certificate fails, or it refuses the sign-in.
        """
        from healthdesk.protocol import LoginRequest
        from healthdesk.sync.transport import Transport, normalize_fingerprint, normalize_url

        try:
            url = normalize_url(server_url)
        except ValueError as exc:
            raise ValidationError("server", str(exc)) from None
        pin = None
        if fingerprint is not None and fingerprint.strip():
            try:
                pin = normalize_fingerprint(fingerprint)
            except ValueError as exc:
                raise ValidationError("fingerprint", str(exc)) from None
            if not url.startswith("https://"):
                raise ValidationError("fingerprint", _("Only an https:// server has a "
                                      "certificate to pin; leave the fingerprint empty."))
        user = (user or "").strip()
        if not 1 <= len(user) <= MAX_USER:
            raise ValidationError("user",
                _("The user name must be 1 to {max_user} characters.").format(
                                              max_user=MAX_USER))
        if not password:
            raise ValidationError("password", _("The password must not be empty."))
        name = (device_name or socket.gethostname() or "HealthDesk device").strip()[:100]
        transport = Transport(url, retries=1, fingerprint=pin)
        self._attach_clock(transport)
        try:
            done = transport.login(LoginRequest(user=user, password=password,
                                                device_name=name or "HealthDesk device",
                                                device_id=self._store.device_id))
        except NotSignedInError:
            raise SyncError("The server did not accept that user name and password.") from None
        finally:
            transport.close()
        account = Account(url, done.user, name, pin)
        previous = self._accounts.account()
        if previous is not None and (previous.server_url, previous.user.lower()) != (
                url, done.user.lower()):
            self._forget_cursors()
        self._accounts.sign_in(account, done.token)
        self._engine = None
        return account

    def logout(self) -> None:
        """Sign out here (and at the server when it can be reached). Local data stays."""
        from healthdesk.sync.transport import Transport

        token = self._accounts.token()
        account = self._accounts.account()
        if token and account:
            transport = Transport(account.server_url, token, retries=0, timeout=(3.0, 5.0),
                                  fingerprint=account.fingerprint)
            try:
                transport.logout()
            except SyncError:
                pass  # offline or already revoked: forgetting the token here is what counts
            finally:
                transport.close()
        self._accounts.sign_out()
        self._forget_cursors()
        self._engine = None

    def _forget_cursors(self) -> None:
        # Another account sees other profiles: its feed starts from the beginning, and
        # what the old one's feed had set aside is judged afresh if it comes again.
        with self._store.db.write_unstamped() as s:
            cursors.forget_all(s)
            pulled_aside.forget_all(s)

    def _attach_clock(self, transport: Transport) -> None:
        hlc = self._store.hlc
        transport.on_server_time = lambda ms: hlc.observe(f"{ms:013d}-00000-server")

    def transport(self) -> Transport:
        """A transport for the signed-in account. Raises NotSignedInError."""
        from healthdesk.sync.transport import Transport

        account, token = self._accounts.account(), self._accounts.token()
        if account is None or not token:
            raise NotSignedInError("This device is not signed in to a sync server; sign in "
                                   "first (healthdesk account login, or Sync ▸ Sign in).")
        transport = Transport(account.server_url, token, fingerprint=account.fingerprint)
        self._attach_clock(transport)
        return transport

    # -- rounds --------------------------------------------------------------------------

    def sync_now(self, progress: Callable[[str], None] | None = None,
                 stop: threading.Event | None = None) -> RoundReport:
        """One round: push everything waiting, pull every new change.

        Raises SyncError (NotSignedInError, ServerUnreachableError, ...) after recording it;
        SyncCancelled once ``stop`` is set (between pages: what came so far is kept).
        """
        if not self._lock.acquire(blocking=False):
            raise SyncError("A sync is already running; wait for it to finish.")
        try:
            try:
                engine = self._engine_for_account(progress)
                report = engine.run_round(stop)
            except SyncError as exc:
                self._accounts.put(last_error=str(exc), last_error_at=_iso(self._now()))
                self._saved = None  # the next success is stored: it ends this error
                if isinstance(exc, NotSignedInError):
                    self._engine = None
                raise
            self._record_success(report)
            # A clinic on the server: its staff list as the server has it now.
            from healthdesk.sync import organisation

            organisation.refresh_quietly(self._store, engine.transport)
            if report.pulled:
                # Rows pulled may be older than a rule allows (a device that was offline
                # pushed them): the rules take them now, not at tomorrow's run.
                for hook in self.after_pull:
                    hook()
            return report
        finally:
            self._lock.release()

    def _record_success(self, report: RoundReport) -> None:
        """Keep the round's result. A round that did nothing, after one that said the same
        was stored less than NOOP_SAVE_EVERY ago, writes nothing: its only news is the
        time, kept in memory for status(). (A no-op round's fsync'd commit was ~40 % of
        its time; a crash loses at most that many minutes of "last synced".)"""
        now = self._now()
        said = report.as_dict()
        said.pop("seconds")
        said["account"] = self._engine_key
        saved = self._saved
        if (saved is not None and saved[1] == said and _is_noop(report)
                and dt.timedelta(0) <= now - saved[0] < NOOP_SAVE_EVERY):
            self._unsaved_success = now
            return
        self._accounts.put(last_success=_iso(now), last_report=report.as_dict(),
                           clock_message=report.clock_message)
        self._saved, self._unsaved_success = (now, said), None

    def signed_in(self) -> bool:
        return self._accounts.account() is not None and bool(self._accounts.token())

    def role_of(self, profile_id: str) -> str | None:
        """This account's role on the profile as the server last said (None: not synced)."""
        with self._store.read() as s:
            return cursors.known(s).get(profile_id, (0, None))[1]

    def erase_while_paused(self, profile_id: str, purge: Callable[[], Any]) -> Any:
        """Erase the profile on the server (when signed in), then run ``purge`` (the local
        erase) while no round runs, so no page pulled before the erase lands after it.

        Raises SyncError when the server cannot be reached or refuses (then ``purge`` does
        not run: nothing is erased anywhere, and it can be tried again). A profile the
        server does not have (never synced) is erased here only.
        """
        if not self._lock.acquire(timeout=120):
            raise SyncError("A sync is still running; try the erase again when it ends.")
        try:
            if self.signed_in():
                t = self.transport()
                try:
                    t.erase_profile(profile_id)
                except ServerRefusedError as exc:
                    if exc.status != 404:
                        raise
                finally:
                    t.close()
            return purge()
        finally:
            self._lock.release()

    def _engine_for_account(self, progress: Callable[[str], None] | None) -> SyncEngine:
        from healthdesk.sync.engine import SyncEngine

        account, token = self._accounts.account(), self._accounts.token()
        key = (account.server_url, token) if account and token else None
        if self._engine is None or key != self._engine_key:
            if self._engine is not None:
                self._engine.transport.close()
            self._engine = SyncEngine(self._store, self.transport())
            self._engine_key = key
        self._engine.progress = progress or (lambda _m: None)
        return self._engine

    def _now(self) -> dt.datetime:
        return self._store.clock()

    # -- status --------------------------------------------------------------------------

    def outcome(self) -> SyncOutcome:
        """Signed in or not and how the last rounds went, without the counts of
        ``status()``: those scan the whole outbox (~0.3 s and ~30 MiB of page cache on a
        10-year store never synced), and the notification tick needs only this."""
        v = self._accounts.get_many()
        signed_in = bool(v.get("server_url") and v.get("user") and self._accounts.token())
        return SyncOutcome(
            signed_in=signed_in,
            last_success=_latest(_parse(v.get("last_success")), self._unsaved_success),
            last_error=v.get("last_error"), last_error_at=_parse(v.get("last_error_at")))

    def status(self) -> SyncStatus:
        v = self._accounts.get_many()
        with self._store.read() as s:
            pending, aside = store_outbox.counts(s)
            conflicts = inbox.count_open(s)
            pulled = pulled_aside.count(s)
        signed_in = bool(v.get("server_url") and v.get("user") and self._accounts.token())
        return SyncStatus(
            signed_in=signed_in, server_url=v.get("server_url"), user=v.get("user"),
            last_success=_latest(_parse(v.get("last_success")), self._unsaved_success),
            last_error=v.get("last_error"),
            last_error_at=_parse(v.get("last_error_at")), pending=pending,
            set_aside=aside, open_conflicts=conflicts,
            clock_message=v.get("clock_message"), last_report=v.get("last_report"),
            pulled_set_aside=pulled)

    def set_aside_changes(self) -> list[SetAsideChange]:
        with self._store.read() as s:
            rows = store_outbox.refused(s)
        return [SetAsideChange(r.seq, r.table, r.row_id, r.profile_id, r.reason or "")
                for r in rows]

    def retry_set_aside(self) -> int:
        """Queue every refused change again (sent with the next round); returns how many."""
        with self._store.db.write_unstamped() as s:
            return store_outbox.requeue_refused(s)

    def set_aside_views(self) -> list[SetAsideView]:
        """Every change that did not go through, in words: first those from the server
        that this device could not apply, then this device's changes the server refused."""
        with self._store.read() as s:
            pulled = pulled_aside.listed(s)
            pushed = store_outbox.refused(s)
            wanted = sorted({r[2] for r in pulled if r[2]}
                            | {r.profile_id for r in pushed if r.profile_id})
            names = _profile_names(s, wanted)
        out: list[SetAsideView] = []
        for entity, row_id, pid, field, reason, at, fields in pulled:
            name = names.get(pid) or _name_in(entity, fields)
            kind = _kind(entity)
            out.append(SetAsideView(
                "incoming", entity, kind, row_id, pid, name, field, reason, _parse(at),
                f"{_article(kind).capitalize()} {kind} {_whose(name)} from the server was not "
                f"applied here: {_lower_first(reason)}"))
        for r in pushed:
            kind = _kind(r.table)
            name = names.get(r.profile_id) if r.profile_id else None
            code, _, message = (r.reason or "").partition(":")
            why = message.strip().rstrip(".") or REFUSALS.get(code.strip(), code.strip())
            out.append(SetAsideView(
                "outgoing", r.table, kind, r.row_id, r.profile_id, name, None, r.reason or "",
                _parse(r.created_at),
                f"Your change to {_article(kind)} {kind} {_whose(name)} was refused by the "
                f"server: {_lower_first(why)}."))
        return out


def _profile_names(session: Session, ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        names.update((pid, name) for pid, name in session.execute(
            select(Profile.id, Profile.name).where(Profile.id.in_(chunk))))
    return names


REFUSALS = {
    "forbidden": "this account has no access to that record",
    "read_only": "this account may only read that record",
    "invalid": "the server found the change invalid",
    "unknown_entity": "the server does not know this kind of record",
}


# Kinds the conflict inbox has no word for (it never shows them).
MORE_KINDS = {"refills": "refill", "caregivers": "caregiver",
              "caregiver_alerts": "caregiver alert", "conflicts": "conflict record"}


def _kind(entity: str) -> str:
    from .conflicts import ENTITY_NAMES

    return ENTITY_NAMES.get(entity) or MORE_KINDS.get(entity, entity.replace("_", " "))


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _whose(name: str | None) -> str:
    return f"in {name}'s record" if name else "in a record not on this device"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _name_in(entity: str, fields_json: str) -> str | None:
    # A set-aside profile row may be the only place its person's name is.
    if entity != "profiles":
        return None
    try:
        name = json.loads(fields_json).get("name")
    except (ValueError, AttributeError):
        return None
    return name.strip()[:100] or None if isinstance(name, str) else None
