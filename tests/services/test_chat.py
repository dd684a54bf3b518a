"""Conversations and their messages on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from healthdesk.services.chat import ChatService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.services.search import SearchService
from healthdesk.store.models import ChatMessage
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
def chat(store: Store) -> ChatService:
    return ChatService(store)


def test_post_defaults_author_and_strips_content(chat: ChatService, pid: str, clock: Any) -> None:
    conv = chat.create_session(pid, "  Carers' notes ")
    assert conv.title == "Carers' notes" and conv.kind == "notes"
    m = chat.post(conv.id, "  Gave evening insulin at 8.  ", role="note")
    assert m.content == "Gave evening insulin at 8."
    assert m.author == "Test User"
    assert m.sent_at == clock()
    assert m.role == "note" and m.metadata is None and not m.edited
    other = chat.post(conv.id, "Thanks!", author="Meera")
    assert other.author == "Meera"
    assert [x.id for x in chat.messages(conv.id)] == [m.id, other.id]


def test_paging_backwards_returns_oldest_first(chat: ChatService, pid: str, clock: Any) -> None:
    conv = chat.create_session(pid, "Diary")
    posted = []
    for i in range(25):
        posted.append(chat.post(conv.id, f"entry {i}").id)
        clock.advance(minutes=1)
    page = chat.messages(conv.id, limit=10)
    assert [m.id for m in page] == posted[15:]
    page2 = chat.messages(conv.id, limit=10, before=page[0].id)
    assert [m.id for m in page2] == posted[5:15]
    page3 = chat.messages(conv.id, limit=10, before=page2[0].id)
    assert [m.id for m in page3] == posted[:5]
    assert chat.messages(conv.id, limit=10, before=page3[0].id) == []
    by_time = chat.messages(conv.id, before=clock() - dt.timedelta(minutes=20))
    assert [m.content for m in by_time] == ["entry 0", "entry 1", "entry 2", "entry 3",
                                            "entry 4"]
    assert [m.id for m in chat.messages(conv.id)] == posted


def test_paging_is_stable_when_messages_share_a_timestamp(chat: ChatService, pid: str) -> None:
    conv = chat.create_session(pid, "Burst")
    posted = [chat.post(conv.id, f"m{i}").id for i in range(7)]  # the clock stands still
    first = chat.messages(conv.id, limit=3)
    second = chat.messages(conv.id, limit=3, before=first[0].id)
    third = chat.messages(conv.id, limit=3, before=second[0].id)
    assert [m.id for m in third + second + first] == posted


def test_sessions_most_recent_activity_first_with_counts(
        chat: ChatService, pid: str, clock: Any) -> None:
    a = chat.create_session(pid, "A")
    clock.advance(hours=1)
    b = chat.create_session(pid, "B")
    clock.advance(hours=1)
    chat.post(a.id, "hello")
    clock.advance(hours=1)
    c = chat.create_session(pid, "C", kind="assistant")
    listed = chat.sessions(pid)
    assert [s.id for s in listed] == [c.id, a.id, b.id]
    by_id = {s.id: s for s in listed}
    assert by_id[a.id].message_count == 1
    assert by_id[a.id].last_message_at == clock() - dt.timedelta(hours=1)
    assert by_id[b.id].message_count == 0 and by_id[b.id].last_message_at is None
    assert by_id[b.id].last_activity_at == b.created_at
    clock.advance(hours=1)
    chat.post(b.id, "later")
    assert [s.id for s in chat.sessions(pid)] == [b.id, c.id, a.id]
    assert [s.id for s in chat.sessions(pid, kind="assistant")] == [c.id]
    assert chat.session(a.id).message_count == 1


def test_delete_session_tombstones_its_messages(
        chat: ChatService, pid: str, store: Store) -> None:
    conv = chat.create_session(pid, "Old thread")
    m = chat.post(conv.id, "quinoa breakfast worked well")
    keep = chat.create_session(pid, "Keep")
    chat.delete_session(conv.id)
    assert [s.id for s in chat.sessions(pid)] == [keep.id]
    with store.read() as s:
        assert s.get(ChatMessage, m.id).deleted  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        chat.messages(conv.id)
    with pytest.raises(NotFoundError):
        chat.post(conv.id, "too late")
    assert SearchService(store).search("quinoa") == []


def test_rename_and_delete_message(chat: ChatService, pid: str) -> None:
    conv = chat.create_session(pid, "Notes")
    assert chat.rename(conv.id, "Mum's notes").title == "Mum's notes"
    with pytest.raises(ValidationError, match="Title is required"):
        chat.rename(conv.id, " ")
    m1 = chat.post(conv.id, "one")
    m2 = chat.post(conv.id, "two")
    chat.delete_message(m1.id)
    assert [m.id for m in chat.messages(conv.id)] == [m2.id]
    assert chat.session(conv.id).message_count == 1
    with pytest.raises(NotFoundError):
        chat.delete_message(m1.id)


def test_only_the_author_edits_their_own_notes(
        chat: ChatService, pid: str, clock: Any) -> None:
    conv = chat.create_session(pid, "Notes")
    mine = chat.post(conv.id, "BP was hihg", role="note")
    clock.advance(minutes=2)
    edited = chat.edit_message(mine.id, "BP was high")
    assert edited.content == "BP was high" and edited.edited
    assert edited.sent_at == mine.sent_at
    theirs = chat.post(conv.id, "Fine by me", author="Meera")
    with pytest.raises(ValidationError, match="written by Meera"):
        chat.edit_message(theirs.id, "changed")
    assert chat.edit_message(theirs.id, "Fine by me!", author="Meera").content == "Fine by me!"
    answer = chat.post(conv.id, "Your last reading was 128/82.", role="assistant",
                       author="Test User")
    with pytest.raises(ValidationError, match="assistant"):
        chat.edit_message(answer.id, "hacked")
    assert chat.message(answer.id).content == "Your last reading was 128/82."


def test_assistant_messages_keep_their_sources(chat: ChatService, pid: str) -> None:
    conv = chat.create_session(pid, "Ask", kind="assistant")
    q = chat.post(conv.id, "When did I last take metformin?")
    sources = {"sources": [{"entity": "dose_events", "id": "abc"}], "model": "offline"}
    a = chat.post(conv.id, "Yesterday at 20:05.", role="assistant", author="Assistant",
                  metadata=sources)
    got = chat.messages(conv.id)
    assert [m.id for m in got] == [q.id, a.id]
    assert got[1].metadata == sources and got[1].role == "assistant"


def test_bad_input_names_the_field_and_writes_nothing(
        chat: ChatService, pid: str, store: Store) -> None:
    conv = chat.create_session(pid, "Notes")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"content": "   "}, "Content is required"),
        ({"content": "x" * 10_001}, "at most 10000 characters"),
        ({"content": "ok", "role": "robot"}, "Role must be one of: user, assistant"),
        ({"content": "ok", "metadata": {"x": {1, 2}}}, "Metadata must be JSON"),
        ({"content": "ok", "metadata": {"x": float("nan")}}, "Metadata must be JSON"),
        ({"content": "ok", "metadata": ["a"]}, "JSON object"),
        ({"content": "ok", "metadata": {"x": "y" * 21_000}}, "at most 20 KB"),
    ]
    for kwargs, message in cases:
        with pytest.raises(ValidationError, match=message):
            chat.post(conv.id, **kwargs)
    with pytest.raises(ValidationError, match="Kind must be one of: notes, assistant"):
        chat.create_session(pid, "x", kind="group")
    with pytest.raises(NotFoundError):
        chat.create_session("missing-profile", "x")
    with pytest.raises(NotFoundError):
        chat.messages(conv.id, before="not-a-message")
    with store.read() as s:
        assert s.scalars(select(ChatMessage)).all() == []
    assert len(chat.post(conv.id, "y" * 10_000).content) == 10_000


def test_session_tags_are_cleaned_and_replaced(record, profile_id):  # type: ignore[no-untyped-def]
    import pytest as _pytest

    from healthdesk.domain.errors import ValidationError as _VE

    s = record.chat.create_session(profile_id, "Questions", kind="assistant",
                                   tags=["  blood   pressure ", "Blood pressure", "stock"])
    assert s.tags == ("blood pressure", "stock")
    assert record.chat.set_tags(s.id, ["goals"]).tags == ("goals",)
    assert record.chat.session(s.id).tags == ("goals",)
    for bad in (["x" * 41], "goals", [f"t{i}" for i in range(11)], [""]):
        with _pytest.raises(_VE, match="ag"):
            record.chat.set_tags(s.id, bad)  # type: ignore[arg-type]
    assert record.chat.session(s.id).tags == ("goals",)
