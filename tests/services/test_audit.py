"""The audit trail: automatic row-write events, recorded actions, and filtered listing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.audit import AuditService
from healthdesk.services.chat import ChatService
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import AuditEvent, OutboxEntry
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
def audit(store: Store) -> AuditService:
    return AuditService(store)


def test_row_writes_appear_newest_first(
        audit: AuditService, store: Store, pid: str, clock: Any) -> None:
    chat = ChatService(store)
    clock.advance(minutes=5)
    conv = chat.create_session(pid, "Notes")
    clock.advance(minutes=5)
    chat.rename(conv.id, "Carers")
    clock.advance(minutes=5)
    chat.delete_session(conv.id)
    trail = audit.events(pid, entity="chat_sessions")
    assert [e.action for e in trail] == ["delete", "update", "create"]
    assert [e.at for e in trail] == [clock(), clock() - dt.timedelta(minutes=5),
                                     clock() - dt.timedelta(minutes=10)]
    latest = trail[0]
    assert latest.actor == "Test User" and latest.device_id == store.device_id
    assert latest.entity_id == conv.id and latest.fields == ("deleted",)
    assert latest.entity_label == "Conversation"
    assert trail[1].fields == ("title",)
    assert audit.for_entity("chat_sessions", conv.id) == trail


def test_record_adds_a_non_write_action(
        audit: AuditService, store: Store, pid: str, clock: Any) -> None:
    with store.read() as s:
        outbox_before = s.scalar(select(func.count()).select_from(OutboxEntry))
    clock.advance(hours=1)
    ev = audit.record(pid, "export", "profiles", pid, fields=["name", "notes", "name"])
    assert ev.action == "export" and ev.at == clock()
    assert ev.fields == ("name", "notes") and ev.actor == "Test User"
    assert audit.events(pid)[0] == ev
    # The event is a synced row of its own: it reaches other devices through the outbox.
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == outbox_before + 1


def test_record_refuses_row_actions_and_bad_input(audit: AuditService, pid: str) -> None:
    before = audit.count()
    with pytest.raises(ValidationError, match="Action must be one of: export, import, open"):
        audit.record(pid, "delete", "documents")
    with pytest.raises(ValidationError, match="Entity is required"):
        audit.record(pid, "open", " ")
    with pytest.raises(ValidationError, match="Fields must be a list"):
        audit.record(pid, "open", "documents", fields="content")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        audit.record("no-such-profile", "import", "profiles")
    assert audit.count() == before  # nothing half-written


def test_filters_by_profile_entity_action_and_time(
        audit: AuditService, store: Store, pid: str, clock: Any) -> None:
    other = ProfilesService(store).create("Ravi Rao").id
    start = clock()
    clock.advance(hours=1)
    audit.record(pid, "export", "profiles", pid)
    clock.advance(hours=1)
    audit.record(pid, "open", "documents", "d1")
    clock.advance(hours=1)
    audit.record(other, "import", "profiles", other)

    assert {e.profile_id for e in audit.events(other)} == {other}
    assert [e.action for e in audit.events(pid, action="open")] == ["open"]
    assert [e.entity_id for e in audit.events(entity="documents")] == ["d1"]
    assert [e.action for e in audit.events(action="import")] == ["import"]
    window = audit.events(start=start + dt.timedelta(minutes=30),
                        end=start + dt.timedelta(hours=2, minutes=30))
    assert [e.action for e in window] == ["open", "export"]
    # end is exclusive, start inclusive
    exact = audit.events(start=start + dt.timedelta(hours=2), end=start + dt.timedelta(hours=3))
    assert [e.action for e in exact] == ["open"]
    assert audit.count(pid) == len(audit.events(pid))
    with pytest.raises(ValidationError, match="Action must be one of"):
        audit.events(action="peek")


def test_paging_with_limit_and_offset(audit: AuditService, pid: str, clock: Any) -> None:
    for i in range(7):
        clock.advance(minutes=1)
        audit.record(pid, "open", "documents", f"doc{i}")
    page1 = audit.events(pid, entity="documents", limit=3)
    page2 = audit.events(pid, entity="documents", limit=3, offset=3)
    page3 = audit.events(pid, entity="documents", limit=3, offset=6)
    ids = [e.entity_id for e in page1 + page2 + page3]
    assert ids == [f"doc{i}" for i in range(6, -1, -1)]
    with pytest.raises(ValidationError, match="Limit must be a whole number between 1"):
        audit.events(limit=0)


def test_events_are_never_rewritten(audit: AuditService, store: Store, pid: str) -> None:
    ev = audit.record(pid, "open", "documents", "d1")
    with pytest.raises(Exception, match="append-only"), store.write() as s:
        row = s.get(AuditEvent, ev.id)
        assert row is not None
        row.actor = "Someone else"
    assert audit.events(pid, action="open")[0].actor == "Test User"
