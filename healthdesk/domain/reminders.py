"""Reminder timing rules: quiet hours, appointment reminders and caregiver escalation.

Pure functions over instants and zones; the reminder service applies them to the
record and the UI shows what they decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from healthdesk.domain.i18n import ngettext

from .schedules import parse_clock, resolve_local, zone_info

#: Snooze lengths offered on a notification, in minutes.
SNOOZE_CHOICES = (10, 30, 60)


@dataclass(frozen=True)
class QuietHours:
    """A nightly span of wall-clock time (``start`` to ``end``, may wrap past midnight)
    when non-urgent notifications wait until it ends."""

    start: dt.time
    end: dt.time

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> QuietHours | None:
        """From "HH:MM" preferences; None when either is unset or they are equal."""
        if not start or not end:
            return None
        a, b = parse_clock(start), parse_clock(end)
        return None if a == b else cls(a, b)

    def contains(self, local: dt.time) -> bool:
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def end_after(self, moment: dt.datetime, zone: str) -> dt.datetime:
        """When the quiet span holding ``moment`` ends (``moment`` itself if outside)."""
        tz = zone_info(zone)
        local = moment.astimezone(tz)
        if not self.contains(local.time().replace(tzinfo=None)):
            return moment
        day = local.date()
        if self.start >= self.end and local.time().replace(tzinfo=None) >= self.start:
            day += dt.timedelta(days=1)  # the span runs past midnight: ends tomorrow
        return resolve_local(dt.datetime.combine(day, self.end), tz)


def deliver_at(fire_at: dt.datetime, urgent: bool, quiet: QuietHours | None, zone: str
               ) -> dt.datetime:
    """When a notification due at ``fire_at`` is shown: urgent ones at once, others
    after quiet hours."""
    if urgent or quiet is None:
        return fire_at
    return quiet.end_after(fire_at, zone)


def appointment_reminders(start_at: dt.datetime, offsets_minutes: Iterable[int]
                          ) -> list[tuple[int, dt.datetime]]:
    """(offset, when) for each reminder of an appointment, earliest first."""
    return sorted(((m, start_at - dt.timedelta(minutes=m)) for m in set(offsets_minutes)),
                  key=lambda p: p[1])


def offset_words(minutes: int) -> str:
    """1440 -> "1 day", 120 -> "2 hours", 90 -> "90 minutes"."""
    if minutes and minutes % 1440 == 0:
        n = minutes // 1440
        return ngettext("{n} day", "{n} days", n).format(n=n)
    if minutes and minutes % 60 == 0:
        n = minutes // 60
        return ngettext("{n} hour", "{n} hours", n).format(n=n)
    return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)


def escalation(scheduled_for: dt.datetime, first_after_minutes: int,
               every_minutes: int | None, caregivers: int) -> list[tuple[int, dt.datetime]]:
    """(level, when) for alerting caregivers about a dose not taken: the first caregiver
    ``first_after_minutes`` after its time, then (with ``every_minutes``) the next one
    after each further interval, down the list."""
    if caregivers <= 0:
        return []
    first = scheduled_for + dt.timedelta(minutes=first_after_minutes)
    levels = caregivers if every_minutes else 1
    step = dt.timedelta(minutes=every_minutes or 0)
    return [(k, first + k * step) for k in range(levels)]
