"""Erase a person: every row of theirs removed for good, not tombstoned.

The everyday delete (``ProfilesService.delete``) tombstones: the rows stay, marked
deleted, so the delete can sync and be undone by a restore, and the audit trail and dose
history keep what happened. Erase is the answer to "remove my data": every row of the
profile in every table (synced rows, the outbox, sync cursors and set-aside changes, the
search index, the day roll-ups, conflicts, documents' bytes) is deleted, the freed pages
are zeroed (``secure_delete``), and the file is rewritten without free pages and its WAL
emptied, so the person's data is not left in the file in any form. What it cannot reach
(backups written before, a copy kept by an upgrade) is said in docs/privacy.md.

What stays is an erase marker: the profile's id and when, nothing else, so this device
never takes the profile back from a stale copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain.changes import ANY, Changes
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.roles import ERASE
from healthdesk.store import local_state
from healthdesk.store.errors import StoreError
from healthdesk.store.models import SYNCED_MODELS, Profile
from healthdesk.store.vault import Store

from .access import access_for
from .errors import NotFoundError
from .sync import SyncService

ERASED_KEY = "erased_profiles"


@dataclass(frozen=True)
class ErasePreview:
    """What an erase would remove: the person and their rows per table (live or deleted)."""

    profile_id: str
    name: str
    deleted: bool
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class EraseReport:
    profile_id: str
    rows_removed: int
    compacted: bool
    note: str | None = None


def erased_profiles(session: Session) -> dict[str, str]:
    """The erase markers on this device: profile id -> when it was erased (UTC ISO)."""
    value = local_state.get(session, ERASED_KEY, {})
    return dict(value) if isinstance(value, dict) else {}


class EraseRefused(ValidationError):
    """This account may not erase the person (shared with it, not owned)."""


class EraseService:
    def __init__(self, store: Store, sync: SyncService | None = None) -> None:
        self._store = store
        self._sync = sync

    def find(self, name: str) -> str:
        """The id of the profile called ``name`` (any case), deleted ones included: a
        person deleted the everyday way is still in the file and can still be erased.

        Raises NotFoundError, or ValidationError when several share the name.
        """
        wanted = name.strip().casefold()
        with self._store.read() as s:
            rows = [(p.id, p.deleted) for p in s.scalars(select(Profile))
                    if p.name.strip().casefold() == wanted]
        live = [pid for pid, deleted in rows if not deleted]
        if len(live) == 1:
            return live[0]
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise NotFoundError("profile", name)
        raise ValidationError("profile", _("{n} profiles are named {name}; rename one (or erase "
                                           "by id) so the right person is erased.").format(
                                             n=len(rows), name=name.strip()))

    def preview(self, profile_id: str) -> ErasePreview:
        with self._store.read() as s:
            person = s.get(Profile, profile_id)
            if person is None:
                raise NotFoundError("profile", profile_id)
            rows: dict[str, int] = {}
            for model in SYNCED_MODELS:
                table = model.__table__
                n = int(s.scalar(select(func.count()).select_from(table)
                                 .where(table.c.profile_id == profile_id)) or 0)
                if n:
                    rows[model.__tablename__] = n
            return ErasePreview(profile_id, person.name, bool(person.deleted), rows)

    def erase(self, profile_id: str) -> EraseReport:
        """Remove everything of the profile for good: on the sync server first when this
        device is signed in (only the owner may; every other device holding the profile
        purges it at its next sync), then here, then compact the file.

        Raises NotFoundError when there is no such profile, EraseRefused when the person
        is shared with this account but not owned by it, SyncError when the server
        cannot be reached or refuses. In each case nothing is erased.
        """
        person = self.preview(profile_id)  # NotFoundError before anything changes
        access_for(self._store).require(ERASE, profile_id)
        if self._sync is None:
            return self._erase_here(profile_id)
        role = self._sync.role_of(profile_id)
        # A clinic's patient: its administrator erases them (the server agrees).
        if role not in (None, "owner", "admin"):
            raise EraseRefused(
                "profile", f"{person.name} is shared with this account as {role}; only the "
                "owner can erase them. To take them off this device, leave the profile "
                "(Sharing, or healthdesk sharing revoke YOUR-USER --profile NAME).")
        report: EraseReport = self._sync.erase_while_paused(
            profile_id, lambda: self._erase_here(profile_id))
        return report

    def _erase_here(self, profile_id: str) -> EraseReport:
        when = self._store.clock().astimezone(dt.UTC).isoformat()
        # sync.apply brings the protocol's pydantic models (~90 ms): not at start-up.
        from healthdesk.sync.apply import clear_guard, purge_profile

        with self._store.db.write_unstamped() as s:
            removed = purge_profile(s, profile_id)
            clear_guard(s)
            conn = s.connection()
            # FTS5 keeps a deleted row's tokens in its index segments until they are
            # merged: rewriting the index into one segment lets go of them.
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
            conn.exec_driver_sql("DELETE FROM preferences WHERE key = 'last_profile_id' "
                                 "AND value = ?", (f'"{profile_id}"',))
            markers = erased_profiles(s)
            markers[profile_id] = when
            local_state.put(s, ERASED_KEY, markers)
        self._store.publish(Changes(frozenset({(ANY, profile_id)}),
                                    frozenset({(profile_id, ANY)})))
        try:
            self._store.db.compact()
        except StoreError as exc:  # the rows are gone already; say what is left
            return EraseReport(profile_id, removed, False, str(exc))
        return EraseReport(profile_id, removed, True)
