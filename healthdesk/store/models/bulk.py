"""The bulk-write guard (store/bulk.py): device-local, empty at every commit."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class BulkGuardNever(Base):
    """Always empty (a trigger refuses rows): what ``BulkGuard.open`` points at, so an
    open guard is a foreign-key violation until it is removed."""

    __tablename__ = "bulk_guard_never"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class BulkGuard(Base):
    """A row here, inside a transaction, lets ``store/bulk.py`` write one table's outbox
    entries, roll-ups and search rows once per batch instead of per-row triggers.

    ``start_rowid``/``start_seq`` are where the table and the outbox stood when the guard
    was set: removing the guard is refused unless every row written since has its outbox
    entry (a trigger); committing with the guard still set fails (``open`` is a deferred
    foreign key to the always-empty ``bulk_guard_never``), so no write escapes the outbox.
    """

    __tablename__ = "bulk_guard"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    start_rowid: Mapped[int] = mapped_column(Integer)
    start_seq: Mapped[int] = mapped_column(Integer)
    open: Mapped[int] = mapped_column(
        Integer, ForeignKey("bulk_guard_never.id", deferrable=True, initially="DEFERRED"),
        default=0)
