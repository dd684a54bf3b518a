"""SQL triggers that make the store's rules hold for every write path, raw SQL included.

- outbox: every insert/update of a synced row appends an outbox entry (table, row id,
  changed fields, version) inside the same transaction. Rows applied from the server
  are written while ``sync_guard`` holds a row, so they do not echo back.
- tombstones: synced rows are never removed; DELETE is refused.
- versions: an UPDATE must advance the row's clock stamp, so a writer that forgets to
  stamp a change fails loudly instead of syncing a stale version.
- append-only logs (dose events, audit events) refuse UPDATE outright.
- search: FTS5 ``search_index`` follows the searchable tables.

Migrations call these generators with the column lists frozen in the migration file.
``outbox_triggers`` is the generator as revision 0001 used it (frozen with it); since
0003 (sync) every synced table uses ``synced_table_triggers``, which also records the
row's previous version (``base_version``, how the server tells concurrent edits from
overwrites) and lets rows applied or purged by the sync engine through.
"""

from __future__ import annotations

from collections.abc import Sequence

META_FIELDS = ("id", "created_at", "updated_at", "version")
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
GUARD = "NOT EXISTS (SELECT 1 FROM sync_guard)"
# sync_guard row ids: APPLYING marks rows written from the server's feed; PURGING also
# lets the engine remove a revoked or resynced profile's rows, the one hard delete there is.
SYNC_GUARD_APPLYING = 1
SYNC_GUARD_PURGING = 2
PURGE_GUARD = f"NOT EXISTS (SELECT 1 FROM sync_guard WHERE id = {SYNC_GUARD_PURGING})"


def bulk_off(table: str) -> str:
    """True unless store/bulk.py holds the table's guard (it then writes the outbox
    entries itself, once per batch; see models/bulk.py for why none can escape)."""
    return f"NOT EXISTS (SELECT 1 FROM bulk_guard WHERE table_name = '{table}')"


def _changed_fields_sql(fields: Sequence[str]) -> str:
    parts = [f"SELECT '{f}' AS f WHERE NEW.\"{f}\" IS NOT OLD.\"{f}\"" for f in fields]
    return "(SELECT json_group_array(f) FROM (" + " UNION ALL ".join(parts) + "))"


def outbox_triggers(table: str, columns: Sequence[str]) -> list[str]:
    fields = [c for c in columns if c not in META_FIELDS]
    all_fields = "json_array(" + ", ".join(f"'{f}'" for f in fields) + ")"
    return [
        f"""CREATE TRIGGER trg_{table}_outbox_insert AFTER INSERT ON {table}
WHEN {GUARD} BEGIN
  INSERT INTO outbox(table_name, row_id, profile_id, op, changed_fields, version, created_at)
  VALUES ('{table}', NEW.id, NEW.profile_id, 'insert', {all_fields}, NEW.version, {NOW_SQL});
END""",
        f"""CREATE TRIGGER trg_{table}_outbox_update AFTER UPDATE ON {table}
WHEN {GUARD} BEGIN
  INSERT INTO outbox(table_name, row_id, profile_id, op, changed_fields, version, created_at)
  VALUES ('{table}', NEW.id, NEW.profile_id,
          CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete' ELSE 'update' END,
          {_changed_fields_sql(fields)}, NEW.version, {NOW_SQL});
END""",
        f"""CREATE TRIGGER trg_{table}_no_hard_delete BEFORE DELETE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'healthdesk: rows of {table} are tombstoned (deleted = 1), never removed');
END""",
        f"""CREATE TRIGGER trg_{table}_version_advances BEFORE UPDATE ON {table}
WHEN NEW.version IS NULL OR NEW.version <= OLD.version BEGIN
  SELECT RAISE(ABORT, 'healthdesk: an update of {table} must advance its version stamp');
END""",
    ]


def synced_table_triggers(table: str, columns: Sequence[str], *,
                          bulk: bool = False) -> list[str]:
    """Outbox, tombstone and version rules of a synced table (revision 0003 onwards).
    With ``bulk`` (measurements since 0013), inserts under store/bulk.py's guard leave
    the outbox entry to it.

    Differences from ``outbox_triggers``: the update entry carries ``base_version`` (the
    version the row had before this change); a row written from the server's feed may keep
    its version (a pulled field can be older than the row, see docs/sync.md); the engine
    may hard-delete rows while purging (sync_guard id 2).
    """
    fields = [c for c in columns if c not in META_FIELDS]
    all_fields = "json_array(" + ", ".join(f"'{f}'" for f in fields) + ")"
    cols = "table_name, row_id, profile_id, op, changed_fields, version, base_version, created_at"
    when = f"{GUARD} AND {bulk_off(table)}" if bulk else GUARD
    return [
        f"""CREATE TRIGGER trg_{table}_outbox_insert AFTER INSERT ON {table}
WHEN {when} BEGIN
  INSERT INTO outbox({cols})
  VALUES ('{table}', NEW.id, NEW.profile_id, 'insert', {all_fields}, NEW.version, NULL,
          {NOW_SQL});
END""",
        f"""CREATE TRIGGER trg_{table}_outbox_update AFTER UPDATE ON {table}
WHEN {GUARD} BEGIN
  INSERT INTO outbox({cols})
  VALUES ('{table}', NEW.id, NEW.profile_id,
          CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete' ELSE 'update' END,
          {_changed_fields_sql(fields)}, NEW.version, OLD.version, {NOW_SQL});
END""",
        f"""CREATE TRIGGER trg_{table}_no_hard_delete BEFORE DELETE ON {table}
WHEN {PURGE_GUARD} BEGIN
  SELECT RAISE(ABORT, 'healthdesk: rows of {table} are tombstoned (deleted = 1), never removed');
END""",
        f"""CREATE TRIGGER trg_{table}_version_advances BEFORE UPDATE ON {table}
WHEN NEW.version IS NULL OR (NEW.version <= OLD.version AND {GUARD}) BEGIN
  SELECT RAISE(ABORT, 'healthdesk: an update of {table} must advance its version stamp');
END""",
    ]


def synced_trigger_names(table: str) -> list[str]:
    """The names of the triggers ``synced_table_triggers``/``outbox_triggers`` create."""
    return [f"trg_{table}_{n}" for n in
            ("outbox_insert", "outbox_update", "no_hard_delete", "version_advances")]


def append_only_trigger(table: str) -> str:
    return f"""CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'healthdesk: {table} is append-only');
END"""


SEARCH_INDEX_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "entity UNINDEXED, row_id UNINDEXED, profile_id UNINDEXED, rowkey, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def _key(ref: str) -> str:
    # One token per row (hex without hyphens) so a row's entry is found through the
    # index rather than by scanning the UNINDEXED row_id column.
    return f"replace({ref}.id, '-', '')"


def search_triggers(table: str, title_sql: str, body_sql: str) -> list[str]:
    """``title_sql``/``body_sql`` are SQL expressions over ``NEW`` (e.g. ``NEW.name``)."""
    insert = (
        "INSERT INTO search_index(entity, row_id, profile_id, rowkey, title, body) "
        f"SELECT '{table}', NEW.id, NEW.profile_id, {_key('NEW')}, t, b FROM "
        f"(SELECT {title_sql} AS t, {body_sql} AS b) "
        "WHERE NOT NEW.deleted AND (coalesce(t, '') != '' OR coalesce(b, '') != '');"
    )
    delete = (
        "DELETE FROM search_index WHERE search_index MATCH "
        f"'rowkey:\"' || {_key('OLD')} || '\"';"
    )
    return [
        f"CREATE TRIGGER trg_{table}_search_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER trg_{table}_search_update AFTER UPDATE ON {table} BEGIN "
        f"{delete} {insert} END",
    ]
