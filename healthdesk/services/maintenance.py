"""Store health: integrity checks and a summary of what the record holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from healthdesk.store.db import integrity_errors
from healthdesk.store.migrate import current_revision, head_revision
from healthdesk.store.models import SYNCED_MODELS, OutboxEntry, Profile
from healthdesk.store.vault import Store


@dataclass(frozen=True)
class CheckReport:
    db_path: str
    db_bytes: int
    schema: str | None
    schema_current: bool
    problems: list[str]
    rows: dict[str, int]
    profiles: list[str]
    pending_changes: int
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema_current


def check_store(store: Store) -> CheckReport:
    """Run SQLite's full integrity check and foreign-key check, and count live rows."""
    problems = integrity_errors(store.db)
    rev = current_revision(store.db)
    rows: dict[str, int] = {}
    with store.read() as s:
        for model in SYNCED_MODELS:
            rows[model.__tablename__] = int(
                s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
                or 0
            )
        names = list(s.scalars(select(Profile.name).where(Profile.deleted.is_(False))
                               .order_by(func.lower(Profile.name))))
        pending = int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
    size = sum(p.stat().st_size for p in store.paths.data_dir.glob(store.paths.db.name + "*")
               if p.is_file() and not p.name.endswith(".bak"))
    notes = []
    if store.upgrade_backup is not None:
        notes.append(f"The store was upgraded; the copy taken before is {store.upgrade_backup}.")
    return CheckReport(
        db_path=str(store.paths.db), db_bytes=size, schema=rev,
        schema_current=rev == head_revision(), problems=problems, rows=rows, profiles=names,
        pending_changes=pending, notes=notes,
    )
