"""Conditions and allergies on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.clinical import AllergiesService, ConditionsService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import Allergy, AuditEvent, Condition
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao", date_of_birth="1954-02-11").id


@pytest.fixture
def conditions(store: Store) -> ConditionsService:
    return ConditionsService(store)


@pytest.fixture
def allergies(store: Store) -> AllergiesService:
    return AllergiesService(store)


def rows(store: Store, model: Any) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def update_fields(store: Store, row_id: str) -> list[list[str]]:
    with store.read() as s:
        return [sorted(f) for f in s.scalars(select(AuditEvent.fields).where(
            AuditEvent.entity_id == row_id, AuditEvent.action == "update"))]


# -- conditions ------------------------------------------------------------------------


def test_add_condition_normalises_the_icd10_code(conditions: ConditionsService, pid: str) -> None:
    c = conditions.add(pid, " Type 2 diabetes ", icd10="e119", status="Active",
                       onset="2015-06-01", notes="diet controlled at first")
    assert (c.name, c.icd10, c.status, c.onset) == ("Type 2 diabetes", "E11.9", "active",
                                                    dt.date(2015, 6, 1))
    assert conditions.get(c.id) == c
    assert conditions.add(pid, "Hypertension", icd10=" i10 ").icd10 == "I10"
    assert conditions.add(pid, "Back pain").icd10 is None


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "", "Name is required."),
    ("name", "n" * 201, "Name must be at most 200 characters"),
    ("icd10", "diabetes", "ICD-10 must be an ICD-10 code like I10 or E11.9"),
    ("status", "cured", "Status must be one of: active, remission, resolved, inactive."),
    ("onset", "2026-04-01", "Onset cannot be in the future."),
    ("onset", "June 2015", "Onset must be a date in the form YYYY-MM-DD."),
    ("resolved_on", "2014-01-01", "Resolved on must be on or after the onset date (2015-06-01)."),
    ("resolved_on", "2027-01-01", "Resolved on cannot be in the future."),
])
def test_bad_condition_input_names_the_field_and_saves_nothing(
        conditions: ConditionsService, store: Store, pid: str, field: str, value: Any,
        message: str) -> None:
    args: dict[str, Any] = {"name": "Asthma", "onset": "2015-06-01", field: value}
    before = rows(store, Condition)
    with pytest.raises(ValidationError) as err:
        conditions.add(pid, **args)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert rows(store, Condition) == before


def test_update_condition_checks_dates_against_the_stored_onset(
        conditions: ConditionsService, store: Store, pid: str) -> None:
    c = conditions.add(pid, "Asthma", onset="2015-06-01")
    with pytest.raises(ValidationError, match=r"on or after the onset date \(2015-06-01\)"):
        conditions.update(c.id, status="resolved", resolved_on="2015-01-01")
    assert conditions.get(c.id) == c  # nothing half-written
    done = conditions.update(c.id, status="resolved", resolved_on="2020-02-02")
    assert (done.status, done.resolved_on, done.name) == ("resolved", dt.date(2020, 2, 2),
                                                          "Asthma")
    assert update_fields(store, c.id) == [["resolved_on", "status"]]


def test_list_conditions_orders_by_status_and_can_hide_resolved(
        conditions: ConditionsService, pid: str) -> None:
    conditions.add(pid, "Chickenpox", status="resolved")
    conditions.add(pid, "hypertension")
    conditions.add(pid, "Asthma")
    conditions.add(pid, "Lymphoma", status="remission")
    assert [c.name for c in conditions.for_profile(pid)] == [
        "Asthma", "hypertension", "Lymphoma", "Chickenpox"]
    assert [c.name for c in conditions.for_profile(pid, include_resolved=False)] == [
        "Asthma", "hypertension", "Lymphoma"]


def test_deleted_condition_is_hidden_and_can_be_restored(
        conditions: ConditionsService, store: Store, pid: str) -> None:
    c = conditions.add(pid, "Asthma")
    conditions.delete(c.id)
    assert conditions.for_profile(pid) == []
    with pytest.raises(NotFoundError, match="No condition with id"):
        conditions.get(c.id)
    with pytest.raises(NotFoundError):
        conditions.update(c.id, name="x")
    assert rows(store, Condition) == 1  # a tombstone, not a removal
    assert conditions.restore(c.id) == c
    assert [x.id for x in conditions.for_profile(pid)] == [c.id]


def test_condition_for_an_unknown_profile_is_refused(conditions: ConditionsService) -> None:
    with pytest.raises(NotFoundError, match="No profile with id nope"):
        conditions.add("nope", "Asthma")


def test_unknown_condition_field_is_a_programming_error(
        conditions: ConditionsService, pid: str) -> None:
    c = conditions.add(pid, "Asthma")
    with pytest.raises(TypeError, match="severity"):
        conditions.update(c.id, severity="mild")


# -- allergies -------------------------------------------------------------------------


def test_add_allergy_and_read_it_back(allergies: AllergiesService, pid: str) -> None:
    a = allergies.add(pid, "Penicillin", category="Medication", reaction="Hives",
                      severity="severe", noted_on="2010-05-05")
    assert (a.substance, a.category, a.reaction, a.severity, a.noted_on) == (
        "Penicillin", "medication", "Hives", "severe", dt.date(2010, 5, 5))
    assert allergies.get(a.id) == a
    plain = allergies.add(pid, "Dust")
    assert (plain.category, plain.severity) == ("other", "unknown")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("substance", " ", "Substance is required."),
    ("category", "drug", "Category must be one of: medication, food, environment, biologic, "
                         "other."),
    ("severity", "deadly", "Severity must be one of: mild, moderate, severe, life_threatening, "
                           "unknown."),
    ("reaction", "r" * 501, "Reaction must be at most 500 characters"),
    ("noted_on", "2026-03-12", "Noted on cannot be in the future."),
])
def test_bad_allergy_input_names_the_field_and_saves_nothing(
        allergies: AllergiesService, store: Store, pid: str, field: str, value: Any,
        message: str) -> None:
    args: dict[str, Any] = {"substance": "Peanuts", field: value}
    before = rows(store, Allergy)
    with pytest.raises(ValidationError) as err:
        allergies.add(pid, **args)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert rows(store, Allergy) == before


def test_the_same_substance_cannot_be_recorded_twice(
        allergies: AllergiesService, store: Store, pid: str) -> None:
    first = allergies.add(pid, "Penicillin")
    with pytest.raises(ValidationError) as err:
        allergies.add(pid, "  PENICILLIN ")
    assert err.value.field == "substance"
    assert "Penicillin is already recorded" in str(err.value)
    assert rows(store, Allergy) == 1
    other = allergies.add(pid, "Sulfa")
    with pytest.raises(ValidationError, match="already recorded"):
        allergies.update(other.id, substance="penicillin")
    # Another person may have the same allergy; a deleted entry does not block re-adding.
    bina = ProfilesService(store).create("Bina").id
    assert allergies.add(bina, "Penicillin").substance == "Penicillin"
    allergies.delete(first.id)
    again = allergies.add(pid, "penicillin")
    with pytest.raises(ValidationError, match="already recorded"):
        allergies.restore(first.id)
    assert [a.id for a in allergies.for_profile(pid)] == [again.id, other.id]


def test_allergies_are_listed_most_dangerous_first(allergies: AllergiesService, pid: str) -> None:
    allergies.add(pid, "Dust", severity="mild")
    allergies.add(pid, "Latex")
    allergies.add(pid, "Peanuts", severity="life_threatening", category="food")
    allergies.add(pid, "Aspirin", severity="moderate")
    allergies.add(pid, "Penicillin", severity="severe")
    assert [(a.substance, a.severity) for a in allergies.for_profile(pid)] == [
        ("Peanuts", "life_threatening"), ("Penicillin", "severe"), ("Aspirin", "moderate"),
        ("Dust", "mild"), ("Latex", "unknown")]


def test_allergy_update_changes_only_given_fields_and_is_audited(
        allergies: AllergiesService, store: Store, pid: str) -> None:
    a = allergies.add(pid, "Penicillin", reaction="Rash", severity="mild")
    b = allergies.update(a.id, severity="severe", reaction=None)
    assert (b.substance, b.severity, b.reaction) == ("Penicillin", "severe", None)
    with pytest.raises(ValidationError, match="Severity must be one of"):
        allergies.update(a.id, reaction="Hives", severity="awful")
    assert allergies.get(a.id) == b
    assert update_fields(store, a.id) == [["reaction", "severity"]]


def test_deleted_allergy_is_hidden_and_can_be_restored(
        allergies: AllergiesService, pid: str) -> None:
    a = allergies.add(pid, "Penicillin")
    allergies.delete(a.id)
    assert allergies.for_profile(pid) == []
    with pytest.raises(NotFoundError, match="No allergy with id"):
        allergies.get(a.id)
    assert allergies.restore(a.id) == a
    assert allergies.for_profile(pid) == [a]
