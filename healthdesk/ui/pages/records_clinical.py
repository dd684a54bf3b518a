"""Allergies (with the red banner shown on top of the Records page) and conditions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..dialogs.record_forms import (
    ALLERGY_CATEGORIES,
    allergy_form,
    condition_form,
    label_of,
)
from ..i18n import tr_label
from ..qt import QT_TRANSLATE_NOOP, QCoreApplication, QFrame, QHBoxLayout, QLabel, Qt
from .records_common import (
    MUTED,
    SEVERITY_COLORS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    Column,
    ListSection,
    fmt_date,
)

STATUS_COLORS = {"active": "#B26A00", "remission": "#2E7D32", "inactive": MUTED,
                 "resolved": MUTED}


def allergy_phrase(a: Any) -> str:
    """"Penicillin (severe, hives)": what a nurse must read at a glance."""
    parts = []
    if a.severity != "unknown":
        parts.append(tr_label(SEVERITY_LABELS[a.severity]).lower())
    if a.reaction:
        r = a.reaction
        # "Hives" -> "hives" inside the brackets, but leave "ACE inhibitor cough" alone.
        parts.append(r[:1].lower() + r[1:] if r[1:2].islower() else r)
    return f"{a.substance} ({', '.join(parts)})" if parts else a.substance


def banner_text(allergies: Sequence[Any]) -> str:
    if not allergies:
        return QCoreApplication.translate("RecordsClinical", "Allergies: none recorded")
    return QCoreApplication.translate("RecordsClinical", "Allergies: {0}").format(
        " · ".join(allergy_phrase(a) for a in allergies))


class AllergyBanner(QFrame):
    """A red-bordered line naming every allergy, most dangerous first."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("allergyBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Allergies"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.addWidget(self.label, 1)
        self.set_allergies([])

    def set_allergies(self, allergies: Sequence[Any]) -> None:
        self.has_allergies = bool(allergies)
        self.label.setText(banner_text(allergies))
        self.label.setAccessibleDescription(banner_text(allergies))
        if allergies:
            self.setStyleSheet(
                "#allergyBanner { border: 3px solid #C62828; border-radius: 8px; "
                "background: #FDECEA; } QLabel { color: #7F0000; font-size: 17px; "
                "font-weight: 700; }")
        else:
            self.setStyleSheet(
                "#allergyBanner { border: 1px solid #BDBDBD; border-radius: 8px; "
                "background: #FAFAFA; } QLabel { color: #424242; font-size: 15px; }")


class AllergiesSection(ListSection):
    noun = "allergy"
    add_text = QT_TRANSLATE_NOOP("Labels", "Add allergy…")
    intro = QT_TRANSLATE_NOOP("Labels",
            "Medicines, foods and other things this person must not be given.")
    empty_text = QT_TRANSLATE_NOOP("Labels",
            "No allergies recorded. If there are none, that is worth knowing too.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Substance"), lambda a: a.substance, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "Severity"), lambda a: tr_label(SEVERITY_LABELS.get(
                a.severity, a.severity)),
               color=lambda a: SEVERITY_COLORS.get(a.severity)),
        Column(QT_TRANSLATE_NOOP("Column", "Reaction"), lambda a: a.reaction or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda a: label_of(ALLERGY_CATEGORIES,
                a.category).split(" (")[0]),
        Column(QT_TRANSLATE_NOOP("Column", "Noted"), lambda a: fmt_date(a.noted_on)),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda a: (a.notes or "").replace("\n", " ")),
    )

    def load(self, profile_id: str) -> Any:
        return self.ctx.record.allergies.for_profile(profile_id)

    def form(self, row: Any) -> Any:
        return allergy_form(self.ctx, self.ctx.profile_id, row, self)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.allergies.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr("the allergy to {substance}").format(substance=row.substance)


class ConditionsSection(ListSection):
    noun = "condition"
    add_text = QT_TRANSLATE_NOOP("Labels", "Add condition…")
    intro = QT_TRANSLATE_NOOP("Labels",
            "Diagnoses and long-term conditions. Active ones are listed first.")
    empty_text = QT_TRANSLATE_NOOP("Labels", "No conditions recorded.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Condition"), lambda c: c.name, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "ICD-10"), lambda c: c.icd10 or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda c: STATUS_LABELS.get(c.status,
                c.status),
               color=lambda c: STATUS_COLORS.get(c.status)),
        Column(QT_TRANSLATE_NOOP("Column", "Since"), lambda c: fmt_date(c.onset)),
        Column(QT_TRANSLATE_NOOP("Column", "Resolved"), lambda c: fmt_date(c.resolved_on)),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda c: (c.notes or "").replace("\n", " ")),
    )

    def load(self, profile_id: str) -> Any:
        return self.ctx.record.conditions.for_profile(profile_id)

    def form(self, row: Any) -> Any:
        return condition_form(self.ctx, self.ctx.profile_id, row, self)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.conditions.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr("the condition “{name}”").format(name=row.name)
