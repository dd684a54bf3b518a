"""Small add/edit dialogs for the Records and Chat pages: allergies, conditions,
symptoms, goals and their progress, emergency contacts, document details, conversations.

Each is a ``RecordForm`` (record_form_base.py): a ValidationError appears under the input
it names, and nothing is saved until the service accepts the values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS

from ..context import UiContext
from ..i18n import tr_label
from ..qt import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QDateTimeEdit, QWidget
from .record_form_base import RecordForm

__all__ = ["RecordForm"]

ALLERGY_CATEGORIES = [
    ("medication", QT_TRANSLATE_NOOP("Labels", "Medicine")),
    ("food", QT_TRANSLATE_NOOP("Labels", "Food")),
    ("environment", QT_TRANSLATE_NOOP("Labels", "Environment (pollen, dust, animals)")),
    ("biologic", QT_TRANSLATE_NOOP("Labels", "Biologic (vaccine, serum)")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
]
ALLERGY_SEVERITIES = [
    ("unknown", QT_TRANSLATE_NOOP("Labels", "Not known")),
    ("mild", QT_TRANSLATE_NOOP("Labels", "Mild")),
    ("moderate", QT_TRANSLATE_NOOP("Labels", "Moderate")),
    ("severe", QT_TRANSLATE_NOOP("Labels", "Severe")),
    ("life_threatening", QT_TRANSLATE_NOOP("Labels", "Life-threatening")),
]
CONDITION_STATUSES = [
    ("active", QT_TRANSLATE_NOOP("Labels", "Active")),
    ("remission", QT_TRANSLATE_NOOP("Labels", "In remission")),
    ("inactive", QT_TRANSLATE_NOOP("Labels", "Inactive")),
    ("resolved", QT_TRANSLATE_NOOP("Labels", "Resolved")),
]
GOAL_DIRECTIONS = [
    ("decrease", QT_TRANSLATE_NOOP("Labels", "Bring it down")),
    ("increase", QT_TRANSLATE_NOOP("Labels", "Bring it up")),
    ("maintain", QT_TRANSLATE_NOOP("Labels", "Keep it steady")),
]
GOAL_STATUSES = [
    ("active", QT_TRANSLATE_NOOP("Labels", "Active")),
    ("achieved", QT_TRANSLATE_NOOP("Labels", "Achieved")),
    ("abandoned", QT_TRANSLATE_NOOP("Labels", "Stopped")),
]


def label_of(choices: list[tuple[str, str]], value: str) -> str:
    return tr_label(dict(choices).get(value, value.replace("_", " ").capitalize()))


# -- the forms ----------------------------------------------------------------------


def allergy_form(ctx: UiContext, profile_id: str, allergy: Any = None,
                 parent: QWidget | None = None) -> RecordForm:
    a = allergy
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms",
            "Edit allergy") if a else QCoreApplication.translate("RecordForms", "Add an allergy"),
                    parent)
    f.text("substance", QCoreApplication.translate("RecordForms", "&Substance"), a and a.substance,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. Penicillin"))
    f.choice("category", QCoreApplication.translate("RecordForms", "&Kind"), ALLERGY_CATEGORIES,
            a.category if a else "medication")
    f.choice("severity", QCoreApplication.translate("RecordForms", "Se&verity"), ALLERGY_SEVERITIES,
            a.severity if a else "unknown")
    f.text("reaction", QCoreApplication.translate("RecordForms", "&Reaction"), a and a.reaction,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. hives, swelling"))
    f.date("noted_on", QCoreApplication.translate("RecordForms", "&Noted on"),
            a.noted_on if a else None)
    f.notes("notes", QCoreApplication.translate("RecordForms", "N&otes"), a and a.notes)
    svc = lambda: ctx.record.allergies  # noqa: E731 - looked up at save time
    if a is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(a.id, **v))
    return f


def condition_form(ctx: UiContext, profile_id: str, condition: Any = None,
                   parent: QWidget | None = None) -> RecordForm:
    c = condition
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms",
            "Edit condition") if c else QCoreApplication.translate("RecordForms",
                    "Add a condition"), parent)
    f.text("name", QCoreApplication.translate("RecordForms", "&Name"), c and c.name,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. Type 2 diabetes"))
    f.text("icd10", QCoreApplication.translate("RecordForms", "&ICD-10 code"), c and c.icd10,
            hint=QCoreApplication.translate("RecordForms", "Optional, e.g. E11.9"),
           placeholder=QCoreApplication.translate("RecordForms", "Optional"))
    f.choice("status", QCoreApplication.translate("RecordForms", "&Status"), CONDITION_STATUSES,
            c.status if c else "active")
    f.date("onset", QCoreApplication.translate("RecordForms", "Since (&onset)"),
            c.onset if c else None)
    f.date("resolved_on", QCoreApplication.translate("RecordForms", "&Resolved on"),
            c.resolved_on if c else None)
    f.notes("notes", QCoreApplication.translate("RecordForms", "No&tes"), c and c.notes)
    svc = lambda: ctx.record.conditions  # noqa: E731
    if c is None:
        f.on_save(lambda v: svc().add(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(c.id, **v))
    return f


def _zone(name: str | None) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def symptom_form(ctx: UiContext, profile_id: str, entry: Any = None,
                 parent: QWidget | None = None, zone: str | None = None) -> RecordForm:
    """``zone``: the person's home time zone; times are typed and shown in it."""
    e = entry
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms",
            "Edit symptom") if e else QCoreApplication.translate("RecordForms", "Log a symptom"),
                    parent)
    f.text("symptom", QCoreApplication.translate("RecordForms", "&Symptom"), e and e.symptom,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. Headache"))
    f.spin("severity", QCoreApplication.translate("RecordForms", "Se&verity (1–10)"), 0, 10,
            e.severity if e else 0,
           hint=QCoreApplication.translate("RecordForms",
                   "1 = barely noticeable, 10 = the worst you can imagine."),
           special=QCoreApplication.translate("RecordForms", "Choose 1 to 10"))
    onset = QDateTimeEdit()
    onset.setCalendarPopup(True)
    onset.setDisplayFormat("d MMM yyyy  HH:mm")
    tz = _zone(zone)
    when = (e.onset_at if e else ctx.record.now()).astimezone(tz)
    onset.setDateTime(QDateTime(when.replace(tzinfo=None)))
    here = dt.datetime.now().astimezone()
    hint = (f"Time where this person lives ({zone})."
            if tz is not None and when.utcoffset() != here.utcoffset() else "")
    f.add_field("onset_at", QCoreApplication.translate("RecordForms", "Started &at"), onset,
                lambda: (onset.dateTime().toPython().replace(tzinfo=tz) if tz is not None
                         else onset.dateTime().toPython().astimezone()), hint)
    dur = e.duration_minutes if e and e.duration_minutes is not None else None
    f.text("duration_minutes", QCoreApplication.translate("RecordForms", "How &long (minutes)"),
            None if dur is None else str(dur),
           placeholder=QCoreApplication.translate("RecordForms", "Optional, e.g. 90"))
    f.text("body_area", QCoreApplication.translate("RecordForms", "&Where (body area)"),
            e and e.body_area,
           placeholder=QCoreApplication.translate("RecordForms",
                   "Optional, e.g. head, chest, lower back"))
    f.notes("note", QCoreApplication.translate("RecordForms", "&Note"), e and e.note)
    svc = lambda: ctx.record.symptoms  # noqa: E731
    if e is None:
        f.on_save(lambda v: svc().log(profile_id, **v))
    else:
        f.on_save(lambda v: svc().update(e.id, **v))
    return f


def goal_form(ctx: UiContext, profile_id: str, goal: Any = None,
              parent: QWidget | None = None) -> RecordForm:
    g = goal
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms",
            "Edit goal") if g else QCoreApplication.translate("RecordForms", "Set a goal"), parent)
    f.text("title", QCoreApplication.translate("RecordForms", "&Goal"), g and g.title,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. Weight down to 80 kg"))
    kinds = [("", QCoreApplication.translate("RecordForms", "Progress I record by hand"))] + [
        (k, QCoreApplication.translate("RecordForms", "{kind} readings").format(kind=_(s.label)))
                                                  for k, s in KINDS.items()]
    kind = f.choice("measurement_kind", QCoreApplication.translate("RecordForms", "&Follows"),
            kinds, (g.measurement_kind or "") if g else "")
    kind.setEnabled(g is None)
    f.choice("direction", QCoreApplication.translate("RecordForms", "&Direction"), GOAL_DIRECTIONS,
            g.direction if g else "decrease")
    num = lambda x: "" if x is None else f"{x:g}"  # noqa: E731
    f.text("start_value", QCoreApplication.translate("RecordForms", "St&arting value"), num(
            g.start_value) if g else "",
           placeholder=QCoreApplication.translate("RecordForms", "Optional"))
    f.text("target_value", QCoreApplication.translate("RecordForms", "&Target value"), num(
            g.target_value) if g else "")
    f.text("unit", QCoreApplication.translate("RecordForms", "&Unit"), g and g.unit,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. kg, steps, minutes"))
    f.date("due_date", QCoreApplication.translate("RecordForms", "D&ue by"),
            g.due_date if g else None)
    if g is not None:
        f.choice("status", QCoreApplication.translate("RecordForms", "&Status"), GOAL_STATUSES,
                g.status)
    f.notes("note", QCoreApplication.translate("RecordForms", "&Note"), g and g.note)
    svc = lambda: ctx.record.goals  # noqa: E731

    def clean(v: dict[str, Any]) -> dict[str, Any]:
        v = dict(v)
        if not v.get("unit"):
            v["unit"] = None
        return v

    if g is None:
        f.on_save(lambda v: svc().create(profile_id, **{
            **clean(v), "measurement_kind": v["measurement_kind"] or None}))
    else:
        f.on_save(lambda v: svc().update(g.id, **{
            k: x for k, x in clean(v).items() if k != "measurement_kind"}))
    return f


def progress_form(ctx: UiContext, goal: Any, parent: QWidget | None = None) -> RecordForm:
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms", "Record progress"), parent,
            intro=QCoreApplication.translate("RecordForms", "Where does “{title}” stand today?")
                    .format(title=goal.title))
    unit = f" ({goal.unit})" if goal.unit else ""
    f.text("value", QCoreApplication.translate("RecordForms", "&Value{unit}").format(unit=unit),
            placeholder=QCoreApplication.translate("RecordForms", "e.g. 82.5"))
    f.notes("note", QCoreApplication.translate("RecordForms", "&Note"))
    f.on_save(lambda v: ctx.record.goals.record_progress(goal.id, v["value"], note=v["note"]))
    return f


def contact_form(ctx: UiContext, profile_id: str, contact: Any = None,
                 parent: QWidget | None = None) -> RecordForm:
    c = contact
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms",
            "Edit emergency contact") if c else QCoreApplication.translate("RecordForms",
                    "Add an emergency contact"), parent)
    f.text("name", QCoreApplication.translate("RecordForms", "&Name"), c and c.name)
    f.text("relationship", QCoreApplication.translate("RecordForms", "&Relationship"),
            c and c.relationship,
           placeholder=QCoreApplication.translate("RecordForms", "e.g. daughter, GP, neighbour"))
    f.text("phone", QCoreApplication.translate("RecordForms", "&Phone"), c and c.phone,
            placeholder=QCoreApplication.translate("RecordForms", "e.g. +91 98400 12345"))
    f.text("email", QCoreApplication.translate("RecordForms", "&Email"), c and c.email,
            placeholder=QCoreApplication.translate("RecordForms", "Optional"))
    f.spin("priority", QCoreApplication.translate("RecordForms", "Call &order"), 1, 9,
            c.priority if c else 1,
           hint=QCoreApplication.translate("RecordForms", "1 is called first."))
    f.choice("may_alert", QCoreApplication.translate("RecordForms", "Emergency &alerts"),
             [("yes", QT_TRANSLATE_NOOP("Labels", "Send them emergency alerts")),
              ("no", QT_TRANSLATE_NOOP("Labels", "Do not alert them"))],
             "no" if c is not None and not c.may_alert else "yes")
    f.choice("preferred_method", QCoreApplication.translate("RecordForms", "Pre&ferred way"),
             [("", QT_TRANSLATE_NOOP("Labels", "Any way they can be reached")),
              ("email", QT_TRANSLATE_NOOP("Labels", "E-mail")),
              ("webhook", QT_TRANSLATE_NOOP("Labels", "Text message (webhook)")),
              ("phone", QT_TRANSLATE_NOOP("Labels", "Phone"))],
             (c.preferred_method or "") if c is not None else "")
    f.notes("notes", QCoreApplication.translate("RecordForms", "N&otes"), c and c.notes)
    svc = lambda: ctx.record.contacts  # noqa: E731

    def clean(v: dict[str, Any]) -> dict[str, Any]:
        return {**v, "may_alert": v["may_alert"] == "yes",
                "preferred_method": v["preferred_method"] or None}

    if c is None:
        f.on_save(lambda v: svc().add(profile_id, **clean(v)))
    else:
        f.on_save(lambda v: svc().update(c.id, **clean(v)))
    return f


def document_form(ctx: UiContext, document: Any, parent: QWidget | None = None) -> RecordForm:
    d = document
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms", "Document details"), parent)
    f.text("title", QCoreApplication.translate("RecordForms", "&Title"), d.title)
    cats = [(c, c.replace("_", " ").capitalize()) for c in ctx.record.documents.categories()]
    f.choice("category", QCoreApplication.translate("RecordForms", "&Category"), cats, d.category)
    f.date("document_date", QCoreApplication.translate("RecordForms", "&Date"), d.document_date)
    f.text("tags", QCoreApplication.translate("RecordForms", "Ta&gs"), ", ".join(d.tags),
            hint=QCoreApplication.translate("RecordForms", "Separate tags with commas."),
           placeholder=QCoreApplication.translate("RecordForms", "e.g. kidney, 2024"))
    f.on_save(lambda v: ctx.record.documents.update(d.id, **v))
    return f


def conversation_form(ctx: UiContext, profile_id: str,
                      parent: QWidget | None = None) -> RecordForm:
    f = RecordForm(ctx, QCoreApplication.translate("RecordForms", "New conversation"), parent,
                   intro=QCoreApplication.translate("RecordForms",
                           "Notes shared by everyone who cares for this person."))
    f.text("title", QCoreApplication.translate("RecordForms", "&Title"),
            placeholder=QCoreApplication.translate("RecordForms", "e.g. Care notes"))
    f.on_save(lambda v: ctx.record.chat.create_session(profile_id, v["title"], kind="notes"))
    return f
