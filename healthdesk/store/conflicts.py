"""Every query of the conflict inbox (``conflicts``, a synced table the server writes):
which records are open, for the inbox list and the sync status count."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from .models import Conflict

# Row bookkeeping is never a person's edit (docs/sync.md); a server that still files
# losses of these is not shown in the inbox, nor counted.
BOOKKEEPING = ("created_at", "updated_at")


def _open(profile_id: str | None) -> list[ColumnElement[bool]]:
    where = [Conflict.status == "open", Conflict.deleted.is_(False),
             Conflict.field.not_in(BOOKKEEPING)]
    if profile_id is not None:
        where.append(Conflict.profile_id == profile_id)
    return where


def open_conflicts(session: Session, profile_id: str | None = None) -> Sequence[Conflict]:
    return session.scalars(select(Conflict).where(*_open(profile_id))).all()


def count_open(session: Session, profile_id: str | None = None) -> int:
    return int(session.scalar(
        select(func.count()).select_from(Conflict).where(*_open(profile_id))) or 0)
