"""What state each scheduled dose is in.

Pure Python: the Today page, the command line, the medicines list and the reminder
engine all ask the same questions and must get the same answers. Where doses fall
(days, times, daylight saving, travel) is ``schedules``; how many were taken is
``adherence``.

Dose states, for a dose scheduled at ``T`` with a missed-dose window of ``W`` hours:

- "taken" / "skipped": an event (not undone) says so; "missed" also when recorded;
- "snoozed": the latest event is a snooze that has not yet run out;
- "upcoming": more than ``DUE_BEFORE`` (30 min) before ``T``;
- "due": from 30 min before to ``DUE_AFTER`` (30 min) after ``T``; reminders in common
  medicine apps fire in the same half-hour band, so "due" means "take it now";
- "late": after that, while still inside the window (``T + W``): take it, but late;
- "missed": past the window with nothing recorded (the missed-dose rule says skip it).

After a snooze runs out the dose is "due" again for 30 minutes, and the window is
stretched so a snooze never turns a dose straight into "missed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from healthdesk.domain.i18n import N_, TranslatedLabels

UTC = dt.UTC
DUE_BEFORE = dt.timedelta(minutes=30)
DUE_AFTER = dt.timedelta(minutes=30)
#: A snooze recorded without its end is taken to last this long.
DEFAULT_SNOOZE = dt.timedelta(minutes=10)
STATES = ("upcoming", "due", "late", "missed", "taken", "skipped", "snoozed")
#: Order for lists: what needs doing now first, what is settled last.
STATE_ORDER = {"late": 0, "due": 1, "snoozed": 2, "upcoming": 3, "missed": 4, "taken": 5,
               "skipped": 6}
#: The word shown for each state, in the current language when it is looked up.
STATE_LABELS: Mapping[str, str] = TranslatedLabels({
    "upcoming": N_("Upcoming"), "due": N_("Due now"), "late": N_("Late"),
    "missed": N_("Missed"), "taken": N_("Taken"), "skipped": N_("Skipped"),
    "snoozed": N_("Snoozed")})


class DoseMark(NamedTuple):
    """One logged event as far as states go; a plain 4-tuple works too."""

    action: str
    at: dt.datetime
    scheduled_for: dt.datetime | None
    superseded: bool = False
    snooze_until: dt.datetime | None = None
    ref: str | None = None  # the caller's id for the event (to undo it)


def schedule_zone(tz_policy: str, home_zone: str, current_zone: str | None) -> str:
    """The zone a schedule's times are read in: home, or wherever the device now is."""
    return current_zone if tz_policy == "local" and current_zone else home_zone


# -- states ------------------------------------------------------------------------------


def _marks(events: Iterable[tuple[object, ...]]) -> list[DoseMark]:
    return [e if isinstance(e, DoseMark) else DoseMark(*e) for e in events]  # type: ignore[arg-type]


def deciding_event(scheduled_for: dt.datetime, events: Iterable[tuple[object, ...]]
                   ) -> DoseMark | None:
    """The event that settles this dose: a live "taken" if any, else the latest live one."""
    live = [m for m in _marks(events)
            if m.scheduled_for == scheduled_for and not m.superseded and m.action != "undone"]
    if not live:
        return None
    taken = [m for m in live if m.action == "taken"]
    pool = taken or live
    return max(pool, key=lambda m: m.at)


def dose_state(scheduled_for: dt.datetime, events: Iterable[tuple[object, ...]],
               now: dt.datetime, missed_window_hours: float) -> str:
    """One of STATES for the dose due at ``scheduled_for`` (see the module docstring).

    ``events`` are ``(action, at, scheduled_for, superseded[, snooze_until])`` tuples or
    DoseMark; events for other doses are ignored.
    """
    mark = deciding_event(scheduled_for, events)
    effective = scheduled_for
    if mark is not None:
        if mark.action in ("taken", "skipped", "missed"):
            return mark.action
        if mark.action == "snoozed":
            until = mark.snooze_until or (mark.at + DEFAULT_SNOOZE)
            if now < until:
                return "snoozed"
            effective = until
    window_end = max(scheduled_for + dt.timedelta(hours=missed_window_hours),
                     effective + DUE_AFTER)
    if now < effective - DUE_BEFORE:
        return "upcoming"
    if now <= effective + DUE_AFTER:
        return "due"
    if now <= window_end:
        return "late"
    return "missed"


def needs_action(state: str) -> bool:
    """Whether the person should act on a dose in this state now."""
    return state in ("due", "late")
