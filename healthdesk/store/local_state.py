"""Every query of ``local_state``: this device's facts about its own copy (device id, the
clock's last stamp, the sync account's facts, where the device has been). Never synced,
never exported.

Values are stored as canonical JSON text (sorted keys, no spaces), as ``JSONText`` writes
them through the ORM, so a value reads back the same whichever way it was written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

CLOCK_KEY = "hlc"


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def get(session: Session, key: str, default: Any = None) -> Any:
    raw = session.connection().exec_driver_sql(
        "SELECT value FROM local_state WHERE key = ?", (key,)).scalar()
    return default if raw is None else json.loads(raw)


def get_prefixed(session: Session, prefix: str) -> dict[str, Any]:
    """Every fact whose key starts with ``prefix``, keyed without it."""
    rows = session.connection().exec_driver_sql(
        "SELECT key, value FROM local_state WHERE substr(key, 1, ?) = ?",
        (len(prefix), prefix)).fetchall()
    return {k[len(prefix):]: json.loads(v) for k, v in rows}


def put_many(session: Session, values: Mapping[str, Any]) -> None:
    """Set each key to its value; a value of None forgets the key."""
    conn = session.connection()
    gone = [(k,) for k, v in values.items() if v is None]
    kept = [(k, _text(v)) for k, v in values.items() if v is not None]
    if gone:
        conn.exec_driver_sql("DELETE FROM local_state WHERE key = ?", gone)
    if kept:
        conn.exec_driver_sql(
            "INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value", kept)


def put(session: Session, key: str, value: Any) -> None:
    put_many(session, {key: value})


def save_clock(session: Session, last: str) -> None:
    """Keep the clock's last stamp, so a restart never hands out an earlier one."""
    put(session, CLOCK_KEY, last)
