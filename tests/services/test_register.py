"""The patient register on a real store: search as you type by name (any case, Latin,
Devanagari, Tamil), clinic number, phone and date of birth; duplicates; recent; and the
clinic demo that fills it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from healthdesk.demo.clinic import build_clinic
from healthdesk.services.clinic_numbers import series_for
from healthdesk.services.errors import ValidationError
from healthdesk.services.record import HealthRecord
from healthdesk.services.register import DuplicatePatient


@pytest.fixture
def desk(record: HealthRecord) -> HealthRecord:
    record.clinic.set_organisation("Sunrise Clinic")
    record.clinic.add_staff("Admin", "admin", "1111")
    record.clinic.sign_in("Admin", "1111")
    record.clinic.add_staff("Ravi Desk", "receptionist", "4444")
    record.clinic.sign_in("Ravi Desk", "4444")
    reg = record.patients.register
    reg("Kamala Devi", "1961-05-02", sex="female", phone="+91 98450 12345")
    reg("Kamal Haasan", "1954-11-07", sex="male", phone="044 2345 6789")
    reg("राम शर्मा", "1970-01-15", phone="98111 22222")
    reg("முருகன் செல்வம்", "1982-08-30")
    reg("Ramesh Iyer", "1990-03-04", clinic_no="OLD-17")
    return record


def _names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in rows]


def _no(record: HealthRecord, n: int) -> str:
    """This computer's n-th number (its series is drawn from its device id)."""
    return f"HD-{series_for(record.device_id)}-{n:05d}"


def test_search_by_name_as_typed(desk: HealthRecord) -> None:
    s = desk.patients.search
    assert _names(s("kam")) == ["Kamal Haasan", "Kamala Devi"]
    assert _names(s("KAMALA")) == ["Kamala Devi"]
    assert _names(s("devi kam")) == ["Kamala Devi"]  # words in any order
    assert _names(s("amala")) == []  # words match from their start
    assert _names(s("राम")) == ["राम शर्मा"]
    assert _names(s("शर्")) == ["राम शर्मा"]
    assert _names(s("முருகன்")) == ["முருகன் செல்வம்"]
    assert _names(s("ram")) == ["Ramesh Iyer"]


def test_search_by_number_phone_and_birth(desk: HealthRecord) -> None:
    s = desk.patients.search
    assert _names(s(_no(desk, 1))) == ["Kamala Devi"]
    assert _names(s(_no(desk, 3).lower())) == ["राम शर्मा"]
    assert _names(s("00003")) == ["राम शर्मा"]  # the digits of a number, as read out
    assert _names(s("old-17")) == ["Ramesh Iyer"]
    assert _names(s("98450")) == ["Kamala Devi"]
    assert _names(s("9845012345")) == ["Kamala Devi"]  # without the country code
    assert _names(s("044 2345")) == ["Kamal Haasan"]
    assert _names(s("1961-05-02")) == ["Kamala Devi"]
    assert _names(s("02/05/1961")) == ["Kamala Devi"]
    with pytest.raises(ValidationError, match="at most 100"):
        s("x" * 101)


def test_duplicates_are_warned_and_can_be_confirmed(desk: HealthRecord) -> None:
    with pytest.raises(DuplicatePatient, match=f"already registered as {_no(desk, 1)}") as exc:
        desk.patients.register("kamala  DEVI", "1961-05-02")
    assert [p.name for p in exc.value.existing] == ["Kamala Devi"]
    desk.patients.register("Kamala Devi", "1961-05-03")  # another birthday: someone else
    again = desk.patients.register("Kamala Devi", "1961-05-02", allow_duplicate=True)
    assert again.clinic_no == _no(desk, 6)  # Ramesh has his old number
    with pytest.raises(ValidationError, match="OLD-17 is already taken"):
        desk.patients.register("Someone", clinic_no="old-17")


def test_recent_and_renames_follow(desk: HealthRecord, clock) -> None:  # type: ignore[no-untyped-def]
    first = desk.patients.search("Kamala")[0]
    other = desk.patients.search("Kamal Haasan")[0]
    desk.patients.opened(first.profile_id)
    clock.advance(minutes=1)
    desk.patients.opened(other.profile_id)
    assert _names(desk.patients.recent()) == ["Kamal Haasan", "Kamala Devi"]
    assert _names(desk.patients.search("")) == ["Kamal Haasan", "Kamala Devi"]
    desk.profiles.update(first.profile_id, name="Kamala Devi Rao")
    assert desk.patients.refresh() == 1
    assert _names(desk.patients.search("rao")) == ["Kamala Devi Rao"]


def test_clinic_demo_fills_a_searchable_register(record: HealthRecord) -> None:
    summary = build_clinic(record, patients=300, seed=3)
    assert summary.counts["profiles"] == 300 and summary.counts["staff"] == 5
    assert summary.counts["encounters"] > 300
    assert record.patients.count() == 300
    assert record.patients.refresh() == 0  # nothing stale after the demo
    assert record.patients.search(_no(record, 300))[0].clinic_no == _no(record, 300)
    with record.store.read() as s:  # every number is a synced row of its patient
        assert s.execute(text("SELECT count(*) FROM clinic_records")).scalar() == 300
    assert record.clinic.signed_in is None  # the demo signs its admin out
    assert {s.role for s in record.clinic.staff()} == {"admin", "doctor", "nurse",
                                                        "receptionist"}
