"""What this device remembers about its own past: the zones it was in, when the reminder
engine last ran, reminders dismissed here. Device-local (``local_state``): never synced.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from healthdesk.domain.schedules import ZoneTimeline
from healthdesk.domain.validation import timezone_name
from healthdesk.store import local_state
from healthdesk.store.vault import Store

ZONE_HISTORY = "device.zone_history"
MAX_ZONES = 200
_MIN = dt.datetime.min.replace(tzinfo=dt.UTC)


def get_value(store: Store, key: str, default: Any = None) -> Any:
    with store.read() as s:
        return local_state.get(s, key, default)


def set_value(store: Store, key: str, value: Any) -> None:
    with store.write() as s:
        if local_state.get(s, key) != value:
            local_state.put(s, key, value)


def zone_timeline(store: Store, current_zone: str | None, now: dt.datetime,
                  session: Session | None = None) -> ZoneTimeline | None:
    """Where this device has been, noting ``current_zone`` if it moved since last asked.

    Schedules that follow the person ("local" policy) read their times along this
    timeline, so a dose taken before a flight is not due again after landing. None when
    the device never said where it is (those schedules then use their own zone).
    """
    if session is not None:  # inside the caller's read: one transaction fewer
        stored = local_state.get(session, ZONE_HISTORY)
    else:
        stored = get_value(store, ZONE_HISTORY, [])
    history: list[list[str]] = list(stored or [])
    if current_zone:
        try:
            zone = timezone_name("timezone", current_zone)
        except ValueError:
            zone = None
        if zone and (not history or history[-1][1] != zone):
            stamp = now.astimezone(dt.UTC).isoformat()
            history = [*history, [stamp, zone]][-MAX_ZONES:]
            set_value(store, ZONE_HISTORY, history)
    if not history:
        return None
    changes = [(_MIN, history[0][1])]
    changes += [(dt.datetime.fromisoformat(t), z) for t, z in history[1:]]
    return ZoneTimeline(tuple(changes))
