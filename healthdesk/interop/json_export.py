"""The canonical JSON export: every synced row, byte-stable.

Contract (DESIGN.md): ``export --format json`` has a stable order and no device-local
fields, so two replicas that have synced export identical files. Hence:

* tables in name order, rows in id order, keys sorted, compact separators, one trailing
  newline; values exactly as stored (see :mod:`healthdesk.interop.canonical`);
* tombstoned rows are included (``"deleted": true``), so an import or merge keeps deletes;
* ``version``, ``created_at`` and ``updated_at`` are included; audit events keep their
  ``device_id`` and ``actor`` (they are synced record data, not device state);
* nothing from the outbox, local_state, preferences, sync_guard or search_index.

Exporting is read-only: it writes no audit row, because a synced audit row would make
the next export differ and the contract is that equal records give equal files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store.migrate import head_revision
from healthdesk.store.vault import Store

from .canonical import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    TableSpec,
    encoder,
    table_specs,
    write_private_atomic,
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_rows(conn: Any, spec: TableSpec, profile_ids: Sequence[str] | None) -> list[dict]:
    names = spec.column_names
    encoders = [encoder(c.kind) for c in spec.columns]
    sql = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(spec.name)}"
    params: tuple[str, ...] = ()
    if profile_ids is not None:
        # Every synced table has profile_id; a profile's own equals its id.
        sql += f" WHERE profile_id IN ({', '.join('?' for _ in profile_ids)})"
        params = tuple(profile_ids)
    # SQLite's BINARY collation orders UTF-8 text by code point, as Python does.
    sql += " ORDER BY id"
    rows = conn.exec_driver_sql(sql, params).fetchall()
    return [
        {name: enc(value) for name, enc, value in zip(names, encoders, row, strict=True)}
        for row in rows
    ]


def _check_profiles(conn: Any, profile_ids: Sequence[str]) -> None:
    for pid in profile_ids:
        found = conn.exec_driver_sql("SELECT 1 FROM profiles WHERE id = ?", (pid,)).first()
        if found is None:
            raise ValidationError("profile",
                _("No profile with id {pid} exists in this record.").format(
                                                 pid=pid))


def _collect(store: Store, profile_ids: Sequence[str] | None) -> dict[str, list[dict]]:
    specs = table_specs()
    with store.read() as session:
        conn = session.connection()  # one read transaction: a consistent snapshot
        if profile_ids is not None:
            _check_profiles(conn, profile_ids)
        return {name: _table_rows(conn, spec, profile_ids) for name, spec in specs.items()}


def _dumps(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def _render(store: Store, profile_ids: Sequence[str] | None) -> tuple[bytes, list[str]]:
    ids = None if profile_ids is None else sorted(set(profile_ids))
    tables = _collect(store, ids)
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": head_revision(),
        "tables": tables,
    }
    return _dumps(document), [row["id"] for row in tables.get("profiles", [])]


def render_export(store: Store, *, profile_ids: Sequence[str] | None = None) -> bytes:
    """The canonical export's bytes, without writing anything anywhere.

    Same store content gives the same bytes, whatever order rows were inserted in and
    whichever device wrote them. Raises ValidationError for an unknown profile id.
    """
    return _render(store, profile_ids)[0]


def export_json(store: Store, dest: Path | None = None, *,
                profile_ids: list[str] | None = None) -> bytes:
    """Produce the canonical export; write it to ``dest`` (0600, atomically) if given.

    Returns the bytes. Exporting changes nothing in the record (it is not a write, and
    an audit row would make the next export differ), so exporting twice gives the same
    file, as the command-line contract promises.
    Raises ValidationError for an unknown profile id; OSError if ``dest`` is unwritable.
    """
    data, _exported = _render(store, profile_ids)
    if dest is not None:
        write_private_atomic(Path(dest), data)
    return data
