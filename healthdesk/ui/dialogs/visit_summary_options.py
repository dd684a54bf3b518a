"""Before a visit summary is made: the period it covers (the last 90 days unless chosen)
and the paper (the locale's: Letter in the US, else A4). A period that ends before it
starts, or in the future, is said next to the field and cannot be taken."""

from __future__ import annotations

import datetime as dt

from ..qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

DEFAULT_DAYS = 90


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class VisitSummaryOptions(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date, paper: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit summary"))
        self.today = today
        self.start = QDateEdit(QDate(*(today - dt.timedelta(days=DEFAULT_DAYS)).timetuple()[:3]))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._check)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020; font-weight: 600;")
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.tr("&Paper"), self.paper)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._check()

    def problem(self) -> str | None:
        start, end = _day(self.start.date()), _day(self.end.date())
        if end > self.today:
            return self.tr("To must be today ({0}) or earlier.").format(self.today.isoformat())
        if start > end:
            return self.tr("From must be on or before To ({0}).").format(end.isoformat())
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(problem is None)

    def choice(self) -> tuple[dt.date, dt.date, str]:
        return _day(self.start.date()), _day(self.end.date()), str(self.paper.currentData())


def ask_visit_summary_options(parent: QWidget | None, today: dt.date, paper: str
                              ) -> tuple[dt.date, dt.date, str] | None:
    dialog = VisitSummaryOptions(parent, today, paper)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
