"""What importing a device's or app's export did, kind by kind: imported, already there,
and what was left out with the reason (the same words on the command line, in --json and
in the app's import report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class KindTally:
    imported: int = 0
    already: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count


@dataclass
class SourceReport:
    """One import (or dry run) of one file. ``kinds`` is keyed by HealthDesk kind
    ("glucose") or, for records HealthDesk does not keep, by the file's own name for them
    ("HKQuantityTypeIdentifierActiveEnergyBurned", "insulin")."""

    fmt: str  # the format's key, e.g. "librelink"
    label: str  # as people know it, e.g. "FreeStyle LibreLink / LibreView CSV"
    file: str
    dry_run: bool = False
    cancelled: bool = False
    kinds: dict[str, KindTally] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def tally(self, kind: str) -> KindTally:
        found = self.kinds.get(kind)
        if found is None:
            found = self.kinds[kind] = KindTally()
        return found

    def skip(self, kind: str, reason: str, n: int = 1) -> None:
        skipped = self.tally(kind).skipped
        skipped[reason] = skipped.get(reason, 0) + n

    @property
    def imported(self) -> int:
        return sum(t.imported for t in self.kinds.values())

    @property
    def already(self) -> int:
        return sum(t.already for t in self.kinds.values())

    @property
    def skipped(self) -> int:
        return sum(sum(t.skipped.values()) for t in self.kinds.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "format": self.fmt, "format_label": self.label,
            "dry_run": self.dry_run, "cancelled": self.cancelled,
            "imported": self.imported, "already_there": self.already,
            "skipped": self.skipped,
            "kinds": {k: {"imported": t.imported, "already_there": t.already,
                          "skipped": dict(sorted(t.skipped.items()))}
                      for k, t in sorted(self.kinds.items())},
            "notes": list(self.notes),
        }

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        text = (f"{verb} {self.imported} readings from {self.file} ({self.label}); "
                f"{self.already} already there, {self.skipped} left out.")
        if self.cancelled:
            text += (" Cancelled: what was saved before the cancel stays; importing the "
                     "file again adds only the rest.")
        return text

    def lines(self) -> list[str]:
        """One line per kind, then one per reason something was left out."""
        out = []
        for kind, t in sorted(self.kinds.items()):
            if t.imported or t.already:
                out.append(f"{kind}: {t.imported} {'to import' if self.dry_run else 'imported'}"
                           f", {t.already} already there")
            for reason, n in sorted(t.skipped.items()):
                out.append(f"{kind}: {n} left out: {reason}")
        return out + list(self.notes)
