"""Hybrid logical clock stamps: the version of every synced row.

A stamp is ``"<13-digit unix ms>-<5-digit counter>-<device>"``. Fixed width makes plain
string comparison the clock order, so SQL ``MAX`` and ``ORDER BY`` work on it, and the
device suffix breaks ties the same way on every replica. ``observe`` folds in stamps
from other devices so a device whose wall clock is behind still produces later stamps
than anything it has seen: clock skew cannot make an older edit win.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    """Thread-safe HLC for one device. ``now_ms`` is injected so tests can skew it."""

    def __init__(self, device: str, now_ms: Callable[[], int], last: str | None = None) -> None:
        if "-" in device or not device:
            raise ValueError("device id must be non-empty and contain no '-'")
        self.device = device
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._millis, self._counter = 0, 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        """A new stamp, later than every stamp issued or observed so far."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._bump()
            return str(Stamp(self._millis, self._counter, self.device))

    def ticks(self, n: int) -> list[str]:
        """``n`` new stamps in increasing order (a bulk write's rows), as ``tick`` would
        give one by one, without taking the lock and formatting each time."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._millis:
                self._millis, self._counter = wall, -1
            out = []
            millis, counter, device = self._millis, self._counter, self.device
            for _ in range(n):
                if counter >= MAX_COUNTER:
                    millis, counter = millis + 1, 0
                else:
                    counter += 1
                out.append(f"{millis:013d}-{counter:05d}-{device}")
            self._millis, self._counter = millis, counter
            return out

    def observe(self, remote: str) -> None:
        """Fold in a stamp seen from elsewhere (or persisted from a previous run)."""
        other = Stamp.parse(remote)
        with self._lock:
            if (other.millis, other.counter) > (self._millis, self._counter):
                self._millis, self._counter = other.millis, other.counter

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._millis, self._counter, self.device))

    def _bump(self) -> None:
        if self._counter >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow from the future rather
            # than wrap, which would break the ordering.
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
