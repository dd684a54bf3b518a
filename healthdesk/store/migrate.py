"""Schema upgrades on open, after an encrypted copy of the store is taken."""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from alembic.config import Config

from .db import Database, _raw_connect
from .errors import NewerStoreError

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
    # Alembic (with Mako and Pygments) costs ~150 ms to import: only paid when a schema
    # actually changes, never on an ordinary open.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location()))
    return cfg


_REV = re.compile(r'^(revision|down_revision)\b[^=]*=\s*(None|["\']([^"\']+)["\'])', re.M)


def _revisions() -> dict[str, str | None]:
    revs: dict[str, str | None] = {}
    for f in (script_location() / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(3)) for m in _REV.finditer(f.read_text("utf-8")))
        if "revision" in found:
            revs[found["revision"]] = found.get("down_revision")
    return revs


def head_revision() -> str:
    """The newest revision, read from the revision files' headers without Alembic.
    (tests/store/test_migrations.py checks it against Alembic's own answer.)"""
    revs = _revisions()
    parents = {d for d in revs.values() if d}
    heads = [r for r in revs if r not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"the client migrations have {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        exists = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        if not exists:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, target: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def downgrade(db: Database, target: str) -> None:
    from alembic import command

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
    if current is not None and current not in _revisions():
        raise NewerStoreError(
            f"This record was written by a newer version of HealthDesk (schema {current}); "
            "install that version (or newer) to open it. Nothing was changed.")
    backup = None
    if current is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = db.path.with_name(f"{db.path.name}.pre-{current}-{stamp}.bak")
        encrypted_copy(db, backup)
        log.info("store copied to %s before upgrading from %s", backup.name, current)
    upgrade(db)
    return backup
