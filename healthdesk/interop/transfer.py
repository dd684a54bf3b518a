"""The record's way in and out: export, import and backup, as the window and the command
line ask for them.

The UI and the CLI hold a ``HealthRecord`` and never its store: they call this facade,
and only it hands the store to the interop functions that need one (canonical JSON and
backups work on the store as a whole; FHIR and CSV go through the services). It sits in
interop, not services, because FHIR import and export are built from the services' use
cases (interop is the layer above services). Messages and refusals are the interop
functions' own: nothing here words anything.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthdesk.domain.roles import EXPORT
from healthdesk.services.record import HealthRecord

from .backup_schedule import BackupSchedule
from .canonical import write_private_atomic


class _LazyModule:
    """``healthdesk.interop.<name>``, imported when one of its attributes is first read."""

    def __init__(self, name: str) -> None:
        self._name = f"{__package__}.{name}"

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


if TYPE_CHECKING:
    from . import backup as backups
    from . import (
        calendar_ics,
        csv_readings,
        detect,
        emergency_card,
        fhir_bulk,
        fhir_export,
        fhir_import,
        fhir_ips,
        import_mapping,
        import_report,
        import_run,
        json_export,
        json_import,
        report_pdf,
    )
else:
    # Imported on first use: the window builds its File menu from this class at start-up,
    # and fpdf (with numpy), Alembic and the FHIR models cost ~0.6 s to import.
    backups = _LazyModule("backup")
    calendar_ics, csv_readings, detect, emergency_card = map(
        _LazyModule, ("calendar_ics", "csv_readings", "detect", "emergency_card"))
    fhir_bulk, fhir_export, fhir_import, fhir_ips = map(
        _LazyModule, ("fhir_bulk", "fhir_export", "fhir_import", "fhir_ips"))
    import_mapping, import_report, import_run = map(
        _LazyModule, ("import_mapping", "import_report", "import_run"))
    json_export, json_import, report_pdf = map(
        _LazyModule, ("json_export", "json_import", "report_pdf"))

Progress = Callable[[float, str], None]


class Transfer:
    """Export, import and backup of one open record."""

    def __init__(self, record: HealthRecord) -> None:
        self._record = record

    def _may_export(self, profile_ids: list[str] | str | None) -> None:
        """PermissionDenied unless the one acting may export these people's records
        (a receptionist may not; a viewer may), before anything is built or written."""
        ids = [profile_ids] if isinstance(profile_ids, str) else (profile_ids or [None])
        for pid in ids:
            self._record.access.require(EXPORT, pid)

    def _audit_export(self, profile_ids: list[str] | str | None, fmt: str) -> None:
        """One "export" audit row per person whose record left the device in ``fmt``.

        Not for the canonical JSON: its contract is that exporting twice gives the same
        bytes, and a synced audit row would make the second export differ.
        """
        if isinstance(profile_ids, str):
            ids = [profile_ids]
        elif profile_ids:
            ids = list(profile_ids)
        else:
            ids = [p.id for p in self._record.profiles.all()]
        for pid in sorted(set(ids)):
            self._record.audit.record(pid, "export", "export", fields=[fmt])

    # -- export ------------------------------------------------------------------------

    def export_json(self, dest: Path | None, *,
                    profile_ids: list[str] | None = None) -> bytes:
        """The canonical JSON export (written to ``dest`` unless None); its bytes."""
        self._may_export(profile_ids)
        return json_export.export_json(self._record.store, dest, profile_ids=profile_ids)

    def export_fhir(self, dest: Path | None, *, profile_ids: list[str] | None = None,
                    progress: Progress | None = None) -> bytes:
        self._may_export(profile_ids)
        data = fhir_export.export_fhir(self._record, dest, profile_ids=profile_ids,
                                       progress=progress)
        self._audit_export(profile_ids, "fhir")
        return data

    def export_ips(self, dest: Path | None, *,
                   profile_ids: list[str] | None = None) -> bytes:
        """One person's International Patient Summary (a FHIR document Bundle)."""
        self._may_export(profile_ids)
        data = fhir_ips.export_ips(self._record, dest, profile_ids=profile_ids)
        self._audit_export(profile_ids, "ips")
        return data

    def export_csv(self, profile_id: str, dest: Path | None, *,
                   kind: str | None = None) -> bytes:
        """One person's readings as CSV."""
        self._may_export(profile_id)
        data = csv_readings.export_readings_csv(self._record, profile_id, dest, kind=kind)
        self._audit_export(profile_id, "csv")
        return data

    @staticmethod
    def save(dest: Path, data: bytes) -> None:
        """Write an export built in memory (0600, atomically: a cancel leaves no file)."""
        write_private_atomic(dest, data)

    # -- import ------------------------------------------------------------------------

    @staticmethod
    def detect_format(path: Path) -> str:
        """"json", "fhir" or "csv", from the file's content (ValidationError if none)."""
        return detect.detect_format(path)

    def import_json(self, source: Path | bytes) -> json_import.ImportReport:
        return json_import.import_json(self._record.store, source)

    @staticmethod
    def is_fhir_bulk(source: Path) -> bool:
        """A FHIR Bulk Data export: an .ndjson file, or a directory or zip of them."""
        return fhir_bulk.is_bulk_source(source)

    def import_fhir_bulk(self, source: Path, *, profile_id: str | None = None,
                         progress: Progress | None = None) -> fhir_import.FhirImportReport:
        """Import a Bulk Data export, streamed in batches (each one transaction)."""
        return fhir_bulk.import_bulk(self._record, source, profile_id=profile_id,
                                     progress=progress)

    def import_fhir(self, source: Path, *, profile_id: str | None = None,
                    progress: Progress | None = None) -> fhir_import.FhirImportReport:
        return fhir_import.import_fhir(self._record, source, profile_id=profile_id,
                                       progress=progress)

    def import_csv(self, profile_id: str, source: Path, *,
                   dry_run: bool = False) -> csv_readings.CsvImportReport:
        return csv_readings.import_readings_csv(self._record, profile_id, source,
                                                dry_run=dry_run)

    # -- for the doctor, the emergency and the calendar -----------------------------------

    def visit_summary(self, profile_id: str, *, start: dt.date | None = None,
                      end: dt.date | None = None, paper: str = "a4") -> bytes:
        """One person's visit summary PDF for a period (default: the last 90 days)."""
        self._may_export(profile_id)
        data = report_pdf.build_visit_summary(self._record, profile_id, start=start,
                                              end=end, paper=paper)
        self._audit_export(profile_id, "visit_summary")
        return data

    def emergency_card(self, profile_id: str, *, layout: str = "wallet") -> bytes:
        """The wallet card PDF ("wallet": front and back pages; "a4": one sheet)."""
        self._may_export(profile_id)
        data = emergency_card.build_emergency_card(self._record, profile_id, layout=layout)
        self._audit_export(profile_id, "emergency_card")
        return data

    def export_ics(self, profile_ids: list[str] | None = None) -> bytes:
        return calendar_ics.export_ics(self._record, profile_ids)

    def import_ics(self, profile_id: str, source: Path | bytes
                   ) -> calendar_ics.IcsImportReport:
        return calendar_ics.import_ics(self._record, profile_id, source)

    @staticmethod
    def is_device_export(fmt: str) -> bool:
        """Whether ``fmt`` (from detect_format) is a device's or app's export."""
        return import_run.is_source(fmt)

    def import_device_export(self, profile_id: str, source: Path, fmt: str, *,
                             dry_run: bool = False, progress: Progress | None = None
                             ) -> import_report.SourceReport:
        """A glucose sensor's, phone's or watch's export into one person's readings."""
        return import_run.import_source(self._record, profile_id, source, fmt,
                                        dry_run=dry_run, progress=progress)

    # A CSV HealthDesk does not recognise, read by the person's column mapping.

    @staticmethod
    def column_mapping(**fields: Any) -> import_mapping.Mapping:
        """A mapping (kind, time, value, clock, unit_column, unit) for ``import_mapped``."""
        return import_mapping.Mapping(**fields)

    @staticmethod
    def csv_table(path: Path) -> import_mapping.Table:
        return import_mapping.open_table(path)

    def saved_mapping(self, table: import_mapping.Table) -> import_mapping.Mapping | None:
        return import_mapping.saved_mapping(self._record, table)

    def save_mapping(self, table: import_mapping.Table,
                     mapping: import_mapping.Mapping) -> None:
        import_mapping.save_mapping(self._record, table, mapping)

    def preview_mapping(self, profile_id: str, source: Path,
                        mapping: import_mapping.Mapping) -> list[dict[str, Any]]:
        return import_mapping.preview(self._record, profile_id, source, mapping)

    def import_mapped(self, profile_id: str, source: Path, mapping: import_mapping.Mapping,
                      *, dry_run: bool = False, progress: Progress | None = None
                      ) -> import_report.SourceReport:
        return import_mapping.import_mapped(self._record, profile_id, source, mapping,
                                            dry_run=dry_run, progress=progress)

    # -- backup ------------------------------------------------------------------------

    def backup(self, dest: Path | str, *,
               overwrite: bool = False) -> backups.BackupInfo:
        """An encrypted, verified backup of the whole store."""
        self._may_export(None)
        return backups.create_backup(self._record.store, dest, overwrite=overwrite)

    def backup_schedule(self) -> BackupSchedule:
        """Automatic backups: the folder, the last good one, run now, rotation."""
        return BackupSchedule(self._record.store)

    # A restore replaces the store, so it needs no open record: class-level, like
    # HealthRecord.create and open.

    @staticmethod
    def verify_backup(path: Path) -> backups.BackupInfo:
        """Check a backup is complete and undamaged (no passphrase needed)."""
        return backups.verify_backup(path)

    @staticmethod
    def describe_backup(path: Path, *, passphrase: str | None = None,
                        recovery_key: str | None = None) -> backups.BackupContents:
        """Who and what a backup holds (its date, people, rows), before a restore."""
        return backups.describe_backup(Path(path), passphrase=passphrase,
                                       recovery_key=recovery_key)

    @staticmethod
    def restore(path: Path, data_dir: Path, *, passphrase: str | None = None,
                recovery_key: str | None = None, force: bool = False) -> backups.BackupInfo:
        return backups.restore_backup(path, data_dir, passphrase=passphrase,
                                      recovery_key=recovery_key, force=force)
