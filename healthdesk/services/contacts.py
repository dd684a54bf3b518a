"""Emergency contacts: who to call, in what order, when something happens."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import int_in_range, optional_text, require_text
from healthdesk.store.models import EmergencyContact

from .base import ServiceBase
from .clinical import check_fields

MAX_NAME = 200
MAX_RELATIONSHIP = 100
MAX_PHONE = 50
MAX_EMAIL = 200
MAX_NOTES = 2000
_PHONE_CHARS = re.compile(r"[0-9 +\-()]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.][^@\s]*")
FIELDS = frozenset({"name", "relationship", "phone", "email", "notes", "priority",
                    "may_alert", "preferred_method"})
METHODS = ("email", "webhook", "phone")
UNREACHABLE = ("Give a phone number or an email address, so this contact can be reached.")


@dataclass(frozen=True)
class ContactView:
    id: str
    profile_id: str
    name: str
    relationship: str | None
    phone: str | None
    email: str | None
    notes: str | None
    priority: int
    may_alert: bool = True  # emergency alerts and escalations go to them
    preferred_method: str | None = None  # "email", "webhook" (a text gateway) or "phone"


def to_view(c: EmergencyContact) -> ContactView:
    return ContactView(id=c.id, profile_id=c.profile_id, name=c.name,
                       relationship=c.relationship, phone=c.phone, email=c.email,
                       notes=c.notes, priority=c.priority, may_alert=bool(c.may_alert),
                       preferred_method=c.preferred_method)


def _phone(value: Any) -> str | None:
    """Loose on purpose: numbers are written many ways across countries."""
    text = optional_text("phone", value, MAX_PHONE)
    if text is None:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS.fullmatch(text) or not 6 <= digits <= 20:
        raise ValidationError(
            "phone", _("Phone must have 6 to 20 digits and only digits, spaces and + - ( )."))
    return text


def _email(value: Any) -> str | None:
    text = optional_text("email", value, MAX_EMAIL)
    if text is None:
        return None
    if not _EMAIL.fullmatch(text):
        raise ValidationError("email", _("Email must be an address like name@example.com."))
    return text


class ContactsService(ServiceBase):
    """Add, edit, remove and order a person's emergency contacts."""

    @staticmethod
    def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
        check_fields(fields, FIELDS, "contact")
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                out[key] = require_text("name", value, MAX_NAME)
            elif key == "relationship":
                out[key] = optional_text("relationship", value, MAX_RELATIONSHIP)
            elif key == "phone":
                out[key] = _phone(value)
            elif key == "email":
                out[key] = _email(value)
            elif key == "priority":
                out[key] = int_in_range("priority", value, 1, 9)
            elif key == "may_alert":
                if not isinstance(value, bool):
                    raise ValidationError("may_alert", _("May receive alerts must be yes or no."))
                out[key] = value
            elif key == "preferred_method":
                if value is not None and value not in METHODS:
                    raise ValidationError("preferred_method", _(
                        "Preferred method must be one of: {methods}.").format(
                        methods=", ".join(METHODS)))
                out[key] = value
            else:
                out[key] = optional_text("notes", value, MAX_NOTES)
        return out

    def add(self, profile_id: str, name: str, relationship: str | None = None,
            phone: str | None = None, email: str | None = None, notes: str | None = None,
            priority: int = 1, may_alert: bool = True,
            preferred_method: str | None = None) -> ContactView:
        """Add a contact reachable by phone or email; priority 1 is called first.

        Raises ValidationError naming the field and its range, NotFoundError (profile).
        """
        clean = self._clean({"name": name, "relationship": relationship, "phone": phone,
                             "email": email, "notes": notes, "priority": priority,
                             "may_alert": may_alert, "preferred_method": preferred_method})
        if clean["phone"] is None and clean["email"] is None:
            raise ValidationError("phone", UNREACHABLE)
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            c = EmergencyContact(profile_id=profile_id, **clean)
            s.add(c)
            s.flush()
            return to_view(c)

    def update(self, contact_id: str, **fields: Any) -> ContactView:
        """Change only the fields given; a contact must keep a phone or an email.

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            c = self.get_live(s, EmergencyContact, contact_id, "emergency contact")
            if clean.get("phone", c.phone) is None and clean.get("email", c.email) is None:
                raise ValidationError("phone", UNREACHABLE)
            for key, value in clean.items():
                setattr(c, key, value)
            s.flush()
            return to_view(c)

    def delete(self, contact_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, EmergencyContact, contact_id, "emergency contact").deleted = True

    def get(self, contact_id: str) -> ContactView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return to_view(self.get_live(s, EmergencyContact, contact_id, "emergency contact"))

    def for_profile(self, profile_id: str) -> list[ContactView]:
        """Live contacts in calling order: priority, then name."""
        q = select(EmergencyContact).where(EmergencyContact.profile_id == profile_id,
                                           EmergencyContact.deleted.is_(False))
        with self._store.read() as s:
            views = [to_view(c) for c in s.scalars(q)]
        return sorted(views, key=lambda v: (v.priority, v.name.casefold(), v.id))
