"""Every query of ``sync_cursors``: how far this device has read each profile's change
feed, and the account's role on it as the server last said. Device-local."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from . import writes


def load(session: Session) -> dict[str, int]:
    """Each profile's cursor (the last feed seq applied here)."""
    return {pid: seq for pid, (seq, _role) in known(session).items()}


def known(session: Session) -> dict[str, tuple[int, str | None]]:
    """Each profile's cursor and role."""
    return {r[0]: (int(r[1]), r[2]) for r in session.connection().exec_driver_sql(
        "SELECT profile_id, seq, role FROM sync_cursors").fetchall()}


def save(session: Session, rows: Iterable[tuple[str, int, str | None]]) -> None:
    """Set (profile id, seq, role) cursors, in the transaction that applied the changes."""
    params = list(rows)
    if params:
        session.connection().exec_driver_sql(
            "INSERT INTO sync_cursors (profile_id, seq, role) VALUES (?, ?, ?) "
            "ON CONFLICT (profile_id) DO UPDATE SET seq = excluded.seq, role = excluded.role",
            params)


def has(session: Session, profile_id: str) -> bool:
    return bool(session.connection().exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM sync_cursors WHERE profile_id = ?)",
        (profile_id,)).scalar())


def forget_all(session: Session) -> None:
    """Every feed is read again from its beginning (another account, or signed out)."""
    session.connection().exec_driver_sql("DELETE FROM sync_cursors")


def viewers(session: Session, profile_ids: Iterable[str]) -> set[str]:
    """Which of ``profile_ids`` this account may only view (the services refuse writes)."""
    ids = list(profile_ids)
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    # On the transaction's DB-API connection: this runs on every write (the role check).
    return {r[0] for r in writes.dbapi(session).execute(
        f"SELECT profile_id FROM sync_cursors WHERE role = 'viewer' AND profile_id IN ({marks})",
        tuple(ids)).fetchall()}
