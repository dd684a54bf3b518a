"""Past visits (encounters imported from another system's record), shown as history on
the Appointments page: read-only, newest first."""

from __future__ import annotations

from typing import Any

from ..context import UiContext
from ..i18n import tr_label
from ..qt import QT_TRANSLATE_NOOP, QLabel, QVBoxLayout, QWidget
from .records_common import Column, RowsModel, fmt_datetime, make_table

SETTING_LABELS = {
    "outpatient": QT_TRANSLATE_NOOP("Labels", "Outpatient"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
    "inpatient": QT_TRANSLATE_NOOP("Labels", "Hospital stay"),
    "virtual": QT_TRANSLATE_NOOP("Labels", "Video or phone"),
    "home": QT_TRANSLATE_NOOP("Labels", "Home visit"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
EMPTY = (QT_TRANSLATE_NOOP("Labels",
        "No past visits recorded. They arrive when a FHIR record from a clinic or "
         "hospital is imported."))


class VisitHistory(QWidget):
    """The person's past visits: when, what, where, with whom and why."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "When"), lambda v: fmt_datetime(v.start_at)),
        Column(QT_TRANSLATE_NOOP("Column", "Visit"), lambda v: v.title, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda v: SETTING_LABELS.get(v.setting,
                v.setting)),
        Column(QT_TRANSLATE_NOOP("Column", "Place"), lambda v: v.place or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Seen by"), lambda v: v.practitioner or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Reason"), lambda v: v.reason or ""),
    )

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RowsModel(self.columns, self)
        self.table = make_table(self.model, self.tr("Past visits"))
        self.message = QLabel(tr_label(EMPTY))
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)

    def reload(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            self.model.set_rows([])
            return

        def done(rows: Any) -> None:
            if pid == self.ctx.profile_id:
                self.model.set_rows(list(rows))
                self.message.setVisible(not rows)

        self.ctx.read(lambda: self.ctx.record.encounters.for_profile(pid), done)
