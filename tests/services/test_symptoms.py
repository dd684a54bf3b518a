"""The symptom diary on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.services.symptoms import SymptomsService
from healthdesk.store.models import AuditEvent, SymptomEntry
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
UTC = dt.UTC


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao").id


@pytest.fixture
def symptoms(store: Store) -> SymptomsService:
    return SymptomsService(store)


def rows(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(SymptomEntry)) or 0)


def ago(clock: Any, **kw: float) -> dt.datetime:
    return clock() - dt.timedelta(**kw)


def test_log_defaults_onset_to_now(symptoms: SymptomsService, pid: str, clock: Any) -> None:
    e = symptoms.log(pid, " Headache ", 6, duration_minutes="90", note="after lunch")
    assert (e.symptom, e.severity, e.onset_at, e.duration_minutes, e.note) == (
        "Headache", 6, clock(), 90, "after lunch")
    assert symptoms.get(e.id) == e


def test_log_accepts_an_iso_onset_with_offset(symptoms: SymptomsService, pid: str) -> None:
    e = symptoms.log(pid, "Dizziness", "3", onset_at="2026-03-10T07:30:00+05:30")
    assert e.onset_at == dt.datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("symptom", "", "Symptom is required."),
    ("symptom", "s" * 201, "Symptom must be at most 200 characters"),
    ("severity", 0, "Severity must be a whole number between 1 and 10."),
    ("severity", 11, "Severity must be a whole number between 1 and 10."),
    ("severity", 5.5, "Severity must be a whole number between 1 and 10."),
    ("severity", None, "Severity is required."),
    ("onset_at", "2026-03-10T12:00:00Z", "Onset time cannot be in the future."),
    ("onset_at", "yesterday", "Onset at must be a date and time like 2024-03-01T08:30"),
    ("duration_minutes", -1, "Duration must be a whole number of minutes between 0 and 43200"),
    ("duration_minutes", 43201, "Duration must be a whole number of minutes between 0 and 43200"),
    ("note", "n" * 2001, "Note must be at most 2000 characters"),
])
def test_bad_input_names_the_field_and_saves_nothing(
        symptoms: SymptomsService, store: Store, pid: str, field: str, value: Any,
        message: str) -> None:
    args: dict[str, Any] = {"symptom": "Headache", "severity": 5, field: value}
    with pytest.raises(ValidationError) as err:
        symptoms.log(pid, **args)
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert rows(store) == 0


def test_limits_are_inclusive(symptoms: SymptomsService, pid: str, clock: Any) -> None:
    assert symptoms.log(pid, "Pain", 1, duration_minutes=0).severity == 1
    assert symptoms.log(pid, "Pain", 10, duration_minutes=43200).duration_minutes == 43200


def test_update_changes_only_given_fields_and_is_audited(
        symptoms: SymptomsService, store: Store, pid: str, clock: Any) -> None:
    e = symptoms.log(pid, "Headache", 6, duration_minutes=30, note="n")
    u = symptoms.update(e.id, severity=8, note=None)
    assert (u.symptom, u.severity, u.duration_minutes, u.note, u.onset_at) == (
        "Headache", 8, 30, None, e.onset_at)
    with pytest.raises(ValidationError, match="between 1 and 10"):
        symptoms.update(e.id, symptom="Migraine", severity=12)
    assert symptoms.get(e.id) == u
    with store.read() as s:
        fields = [sorted(f) for f in s.scalars(select(AuditEvent.fields).where(
            AuditEvent.entity_id == e.id, AuditEvent.action == "update"))]
    assert fields == [["note", "severity"]]


def test_list_is_newest_first_with_time_and_symptom_filters(
        symptoms: SymptomsService, pid: str, clock: Any) -> None:
    old = symptoms.log(pid, "Cough", 3, onset_at=ago(clock, days=10))
    mid = symptoms.log(pid, "headache", 5, onset_at=ago(clock, days=5))
    new = symptoms.log(pid, "Headache", 7, onset_at=ago(clock, hours=1))
    assert [v.id for v in symptoms.for_profile(pid)] == [new.id, mid.id, old.id]
    assert [v.id for v in symptoms.for_profile(pid, symptom="HEADACHE")] == [new.id, mid.id]
    window = symptoms.for_profile(pid, start=ago(clock, days=10), end=ago(clock, days=5))
    assert [v.id for v in window] == [old.id]  # start inclusive, end exclusive


def test_deleted_entries_are_hidden(symptoms: SymptomsService, store: Store, pid: str) -> None:
    e = symptoms.log(pid, "Cough", 3)
    keep = symptoms.log(pid, "Fever", 5)
    symptoms.delete(e.id)
    assert [v.id for v in symptoms.for_profile(pid)] == [keep.id]
    assert [s.symptom for s in symptoms.summary(pid)] == ["Fever"]
    with pytest.raises(NotFoundError, match="No symptom entry with id"):
        symptoms.get(e.id)
    assert rows(store) == 2


def test_other_profiles_entries_are_not_listed(
        symptoms: SymptomsService, store: Store, pid: str) -> None:
    other = ProfilesService(store).create("Bina").id
    symptoms.log(other, "Cough", 3)
    assert symptoms.for_profile(pid) == []
    assert symptoms.summary(pid) == []


def test_summary_counts_averages_and_finds_the_last_occurrence(
        symptoms: SymptomsService, pid: str, clock: Any) -> None:
    symptoms.log(pid, "Headache", 4, onset_at=ago(clock, days=20))
    symptoms.log(pid, "headache", 6, onset_at=ago(clock, days=10))
    symptoms.log(pid, "Headache", 7, onset_at=ago(clock, days=2))
    symptoms.log(pid, "Nausea", 2, onset_at=ago(clock, days=1))
    symptoms.log(pid, "Nausea", 3, onset_at=ago(clock, days=40))  # outside 30 days
    summary = symptoms.summary(pid)
    got = [(s.symptom, s.count, s.mean_severity, s.max_severity, s.last_at) for s in summary]
    assert got == [
        ("Headache", 3, 5.7, 7, ago(clock, days=2)),
        ("Nausea", 1, 2.0, 2, ago(clock, days=1)),
    ]
    week = symptoms.summary(pid, days=7)
    # Equal counts: the most recent first.
    assert [(s.symptom, s.count) for s in week] == [("Nausea", 1), ("Headache", 1)]
    assert [s.count for s in symptoms.summary(pid, days=60) if s.symptom == "Nausea"] == [2]


def test_summary_days_must_be_in_range(symptoms: SymptomsService, pid: str) -> None:
    with pytest.raises(ValidationError, match="Days must be a whole number between 1 and 3650"):
        symptoms.summary(pid, days=0)


def test_check_in_body_area_and_requires_attention(record, profile_id, clock):  # type: ignore[no-untyped-def]
    calm = record.symptoms.log(profile_id, "Headache", 3, duration_minutes=60,
                               body_area="head")
    assert calm.body_area == "head" and not calm.requires_attention
    bad = record.symptoms.log(profile_id, "Migraine", 9)
    long = record.symptoms.log(profile_id, "Cough", 2, duration_minutes=5 * 24 * 60)
    flag = record.symptoms.log(profile_id, "Tightness", 4, note="chest pain on stairs",
                               body_area="chest")
    assert bad.attention == ("severity 9 of 10",)
    assert long.attention == ("lasting more than three days",)
    assert flag.attention == ("chest pain can be a heart attack",)
    assert [v.id for v in record.symptoms.needing_attention(profile_id)] == \
        [v.id for v in sorted((bad, long, flag), key=lambda v: (v.onset_at, v.id),
                              reverse=True)]
    assert record.symptoms.get(flag.id).body_area == "chest"
    with pytest.raises(ValidationError, match="Body area"):
        record.symptoms.log(profile_id, "Pain", 3, body_area="x" * 101)
    clock.advance(days=8)
    assert record.symptoms.needing_attention(profile_id) == []
    assert record.symptoms.needing_attention(profile_id, days=30)
