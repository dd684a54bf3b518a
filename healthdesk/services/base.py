"""What every service shares: the store, the clock, and row lookup."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.store.models import Profile, Synced
from healthdesk.store.vault import Store

from .errors import NotFoundError

T = TypeVar("T", bound=Synced)


class ServiceBase:
    def __init__(self, store: Store) -> None:
        self._store = store

    def now(self) -> dt.datetime:
        return self._store.clock()

    @staticmethod
    def get_live(session: Session, model: type[T], ident: str, what: str) -> T:
        """The row with ``ident`` unless it is missing or tombstoned (NotFoundError)."""
        row = session.get(model, ident)
        if row is None or row.deleted:
            raise NotFoundError(what, ident)
        return row

    def require_profile(self, session: Session, profile_id: str) -> Profile:
        return self.get_live(session, Profile, profile_id, "profile")

    def check_profile(self, session: Session, profile_id: str) -> None:
        """Raise NotFoundError unless the profile exists and is not deleted (an indexed
        probe: this runs on every write, so it does not load the row)."""
        found = session.scalar(select(Profile.id).where(Profile.id == profile_id,
                                                        Profile.deleted.is_(False)))
        if found is None:
            raise NotFoundError("profile", profile_id)
