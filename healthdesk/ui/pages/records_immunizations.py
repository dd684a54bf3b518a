"""Immunizations: every vaccine dose of the person, newest first, boosters due marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..context import UiContext
from ..dialogs.record_form_base import RecordForm
from ..qt import QT_TRANSLATE_NOOP, QCoreApplication, QSpinBox, QWidget
from .records_common import MUTED, Column, ListSection, fmt_date

STATUSES = [
    ("completed", QT_TRANSLATE_NOOP("Labels", "Given")),
    ("not_done", QT_TRANSLATE_NOOP("Labels", "Not given (declined or deferred)")),
]
DUE_COLOR = "#B26A00"


def dose_text(dose_number: int | None) -> str:
    return QCoreApplication.translate("RecordsImmunizations", "Dose {dose_number}").format(
            dose_number=dose_number) if dose_number else ""


def immunization_form(ctx: UiContext, profile_id: str, dose: Any = None,
                      parent: QWidget | None = None) -> RecordForm:
    d = dose
    f = RecordForm(ctx, QCoreApplication.translate("RecordsImmunizations",
            "Edit vaccination") if d else QCoreApplication.translate("RecordsImmunizations",
                    "Add a vaccination"), parent)
    f.text("vaccine", QCoreApplication.translate("RecordsImmunizations", "&Vaccine"),
            d and d.vaccine, placeholder=QCoreApplication.translate("RecordsImmunizations",
                    "e.g. Influenza (flu)"))
    f.date("given_on", QCoreApplication.translate("RecordsImmunizations", "&Given on"),
            d.given_on if d else ctx.record.now().astimezone().date())
    number = QSpinBox()
    number.setRange(0, 20)
    number.setSpecialValueText(QCoreApplication.translate("RecordsImmunizations", "Not known"))
    number.setValue(d.dose_number or 0 if d else 0)
    f.add_field("dose_number", QCoreApplication.translate("RecordsImmunizations", "&Dose number"),
            number, lambda: number.value() or None,
                hint=QCoreApplication.translate("RecordsImmunizations",
                        "Which dose of the series (1 for the first)."))
    f.choice("status", QCoreApplication.translate("RecordsImmunizations", "&Status"), STATUSES,
            d.status if d else "completed")
    f.text("lot", QCoreApplication.translate("RecordsImmunizations", "&Lot number"), d and d.lot,
            placeholder=QCoreApplication.translate("RecordsImmunizations",
                    "Optional, from the vial"))
    f.text("site", QCoreApplication.translate("RecordsImmunizations", "S&ite"), d and d.site,
            placeholder=QCoreApplication.translate("RecordsImmunizations", "e.g. left arm"))
    f.text("performer", QCoreApplication.translate("RecordsImmunizations", "Given &by"),
            d and d.performer, placeholder=QCoreApplication.translate("RecordsImmunizations",
                    "Optional"))
    f.text("cvx", QCoreApplication.translate("RecordsImmunizations", "&CVX code"), d and d.cvx,
            hint=QCoreApplication.translate("RecordsImmunizations",
                    "Optional: the CDC vaccine code, e.g. 140."),
           placeholder=QCoreApplication.translate("RecordsImmunizations", "Optional"))
    f.date("next_due_on", QCoreApplication.translate("RecordsImmunizations", "&Next dose due"),
            d.next_due_on if d else None,
           hint=QCoreApplication.translate("RecordsImmunizations",
                   "When the next dose or booster is due; leave empty if none."))
    f.notes("notes", QCoreApplication.translate("RecordsImmunizations", "N&otes"), d and d.notes)
    svc = lambda: ctx.record.immunizations  # noqa: E731 - looked up at save time
    if d is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(d.id, **v))
    return f


@dataclass(frozen=True)
class DoseRow:
    """A dose as the table shows it: ``due`` when its next dose has come."""

    id: str
    dose: Any
    due: bool


def next_due_text(r: DoseRow) -> str:
    when = fmt_date(r.dose.next_due_on)
    return f"{when} (due)" if r.due else when


class ImmunizationsSection(ListSection):
    noun = "vaccination"
    add_text = QT_TRANSLATE_NOOP("Labels", "Add vaccination…")
    intro = (QT_TRANSLATE_NOOP("Labels",
            "Vaccines given, newest first. When the next dose of a series has come, it "
             "says “due”."))
    empty_text = QT_TRANSLATE_NOOP("Labels", "No vaccinations recorded.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Vaccine"), lambda r: r.dose.vaccine, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "Given"), lambda r: fmt_date(
                r.dose.given_on) if r.dose.status == "completed"
               else f"Not given ({fmt_date(r.dose.given_on)})",
               color=lambda r: None if r.dose.status == "completed" else MUTED),
        Column(QT_TRANSLATE_NOOP("Column", "Dose"), lambda r: dose_text(r.dose.dose_number)),
        Column(QT_TRANSLATE_NOOP("Column", "Next due"), next_due_text,
                color=lambda r: DUE_COLOR if r.due else None),
        Column(QT_TRANSLATE_NOOP("Column", "Lot"), lambda r: r.dose.lot or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Site"), lambda r: r.dose.site or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Given by"), lambda r: r.dose.performer or ""),
    )

    def load(self, profile_id: str) -> Any:
        service = self.ctx.record.immunizations
        due = {v.id for v in service.due(profile_id)}
        return [DoseRow(v.id, v, v.id in due) for v in service.for_profile(profile_id)]

    def form(self, row: Any) -> Any:
        return immunization_form(self.ctx, self.ctx.profile_id, row.dose if row else None,
                                 self)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.immunizations.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr("the {vaccine} vaccination of {0}").format(fmt_date(row.dose.given_on),
                vaccine=row.dose.vaccine)
