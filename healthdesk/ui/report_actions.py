"""File > Visit summary… and File > Emergency card…: PDFs of the current person.

One click asks where to save, then the PDF is built on the database worker (ctx.run) and
written owner-only; the window stays responsive. The visit summary covers the last 90
days on the paper this computer's locale uses (Letter in the US, else A4) unless another
period or paper is chosen in the dialog asked first; the card is
wallet-size, front and back (the command line has the other choices).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from healthdesk.interop.transfer import Transfer

from .context import UiContext
from .dialogs.visit_summary_options import ask_visit_summary_options
from .qt import (
    QAction,
    QCoreApplication,
    QFileDialog,
    QLocale,
    QMainWindow,
    QMessageBox,
    QObject,
    QWidget,
)


def local_paper() -> str:
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


def _safe(name: str) -> str:
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip() or "person"


class ReportActions(QObject):
    def __init__(self, window: QMainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.setObjectName("reportActions")
        self.window, self.ctx = window, ctx
        self.folder = Path.home()
        self.message: QMessageBox | None = None
        # The period and paper are asked first (tests answer for the person).
        self.ask_options: Callable[[QWidget, dt.date, str],
                                   tuple[dt.date, dt.date, str] | None] = \
            ask_visit_summary_options
        self.summary_act = QAction(self.tr("&Visit summary…"), window)
        self.summary_act.setStatusTip(self.tr("A PDF of this person's record for a doctor: the "
                                      "last 90 days"))
        self.summary_act.triggered.connect(lambda _=False: self.visit_summary_action())
        self.card_act = QAction(self.tr("Emergency &card…"), window)
        self.card_act.setStatusTip(self.tr("A wallet-size card with allergies, medicines and "
                                   "contacts, and a QR code of the same"))
        self.card_act.triggered.connect(lambda _=False: self.emergency_card_action())

    def add_to(self, menu: object) -> None:
        menu.addSeparator()  # type: ignore[attr-defined]
        menu.addAction(self.summary_act)  # type: ignore[attr-defined]
        menu.addAction(self.card_act)  # type: ignore[attr-defined]

    def _person(self) -> tuple[str, str] | None:
        pid = self.ctx.profile_id
        if not pid:
            self._tell(self.tr("Choose a person first"), self.tr(
                    "Add or choose a person, then make the PDF."),
                       error=True)
            return None
        # The switcher already shows "AR  Asha Rao": no database read on the GUI thread.
        box = getattr(self.window, "profile_box", None)
        label = box.currentText() if box is not None else ""
        return pid, label.split("  ", 1)[-1].strip() or "person"

    def visit_summary_action(self) -> None:
        who = self._person()
        if who is None:
            return
        pid, name = who
        chosen = self.ask_options(self.window, dt.date.today(), local_paper())
        if chosen is None:
            return
        start, end, paper = chosen
        self._save_as(self.tr("Save the visit summary as"),
                      self.tr("Visit summary {0} {today}.pdf").format(
                          _safe(name), today=end.isoformat()),
                      lambda rec: Transfer(rec).visit_summary(pid, start=start, end=end,
                                                             paper=paper),
                      self.tr("Saved the visit summary of {name}").format(name=name))

    def emergency_card_action(self) -> None:
        who = self._person()
        if who is None:
            return
        pid, name = who
        self._save_as(self.tr("Save the emergency card as"), self.tr("Emergency card {0}.pdf")
                .format(_safe(name)),
                      lambda rec: Transfer(rec).emergency_card(pid),
                      self.tr("Saved the emergency card of {name}").format(name=name))

    def _save_as(self, title: str, name: str, build,
            done_text: str) -> None:  # type: ignore[no-untyped-def]
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(self.folder / name),
                                              "PDF (*.pdf)")
        if not path:
            return
        dest = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        self.folder = dest.parent
        record = self.ctx.record
        for a in (self.summary_act, self.card_act):
            a.setEnabled(False)

        def work() -> Path:
            Transfer.save(dest, build(record))
            return dest

        def finished(saved: Path) -> None:
            self._enable()
            self.ctx.status_event.emit(f"{done_text} to {saved}.")

        def failed(exc: BaseException) -> None:
            self._enable()
            self._tell(QCoreApplication.translate("ReportActions", "Not saved"),
                    QCoreApplication.translate("ReportActions", "The PDF was not saved: {exc}")
                            .format(exc=exc), error=True)

        self.ctx.run(work, finished, failed)

    def _enable(self) -> None:
        for a in (self.summary_act, self.card_act):
            a.setEnabled(True)

    def _tell(self, title: str, text: str, error: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        if self.message is not None:
            self.message.deleteLater()
        self.message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok,
                                   self.window)
        self.message.open()


def install_report_actions(window: QMainWindow, ctx: UiContext, menu: object) -> ReportActions:
    """Add the two actions to ``menu`` (the File menu) once."""
    existing = window.findChild(ReportActions, "reportActions")
    if isinstance(existing, ReportActions):
        return existing
    actions = ReportActions(window, ctx)
    actions.add_to(menu)
    return actions
