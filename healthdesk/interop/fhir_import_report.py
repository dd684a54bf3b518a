"""What a FHIR import did, per HealthDesk type and per FHIR resource type: the report
the command line and the app show (shared by the bundle and the bulk ndjson import)."""

from __future__ import annotations

from dataclasses import dataclass, field

from healthdesk.domain.i18n import _


@dataclass
class ResourceTally:
    """What became of the resources of one FHIR type. For Observations the first two
    count readings (two Observations of one blood pressure make one reading)."""

    imported: int = 0
    already_there: int = 0
    skipped: int = 0
    referenced: int = 0  # read only to resolve references (Practitioner, Location...)


@dataclass(frozen=True)
class FhirImportReport:
    """Rows created per HealthDesk type ("readings", "conditions"...), rows that were
    already in the record per type, one sentence per resource left out, and the same per
    FHIR resource type ("Observation": imported / already there / skipped)."""

    created: dict[str, int]
    skipped: list[str]
    duplicates: dict[str, int] = field(default_factory=dict)
    by_resource: dict[str, ResourceTally] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """One line per FHIR resource type, for the command line and the app."""
        out = []
        for kind, t in sorted(self.by_resource.items()):
            parts = [f"{t.imported} imported", f"{t.already_there} already there"] \
                if t.imported or t.already_there or not t.referenced else []
            if t.referenced:
                parts.append(f"{t.referenced} read for references")
            parts.append(f"{t.skipped} skipped")
            out.append(f"{kind}: {', '.join(parts)}")
        return out


class Skip(Exception):
    """A resource (or part of one) HealthDesk cannot take; the message says why."""


def all_refused(name: str, reasons: list[str], shown: int = 3) -> str:
    """One sentence: a file that brought nothing is an error, not a quiet success."""
    listed = "; ".join(r.rstrip(".").removesuffix("; left out") for r in reasons[:shown])
    more = (_("; and {n} more").format(n=len(reasons) - shown)
            if len(reasons) > shown else "")
    return _("Nothing was imported from {name}: every resource in it was refused "
             "({listed}{more}).").format(name=name, listed=listed, more=more)

