"""Import a FHIR Bulk Data export: ndjson files (one resource a line, one file per resource
type), given as one file, a directory of them or a zip of them. A clinic moving from
another system brings many patients: each Patient becomes a profile (or is matched to an
existing one by name).

Streamed: lines are read one at a time and imported in batches of ``BATCH`` resources,
each batch one transaction through the same importer as a Bundle (fhir_import.py), so the
rules, the de-duplication and the report are the same. Memory stays flat whatever the
size: what is kept between batches is the patients' ids, the Practitioners, Locations and
Organizations (for names), and what the de-duplication has seen. Patient files go first,
then those supporting resources, then everything else.

Unlike a Bundle this is not all or nothing: a batch that was saved stays saved if a later
one fails or the import is cancelled (importing again adds only what is missing).
Readings are the exception: they wait across batches until their profile has more than
the store's bulk threshold (2,000) or HOLD are waiting, so a cancel loses those not yet
stored (found missing, and added, by the next import). An
Observation with no date of its own is not dated by a DiagnosticReport here (the report
is in another file); it is left out with that reason.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .csv_readings import BULK_THRESHOLD
from .fhir_import import SUPPORTING, _Import
from .fhir_import_report import FhirImportReport

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

BATCH = 2000
# Readings held back at most (~1 KB each), so that each profile's go to the store in
# batches big enough for its bulk path.
HOLD = 40_000
Progress = Callable[[float, str], None]
_FIRST = ("Patient", "Practitioner", "PractitionerRole", "Organization", "Location",
          "Medication")


def _kind_of(name: str) -> str:
    """"Observation.ndjson", "Observation.000.ndjson", "1.Observation.ndjson" -> type."""
    parts = [p for p in Path(name).name.split(".") if p and p != "ndjson"]
    return next((p for p in parts if p[:1].isupper()), parts[0] if parts else "")


def _order(names: list[str]) -> list[str]:
    def key(name: str) -> tuple[int, str]:
        kind = _kind_of(name)
        return (_FIRST.index(kind) if kind in _FIRST else len(_FIRST), name)
    return sorted(names, key=key)


class _Source:
    """The ndjson members of a file, directory or zip, each opened as a binary stream."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self.names = _order([str(p) for p in path.iterdir()
                                 if p.is_file() and p.name.endswith(".ndjson")])
        elif zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            self.names = _order([n for n in self.zip.namelist() if n.endswith(".ndjson")])
        else:
            self.names = [str(path)]
        if not self.names:
            raise ValidationError("file", _("{name} holds no .ndjson files of a FHIR Bulk Data "
                                            "export.").format(name=path.name))

    def size(self, name: str) -> int:
        if self.zip is not None:
            return self.zip.getinfo(name).file_size
        return Path(name).stat().st_size

    def open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(name)
        return open(name, "rb")  # closed by the caller's ExitStack

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


class _Bulk(_Import):
    def batch(self, resources: list[dict[str, Any]]) -> None:
        valid = self.validate({"entry": [{"resource": r} for r in resources]})
        patients = [(label, m) for kind, label, m in valid if kind == "Patient"]
        with self.record.store.write():
            self._save(valid, patients)
        self.halves.clear()
        self.report_dates.clear()
        # Keep only what later batches refer to by name; drop the rest for flat memory.
        self.index = {k: v for k, v in self.index.items()
                      if v.get_resource_type() in SUPPORTING}

    def save_readings(self, pids: list[str]) -> None:
        """Readings wait across batches until their profile has more than the store's
        bulk threshold (so they go in as one executemany, not row by row through the ORM
        with an audit event each) or HOLD are waiting in all; ``finish`` stores the rest."""
        if sum(len(r) for r in self.readings.values()) > HOLD:
            super().save_readings(list(self.readings))
        else:
            super().save_readings([p for p, r in self.readings.items()
                                   if len(r) > BULK_THRESHOLD])

    def finish(self) -> None:
        super().save_readings(list(self.readings))


def _lines(stream: IO[bytes], name: str, importer: _Import) -> Iterator[dict[str, Any]]:
    skipped, tally = importer.skipped, importer.tally[_kind_of(name)]
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            resource = json.loads(raw)
        except ValueError:
            skipped.append(f"{Path(name).name} line {number}: not JSON; left out.")
            tally.skipped += 1
            continue
        if not isinstance(resource, dict):
            skipped.append(f"{Path(name).name} line {number}: not a FHIR resource; left out.")
            tally.skipped += 1
            continue
        yield resource


def import_bulk(record: HealthRecord, path: Path, *, profile_id: str | None = None,
                progress: Progress | None = None) -> FhirImportReport:
    """Import a Bulk Data export (an .ndjson file, a directory or a zip of them).

    ``profile_id`` puts everything into that profile (Patients are then not imported).
    ``progress(fraction, what)`` is called after each batch, by bytes read.
    Raises ValidationError when the source holds no ndjson or nothing in it could be
    imported; NotFoundError for an unknown ``profile_id``.
    """
    path = Path(path)
    if profile_id is not None:
        record.profiles.get(profile_id)
    source = _Source(path)
    importer = _Bulk(record, path.name, profile_id, None)
    say: Progress = progress or (lambda _f, _w: None)
    total = sum(source.size(n) for n in source.names) or 1
    done = 0
    try:
        for name in source.names:
            with ExitStack() as stack:
                stream = stack.enter_context(source.open(name))
                pending: list[dict[str, Any]] = []
                for resource in _lines(stream, name, importer):
                    pending.append(resource)
                    if len(pending) >= BATCH:
                        importer.batch(pending)
                        pending = []
                        say(min(0.99, (done + _tell(stream)) / total),
                                 f"Importing {Path(name).name}")
                if pending:
                    importer.batch(pending)
            done += source.size(name)
            say(min(0.99, done / total), f"Imported {Path(name).name}")
        importer.finish()
    finally:
        source.close()
    result = FhirImportReport(dict(importer.created), importer.skipped,
                              dict(importer.duplicates), dict(importer.tally))
    if not any(result.created.values()) and not any(result.duplicates.values()):
        raise ValidationError("file", f"Nothing was imported from {path.name}"
                              + (f": {result.skipped[0]}" if result.skipped else "."))
    say(1.0, "Imported")
    return result


def _tell(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return 0


def is_bulk_source(path: Path) -> bool:
    """A directory or zip holding .ndjson files, or one .ndjson file."""
    path = Path(path)
    if path.is_dir():
        return any(p.name.endswith(".ndjson") for p in path.iterdir())
    if path.name.endswith(".ndjson"):
        return path.is_file()
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return any(n.endswith(".ndjson") for n in z.namelist())
    return False
