"""One search box over the whole record, on the real FTS5 index of the encrypted store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthdesk.services.chat import ChatService
from healthdesk.services.documents import DocumentsService
from healthdesk.services.errors import ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.services.search import ENTITY_LABELS, SearchService, match_expression
from healthdesk.store.models import (
    Allergy,
    Appointment,
    Condition,
    EmergencyContact,
    Goal,
    Measurement,
    Medication,
    Profile,
    SymptomEntry,
)
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
HOSTILE = [
    '"', '""', '"""', "*", "**", "^", "-", "+", "(", ")", "()", "{", "}", ":", "::",
    "AND", "OR", "NOT", "NEAR", "NEAR(a b, 2)", "a OR", "OR b", "a AND NOT", '"unclosed',
    "rowkey:abc", "{rowkey}: x", "title:x", "- rowkey : *", "^metformin", "metformin*",
    'met"formin', "col:", "'; DROP TABLE search_index; --", "\x00", "a\x00b", "😀",
    "\u0301", "  \t\n ", "", "a" * 5000, "x " * 1000, "(((", "NEAR(", "* OR *", "%", "_",
]


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao", notes="Lives near the Café Royal").id


@pytest.fixture
def search(store: Store) -> SearchService:
    return SearchService(store)


def add(store: Store, *rows: Any) -> list[str]:
    with store.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def entities(hits: list[Any]) -> set[str]:
    return {h.entity for h in hits}


@pytest.fixture
def filled(store: Store, pid: str, clock: Any) -> dict[str, str]:
    now = clock()
    ids = add(
        store,
        Measurement(profile_id=pid, kind="glucose", value=7.1, unit="mmol/L", taken_at=now,
                    note="after the zucchini lunch"),
        Medication(profile_id=pid, name="Metformin", strength="500 mg",
                   instructions="with zucchini soup"),
        Appointment(profile_id=pid, title="Diabetes review", start_at=now,
                    clinician="Dr Zucchini Patel"),
        Condition(profile_id=pid, name="Type 2 diabetes", icd10="E11.9",
                  notes="worse after zucchini"),
        Allergy(profile_id=pid, substance="Penicillin", reaction="zucchini-like rash"),
        SymptomEntry(profile_id=pid, symptom="Headache", severity=4, onset_at=now,
                     note="zucchini"),
        Goal(profile_id=pid, title="Eat more zucchini", start_date=now.date()),
        EmergencyContact(profile_id=pid, name="Ravi Zucchini", phone="+91 98450 00000"),
    )
    names = ["measurements", "medications", "appointments", "conditions", "allergies",
             "symptom_entries", "goals", "emergency_contacts"]
    out = dict(zip(names, ids, strict=True))
    doc = DocumentsService(store).import_bytes(pid, b"%PDF-1.4 x", "zucchini-lab.pdf",
                                               title="Lipid panel", tags=["zucchini"])
    chat = ChatService(store)
    conv = chat.create_session(pid, "Zucchini questions")
    msg = chat.post(conv.id, "Is zucchini fine with metformin?")
    out.update(documents=doc.id, chat_sessions=conv.id, chat_messages=msg.id)
    return out


def test_finds_every_kind_of_entry_with_labels(
        search: SearchService, filled: dict[str, str], pid: str) -> None:
    hits = search.search("zucchini")
    assert {h.entity: h.row_id for h in hits} == filled
    assert all(h.profile_id == pid for h in hits)
    labels = {h.label for h in hits}
    assert labels == {"Reading", "Medicine", "Appointment", "Document", "Message", "Condition",
                      "Allergy", "Symptom", "Goal", "Contact", "Conversation"}
    reading = next(h for h in hits if h.entity == "measurements")
    assert reading.title == "Reading"  # readings have no title of their own
    assert "[zucchini]" in reading.snippet.lower()
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_title_matches_rank_above_body_matches(
        search: SearchService, filled: dict[str, str]) -> None:
    hits = search.search("metformin")
    assert hits[0].entity == "medications" and hits[0].title == "Metformin"
    assert {"medications", "chat_messages"} <= entities(hits)


def test_last_word_matches_as_a_prefix(search: SearchService, filled: dict[str, str]) -> None:
    assert "medications" in entities(search.search("metfo"))
    assert entities(search.search("diabetes rev")) == {"appointments"}
    # Only the last word is a prefix: "metfo" in the middle must be a whole word.
    assert search.search("metfo soup") == []
    assert entities(search.search("E11")) == {"conditions"}


def test_diacritics_and_case_are_ignored(
        search: SearchService, pid: str, filled: dict[str, str]) -> None:
    for query in ("cafe", "CAFÉ royal", "café", "Cafe Roy"):
        hits = search.search(query)
        assert [(h.entity, h.row_id) for h in hits] == [("profiles", pid)], query
    assert "[Café]" in search.search("cafe")[0].snippet


def test_deleted_rows_and_profiles_are_excluded(
        search: SearchService, store: Store, filled: dict[str, str], pid: str) -> None:
    DocumentsService(store).delete(filled["documents"])
    assert "documents" not in entities(search.search("zucchini"))
    # Tombstone the profile row alone: its entries' index rows stay, and must not show.
    with store.write() as s:
        s.get(Profile, pid).deleted = True  # type: ignore[union-attr]
    assert search.search("zucchini") == []
    assert search.search("zucchini", profile_id=pid) == []


def test_profile_filter_keeps_other_people_out(
        search: SearchService, store: Store, filled: dict[str, str], pid: str) -> None:
    other = ProfilesService(store).create("Ravi Rao").id
    add(store, Medication(profile_id=other, name="Zucchini extract"))
    assert len(search.search("zucchini")) == len(filled) + 1
    mine = search.search("zucchini", profile_id=pid)
    assert {h.profile_id for h in mine} == {pid} and len(mine) == len(filled)
    theirs = search.search("zucchini", profile_id=other)
    assert [(h.entity, h.title) for h in theirs] == [("medications", "Zucchini extract")]


def test_internal_row_keys_are_not_searchable(
        search: SearchService, filled: dict[str, str]) -> None:
    key = filled["medications"].replace("-", "")
    assert search.search(key) == []
    assert search.search(f"rowkey:{key}") == []
    assert search.search("medications") == []  # the entity column is not searched either


def test_empty_queries_and_limits(search: SearchService, filled: dict[str, str]) -> None:
    assert search.search("") == []
    assert search.search("   \n") == []
    assert search.search("!!! ???") == []
    assert len(search.search("zucchini", limit=3)) == 3
    with pytest.raises(ValidationError, match="Limit must be a whole number between 1 and 500"):
        search.search("zucchini", limit=0)


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('blood "sugar') == '{title body} : ("blood" """sugar"*)'
    assert match_expression("NEAR(a b)") == '{title body} : ("NEAR(a" "b)"*)'
    assert match_expression("  ") is None
    assert set(ENTITY_LABELS.values()) >= {"Reading", "Medicine", "Profile", "Conversation"}


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(
        search: SearchService, filled: dict[str, str], query: str) -> None:
    hits = search.search(query)
    assert isinstance(hits, list)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=80) | st.text(alphabet='"*^:(){}-+ ANDORTNEAR', max_size=30))
def test_arbitrary_text_never_raises(
        search: SearchService, filled: dict[str, str], query: str) -> None:
    hits = search.search(query)
    assert all(h.row_id in filled.values() or h.entity == "profiles" for h in hits)


def test_new_and_edited_rows_are_searchable_at_once(
        search: SearchService, store: Store, pid: str) -> None:
    [med] = add(store, Medication(profile_id=pid, name="Atorvastatin"))
    assert [h.row_id for h in search.search("atorva")] == [med]
    with store.write() as s:
        s.get(Medication, med).name = "Rosuvastatin"  # type: ignore[union-attr]
    assert search.search("atorva") == []
    assert [h.row_id for h in search.search("rosuva")] == [med]
    assert search.search("rosuva")[0].snippet == "[Rosuvastatin]"
