"""The demo record: years of realistic, deterministic history for five (or N) people.

Not a use case of the record, so it sits above ``services`` (an import-linter layer):
``healthdesk demo``, ``healthdesk --demo``, ``healthdesk screenshot``, the benchmarks and
the tests build their data here. ``cast`` says who the people are; ``generator`` writes
their history into a new store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from healthdesk.services.record import HealthRecord

from .generator import DEMO_ACTOR, DemoSummary, build_demo, pdf_bytes, png_bytes

__all__ = ["DEMO_ACTOR", "DEMO_PASSPHRASE", "DemoSummary", "build_demo", "build_demo_record",
           "fill_record", "pdf_bytes", "png_bytes"]

#: The passphrase of a demo store when none is given (printed by ``healthdesk demo`` and
#: shown in the title bar of ``healthdesk --demo``).
DEMO_PASSPHRASE = "healthdesk-demo"


def fill_record(record: HealthRecord, *, profiles: int = 5, years: float = 10, seed: int = 7,
                progress: Callable[[float, str], None] | None = None) -> DemoSummary:
    """Fill this (empty) record with the deterministic demo cast."""
    return build_demo(record.store, profiles=profiles, years=years, seed=seed,
                      progress=progress)


def build_demo_record(data_dir: Path, *, profiles: int = 5, years: float = 10,
                      progress: Callable[[float, str], None] | None = None) -> HealthRecord:
    """A new store in ``data_dir`` (passphrase ``DEMO_PASSPHRASE``), filled, and open."""
    record, _ = HealthRecord.create(data_dir, DEMO_PASSPHRASE, actor=DEMO_ACTOR)
    fill_record(record, profiles=profiles, years=years, progress=progress)
    return record
