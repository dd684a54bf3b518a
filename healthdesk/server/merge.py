"""Field-level last-writer-wins with conflict detection: the merge rules of docs/sync.md.

Pure functions over plain dicts (no database), so every rule is tested directly and the
push path only loads rows, calls :func:`merge` and writes what it returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from healthdesk.protocol import (
    APPEND_ONLY_ENTITIES,
    CONFLICTS_ENTITY,
    KEEP_ALIVE_ENTITIES,
    conflict_id,
)

SERVER_DEVICE = "server"
DELETED = "deleted"
# Row bookkeeping travels as fields (so replicas end equal) but is no one's edit: it takes
# the later value like any field and never files a conflict (docs/sync.md).
BOOKKEEPING = frozenset({"id", "profile_id", "created_at", "updated_at", "version"})


@dataclass
class Row:
    fields: dict[str, Any]
    stamps: dict[str, str]

    @property
    def deleted(self) -> bool:
        return self.fields.get(DELETED) is True


@dataclass
class Incoming:
    key: str
    entity: str
    row_id: str
    profile_id: str
    op: str
    fields: dict[str, Any]
    stamps: dict[str, str]
    base_version: str | None


@dataclass
class Outcome:
    status: str  # applied | duplicate | conflict
    won_fields: dict[str, Any] = field(default_factory=dict)
    won_stamps: dict[str, str] = field(default_factory=dict)
    conflicts: list[Row] = field(default_factory=list)  # conflict records, as rows

    @property
    def conflict_ids(self) -> list[str]:
        return [str(c.fields["id"]) for c in self.conflicts]


def device_of(stamp: str) -> str:
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def stamp_millis(stamp: str) -> int:
    return int(stamp[:13])


def stamp_after(stamp: str, now_ms: int) -> str:
    """A server stamp later than ``stamp`` (and than the server's clock)."""
    millis, counter = stamp_millis(stamp), int(stamp[14:19])
    if now_ms > millis:
        return f"{now_ms:013d}-00000-{SERVER_DEVICE}"
    if counter < 99_999:
        return f"{millis:013d}-{counter + 1:05d}-{SERVER_DEVICE}"
    return f"{millis + 1:013d}-00000-{SERVER_DEVICE}"


def _iso(now_ms: int) -> str:
    # The client store's UTC text format (store/models/base.py UTCDateTime).
    t = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def conflict_record(m: Incoming, field_name: str, kind: str, losing_value: Any,
                    losing_version: str, winning_value: Any, winning_version: str,
                    now_ms: int) -> Row:
    version = stamp_after(max(losing_version, winning_version), now_ms)
    values: dict[str, Any] = {
        "id": conflict_id(m.key, field_name),
        "profile_id": m.profile_id,
        "entity": m.entity,
        "row_id": m.row_id,
        "field": field_name,
        "kind": kind,
        "losing_value": losing_value,
        "losing_version": losing_version,
        "losing_device": device_of(losing_version),
        "winning_value": winning_value,
        "winning_version": winning_version,
        "status": "open",
        "created_at": _iso(now_ms),
        "updated_at": _iso(now_ms),
        "version": version,
        DELETED: False,
    }
    return Row(values, dict.fromkeys(values, version))


def merge(current: Row | None, m: Incoming, now_ms: int,
          stamp_for: Callable[[str], str] | None = None) -> Outcome:
    """What of ``m`` wins over ``current``, and which losses become conflict records."""
    after = stamp_for or (lambda s: stamp_after(s, now_ms))
    if m.entity in APPEND_ONLY_ENTITIES:
        if current is not None:
            return Outcome("duplicate")
        return Outcome("applied", dict(m.fields), dict(m.stamps))
    if current is None:
        return Outcome("applied", dict(m.fields), dict(m.stamps))

    base = m.base_version or ""
    out = Outcome("applied")
    records: list[Row] = []
    tracks_conflicts = m.entity != CONFLICTS_ENTITY
    incoming_delete = m.fields.get(DELETED) is True
    edited = {f for f in m.fields if f != DELETED and f not in BOOKKEEPING}
    # Edits of the stored row that the writer had not seen when it made this change.
    unseen = {f: s for f, s in current.stamps.items()
              if s > base and f != DELETED and f not in BOOKKEEPING}
    delete_stamp = current.stamps.get(DELETED, "")
    edit_vs_delete = None
    if tracks_conflicts and incoming_delete and not current.deleted and unseen:
        edit_vs_delete = "incoming_delete"
    elif (tracks_conflicts and edited and DELETED not in m.fields and current.deleted
          and delete_stamp > base):
        edit_vs_delete = "stored_delete"

    for name, value in m.fields.items():
        s_in, s_cur = m.stamps[name], current.stamps.get(name)
        if s_cur is None or s_in > s_cur:
            out.won_fields[name], out.won_stamps[name] = value, s_in
            loser_value, loser_stamp, winner_value, winner_stamp = (
                current.fields.get(name), s_cur, value, s_in)
        elif s_in == s_cur:
            continue  # the same write again
        else:
            loser_value, loser_stamp, winner_value, winner_stamp = (
                value, s_in, current.fields.get(name), s_cur)
        # The stored stamp is newer than the writer's base: neither saw the other.
        concurrent = s_cur is not None and s_cur > base
        if (tracks_conflicts and concurrent and loser_value != winner_value
                and name not in BOOKKEEPING and not (name == DELETED and edit_vs_delete)):
            records.append(conflict_record(m, name, "field", loser_value, loser_stamp or "",
                                           winner_value, winner_stamp, now_ms))

    if edit_vs_delete == "incoming_delete":
        edit = {f: current.fields.get(f) for f in unseen}
        edit_stamp = max(unseen.values())
        s_del = m.stamps[DELETED]
        if m.entity in KEEP_ALIVE_ENTITIES:
            # The row stays alive until a person decides; the deleting device learns it
            # through a later stamp on `deleted`.
            out.won_fields[DELETED] = False
            out.won_stamps[DELETED] = after(max(s_del, delete_stamp, edit_stamp))
            records.append(conflict_record(m, DELETED, "edit_vs_delete", True, s_del, edit,
                                           edit_stamp, now_ms))
        else:
            records.append(conflict_record(m, DELETED, "edit_vs_delete", edit, edit_stamp,
                                           True, s_del, now_ms))
    elif edit_vs_delete == "stored_delete":
        edit = {f: m.fields[f] for f in edited}
        edit_stamp = max(m.stamps[f] for f in edited)
        if m.entity in KEEP_ALIVE_ENTITIES:
            out.won_fields[DELETED] = False
            out.won_stamps[DELETED] = after(max(delete_stamp, edit_stamp))
            records.append(conflict_record(m, DELETED, "edit_vs_delete", True, delete_stamp,
                                           edit, edit_stamp, now_ms))
        else:
            # The delete stands; the edit's values are kept on the tombstone and in the
            # inbox, so restoring the row brings them back.
            records.append(conflict_record(m, DELETED, "edit_vs_delete", edit, edit_stamp,
                                           True, delete_stamp, now_ms))
    if records:
        out.status = "conflict"
        out.conflicts = records
    return out


def apply(current: Row | None, won_fields: dict[str, Any], won_stamps: dict[str, str]) -> Row:
    """The row after an outcome's winning values are written."""
    row = Row(dict(current.fields), dict(current.stamps)) if current else Row({}, {})
    row.fields.update(won_fields)
    row.stamps.update(won_stamps)
    return row
