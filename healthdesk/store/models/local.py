"""Device-local tables: never synced, never exported."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Float, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, UTCDateTime


class OutboxEntry(Base):
    """A change waiting to be pushed. Written only by triggers, in the same transaction
    as the change itself, so no write path can forget it.

    Since 0003 (sync): ``base_version`` is the row's version before the change (None for
    an insert); ``state`` is pending or set_aside (rejected for good, with ``reason``);
    ``pinned`` holds this change's own values of fields that a newer pulled value has
    since replaced, so the push still carries them and the server can file the conflict.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    profile_id: Mapped[str | None] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    changed_fields: Mapped[list[str]] = mapped_column(JSONText)
    version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(27))
    base_version: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="pending", server_default="pending")
    reason: Mapped[str | None] = mapped_column(String(200))
    pinned: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    __table_args__ = (Index("ix_outbox_profile", "profile_id", "seq"),
                      Index("ix_outbox_row", "table_name", "row_id"),
                      # Partial: a queued (pending) change adds nothing to it (0017).
                      Index("ix_outbox_set_aside", "seq",
                            sqlite_where=text("state = 'set_aside'")))


class LocalState(Base):
    """Key/value facts about this device's copy: device id, last clock stamp."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText)


class Preference(Base):
    """Per-device preferences (units, theme, language, quiet hours, lock timeout)."""

    __tablename__ = "preferences"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SyncGuard(Base):
    """A row here, inside a transaction, marks writes as applied from the server so the
    outbox triggers skip them (they must not echo back). Always empty at commit."""

    __tablename__ = "sync_guard"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class MeasurementDay(Base):
    """Per-day roll-up of live readings (UTC day), kept by triggers on measurements.

    Derived and device-local: charts over years read one row per day instead of every
    reading, then decimate. Never synced or exported; rebuilt from measurements if lost.
    """

    __tablename__ = "measurement_days"
    profile_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    min1: Mapped[float | None] = mapped_column(Float)
    max1: Mapped[float | None] = mapped_column(Float)
    sum1: Mapped[float | None] = mapped_column(Float)
    min2: Mapped[float | None] = mapped_column(Float)
    max2: Mapped[float | None] = mapped_column(Float)
    sum2: Mapped[float | None] = mapped_column(Float)
    min3: Mapped[float | None] = mapped_column(Float)
    max3: Mapped[float | None] = mapped_column(Float)
    sum3: Mapped[float | None] = mapped_column(Float)

    __table_args__ = ({"sqlite_with_rowid": False},)


class DocumentText(Base):
    """Derived and device-local: the words inside a document (a PDF's text layer, or OCR
    of a scan), extracted on this device from the synced bytes and kept for full-text
    search. Never synced or exported; rebuilt from the document if lost. Triggers (0007)
    put it in ``search_index`` as the document's own entry and follow the document's
    title and deletion."""

    __tablename__ = "document_texts"
    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))  # of the bytes it was read from
    method: Mapped[str] = mapped_column(String(16))  # pdf, ocr, none
    text: Mapped[str] = mapped_column(Text)
    extracted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
