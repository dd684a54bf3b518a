"""Emergency contacts, in the order they should be called."""

from __future__ import annotations

from typing import Any

from healthdesk.ui.qt import QT_TRANSLATE_NOOP

from ..dialogs.record_forms import contact_form
from .records_common import Column, ListSection


class ContactsSection(ListSection):
    noun = QT_TRANSLATE_NOOP("Labels", "emergency contact")
    add_text = QT_TRANSLATE_NOOP("Labels", "Add contact…")
    intro = QT_TRANSLATE_NOOP("Labels",
            "Who to call if something happens, in calling order (1 is called first).")
    empty_text = QT_TRANSLATE_NOOP("Labels",
            "No emergency contacts yet. Add at least one person who can be called.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Order"), lambda c: str(c.priority)),
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda c: c.name, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "Relationship"), lambda c: c.relationship or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Phone"), lambda c: c.phone or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Email"), lambda c: c.email or ""),
        Column(QT_TRANSLATE_NOOP("Column", "Notes"), lambda c: (c.notes or "").replace("\n", " ")),
    )

    def load(self, profile_id: str) -> Any:
        return self.ctx.record.contacts.for_profile(profile_id)

    def form(self, row: Any) -> Any:
        return contact_form(self.ctx, self.ctx.profile_id, row, self)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.contacts.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr("{name} from the emergency contacts").format(name=row.name)
