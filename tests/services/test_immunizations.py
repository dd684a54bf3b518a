"""Immunizations on the real encrypted store: validation, edits, deletes, boosters due,
and the outbox entry that makes them sync."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.store.models import AuditEvent, OutboxEntry


@pytest.fixture
def pid(record: Any) -> str:
    return str(record.profiles.create("Asha Rao", date_of_birth="1954-02-11").id)


def test_add_keeps_every_field_and_queues_it_for_sync(record: Any, pid: str) -> None:
    v = record.immunizations.add(pid, "Influenza, seasonal, injectable", "2025-10-02",
                                 cvx="141", dose_number="1", lot=" FL2025A ",
                                 site="Left deltoid", performer="Dr Mehta",
                                 next_due_on="2026-10-01", notes="no reaction")
    assert (v.vaccine, v.cvx, v.given_on, v.dose_number, v.lot, v.site, v.performer,
            v.status, v.next_due_on) == (
        "Influenza, seasonal, injectable", "141", dt.date(2025, 10, 2), 1, "FL2025A",
        "Left deltoid", "Dr Mehta", "completed", dt.date(2026, 10, 1))
    assert record.immunizations.get(v.id) == v
    with record.store.read() as s:
        entries = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == v.id)).all()
        audits = s.scalars(select(AuditEvent).where(AuditEvent.entity_id == v.id)).all()
    assert [(e.table_name, e.op) for e in entries] == [("immunizations", "insert")]
    assert len(audits) == 1


@pytest.mark.parametrize(("field", "kwargs", "words"), [
    ("vaccine", {"vaccine": "  "}, "Vaccine is required"),
    ("given_on", {"given_on": "2026-03-12"}, "cannot be in the future"),
    ("given_on", {"given_on": "03/12/2025"}, "YYYY-MM-DD"),
    ("dose_number", {"dose_number": 0}, "between 1 and 20"),
    ("cvx", {"cvx": "flu"}, "CVX code must be digits"),
    ("snomed", {"snomed": "12"}, "SNOMED CT code must be digits"),
    ("status", {"status": "maybe"}, "completed, not_done"),
    ("next_due_on", {"next_due_on": "2024-01-01"}, "on or after the day it was given"),
])
def test_bad_input_names_the_field_and_saves_nothing(record: Any, pid: str, field: str,
                                                     kwargs: dict[str, Any],
                                                     words: str) -> None:
    args: dict[str, Any] = {"vaccine": "Tdap", "given_on": "2025-01-05", **kwargs}
    with pytest.raises(ValidationError) as err:
        record.immunizations.add(pid, args.pop("vaccine"), args.pop("given_on"), **args)
    assert err.value.field == field
    assert words in err.value.message
    assert record.immunizations.for_profile(pid) == []


def test_update_delete_restore_and_order(record: Any, pid: str) -> None:
    old = record.immunizations.add(pid, "Tdap", "2015-06-01", cvx="115")
    new = record.immunizations.add(pid, "COVID-19 mRNA", "2024-09-20", cvx="309")
    assert [v.id for v in record.immunizations.for_profile(pid)] == [new.id, old.id]
    changed = record.immunizations.update(old.id, lot="AB12", dose_number=None)
    assert (changed.lot, changed.vaccine) == ("AB12", "Tdap")
    with pytest.raises(ValidationError):
        record.immunizations.update(old.id, next_due_on="2010-01-01")
    with pytest.raises(TypeError):
        record.immunizations.update(old.id, colour="red")
    record.immunizations.delete(old.id)
    assert [v.id for v in record.immunizations.for_profile(pid)] == [new.id]
    with pytest.raises(NotFoundError):
        record.immunizations.get(old.id)
    assert record.immunizations.restore(old.id).lot == "AB12"
    with pytest.raises(NotFoundError):
        record.immunizations.add("no-such-profile", "Tdap", "2020-01-01")


def test_boosters_due_only_the_latest_dose_of_each_vaccine_counts(record: Any,
                                                                   pid: str) -> None:
    # The clock is 2026-03-10: the 2015 Tdap's booster fell due in 2025.
    record.immunizations.add(pid, "Tdap", "2015-06-01", cvx="115", next_due_on="2025-06-01")
    record.immunizations.add(pid, "Hep B dose 1", "2026-01-10", cvx="43",
                             next_due_on="2026-02-10")
    record.immunizations.add(pid, "Hep B dose 2", "2026-02-12", cvx="43",
                             next_due_on="2026-08-12")
    record.immunizations.add(pid, "Shingles", "2025-01-01", status="not_done",
                             next_due_on="2025-02-01")
    assert [v.vaccine for v in record.immunizations.due(pid)] == ["Tdap"]
