"""ProfilesService on the real encrypted store: people, photos, and deleting a person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.clinical import AllergiesService, ConditionsService
from healthdesk.services.contacts import ContactsService
from healthdesk.services.emergency import EmergencyService
from healthdesk.services.encounters import EncountersService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.goals import GoalsService
from healthdesk.services.immunizations import ImmunizationsService
from healthdesk.services.notifications import NotificationsService
from healthdesk.services.profiles import MAX_PHOTO_BYTES, ProfilesService
from healthdesk.services.register import RegisterService
from healthdesk.services.retention import RetentionService
from healthdesk.services.symptoms import SymptomsService
from healthdesk.services.visits import VisitsService
from healthdesk.store.models import (
    SYNCED_MODELS,
    Appointment,
    AuditEvent,
    Caregiver,
    CaregiverAlert,
    ChatMessage,
    ChatSession,
    Conflict,
    Document,
    DoseEvent,
    Measurement,
    Medication,
    MedicationSchedule,
    Profile,
    Refill,
)
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 64


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def profiles(store: Store) -> ProfilesService:
    return ProfilesService(store)


def count(store: Store, model: Any, profile_id: str | None = None, live: bool = True) -> int:
    q = select(func.count()).select_from(model)
    if profile_id is not None:
        q = q.where(model.profile_id == profile_id)
    if live:
        q = q.where(model.deleted.is_(False))
    with store.read() as s:
        return int(s.scalar(q) or 0)


def test_create_returns_a_cleaned_view_with_age_and_initials(profiles: ProfilesService) -> None:
    p = profiles.create("  Asha Rao ", date_of_birth="1954-02-11", sex="Female",
                        blood_type="a+", height_cm="158,5", language="en-in",
                        timezone="asia/kolkata", color="#1a7f5a", notes="Prefers Tamil")
    assert p.name == "Asha Rao"
    assert p.date_of_birth == dt.date(1954, 2, 11)
    assert p.age == 72  # the fake clock says 2026-03-10
    assert (p.sex, p.blood_type, p.height_cm) == ("female", "A+", 158.5)
    assert (p.language, p.timezone, p.color) == ("en-IN", "Asia/Kolkata", "#1A7F5A")
    assert p.initials == "AR"
    assert p.has_photo is False
    assert profiles.get(p.id) == p


def test_defaults_and_single_word_initials(profiles: ProfilesService) -> None:
    p = profiles.create("mira")
    assert (p.sex, p.blood_type, p.language, p.age) == ("unknown", "unknown", "en", None)
    assert p.initials == "M"
    assert profiles.create("Mary Ann Smith").initials == "MS"


def test_age_turns_over_on_the_birthday(profiles: ProfilesService, clock: Any) -> None:
    p = profiles.create("Ravi", date_of_birth="2000-03-11")
    assert p.age == 25
    clock.advance(days=1)
    assert profiles.get(p.id).age == 26


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "   ", "Name is required."),
    ("name", "x" * 201, "Name must be at most 200 characters (it has 201)."),
    ("date_of_birth", "2026-03-11", "Date of birth must be between 1900-01-01 and today"),
    ("date_of_birth", "1899-12-31", "Date of birth must be between 1900-01-01 and today"),
    ("date_of_birth", "11/02/1954", "Date of birth must be a date in the form YYYY-MM-DD."),
    ("sex", "robot", "Sex must be one of: female, male, intersex, other, unknown."),
    ("blood_type", "C+", "Blood type must be one of: A+, A-, B+, B-, AB+, AB-, O+, O-, unknown."),
    ("height_cm", 19, "Height must be between 20 and 280 cm."),
    ("height_cm", "281", "Height must be between 20 and 280 cm."),
    ("timezone", "Mars/Olympus", "Timezone must be a time zone name like Europe/London"),
    ("color", "red", "Colour must be written #RRGGBB, like #1A7F5A."),
    ("color", "#12345", "Colour must be written #RRGGBB"),
    ("language", "english", "Language must be a language tag like en, hi, ta or en-IN."),
])
def test_bad_input_is_refused_by_field_and_nothing_is_saved(
        profiles: ProfilesService, store: Store, field: str, value: Any, message: str) -> None:
    before = count(store, Profile, live=False)
    args: dict[str, Any] = {"name": "Asha Rao", field: value}
    with pytest.raises(ValidationError) as err:
        profiles.create(**args)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert count(store, Profile, live=False) == before


def test_update_changes_only_given_fields(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao", date_of_birth="1954-02-11", blood_type="O+", notes="n")
    q = profiles.update(p.id, height_cm=160, notes=None)
    assert q.height_cm == 160
    assert q.notes is None
    assert (q.name, q.date_of_birth, q.blood_type) == (p.name, p.date_of_birth, "O+")


def test_failed_update_leaves_the_profile_as_it_was(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao", height_cm=158)
    with pytest.raises(ValidationError, match="Height must be between 20 and 280 cm"):
        profiles.update(p.id, name="Asha R.", height_cm=400)
    assert profiles.get(p.id) == p
    with pytest.raises(TypeError):
        profiles.update(p.id, photo=b"x")


def test_update_writes_an_audit_event_naming_fields_not_values(
        profiles: ProfilesService, store: Store) -> None:
    p = profiles.create("Asha Rao")
    profiles.update(p.id, name="Asha Ramesh", blood_type="B-", sex="unknown")  # sex unchanged
    with store.read() as s:
        events = s.execute(select(AuditEvent.fields, AuditEvent.actor).where(
            AuditEvent.entity_id == p.id, AuditEvent.action == "update")).all()
    assert [(sorted(f), actor) for f, actor in events] == [(["blood_type", "name"], "Test User")]
    assert "Asha Ramesh" not in str(events)


def test_names_are_unique_ignoring_case(profiles: ProfilesService, store: Store) -> None:
    a = profiles.create("Asha Rao")
    with pytest.raises(ValidationError, match="A profile named Asha Rao already exists"):
        profiles.create("ASHA RAO")
    assert count(store, Profile) == 1
    b = profiles.create("Bina")
    with pytest.raises(ValidationError, match="already exists"):
        profiles.update(b.id, name="asha rao")
    assert profiles.update(a.id, name="ASHA RAO").name == "ASHA RAO"  # renaming itself is fine


def test_list_is_sorted_by_name_ignoring_case_and_hides_deleted(
        profiles: ProfilesService) -> None:
    for name in ("chandra", "Bina", "asha", "Dev"):
        profiles.create(name)
    dev = profiles.find_by_name("dev")
    assert dev is not None
    profiles.delete(dev.id)
    assert [p.name for p in profiles.all()] == ["asha", "Bina", "chandra"]


def test_find_by_name_is_case_insensitive(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao")
    assert profiles.find_by_name("asha rao") == p
    assert profiles.find_by_name("  ASHA RAO ") == p
    assert profiles.find_by_name("Asha") is None
    profiles.delete(p.id)
    assert profiles.find_by_name("Asha Rao") is None


def test_get_and_update_of_a_deleted_profile_are_not_found(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao")
    profiles.delete(p.id)
    with pytest.raises(NotFoundError, match="No profile with id"):
        profiles.get(p.id)
    with pytest.raises(NotFoundError):
        profiles.update(p.id, name="X")
    with pytest.raises(NotFoundError):
        profiles.delete(p.id)
    assert profiles.create("Asha Rao").name == "Asha Rao"  # the name is free again


def _fill(store: Store, pid: str) -> None:
    """One live row in every synced table, through the services where they exist."""
    ConditionsService(store).add(pid, "Hypertension", icd10="I10")
    AllergiesService(store).add(pid, "Penicillin", severity="severe")
    SymptomsService(store).log(pid, "Headache", 4)
    goals = GoalsService(store)
    goals.create(pid, "Lose weight", "weight", target_value=70)
    manual = goals.create(pid, "Walk daily", direction="increase", target_value=30)
    goals.record_progress(manual.id, 10)
    ContactsService(store).add(pid, "Kiran", phone="+91 98450 12345")
    ImmunizationsService(store).add(pid, "Tdap", "2020-05-01", cvx="115")
    EncountersService(store).add(pid, "Check-up", "2025-01-10T09:00:00Z")
    # Notifications, their settings, an emergency alert and its queued e-mail.
    ContactsService(store).add(pid, "Meera", email="meera@example.com")
    NotificationsService(store).set_settings(pid, quiet_start="22:00", quiet_end="07:00")
    EmergencyService(store).raise_alert(pid, "fall")
    RetentionService(store).set_rule(pid, "chat_messages", 12)
    VisitsService(store).check_in(pid, reason="Cough")
    RegisterService(store).set_details(pid, phone="+91 98450 12345")  # its clinic record
    now = store.clock()
    with store.write() as s:
        s.add(Measurement(profile_id=pid, kind="weight", value=80.0, unit="kg", taken_at=now))
        med = Medication(profile_id=pid, name="Metformin")
        s.add(med)
        s.flush()
        s.add(MedicationSchedule(profile_id=pid, medication_id=med.id, start_date=now.date(),
                                 times_of_day=["08:00"], timezone="Asia/Kolkata"))
        s.add(DoseEvent(profile_id=pid, medication_id=med.id, action="taken", at=now))
        s.add(Refill(profile_id=pid, medication_id=med.id, quantity=30.0, at=now))
        carer = Caregiver(profile_id=pid, name="Kiran", position=1)
        s.add(carer)
        s.flush()
        s.add(CaregiverAlert(profile_id=pid, medication_id=med.id, scheduled_for=now,
                             caregiver_id=carer.id, caregiver_name="Kiran", raised_at=now))
        s.add(Appointment(profile_id=pid, title="GP visit", start_at=now))
        s.add(Document(profile_id=pid, title="Lab report", mime_type="application/pdf",
                       size_bytes=3, sha256="0" * 64, content=b"pdf"))
        chat = ChatSession(profile_id=pid, title="Notes")
        s.add(chat)
        s.flush()
        s.add(ChatMessage(profile_id=pid, session_id=chat.id, content="hello", sent_at=now))
        # Normally filed by the sync server; written directly here to fill the table.
        s.add(Conflict(profile_id=pid, entity="measurements", row_id=med.id, field="value",
                       kind="field", losing_value=79.5, status="open"))


def test_delete_tombstones_everything_of_that_profile_only(
        profiles: ProfilesService, store: Store) -> None:
    a = profiles.create("Asha Rao")
    b = profiles.create("Bina Rao")
    _fill(store, a.id)
    _fill(store, b.id)
    cascaded = [m for m in SYNCED_MODELS if m not in (DoseEvent, AuditEvent)]
    before_b = {m.__tablename__: count(store, m, b.id) for m in SYNCED_MODELS}
    assert [m.__tablename__ for m in cascaded if count(store, m, a.id) < 1] == []
    doses_a = count(store, DoseEvent, a.id)

    profiles.delete(a.id)

    for model in cascaded:
        assert count(store, model, a.id) == 0, model.__tablename__
        assert count(store, model, a.id, live=False) >= 1  # tombstoned, not removed
    assert count(store, DoseEvent, a.id) == doses_a  # append-only history stays
    after_b = {m.__tablename__: count(store, m, b.id) for m in SYNCED_MODELS}
    assert after_b == before_b
    assert [p.name for p in profiles.all()] == ["Bina Rao"]
    assert ConditionsService(store).for_profile(b.id)[0].name == "Hypertension"
    with store.read() as s:
        deletes = s.scalars(select(AuditEvent.entity).where(
            AuditEvent.profile_id == a.id, AuditEvent.action == "delete")).all()
    assert {"profiles", "conditions", "measurements", "documents"} <= set(deletes)


def test_photo_round_trip_and_removal(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao")
    assert profiles.get_photo(p.id) is None
    profiles.set_photo(p.id, PNG, "image/png")
    assert profiles.get_photo(p.id) == (PNG, "image/png")
    assert profiles.get(p.id).has_photo is True
    profiles.set_photo(p.id, JPEG, "IMAGE/JPEG")
    assert profiles.get_photo(p.id) == (JPEG, "image/jpeg")
    profiles.set_photo(p.id, WEBP, "image/webp")
    assert profiles.get_photo(p.id) == (WEBP, "image/webp")
    profiles.remove_photo(p.id)
    assert profiles.get_photo(p.id) is None
    assert profiles.get(p.id).has_photo is False


@pytest.mark.parametrize(("data", "mime", "field", "message"), [
    (PNG, "image/gif", "mime_type",
     "Photo must be one of: PNG (image/png), JPEG (image/jpeg), WebP (image/webp)."),
    (b"", "image/png", "photo", "Photo is empty"),
    (PNG + b"\x00" * MAX_PHOTO_BYTES, "image/png", "photo", "Photo must be at most 5 MB"),
    (JPEG, "image/png", "photo", "Photo is not a PNG image."),
    (b"GIF89a....", "image/jpeg", "photo", "Photo is not a JPEG image."),
])
def test_bad_photos_are_refused_and_the_old_one_kept(
        profiles: ProfilesService, data: bytes, mime: str, field: str, message: str) -> None:
    p = profiles.create("Asha Rao")
    profiles.set_photo(p.id, PNG, "image/png")
    with pytest.raises(ValidationError) as err:
        profiles.set_photo(p.id, data, mime)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert profiles.get_photo(p.id) == (PNG, "image/png")


def test_a_photo_of_exactly_5_mb_is_accepted(profiles: ProfilesService) -> None:
    p = profiles.create("Asha Rao")
    data = PNG + b"\x00" * (MAX_PHOTO_BYTES - len(PNG))
    profiles.set_photo(p.id, data, "image/png")
    photo = profiles.get_photo(p.id)
    assert photo is not None and len(photo[0]) == MAX_PHOTO_BYTES
