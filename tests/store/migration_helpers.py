"""What every migration test starts from: an empty encrypted store file at no revision,
and small looks at its schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.store.db import Database, create_empty
from healthdesk.store.keys import create_key_file
from tests.conftest import FAST, PASSPHRASE


def fresh_keyed(tmp_path: Path) -> tuple[Path, Database, bytes]:
    """(data dir, database, data key) of a new empty store: migrate it to the revision
    the test starts from."""
    d = tmp_path / "d"
    key, _, _ = create_key_file(d / "keys.json", PASSPHRASE, FAST)
    create_empty(d / "healthdesk.db")
    return d, Database(d / "healthdesk.db", key), key


def fresh_dir(tmp_path: Path) -> tuple[Path, Database]:
    d, db, _ = fresh_keyed(tmp_path)
    return d, db


def fresh_db(tmp_path: Path) -> Database:
    return fresh_keyed(tmp_path)[1]


def tables(db: Database) -> set[str]:
    with db.engine.connect() as c:
        return set(c.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
                   .scalars())


def columns(db: Database, table: str) -> list[str]:
    with db.engine.connect() as c:
        return [r[1] for r in c.execute(text(f"PRAGMA table_info({table})"))]
