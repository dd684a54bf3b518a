"""Past visits on the real encrypted store: validation, edits, order, sync outbox."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.store.models import OutboxEntry

UTC = dt.UTC


@pytest.fixture
def pid(record: Any) -> str:
    return str(record.profiles.create("Kofi Mensah").id)


def test_add_list_update_delete(record: Any, pid: str) -> None:
    old = record.encounters.add(pid, "Check-up", dt.datetime(2024, 5, 6, 9, tzinfo=UTC),
                                place="Riverside", practitioner="Dr Osei")
    new = record.encounters.add(pid, "Emergency", "2025-01-20T03:40:00Z",
                                setting="emergency", reason="Sore throat")
    assert [v.id for v in record.encounters.for_profile(pid)] == [new.id, old.id]
    assert record.encounters.update(old.id, notes="all well").notes == "all well"
    with record.store.read() as s:
        ops = [e.op for e in s.scalars(select(OutboxEntry).where(
            OutboxEntry.row_id == old.id).order_by(OutboxEntry.seq))]
    assert ops == ["insert", "update"]
    record.encounters.delete(old.id)
    with pytest.raises(NotFoundError):
        record.encounters.get(old.id)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"title": " "}, "title"),
    ({"start_at": "2026-06-01T10:00:00Z"}, "start_at"),  # the clock is 2026-03-10
    ({"end_at": "2024-01-01T00:00:00Z"}, "end_at"),
    ({"setting": "spa"}, "setting"),
    ({"snomed": "abc"}, "snomed"),
])
def test_bad_input_names_the_field(record: Any, pid: str, kwargs: dict[str, Any],
                                   field: str) -> None:
    args: dict[str, Any] = {"title": "Visit", "start_at": "2025-01-01T10:00:00Z", **kwargs}
    with pytest.raises(ValidationError) as err:
        record.encounters.add(pid, args.pop("title"), args.pop("start_at"), **args)
    assert err.value.field == field
    assert record.encounters.for_profile(pid) == []
