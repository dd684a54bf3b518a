"""Emergency contacts on the real encrypted store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.contacts import ContactsService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import AuditEvent, EmergencyContact
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao").id


@pytest.fixture
def contacts(store: Store) -> ContactsService:
    return ContactsService(store)


def rows(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(EmergencyContact)) or 0)


def test_add_contact_and_read_it_back(contacts: ContactsService, pid: str) -> None:
    c = contacts.add(pid, " Kiran Rao ", relationship="son", phone="+91 (80) 4567-8901",
                     email="kiran@example.in", notes="call after 6 pm", priority="2")
    assert (c.name, c.relationship, c.phone, c.email, c.notes, c.priority) == (
        "Kiran Rao", "son", "+91 (80) 4567-8901", "kiran@example.in", "call after 6 pm", 2)
    assert contacts.get(c.id) == c


def test_phone_or_email_alone_is_enough(contacts: ContactsService, pid: str) -> None:
    assert contacts.add(pid, "Dr Mehta", phone="080 2345 6789").email is None
    assert contacts.add(pid, "Clinic", email="desk@clinic.example").phone is None


@pytest.mark.parametrize(("args", "field", "message"), [
    ({"name": ""}, "name", "Name is required."),
    ({"phone": None, "email": None}, "phone",
     "Give a phone number or an email address, so this contact can be reached."),
    ({"phone": "  ", "email": ""}, "phone", "Give a phone number or an email address"),
    ({"phone": "12345"}, "phone",
     "Phone must have 6 to 20 digits and only digits, spaces and + - ( )."),
    ({"phone": "1" * 21}, "phone", "Phone must have 6 to 20 digits"),
    ({"phone": "call 555 1234"}, "phone", "Phone must have 6 to 20 digits"),
    ({"email": "kiran.example.com"}, "email", "Email must be an address like name@example.com."),
    ({"email": "kiran@localhost"}, "email", "Email must be an address like name@example.com."),
    ({"email": "a@b@c.com"}, "email", "Email must be an address like name@example.com."),
    ({"priority": 0}, "priority", "Priority must be a whole number between 1 and 9."),
    ({"priority": 10}, "priority", "Priority must be a whole number between 1 and 9."),
    ({"relationship": "r" * 101}, "relationship", "Relationship must be at most 100 characters"),
])
def test_bad_input_names_the_field_and_saves_nothing(
        contacts: ContactsService, store: Store, pid: str, args: dict[str, Any], field: str,
        message: str) -> None:
    with pytest.raises(ValidationError) as err:
        contacts.add(pid, **{"name": "Kiran", "phone": "+91 98450 12345", **args})
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert rows(store) == 0


def test_phone_digit_limits_are_inclusive(contacts: ContactsService, pid: str) -> None:
    assert contacts.add(pid, "Six", phone="12-34-56").phone == "12-34-56"
    assert contacts.add(pid, "Twenty", phone="+" + "1" * 20).phone == "+" + "1" * 20


def test_update_keeps_a_way_to_reach_the_contact(
        contacts: ContactsService, store: Store, pid: str) -> None:
    c = contacts.add(pid, "Kiran", phone="98450 12345")
    with pytest.raises(ValidationError, match="Give a phone number or an email address"):
        contacts.update(c.id, phone=None)
    assert contacts.get(c.id) == c
    moved = contacts.update(c.id, phone=None, email="kiran@example.in")
    assert (moved.phone, moved.email, moved.name) == (None, "kiran@example.in", "Kiran")
    with store.read() as s:
        fields = [sorted(f) for f in s.scalars(select(AuditEvent.fields).where(
            AuditEvent.entity_id == c.id, AuditEvent.action == "update"))]
    assert fields == [["email", "phone"]]


def test_failed_update_changes_nothing(contacts: ContactsService, pid: str) -> None:
    c = contacts.add(pid, "Kiran", phone="98450 12345", priority=3)
    with pytest.raises(ValidationError, match="Priority must be a whole number between 1 and 9"):
        contacts.update(c.id, name="Kiran R", priority=12)
    assert contacts.get(c.id) == c
    with pytest.raises(TypeError):
        contacts.update(c.id, address="somewhere")


def test_list_orders_by_priority_then_name_and_hides_deleted(
        contacts: ContactsService, store: Store, pid: str) -> None:
    contacts.add(pid, "zara", phone="111111", priority=2)
    contacts.add(pid, "Anil", phone="222222", priority=2)
    gone = contacts.add(pid, "Old neighbour", phone="333333", priority=1)
    contacts.add(pid, "Kiran", phone="444444", priority=1)
    other = ProfilesService(store).create("Bina").id
    contacts.add(other, "Bina's friend", phone="555555")
    contacts.delete(gone.id)
    assert [c.name for c in contacts.for_profile(pid)] == ["Kiran", "Anil", "zara"]
    with pytest.raises(NotFoundError, match="No emergency contact with id"):
        contacts.get(gone.id)
    assert rows(store) == 5  # tombstoned, not removed


def test_contact_for_an_unknown_profile_is_refused(contacts: ContactsService) -> None:
    with pytest.raises(NotFoundError, match="No profile with id"):
        contacts.add("missing", "Kiran", phone="98450 12345")
