"""Import a canonical JSON export: every row keeps its id, version, times and tombstone.

Rows are written with SQLAlchemy Core statements on the tables, which bypass the ORM
write path (so versions and timestamps are kept exactly, and no "create" audit events
are invented) but not the SQL triggers: the outbox records every imported row, so
imported rows sync like any other change.

Every row is first held to the services' validation (``services.row_checks``), as if a
person had typed it. Conflict rule for an id the store already holds: the row with the
greater ``version`` (hybrid logical clock order) wins; an equal version is the same row
and is skipped, unless its content differs: then the file is damaged or altered, and
refused.
Append-only tables (dose and audit events) only ever gain missing rows.

Everything happens in one transaction: a bad row anywhere means nothing is imported.
The import is deliberately not audited with new rows: that would break the round trip
(export, import into an empty store, export again gives identical bytes) and make a
repeated import non-idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, column, table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.row_checks import RowChecks
from healthdesk.store import local_state
from healthdesk.store.vault import Store

from .canonical import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    TableSpec,
    canonical_json_text,
    decode_row,
    import_order,
    known_revisions,
    table_specs,
)

CONFLICT_RULES = ("newer", "skip")
_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class TableCounts:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ImportReport:
    """What the import did, per table (tables present in the file, in name order)."""

    tables: dict[str, TableCounts] = field(default_factory=dict)

    @property
    def inserted(self) -> int:
        return sum(c.inserted for c in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.tables.values())

    @property
    def skipped(self) -> int:
        return sum(c.skipped for c in self.tables.values())


# --------------------------------------------------------------------------- reading


def _not_export(name: str, why: str) -> ValidationError:
    return ValidationError("file", _("{name} is not a HealthDesk JSON export ({why}).").format(
                                       name=name, why=why))


def _read_source(source: Path | bytes) -> tuple[str, bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return "The data", bytes(source)
    path = Path(source)
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", _("{path} cannot be read: {value}.").format(
                                          path=path, value=exc.strerror or exc)) from None


def _parse(name: str, raw: bytes) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _not_export(name, "it is not JSON text") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise _not_export(name, f'it has no "format": "{EXPORT_FORMAT}" marker')
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _not_export(name, "its version is missing")
    if version > EXPORT_VERSION:
        raise ValidationError(
            "file", _("{name} was made by a newer HealthDesk (export version {version}); update "
                      "HealthDesk to import it.").format(name=name, version=version)
        )
    if version != EXPORT_VERSION:
        raise _not_export(name, f"version {version} is not one HealthDesk ever wrote")
    schema = document.get("schema")
    if not isinstance(schema, str):
        raise _not_export(name, "its schema revision is missing")
    if schema not in known_revisions():
        raise ValidationError(
            "file", _("{name} was made by a newer HealthDesk (database schema {schema}); update "
                      "HealthDesk to import it.").format(name=name, schema=schema)
        )
    if not isinstance(document.get("tables"), dict):
        raise _not_export(name, "it has no tables")
    return document


def _decode_tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    specs = table_specs()
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rows in document["tables"].items():
        spec = specs.get(name)
        if spec is None:
            raise ValidationError(
                "file", _("The export has an unknown table '{name}'; it may come from a newer "
                          "HealthDesk.").format(name=name)
            )
        if not isinstance(rows, list):
            raise ValidationError("file",
                _("Table '{name}' in the export is not a list of rows.").format(
                                              name=name))
        decoded = [decode_row(spec, row, i) for i, row in enumerate(rows)]
        seen: set[str] = set()
        for row in decoded:
            if row["id"] in seen:
                raise ValidationError(
                    "file", _("Row {row} appears twice in table '{name}' of the export.").format(
                                row=row['id'], name=name)
                )
            seen.add(row["id"])
        out[name] = decoded
    return out


def _check_values(store: Store, plan: dict[str, list[dict[str, Any]]]) -> None:
    """Hold every row to the rules a person typing it would meet (RowChecks)."""
    checks = RowChecks(store)
    for table_name, rows in sorted(plan.items()):
        for index, row in enumerate(rows):
            try:
                checks.check(table_name, row)
            except ValidationError as exc:
                raise ValidationError(
                    "file", _("Row {value} (id {row}) of table '{table_name}', field '{field}': "
                              "{rstrip}; nothing was imported.").format(
                                value=index + 1, row=row['id'], table_name=table_name,
                                field=exc.field, rstrip=exc.message.rstrip('.'))
                ) from None


# --------------------------------------------------------------------------- writing


def _append_only(session: Session) -> set[str]:
    """Tables whose rows a trigger refuses to update (found in the schema, not hard-coded)."""
    names = session.connection().exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'trg\\_%\\_append_only' ESCAPE '\\'"
    ).scalars()
    return {n[len("trg_"):-len("_append_only")] for n in names}


def _existing_rows(session: Session, spec: TableSpec, ids: Sequence[str],
                   ) -> dict[str, dict[str, Any]]:
    """The stored rows with these ids, in the same (raw) form ``decode_row`` gives."""
    conn = session.connection()
    columns = ", ".join(f'"{n}"' for n in spec.column_names)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start:start + _LOOKUP_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.exec_driver_sql(
            f'SELECT {columns} FROM "{spec.name}" WHERE id IN ({marks})', tuple(chunk)
        ).fetchall()
        for r in rows:
            stored = dict(zip(spec.column_names, r, strict=True))
            found[stored["id"]] = stored
    return found


def _same_content(spec: TableSpec, stored: dict[str, Any], row: dict[str, Any]) -> bool:
    for col in spec.columns:
        a, b = stored.get(col.name), row.get(col.name)
        if col.kind == "json" and a is not None:
            # Stored JSON text may predate canonical encoding; compare the values.
            a = canonical_json_text(json.loads(a))
        if a != b:
            return False
    return True


def _altered(spec: TableSpec, row: dict[str, Any], stored: dict[str, Any]) -> ValidationError:
    differs = next(c.name for c in spec.columns if stored.get(c.name) != row.get(c.name))
    return ValidationError(
        "file", _("Row {row} of table '{name}' has the same id and version as the one in this "
                  "record but a different '{differs}'; the file is damaged or was altered after "
                  "it was exported, so nothing was imported.").format(
                    row=row['id'], name=spec.name, differs=differs)
    )


def _run(session: Session, spec: TableSpec, statement: Any, params: list[dict[str, Any]],
         id_key: str) -> None:
    """Execute ``statement`` for every row; on a refused row, name it (table and id)."""
    if not params:
        return
    try:
        with session.begin_nested():
            session.execute(statement, params)
        return
    except IntegrityError:
        pass
    for p in params:  # find the row the database refused, for a useful message
        try:
            with session.begin_nested():
                session.execute(statement, p)
        except IntegrityError as exc:
            reason = str(getattr(exc, "orig", exc)).removeprefix("healthdesk: ")
            raise ValidationError(
                "file", _("Row {p} of table '{name}' breaks a rule of the record ({reason}); "
                          "nothing was imported.").format(
                            p=p[id_key], name=spec.name, reason=reason)
            ) from None
    raise ValidationError(  # pragma: no cover - the batch failed yet every row passes
        "file", _("Table '{name}' could not be imported; nothing was imported.").format(
                    name=spec.name)
    )


def _apply(session: Session, spec: TableSpec, rows: list[dict[str, Any]], append_only: bool,
           on_conflict: str) -> TableCounts:
    existing = _existing_rows(session, spec, [r["id"] for r in rows])
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    skipped = 0
    for row in rows:
        stored = existing.get(row["id"])
        current = None if stored is None else stored["version"]
        if stored is None:
            inserts.append(row)
        elif current == row["version"] and not _same_content(spec, stored, row):
            raise _altered(spec, row, stored)
        elif on_conflict == "newer" and not append_only and row["version"] > current:
            updates.append({f"v_{k}": v for k, v in row.items()})
        else:
            skipped += 1
    names = spec.column_names
    target = table(spec.name, *(column(n) for n in names))
    _run(session, spec, target.insert(), inserts, "id")
    update = (
        target.update()
        .where(target.c.id == bindparam("v_id"))
        .values({n: bindparam(f"v_{n}") for n in names if n != "id"})
    )
    _run(session, spec, update, updates, "v_id")
    return TableCounts(inserted=len(inserts), updated=len(updates), skipped=skipped)


def _check_references(session: Session, tables: Sequence[str]) -> None:
    """Foreign keys are checked at commit; check first so the message can name the row."""
    conn = session.connection()
    for name in tables:
        problem = conn.exec_driver_sql(f'PRAGMA foreign_key_check("{name}")').first()
        if problem is None:
            continue
        rid = conn.exec_driver_sql(
            f'SELECT id FROM "{name}" WHERE rowid = ?', (problem[1],)
        ).scalar()
        raise ValidationError(
            "file", _("Row {rid} of table '{name}' refers to a {problem} row that is neither in "
                      "the export nor in this record; nothing was imported.").format(
                        rid=rid, name=name, problem=problem[2])
        )


def import_json(store: Store, source: Path | bytes, *, on_conflict: str = "newer") -> ImportReport:
    """Import a HealthDesk JSON export (a file path or its bytes) in one transaction.

    ``on_conflict``: "newer" (default) replaces a stored row by an imported one with a
    greater version; "skip" never changes a stored row. Either way, missing rows are
    added and nothing is ever removed.

    Raises ValidationError naming the problem (not an export, made by a newer
    HealthDesk, unknown table or column, a bad value, a row the record's rules refuse);
    the store is then unchanged.
    """
    if on_conflict not in CONFLICT_RULES:
        raise ValidationError(
            "on_conflict", _("On conflict must be one of: {conflict_rules}.").format(
                               conflict_rules=', '.join(CONFLICT_RULES))
        )
    name, raw = _read_source(source)
    plan = _decode_tables(_parse(name, raw))
    _check_values(store, plan)
    specs = table_specs()
    counts: dict[str, TableCounts] = {}
    with store.write() as session:
        append_only = _append_only(session)
        for table_name in import_order():
            if table_name in plan:
                counts[table_name] = _apply(session, specs[table_name], plan[table_name],
                                            table_name in append_only, on_conflict)
        changed = [t for t, c in counts.items() if c.inserted or c.updated]
        _check_references(session, changed)
        versions = [row["version"] for rows in plan.values() for row in rows]
        if versions:
            # Later local edits must order after everything imported.
            store.hlc.observe(max(versions))
            local_state.save_clock(session, store.hlc.last)
    return ImportReport(tables=dict(sorted(counts.items())))
