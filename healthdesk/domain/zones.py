"""Where a person was, and how a wall-clock time becomes an instant in a zone.

A ``ZoneTimeline`` lists the zones a person was in; ``resolve_local`` reads a local time
in a zone the way a dose is taken: a time the clock jumps over happens at the instant of
the jump, a time the clock shows twice happens the first time only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC = dt.UTC


@dataclass(frozen=True)
class ZoneTimeline:
    """The zones a person was in: ``changes`` are (from this instant, zone) pairs, sorted.

    The first zone also holds for everything before its instant, so a timeline of one
    entry is a fixed zone.
    """

    changes: tuple[tuple[dt.datetime, str], ...]

    def __post_init__(self) -> None:
        if not self.changes:
            raise ValueError("a zone timeline needs at least one zone")
        ordered = sorted(self.changes, key=lambda c: c[0])  # stable: given order kept
        merged: list[tuple[dt.datetime, str]] = []
        for moment, zone in ordered:
            if merged and merged[-1][0] == moment:
                # Two moves at one instant: nobody spends no time in a zone, so only the
                # last one counts (else a dose could fire on a clock never lived by).
                merged.pop()
            if not merged or zone != merged[-1][1]:
                merged.append((moment, zone))
        object.__setattr__(self, "changes", tuple(merged))

    @classmethod
    def fixed(cls, zone: str) -> ZoneTimeline:
        return _fixed_timeline(zone)

    def zone_at(self, moment: dt.datetime) -> str:
        current = self.changes[0][1]
        for since, zone in self.changes:
            if since > moment:
                break
            current = zone
        return current

    def segments(self, start: dt.datetime, end: dt.datetime
                 ) -> list[tuple[dt.datetime, dt.datetime, str]]:
        """(from, to, zone) pieces covering ``[start, end)``, in order."""
        out: list[tuple[dt.datetime, dt.datetime, str]] = []
        cursor, zone = start, self.zone_at(start)
        for since, nxt in self.changes:
            if since <= start:
                continue
            if since >= end:
                break
            out.append((cursor, since, zone))
            cursor, zone = since, nxt
        out.append((cursor, end, zone))
        return out


@lru_cache(maxsize=256)
def _fixed_timeline(zone: str) -> ZoneTimeline:
    return ZoneTimeline(((dt.datetime.min.replace(tzinfo=UTC), zone),))


@lru_cache(maxsize=256)
def zone_info(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _gap_end(low: dt.datetime, high: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant (UTC) in ``(low, high]`` where the zone's offset changes."""
    after = high.astimezone(zone).utcoffset()
    while high - low > dt.timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(zone).utcoffset() == after:
            high = mid
        else:
            low = mid
    return high.replace(microsecond=0)


def resolve_local(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The first instant (UTC) the wall clock of ``zone`` reaches ``naive``."""
    first = naive.replace(tzinfo=zone)
    off0 = first.utcoffset()
    off1 = naive.replace(tzinfo=zone, fold=1).utcoffset()
    if off0 == off1:  # an ordinary time: by far the common case, so checked first
        return (naive - off0).replace(tzinfo=UTC)  # type: ignore[operator]
    u0 = (naive - off0).replace(tzinfo=UTC)  # type: ignore[operator]
    u1 = (naive - off1).replace(tzinfo=UTC)  # type: ignore[operator]
    if u0.astimezone(zone).replace(tzinfo=None) == naive:
        return u0  # shown twice: the first time
    # Jumped over: fold=1 reads it with the later offset, giving the earlier instant.
    return _gap_end(min(u0, u1), max(u0, u1), zone)
