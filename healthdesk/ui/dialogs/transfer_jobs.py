"""The work behind File > Import, Export and Back up: runs on the database worker, never
touches a widget, reports progress and stops only where stopping leaves nothing behind.

Where a cancel can take effect:

* before anything is read or written (every job checks first);
* inside an interop call that accepts ``progress``, through the callback: the FHIR import
  is one transaction, so a cancel at any point rolls all of it back (the JSON and CSV
  imports are one transaction too, but report no progress inside, so they finish);
* exports build the whole file in memory, check once more, then write it atomically
  (temp file and rename), so a cancelled export leaves no file, not even a partial one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

from ..ops import OpHandle

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

Progress = Callable[[float, str], None]

#: What to call a table's (or FHIR resource's) rows in a summary, in the order summaries
#: list them: (one, many). Unlisted tables (audit history, settings) are not named.
NOUNS = {
    "profiles": ("person", "people"), "Patient": ("person", "people"),
    "measurements": ("reading", "readings"), "readings": ("reading", "readings"),
    "Observation": ("reading", "readings"),
    "medications": ("medicine", "medicines"), "MedicationStatement": ("medicine", "medicines"),
    "medication_schedules": (QT_TRANSLATE_NOOP("Labels", "medicine schedule"), QT_TRANSLATE_NOOP(
            "Labels", "medicine schedules")),
    "dose_events": (QT_TRANSLATE_NOOP("Labels", "dose record"), QT_TRANSLATE_NOOP("Labels",
            "dose records")),
    "appointments": ("appointment", "appointments"),
    "Appointment": ("appointment", "appointments"),
    "conditions": ("condition", "conditions"), "Condition": ("condition", "conditions"),
    "allergies": ("allergy", "allergies"), "AllergyIntolerance": ("allergy", "allergies"),
    "immunizations": ("vaccination", "vaccinations"),
    "encounters": (QT_TRANSLATE_NOOP("Labels", "past visit"), QT_TRANSLATE_NOOP("Labels",
            "past visits")),
    "symptom_entries": (QT_TRANSLATE_NOOP("Labels", "symptom note"), QT_TRANSLATE_NOOP("Labels",
            "symptom notes")), "goals": ("goal", "goals"),
    "goal_progress": (QT_TRANSLATE_NOOP("Labels", "goal update"), QT_TRANSLATE_NOOP("Labels",
            "goal updates")),
    "emergency_contacts": ("contact", "contacts"), "documents": ("document", "documents"),
    "chat_sessions": ("conversation", "conversations"),
    "chat_messages": ("message", "messages"),
}
MAX_NOTES = 3


def count_text(n: int, key: str) -> str:
    one, many = NOUNS.get(key, (key, key))
    return f"{n} {one if n == 1 else many}"


def counts_text(counts: dict[str, int]) -> str:
    """``{"profiles": 1, "measurements": 6}`` -> "1 person, 6 readings" (named kinds only)."""
    parts = [count_text(counts[k], k) for k in NOUNS if counts.get(k)]
    return ", ".join(parts) if parts else "nothing"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class Outcome:
    """What a finished (or stopped) transfer tells the person (which pages refresh
    follows from what the import's writes changed: the op runner publishes it)."""

    title: str
    text: str
    status: str
    cancelled: bool = False
    details: str = ""  # behind "Show Details…": the long list of what was left out


@dataclass(frozen=True)
class FileCheck:
    """What a chosen file is, read before asking the person to confirm an import."""

    path: Path
    fmt: str
    profile_id: str = ""  # the person chosen when the file was picked (CSV goes to them)
    person: str = ""
    device: bool = False  # a sensor's, phone's or app's export: readings, like CSV
    table: Any = None  # an unknown CSV's layout, for the mapping dialog (fmt "csv_mapping")
    saved: Any = None  # the mapping remembered for files of its shape

    @property
    def readings(self) -> bool:
        """Whether the file holds one person's readings (CSV or a device's export)."""
        return self.fmt in ("csv", "csv_mapping") or self.device


class Steps:
    """The worker's side of a transfer: progress for the dialog, cancels where safe.

    Made on the GUI thread and bound to the op on the worker; ``cancellable`` tells the
    dialog whether its Cancel button can still stop the work.
    """

    def __init__(self) -> None:
        self.handle = OpHandle()
        self._emit: Progress = lambda _fraction, _text: None
        self.cancellable = True

    def bind(self, handle: OpHandle, emit: Progress) -> None:
        """Attach the running op's cancel flag and progress signal (on the worker)."""
        self.handle, self._emit = handle, emit

    def say(self, fraction: float, text: str, *, cancellable: bool = True) -> None:
        self.cancellable = cancellable
        if cancellable:
            self.handle.check()
        self._emit(max(0.0, min(1.0, fraction)), text)

    def within(self, start: float, end: float, *, stop_below: float = 2.0) -> Progress:
        """A progress callback for an interop call, scaled into [start, end]. It raises
        Cancelled (stopping the call) only while the call's own fraction is below
        ``stop_below``, that is while it has written nothing."""
        def report(fraction: float, text: str) -> None:
            self.say(start + (end - start) * fraction, text, cancellable=fraction < stop_below)
        return report


def check_file(record: HealthRecord, path: Path, profile_id: str) -> FileCheck:
    """Detect the file's format and name the current person (CSV goes into them).

    Raises ValidationError naming the file when it is none of the formats.
    """
    from healthdesk.interop.transfer import Transfer

    person = record.profiles.get(profile_id).name if profile_id else ""
    try:
        fmt = Transfer.detect_format(path)
    except ValidationError:
        table = _unknown_table(Path(path))
        if table is None:
            raise
        return FileCheck(Path(path), "csv_mapping", profile_id, person, table=table,
                         saved=Transfer(record).saved_mapping(table))
    return FileCheck(Path(path), fmt, profile_id, person, Transfer.is_device_export(fmt))


def _unknown_table(path: Path) -> Any:
    """A text table the detector did not recognise (the mapping dialog reads it), else
    None: JSON, XML and archives keep the detector's message."""
    from healthdesk.interop.transfer import Transfer

    try:
        with path.open("rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head or head[:1] in (b"{", b"[", b"<") or head.startswith(b"PK"):
            return None
        return Transfer.csv_table(path)
    except (OSError, ValidationError):
        return None


def import_mapped(record: HealthRecord, check: FileCheck, mapping: Any, remember: bool,
                  steps: Steps) -> Outcome:
    """Import an unknown CSV by the person's mapping (saved first when asked)."""
    from healthdesk.interop.transfer import Transfer

    transfer = Transfer(record)
    steps.say(0.02, QCoreApplication.translate("TransferJobs", "Reading {name}").format(
            name=check.path.name))
    if remember:
        transfer.save_mapping(check.table, mapping)
    report = transfer.import_mapped(check.profile_id, check.path, mapping,
                                    progress=steps.within(0.05, 1.0))
    text = f"Added {count_text(report.imported, 'readings')} to {check.person}'s record."
    if report.already:
        text += f"\n{count_text(report.already, 'readings')} already there."
    left = [f"{kind}: {n} ({reason})" for kind, t in sorted(report.kinds.items())
            for reason, n in sorted(t.skipped.items())]
    return _imported(text, left)


# --------------------------------------------------------------------------- import


def import_file(record: HealthRecord, check: FileCheck, steps: Steps) -> Outcome:
    """Import ``check.path``; every format is all or nothing."""
    from healthdesk.interop.transfer import Transfer

    transfer = Transfer(record)
    name = check.path.name
    steps.say(0.02, QCoreApplication.translate("TransferJobs", "Reading {name}").format(name=name))
    if check.device:
        # Stored a chunk at a time: a cancel keeps the chunks written (see import_run).
        dreport = transfer.import_device_export(check.profile_id, check.path, check.fmt,
                                                progress=steps.within(0.05, 1.0))
        text = (f"Added {count_text(dreport.imported, 'readings')} from {dreport.label} to "
                f"{check.person}'s record.")
        if dreport.already:
            text += (f"\n{count_text(dreport.already, 'readings')} already there "
                     "(from this file or another source) and left as they were.")
        left = [f"{kind}: {n} ({reason})" for kind, t in sorted(dreport.kinds.items())
                for reason, n in sorted(t.skipped.items())]
        return _imported(text, left)
    if check.fmt == "csv":
        steps.say(0.1, QCoreApplication.translate("TransferJobs",
                "Checking and saving the readings"), cancellable=False)
        report = transfer.import_csv(check.profile_id, check.path)
        text = f"Added {count_text(report.imported, 'readings')} to {check.person}'s record."
        if report.skipped_duplicates:
            text += (f"\n{count_text(report.skipped_duplicates, 'readings')} "
                     "already there and left as they were.")
        return _imported(text, report.errors)
    if check.fmt == "fhir":
        report = transfer.import_fhir(check.path, profile_id=None,
                                      progress=steps.within(0.05, 1.0))
        text = f"Added {counts_text(report.created)}."
        if any(report.duplicates.values()):
            text += ("\nAlready in the record (left as they were): "
                     f"{counts_text(report.duplicates)}.")
        text += "\n\nBy kind of FHIR resource:\n" + "\n".join(report.lines())
        return _imported(text, report.skipped)
    steps.say(0.1, QCoreApplication.translate("TransferJobs",
            "Checking and saving everything in the file"), cancellable=False)
    jreport = transfer.import_json(check.path)
    changed = {t: c.inserted + c.updated for t, c in jreport.tables.items()}
    text = f"Added {jreport.inserted} and updated {jreport.updated} items"
    text += f" ({counts_text(changed)})." if any(changed.values()) else "."
    if jreport.skipped:
        text += f"\nAlready up to date: {jreport.skipped}."
    return _imported(text, [])


def _imported(text: str, notes: list[str]) -> Outcome:
    """A summary; up to ``MAX_NOTES`` notes on what was left out are shown with it, a
    longer list (FHIR reasons can be many and technical) behind "Show Details…"."""
    status = f"Import finished: {text.split(chr(10), 1)[0]}"
    details = ""
    if 0 < len(notes) <= MAX_NOTES:
        text += "\n\nLeft out:\n• " + "\n• ".join(notes)
    elif notes:
        text += (f"\n\n{len(notes)} things in the file were left out; "
                 "press Show Details to see which, and why.")
        details = "\n".join(f"• {n}" for n in notes)
    return Outcome(QCoreApplication.translate("TransferJobs", "Import finished"), text, status,
            details=details)


# --------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportChoice:
    """A format ("json", "fhir", "csv") and whose data: everyone, or the current person."""

    fmt: str
    everyone: bool


def export_name(choice: ExportChoice, person: str, day: dt.date) -> str:
    """The file name a save dialog suggests: who, what and when, readable in a folder."""
    who = "everyone" if choice.everyone else person
    what = {"json": "", "fhir": " FHIR", "csv": " readings"}[choice.fmt]
    suffix = ".csv" if choice.fmt == "csv" else ".json"
    return QCoreApplication.translate("TransferJobs", "HealthDesk {who}{what} {0}{suffix}").format(
            day.isoformat(), who=who, what=what, suffix=suffix)


def with_suffix(path: Path, suffix: str) -> Path:
    """A name typed without an extension gets the format's one."""
    return path if path.suffix else path.with_name(path.name + suffix)


def export_file(record: HealthRecord, choice: ExportChoice, profile_id: str, dest: Path,
                steps: Steps) -> Outcome:
    """Build the export in memory, then write it atomically: a cancel leaves no file."""
    from healthdesk.interop.transfer import Transfer

    transfer = Transfer(record)
    dest = Path(dest)
    ids = None if choice.everyone else [profile_id]
    steps.say(0.02, QCoreApplication.translate("TransferJobs", "Collecting the record"))
    if choice.fmt == "json":
        data = transfer.export_json(None, profile_ids=ids)
        tables = json.loads(data).get("tables", {})
        counts = {t: len(rows) for t, rows in tables.items()}
    elif choice.fmt == "fhir":
        data = transfer.export_fhir(None, profile_ids=ids, progress=steps.within(0.05, 0.9))
        kinds: dict[str, int] = {}
        for entry in json.loads(data).get("entry", []):
            kind = entry["resource"]["resourceType"]
            kind = "MedicationStatement" if kind == "MedicationRequest" else kind
            kinds[kind] = kinds.get(kind, 0) + 1
        counts = kinds
    else:
        data = transfer.export_csv(profile_id, None)
        counts = {"readings": max(0, len(data.decode("utf-8-sig").splitlines()) - 1)}
    steps.say(0.95, QCoreApplication.translate("TransferJobs", "Saving {name}").format(
            name=dest.name))
    transfer.save(dest, data)
    what = counts_text(counts)
    text = f"Saved {what} to\n{dest}\n({size_text(len(data))})."
    return Outcome(QCoreApplication.translate("TransferJobs", "Export finished"), text,
            QCoreApplication.translate("TransferJobs", "Exported to {name}: {what}").format(
                    name=dest.name, what=what))


# --------------------------------------------------------------------------- backup


def back_up(record: HealthRecord, dest: Path, steps: Steps) -> Outcome:
    """A whole-store encrypted backup; the person already agreed to replace ``dest``."""
    from healthdesk.interop.transfer import Transfer

    dest = Path(dest)
    steps.say(0.05, QCoreApplication.translate("TransferJobs", "Preparing the backup"))
    steps.say(0.1, QCoreApplication.translate("TransferJobs", "Copying the encrypted record"),
            cancellable=False)
    info = Transfer(record).backup(dest, overwrite=True)
    text = (f"Backed up the whole record to\n{dest}\n({size_text(info.size_bytes)}).\n\n"
            "The backup is encrypted: it opens with your passphrase or your recovery key.")
    return Outcome(QCoreApplication.translate("TransferJobs", "Backup finished"), text,
            QCoreApplication.translate("TransferJobs", "Backed up to {name}").format(
                    name=dest.name))


def error_text(verb: str, exc: BaseException) -> str:
    """A sentence for the person: our errors already are one; never a traceback."""
    if isinstance(exc, ValidationError | NotFoundError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate("TransferJobs",
                "The {verb} could not be finished: {0}{where}.").format(exc.strerror or exc,
                        verb=verb, where=where)
    return QCoreApplication.translate("TransferJobs",
            "The {verb} could not be finished ({0}: {exc}).").format(type(exc).__name__, verb=verb,
                    exc=exc)


def cancelled(verb: str) -> Outcome:
    nothing = "no file was written" if verb != "import" else "nothing was changed"
    return Outcome(f"{verb.capitalize()} stopped", QCoreApplication.translate("TransferJobs",
            "The {verb} was stopped; {nothing}.").format(verb=verb, nothing=nothing),
                   QCoreApplication.translate("TransferJobs", "{0} stopped; {nothing}.").format(
                           verb.capitalize(), nothing=nothing), cancelled=True)


def describe(check: FileCheck) -> tuple[str, str]:
    """The confirmation question and its explanation, before an import starts."""
    name = check.path.name
    if check.device:
        return (f"Import the readings in “{name}” into {check.person}'s record?",
                f"The readings go into the person chosen now: {check.person}. Times "
                "without a time zone are read in their zone. Readings already in the "
                "record, from this file or another source, are skipped.")
    if check.fmt == "csv":
        return (f"Import the readings in “{name}” into {check.person}'s record?",
                f"The readings go into the person chosen now: {check.person}. "
                "To add them to someone else, cancel and switch person first. "
                "Readings already in the record are skipped.")
    if check.fmt == "fhir":
        return (f"Import the FHIR health record “{name}”?",
                "Each person in the file is matched by name with the people already "
                "here, or added as a new person. Their readings, conditions, allergies, "
                "medicines and appointments are added; anything already here is skipped.")
    return (f"Import the HealthDesk file “{name}”?",
            "It is merged into this record: missing items are added and newer versions "
            "replace older ones. Nothing is deleted.")
