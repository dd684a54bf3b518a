"""The symptom diary: a log, newest first, under a summary of the last 30 days."""

from __future__ import annotations

import html
from typing import Any

from ..context import UiContext
from ..dialogs.record_forms import symptom_form
from ..qt import QT_TRANSLATE_NOOP, QCoreApplication, QFrame, QLabel, QVBoxLayout
from .records_common import Column, ListSection, fmt_date, fmt_datetime, in_zone

SUMMARY_DAYS = 30


def severity_words(n: int) -> str:
    if n <= 3:
        return "mild"
    if n <= 6:
        return "moderate"
    if n <= 8:
        return "severe"
    return QCoreApplication.translate("RecordsSymptoms", "very severe")


def severity_color(n: int) -> str:
    return {"mild": "#2E7D32", "moderate": "#B26A00", "severe": "#D84315",
            "very severe": "#B71C1C"}[severity_words(n)]


def duration_text(minutes: int | None) -> str:
    """"45 min", "1 h 30 min", "2 days 3 h"."""
    if minutes is None:
        return ""
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {mins} min" if mins else "")
    return f"{mins} min"


def summary_lines(summary: list[Any], limit: int = 6, zone: str | None = None) -> str:
    if not summary:
        return QCoreApplication.translate("RecordsSymptoms",
                "No symptoms logged in the last {SUMMARY_DAYS} days.").format(
                        SUMMARY_DAYS=SUMMARY_DAYS)
    lines = []
    for s in summary[:limit]:
        times = "once" if s.count == 1 else f"{s.count} times"
        lines.append(QCoreApplication.translate("RecordsSymptoms",
                "<b>{0}</b>: {times} · average severity {mean_severity:g}/10 · worst "
                "{max_severity}/10 · last {1}").format(html.escape(s.symptom), fmt_date(in_zone(
                        s.last_at, zone)), times=times, mean_severity=s.mean_severity,
                                max_severity=s.max_severity))
    more = len(summary) - limit
    if more > 0:
        lines.append(QCoreApplication.translate("RecordsSymptoms", "…and {more} more").format(
                more=more))
    return "<br>".join(lines)


class SymptomsSection(ListSection):
    noun = "symptom"
    add_text = QT_TRANSLATE_NOOP("Labels", "Log a symptom…")
    intro = (QT_TRANSLATE_NOOP("Labels",
            "What was felt, how bad (1 to 10), where, when it started and how long it "
             "lasted. Severity 8 or more, more than three days, or words such as “chest "
             "pain” mark an entry as needing attention."))
    empty_text = QT_TRANSLATE_NOOP("Labels", "No symptoms logged.")

    def __init__(self, ctx: UiContext) -> None:
        self.zone: str | None = None  # the person's home time zone, for showing times
        self.columns = (
            Column(self.tr("Started"), lambda e: fmt_datetime(e.onset_at, self.zone)),
            Column(self.tr("Symptom"), lambda e: e.symptom, bold=True),
            Column(self.tr("Severity"), lambda e: f"{e.severity}/10 ({severity_words(e.severity)})",
                   color=lambda e: severity_color(e.severity)),
            Column(self.tr("How long"), lambda e: duration_text(e.duration_minutes)),
            Column(self.tr("Where"), lambda e: e.body_area or ""),
            Column(self.tr("Needs attention"), lambda e: "; ".join(e.attention),
                   color=lambda e: "#B71C1C" if e.attention else None),
            Column(self.tr("Note"), lambda e: (e.note or "").replace("\n", " ")),
        )
        super().__init__(ctx)

    def add_widgets(self, layout: QVBoxLayout) -> None:
        box = QFrame()
        box.setObjectName("symptomSummary")
        box.setStyleSheet("#symptomSummary { background: #F3F6FA; border: 1px solid #D0D7E2; "
                          "border-radius: 6px; }")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self.tr("Last {SUMMARY_DAYS} days").format(SUMMARY_DAYS=SUMMARY_DAYS))
        title.setStyleSheet("font-weight: 700; font-size: 15px;")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Symptoms in the last {SUMMARY_DAYS} days")
                .format(SUMMARY_DAYS=SUMMARY_DAYS))
        inner.addWidget(title)
        inner.addWidget(self.summary_label)
        layout.addWidget(box)

    def load(self, profile_id: str) -> Any:
        svc = self.ctx.record.symptoms
        zone = self.ctx.record.profiles.get(profile_id).timezone
        return svc.for_profile(profile_id), svc.summary(profile_id, days=SUMMARY_DAYS), zone

    def loaded(self, result: Any) -> list[Any]:
        entries, summary, self.zone = result
        self.summary = summary
        self.summary_label.setText(summary_lines(summary, zone=self.zone))
        return list(entries)

    def form(self, row: Any) -> Any:
        return symptom_form(self.ctx, self.ctx.profile_id, row, self, zone=self.zone)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.symptoms.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr("“{symptom}” logged {0}").format(fmt_datetime(row.onset_at, self.zone),
                symptom=row.symptom)
