"""What a write changed: the tables, the profiles, and the kinds of reading.

The store collects one ``Changes`` per committed write (its flush hook sees every ORM
row; a pulled sync page reports its own), and the UI's op runner publishes it, so a
screen reloads only when something it shows was touched (as Anki's ``OpChanges``).
Everything here is pure: any layer may import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Stands for "some profile" (or "some kind") when a write could not say which: a bulk
#: statement, an import. It matches every query, so a screen reloads rather than misses.
ANY = "*"
#: The profile of rows that belong to no profile (preferences, device state).
DEVICE = ""


@dataclass(frozen=True, slots=True)
class Changes:
    """A change set. ``rows`` holds (table, profile id); ``readings`` holds (profile id,
    kind) of the measurements written. Merge with ``|``; empty is falsy."""

    rows: frozenset[tuple[str, str]] = frozenset()
    readings: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, table: str, profile: str = ANY, kinds: Iterable[str] = ()) -> Changes:
        readings = frozenset((profile, k) for k in kinds)
        if table == "measurements" and not readings:
            readings = frozenset({(profile, ANY)})
        return cls(frozenset({(table, profile)}), readings)

    def __or__(self, other: Changes) -> Changes:
        if not other:
            return self
        if not self:
            return other
        return Changes(self.rows | other.rows, self.readings | other.readings)

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(t for t, _ in self.rows)

    @property
    def profiles(self) -> frozenset[str]:
        """The profiles named (not ANY, not DEVICE)."""
        return frozenset(p for _, p in self.rows if p not in (ANY, DEVICE))

    def kinds(self, profile: str | None = None) -> frozenset[str]:
        """Kinds of reading written (for ``profile``, when given); ANY when unknown."""
        return frozenset(k for p, k in self.readings
                         if profile is None or p in (profile, ANY))

    def touches(self, table: str, profile: str | None = None) -> bool:
        """Whether ``table`` changed (for ``profile``, when given: that profile's rows, or
        rows of a profile the write could not name)."""
        return any(t in (table, ANY) and (profile is None or p in (profile, ANY))
                   for t, p in self.rows)

    def touches_any(self, tables: Iterable[str], profile: str | None = None) -> bool:
        wanted = frozenset(tables)
        return any((t in wanted or t == ANY) and (profile is None or p in (profile, ANY))
                   for t, p in self.rows)

    def touches_readings(self, profile: str | None = None,
                         kinds: Iterable[str] | None = None) -> bool:
        """Whether readings changed (of ``profile``; of one of ``kinds``)."""
        wanted = None if kinds is None else frozenset(kinds)
        return any((profile is None or p in (profile, ANY))
                   and (wanted is None or k == ANY or k in wanted)
                   for p, k in self.readings)


#: Nothing changed.
NONE = Changes()
#: Everything may have changed (a restore, another record opened): every screen reloads.
EVERYTHING = Changes(frozenset({(ANY, ANY)}), frozenset({(ANY, ANY)}))
