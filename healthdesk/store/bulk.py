"""The bulk write path for imports: a batch of readings in a few set-wise statements.

The per-row path (writes.py) stamps, audits and lets triggers write an outbox entry, a
day roll-up and a search row for every reading: right for a person's edits, but a year of
a 5-minute sensor is 105,000 of each. Here, inside the caller's ``Store.write()``
transaction, a batch is inserted with one executemany, then its outbox entries, roll-ups
and search rows are written once, set-wise, from the rows just inserted, with one audit
event for the batch.

The outbox stays unbypassable (models/bulk.py): the per-row insert triggers stand down
only while this module holds the table's ``bulk_guard`` row; the guard cannot be removed
while a row written since it was set lacks its outbox entry (a trigger refuses), and a
transaction that commits with the guard still set fails (a deferred foreign key), so every
row, whoever wrote it under the guard, reaches the outbox. Updates are never guarded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from healthdesk.domain.changes import ANY
from healthdesk.domain.ids import new_ids

from .models import AuditEvent, Measurement
from .writes import META, ChangeCollector, WriteContext

TABLE = "measurements"


class Reading(NamedTuple):
    """One reading as the bulk path stores it (values in the kind's canonical unit)."""

    kind: str
    value: float
    value2: float | None
    value3: float | None
    unit: str
    entered_unit: str | None
    taken_at: dt.datetime  # aware
    context: str | None = None
    note: str | None = None
    source: str = "import"
    sources: tuple[str, ...] | None = None
    codes: tuple[dict[str, str], ...] | None = None


_COLUMNS = ("id", "profile_id", "created_at", "updated_at", "version", "deleted", "kind",
            "value", "value2", "value3", "unit", "entered_unit", "taken_at", "context",
            "note", "source", "sources", "codes")
_INSERT = (f"INSERT INTO {TABLE} ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")
# The fields an insert's outbox entry names: as the trigger does, every synced column.
_FIELDS = json.dumps([c.name for c in Measurement.__table__.columns if c.name not in META],
                     separators=(",", ":"))
_OUTBOX = (
    "INSERT INTO outbox(table_name, row_id, profile_id, op, changed_fields, version, "
    f"base_version, created_at) SELECT '{TABLE}', id, profile_id, 'insert', ?, version, "
    f"NULL, strftime('%Y-%m-%dT%H:%M:%fZ','now') FROM {TABLE} WHERE rowid > ? ORDER BY rowid"
)


def _merge(col: str) -> str:
    # NULL-aware, as the roll-up trigger of revision 0002 merges one row into a day.
    combine = (f"{col} + excluded.{col}" if col.startswith("sum")
               else f"{col[:3]}({col}, excluded.{col})")
    return (f"{col} = CASE WHEN excluded.{col} IS NULL THEN {col} "
            f"WHEN {col} IS NULL THEN excluded.{col} ELSE {combine} END")


_AGG = ", ".join(f"{a}(value{'' if i == 1 else i})" for i in (1, 2, 3)
                 for a in ("min", "max", "sum"))
_ROLLUP = (
    f"INSERT INTO measurement_days SELECT profile_id, kind, substr(taken_at, 1, 10), "
    f"count(*), {_AGG} FROM {TABLE} WHERE rowid > ? AND NOT deleted "
    "GROUP BY profile_id, kind, substr(taken_at, 1, 10) "
    "ON CONFLICT (profile_id, kind, day) DO UPDATE SET n = n + excluded.n, "
    + ", ".join(_merge(f"{a}{i}") for i in (1, 2, 3) for a in ("min", "max", "sum"))
)
# As triggers.search_triggers(TABLE, "NULL", "NEW.note") indexes one row.
_SEARCH = (
    "INSERT INTO search_index(entity, row_id, profile_id, rowkey, title, body) "
    f"SELECT '{TABLE}', id, profile_id, replace(id, '-', ''), NULL, note FROM {TABLE} "
    "WHERE rowid > ? AND NOT deleted AND coalesce(note, '') != ''"
)


def _context(session: Session) -> WriteContext:
    ctx: WriteContext | None = session.info.get("write_context")
    if ctx is None:
        raise RuntimeError("bulk writes happen inside Store.write()")
    return ctx


def _json(value: Any) -> str | None:
    # As models.base.JSONText writes it, so the ORM reads the same text back.
    if value is None:
        return None
    return json.dumps(list(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _utc(value: dt.datetime) -> str:
    """As models.base.UTCDateTime stores it ("2026-03-01T06:00:00.000000Z"); isoformat
    is ~3x faster than strftime, which showed in a 100,000-row import."""
    zone = value.tzinfo
    if zone is None:
        raise ValueError("naive datetime given to a UTC column")
    if zone is not dt.UTC:  # importers hand over UTC already: skip the conversion
        value = value.astimezone(dt.UTC)
    return value.isoformat(timespec="microseconds")[:26] + "Z"


def _note(session: Session, profile_id: str, kinds: set[str]) -> None:
    notes: ChangeCollector | None = session.info.get(ChangeCollector.KEY)
    if notes is not None:
        notes.rows.add((TABLE, profile_id))
        notes.readings.update((profile_id, k or ANY) for k in kinds)


def insert_readings(session: Session, profile_id: str, readings: Sequence[Reading]) -> list[str]:
    """Insert a batch of new readings of one profile; return their ids, in order.

    The caller has checked the profile and removed duplicates (see dedupe in
    interop/csv_readings.py). One audit event ("import") covers the batch.
    """
    if not readings:
        return []
    ctx = _context(session)
    conn = session.connection()
    now = _utc(ctx.now())
    ids = new_ids(len(readings))
    stamps = ctx.hlc.ticks(len(readings))
    texts: dict[Any, str | None] = {None: None}  # a batch repeats a few sources and codes

    def text(value: Any) -> str | None:
        found = texts.get(value, texts)
        if found is texts:
            found = texts[value] = _json(value)
        return found  # type: ignore[return-value]

    rows = [(i, profile_id, now, now, v, 0, r.kind, r.value, r.value2, r.value3, r.unit,
             r.entered_unit, _utc(r.taken_at), r.context, r.note, r.source, text(r.sources),
             _json(r.codes) if r.codes else None)
            for i, v, r in zip(ids, stamps, readings, strict=True)]
    start_rowid = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {TABLE}").scalar()
    start_seq = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar()
    conn.exec_driver_sql("INSERT INTO bulk_guard (table_name, start_rowid, start_seq, open) "
                         "VALUES (?, ?, ?, 0)", (TABLE, start_rowid, start_seq))
    conn.exec_driver_sql(_INSERT, rows)
    conn.exec_driver_sql(_OUTBOX, (_FIELDS, start_rowid))
    conn.exec_driver_sql(_ROLLUP, (start_rowid,))
    conn.exec_driver_sql(_SEARCH, (start_rowid,))
    # Refused by a trigger if any row since the guard lacks its outbox entry.
    conn.exec_driver_sql("DELETE FROM bulk_guard WHERE table_name = ?", (TABLE,))
    session.add(AuditEvent(profile_id=profile_id, at=ctx.now(), actor=ctx.actor,
                           device_id=ctx.device_id, action="import", entity=TABLE,
                           entity_id=None, fields=sorted({"kind", "taken_at", "value",
                                                          "value2", "value3"})))
    _note(session, profile_id, {r.kind for r in readings})
    return ids


def add_sources(session: Session, profile_id: str, updates: Sequence[tuple[str, list[str]]]
                ) -> None:
    """Set the ``sources`` of stored readings (id, new list): a reading another export
    also carried. Per-row triggers write each update's outbox entry (never guarded); one
    audit event ("update", field ``sources``) covers the batch."""
    if not updates:
        return
    ctx = _context(session)
    now = _utc(ctx.now())
    stamps = ctx.hlc.ticks(len(updates))
    session.connection().exec_driver_sql(
        f"UPDATE {TABLE} SET sources = ?, version = ?, updated_at = ? WHERE id = ? "
        "AND profile_id = ?",
        [(_json(s), v, now, i, profile_id) for (i, s), v in zip(updates, stamps, strict=True)])
    session.add(AuditEvent(profile_id=profile_id, at=ctx.now(), actor=ctx.actor,
                           device_id=ctx.device_id, action="update", entity=TABLE,
                           entity_id=None, fields=["sources"]))
    notes: ChangeCollector | None = session.info.get(ChangeCollector.KEY)
    if notes is not None:
        notes.rows.add((TABLE, profile_id))
        notes.readings.add((profile_id, ANY))
