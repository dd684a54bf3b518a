"""Insights: the current person's week (readings against their ranges, adherence, missed
doses, symptoms, entries needing attention), a relation worth a doctor's question, and the
assistant's recent answers. Computed by services/assistant_insights.py off the GUI thread."""

from __future__ import annotations

import html
from typing import Any

from healthdesk.domain.changes import Changes
from healthdesk.domain.formats import format_number
from healthdesk.domain.i18n import _
from healthdesk.services import assistant_insights as insights
from healthdesk.services.assistant_draft import INTENT_LABELS

from ..context import UiContext
from ..qt import QLabel, QScrollArea, QVBoxLayout, QWidget
from .records_common import PAGE_STYLE, error_text, fmt_datetime

WATCHED = ("measurements", "dose_events", "symptom_entries", "chat_messages", "medications")


class InsightsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setStyleSheet(PAGE_STYLE)
        self._stale = True
        self.summary: Any = None
        self.relation: Any = None
        self.history: list[Any] = []
        title = QLabel(self.tr("Insights"))
        title.setStyleSheet("font-size: 24px; font-weight: 700;")
        note = QLabel(self.tr("What the last seven days show, beside the seven before. These are "
                      "observations to take to a doctor, not a diagnosis."))
        note.setWordWrap(True)
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_label.setStyleSheet("color: #B71C1C; font-weight: 600;")
        self.attention_label.setAccessibleName(self.tr("Symptoms needing attention"))
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Weekly summary"))
        self.relation_label = QLabel()
        self.relation_label.setWordWrap(True)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setAccessibleName(self.tr("The assistant's recent answers"))
        self.chart_holder = QVBoxLayout()
        self.chart: QWidget | None = None
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 12, 16, 12)
        for w in (title, note, self.attention_label, self.summary_label, self.relation_label):
            lay.addWidget(w)
        lay.addLayout(self.chart_holder)
        history_title = QLabel(self.tr("The assistant's recent answers"))
        history_title.setStyleSheet("font-size: 16px; font-weight: 700;")
        lay.addWidget(history_title)
        lay.addWidget(self.history_label)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.profile_did_change.connect(lambda _pid: self.refresh())
        ctx.operation_did_execute.connect(self._changed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_any(WATCHED, self.ctx.profile_id):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        pid = self.ctx.profile_id
        if not pid:
            self.summary_label.setText(self.tr("Choose a person first."))
            return
        record = self.ctx.record

        def work() -> tuple[Any, Any, list[Any], str | None]:
            return (insights.weekly(record, pid), insights.missed_dose_relation(record, pid),
                    insights.answer_history(record, pid), record.profiles.get(pid).timezone)

        def done(result: tuple[Any, Any, list[Any], str | None]) -> None:
            if pid == self.ctx.profile_id:
                self._show(*result)

        self.ctx.run(work, done, lambda exc: self.summary_label.setText(error_text(exc)))

    def _show(self, summary: Any, relation: Any, history: list[Any], zone: str | None) -> None:
        self.summary, self.relation, self.history = summary, relation, history
        self.attention_label.setText("".join(self.tr(
            "Needs attention: {symptom} ({when}): {why}").format(
                symptom=html.escape(s.symptom), when=fmt_datetime(s.onset_at, zone),
                why=html.escape("; ".join(s.attention))) + "<br>" for s in summary.attention))
        self.attention_label.setVisible(bool(summary.attention))
        # One whole sentence per fact (word order differs in Hindi and Tamil), numbers
        # in the window's locale.
        lines = []
        for t in summary.trends:
            parts = [self.tr("<b>{kind}</b>: average {mean} {unit} from %n reading(s).", "",
                             t.count).format(kind=html.escape(_(t.label)),
                                             mean=format_number(t.mean), unit=t.unit)]
            change = format_number(abs(t.change)) if t.change is not None else ""
            if t.change is None or t.direction == "new":
                parts.append(self.tr("No week before to compare."))
            elif t.direction == "up":
                parts.append(self.tr("Up {change} {unit} on the week before.").format(
                    change=change, unit=t.unit))
            elif t.direction == "down":
                parts.append(self.tr("Down {change} {unit} on the week before.").format(
                    change=change, unit=t.unit))
            else:
                parts.append(self.tr("Steady on the week before."))
            if t.band is not None:
                parts.append(self.tr("Normal range {low}–{high}.").format(
                    low=format_number(t.band[0]), high=format_number(t.band[1])))
            parts.append(self.tr("%n out of range.", "", t.out_of_range))
            lines.append(" ".join(parts))
        pct = summary.adherence_percent
        lines.append(self.tr("<b>Medicines</b>: no scheduled doses.") if pct is None else
                     self.tr("<b>Medicines</b>: {percent}% taken ({taken} of {due} due), "
                             "{missed} missed, {skipped} skipped.").format(
                         percent=pct, taken=summary.doses_taken, due=summary.doses_due,
                         missed=summary.missed, skipped=summary.skipped))
        lines.append(self.tr("<b>Symptoms</b>: {symptoms} logged, {0} needing attention").format(
                len(summary.attention), symptoms=summary.symptoms))
        self.summary_label.setText("<br>".join(lines))
        diff = relation.difference
        self.relation_label.setText(
            self.tr("Not enough blood pressure readings and missed doses to compare.")
            if diff is None
            else self.tr(
                    "Over the last 90 days, systolic BP averaged {mean_after_missed:g} mmHg on "
                    "the {days_after_missed} days after a missed dose and {mean_other:g} mmHg on "
                    "{other_days} other days ({diff:+g}). Worth a question to the doctor, not a "
                    "conclusion.").format(mean_after_missed=relation.mean_after_missed,
                            days_after_missed=relation.days_after_missed,
                                    mean_other=relation.mean_other, other_days=relation.other_days,
                                            diff=diff))
        self.history_label.setText("<br>".join(
            f"{fmt_datetime(a.asked_at, zone)} · "
            f"{html.escape(INTENT_LABELS.get(a.intent, a.intent))} · "
            + self.tr("%n sources", "", a.sources) + f" · {a.response_ms:.0f} ms"
            for a in history[:10])
            or self.tr("No questions asked yet."))
        if self.chart is not None:
            self.chart_holder.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None
        if summary.trends or diff is not None:
            from .insights_charts import canvas

            self.chart = canvas(summary, relation)
            self.chart_holder.addWidget(self.chart)
