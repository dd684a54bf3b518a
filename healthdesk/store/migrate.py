"""Schema upgrades on open, after an encrypted copy of the store is taken."""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .db import Database, _raw_connect

log = logging.getLogger(__name__)


def script_location() -> Path:
    """The client Alembic environment: the checkout's migrations/ or the installed copy."""
    source = Path(__file__).resolve().parents[2] / "migrations" / "client"
    if (source / "env.py").exists():
        return source
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller build (build.spec)
    if frozen and (Path(frozen) / "healthdesk/migrations/client/env.py").exists():
        return Path(frozen) / "healthdesk/migrations/client"
    spec = importlib.util.find_spec("healthdesk.migrations.client")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("HealthDesk's migrations are missing from this installation")
    return Path(next(iter(spec.submodule_search_locations)))


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, target: str = "head") -> None:
    with db.engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(db: Database, target: str) -> None:
    with db.engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def encrypted_copy(db: Database, dest: Path) -> Path:
    """Copy the store page by page (SQLite backup API) into ``dest``, keyed with the same
    data key, so the copy is as encrypted as the original from its first byte."""
    from .db import create_empty

    create_empty(dest)
    src = db.raw_connection()
    dst = _raw_connect(dest, db._key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return dest


def upgrade_with_backup(db: Database) -> Path | None:
    """Bring the store to the newest schema. A store that already holds a schema is
    copied first (``<name>.pre-<rev>-<time>.bak`` beside it). Returns the copy's path."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    backup = None
    if current is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = db.path.with_name(f"{db.path.name}.pre-{current}-{stamp}.bak")
        encrypted_copy(db, backup)
        log.info("store copied to %s before upgrading from %s", backup.name, current)
    upgrade(db)
    return backup
