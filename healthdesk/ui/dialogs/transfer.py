"""The File menu: import a file, export the record, back it up.

Every transfer runs on the database worker (``ctx.tasks.run(..., with_handle=True)``)
behind a small progress dialog with a Cancel button; the work itself lives in
``transfer_jobs`` and says when a cancel can still take effect (the button is greyed
out, with a word of explanation, for steps that must finish once started). Dialogs and
message boxes are opened with ``open()``, never ``exec()``, so the GUI keeps running
and tests can drive them as a person would.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..context import UiContext
from ..ops import Cancelled, OpHandle
from ..qt import (
    QAction,
    QButtonGroup,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QObject,
    QProgressBar,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..widgets import body_points, muted, set_point_size
from . import transfer_jobs as jobs

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

log = logging.getLogger(__name__)

IMPORT_KEYS = "Ctrl+I"
# Not Ctrl+E: the Medications and Appointments pages use Ctrl+E for "Edit", and two
# shortcuts on one key in one window make Qt fire neither.
EXPORT_KEYS = "Ctrl+Shift+E"
FILTERS = {"json": "HealthDesk file (*.json)", "fhir": "FHIR health record (*.json)",
           "csv": "Spreadsheet of readings (*.csv)"}
OPEN_FILTER = "Health files (*.json *.csv *.txt *.xml *.zip *.db);;All files (*)"


class TransferProgress(QDialog):
    """How far a transfer has got, with a Cancel button (Esc) that stops it where safe."""

    #: Emitted when the person asks to stop.
    cancel_event = Signal()

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        set_point_size(self, body_points())
        self._stopping = False
        heading = set_point_size(QLabel(title), body_points() + 3, bold=True)
        self.text = set_point_size(QLabel(self.tr("Starting…")), body_points() + 1)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What is happening"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMinimumHeight(28)
        self.bar.setAccessibleName(f"{title} progress")
        self.note = muted("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop (Esc)"))
        self.cancel_button.setMinimumHeight(36)
        self.cancel_button.clicked.connect(self.request_cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(14)
        for w in (heading, self.text, self.bar, self.note):
            box.addWidget(w)
        box.addLayout(row)

    def show_progress(self, fraction: float, text: str, cancellable: bool) -> None:
        self.bar.setValue(round(fraction * 1000))
        if not self._stopping:
            self.text.setText(f"{text}…")
            self.cancel_button.setEnabled(cancellable)
            self.note.setText("" if cancellable else self.tr("This step cannot be stopped once "
                                                     "started; it will finish shortly."))

    def request_cancel(self) -> None:
        if self.cancel_button.isEnabled() and not self._stopping:
            self._stopping = True
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Stopping…"))
            self.cancel_event.emit()

    def reject(self) -> None:
        """Esc and the close box ask to stop; the dialog closes when the work has ended."""
        self.request_cancel()

    def finish(self) -> None:
        self.accept()


class ExportDialog(QDialog):
    """Choose what to export: which format, and everyone or the current person."""

    def __init__(self, person: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        set_point_size(self, body_points())
        self.group = QButtonGroup(self)
        self.choices: dict[int, jobs.ExportChoice] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(8)
        box.addWidget(set_point_size(QLabel(self.tr("What would you like to save?")),
                                     body_points() + 3, bold=True))
        who = person or "the current person"
        sections = (
            ("HealthDesk file (JSON)", "To open in HealthDesk on another computer.",
             [("json", True, "Everyone in this record"), ("json", False, f"Only {who}")]),
            ("FHIR R4 health record", "For a doctor's system or another health app.",
             [("fhir", False, f"Only {who}"), ("fhir", True, "Everyone in this record")]),
            ("Spreadsheet of readings (CSV)", "Opens in Excel, Numbers or LibreOffice.",
             [("csv", False, f"{who}'s readings")]),
        )
        for title, about, options in sections:
            box.addSpacing(8)
            box.addWidget(set_point_size(QLabel(title), body_points() + 1, bold=True))
            box.addWidget(muted(about))
            for fmt, everyone, label in options:
                radio = QRadioButton(label)
                radio.setAccessibleName(f"{title}: {label}")
                radio.setEnabled(everyone or bool(person))
                self.group.addButton(radio, len(self.choices))
                self.choices[len(self.choices)] = jobs.ExportChoice(fmt, everyone)
                box.addWidget(radio)
        self.group.button(0).setChecked(True)
        box.addSpacing(10)
        box.addWidget(muted(self.tr("Exported files are not encrypted: keep them somewhere safe, "
                            "and delete them when they are no longer needed.")))
        self.save_button = QPushButton(self.tr("Choose where to save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for b in (cancel, self.save_button):
            b.setMinimumHeight(36)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        box.addSpacing(6)
        box.addLayout(row)

    def choice(self) -> jobs.ExportChoice:
        return self.choices[self.group.checkedId()]

    def choose(self, fmt: str, everyone: bool) -> None:
        """Tick the option for ``fmt`` and scope (for keyboard users and tests alike)."""
        for i, c in self.choices.items():
            if c == jobs.ExportChoice(fmt, everyone):
                self.group.button(i).setChecked(True)


class TransferActions(QObject):
    """The File menu's actions and the transfer that is running (one at a time)."""

    def __init__(self, window: QMainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.setObjectName("transferActions")
        self.window, self.ctx = window, ctx
        self.folder = Path.home()
        self.progress: TransferProgress | None = None
        self.message: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.mapping_dialog: QDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.handle: OpHandle | None = None
        self.import_act = self._action(self.tr("&Import…"), IMPORT_KEYS, self.import_action,
                                       self.tr("Add readings or records from a file"))
        self.export_act = self._action(self.tr("&Export…"), EXPORT_KEYS, self.export_action,
                                       self.tr("Save the record, or one person's part, to a file"))
        self.backup_act = self._action(self.tr("&Back up…"), None, self.backup_action,
                                       self.tr("Save an encrypted copy of the whole record"))
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&File"), bar)
        for a in (self.import_act, self.export_act):
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_act)
        first = bar.actions()[0] if bar.actions() else None
        if first is not None:
            bar.insertMenu(first, self.menu)
        else:
            bar.addMenu(self.menu)

    def _action(self, text: str, keys: str | None, slot: Callable[[], None],
                tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            tip = f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    @property
    def busy(self) -> bool:
        return not self.import_act.isEnabled()

    def _set_busy(self, busy: bool) -> None:
        for a in (self.import_act, self.export_act, self.backup_act):
            a.setEnabled(not busy)

    def _keep(self, name: str, widget: QWidget) -> None:
        """Remember the newest dialog of a kind and let the previous one go, so a long
        session does not pile up hidden dialogs."""
        old = getattr(self, name)
        if old is not None and old is not widget:
            old.deleteLater()
        setattr(self, name, widget)

    # -- messages ---------------------------------------------------------------------

    def _box(self, icon: QMessageBox.Icon, title: str, text: str,
             buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
             ) -> QMessageBox:
        box = QMessageBox(icon, title, text, buttons, self.window)
        set_point_size(box, body_points())
        # Wide enough that a summary or a row-by-row error reads as lines, not a column.
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                          "{ min-width: 440px; }")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        box = self._box(icon, title, text)
        if details:
            box.setDetailedText(details)
        self._keep("message", box)
        box.open()

    def _failed(self, verb: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self._end()
            text = jobs.error_text(verb, exc)
            log.info("%s failed: %s", verb, type(exc).__name__)  # never the text: health data
            first = text.split(". ", 1)[0].rstrip(".")
            self.ctx.status_event.emit(f"{verb.capitalize()} not done: {first[:100]}.")
            self._show(QMessageBox.Icon.Warning, QCoreApplication.translate("TransferActions",
                    "{0} not done").format(verb.capitalize()), text)
        return show

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.finish()
        self._set_busy(False)

    # -- running a transfer -----------------------------------------------------------

    def _start(self, verb: str, title: str, job: Callable[[jobs.Steps], jobs.Outcome]) -> None:
        self._set_busy(True)
        steps = jobs.Steps()
        dialog = TransferProgress(title, self.window)
        self._keep("progress", dialog)

        def work(handle: OpHandle, emit: jobs.Progress) -> jobs.Outcome:
            steps.bind(handle, emit)
            try:
                return job(steps)
            except Cancelled:
                return jobs.cancelled(verb)

        self.handle = self.ctx.tasks.run(
            work, self._finished, self._failed(verb), with_handle=True,
            on_progress=lambda f, text: dialog.show_progress(f, text, steps.cancellable))
        dialog.cancel_event.connect(self.handle.cancel)
        dialog.open()

    def _finished(self, outcome: jobs.Outcome) -> None:
        self._end()
        self.ctx.status_event.emit(outcome.status)
        self._show(QMessageBox.Icon.Information, outcome.title, outcome.text, outcome.details)

    def _record(self) -> HealthRecord:
        return self.ctx.record  # read when a transfer starts, never kept (lock swaps it)

    # -- import -----------------------------------------------------------------------

    def import_action(self) -> None:
        if self.busy:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Import a file", str(self.folder),
                                              OPEN_FILTER)
        if not path:
            return
        self.folder = Path(path).parent
        record, pid = self._record(), self.ctx.profile_id
        self._set_busy(True)
        self.ctx.run(lambda: jobs.check_file(record, Path(path), pid), self._confirm_import,
                     self._failed("import"))

    def _confirm_import(self, check: jobs.FileCheck) -> None:
        self._set_busy(False)
        if check.readings and not check.person:
            self._show(QMessageBox.Icon.Information, self.tr("Choose a person first"),
                       self.tr("A file of readings goes into one person's record. Add or choose "
                       "a person first, then import the file."))
            return
        if check.fmt == "csv_mapping":
            self._map_columns(check)
            return
        question, about = jobs.describe(check)
        box = self._box(QMessageBox.Icon.Question, self.tr("Import"), question,
                        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setInformativeText(about)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Import"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        self._keep("confirm_box", box)

        def answered(_code: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Ok):
                record = self._record()
                self._start("import", QCoreApplication.translate("TransferActions",
                        "Importing {name}").format(name=check.path.name),
                            lambda steps: jobs.import_file(record, check, steps))

        box.finished.connect(answered)
        box.open()

    def _map_columns(self, check: jobs.FileCheck) -> None:
        """An unknown CSV: the person maps its columns, then it imports like the rest."""
        from .csv_mapping import CsvMappingDialog

        dialog = CsvMappingDialog(self.ctx, check.path, check.table, check.profile_id,
                                  check.person, check.saved, self.window)
        self._keep("mapping_dialog", dialog)

        def answered(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                record, mapping, remember = self._record(), dialog.mapping(), dialog.remember()
                self._start("import", QCoreApplication.translate("TransferActions",
                        "Importing {name}").format(name=check.path.name),
                            lambda steps: jobs.import_mapped(record, check, mapping, remember,
                                                             steps))

        dialog.finished.connect(answered)
        dialog.open()

    # -- export -----------------------------------------------------------------------

    def export_action(self) -> None:
        if self.busy:
            return
        record, pid = self._record(), self.ctx.profile_id
        self._set_busy(True)
        self.ctx.run(lambda: record.profiles.get(pid).name if pid else "",
                     lambda name: self._ask_export(name, pid), self._failed("export"))

    def _ask_export(self, person: str, pid: str) -> None:
        self._set_busy(False)
        dialog = ExportDialog(person, self.window)
        self._keep("export_dialog", dialog)
        dialog.accepted.connect(lambda: self._export_to(dialog.choice(), person, pid))
        dialog.open()

    def _export_to(self, choice: jobs.ExportChoice, person: str, pid: str) -> None:
        name = jobs.export_name(choice, person, dt.date.today())
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the export as",
                                              str(self.folder / name), FILTERS[choice.fmt])
        if not path:
            return
        dest = jobs.with_suffix(Path(path), Path(name).suffix)
        self.folder = dest.parent
        record = self._record()
        self._start("export", self.tr("Exporting to {name}").format(name=dest.name),
                    lambda steps: jobs.export_file(record, choice, pid, dest, steps))

    # -- backup -----------------------------------------------------------------------

    def backup_action(self) -> None:
        if self.busy:
            return
        name = f"HealthDesk backup {dt.date.today().isoformat()}.tar"
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the backup as",
                                              str(self.folder / name),
                                              "HealthDesk backup (*.tar)")
        if not path:
            return
        dest = jobs.with_suffix(Path(path), ".tar")
        self.folder = dest.parent
        record = self._record()
        self._start("backup", self.tr("Backing up the record"),
                    lambda steps: jobs.back_up(record, dest, steps))


def install_transfer_menu(window: QMainWindow) -> TransferActions:
    """Add the File menu (Import, Export, Back up) to ``window``, first in its menu bar.

    Calling it again returns the existing actions rather than adding a second menu.
    """
    existing = window.findChild(TransferActions, "transferActions")
    if isinstance(existing, TransferActions):
        return existing
    return TransferActions(window, window.ctx)  # type: ignore[attr-defined]
