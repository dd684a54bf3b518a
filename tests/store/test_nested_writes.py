"""Writes nest: an outer write makes many service calls one all-or-nothing unit."""

from __future__ import annotations

import threading

import pytest

from healthdesk.domain.errors import ValidationError


def _count(record, profile_id: str) -> int:  # type: ignore[no-untyped-def]
    return record.readings.count(profile_id, "weight")


def test_outer_rollback_undoes_every_inner_write(record, profile_id) -> None:
    before = _count(record, profile_id)
    with pytest.raises(RuntimeError), record.store.write():
        record.readings.record(profile_id, "weight", {"value": 70}, unit="kg")
        record.readings.record(profile_id, "weight", {"value": 71}, unit="kg")
        raise RuntimeError("cancelled")
    assert _count(record, profile_id) == before == 0
    assert not record.audit.events(profile_id, entity="measurements")


def test_inner_failure_undoes_only_that_write(record, profile_id) -> None:
    with record.store.write():
        record.readings.record(profile_id, "weight", {"value": 70}, unit="kg")
        with pytest.raises(ValidationError), record.store.write():
            record.readings.record(profile_id, "weight", {"value": 71}, unit="kg")
            raise ValidationError("value", "made up to fail")
        record.readings.record(profile_id, "weight", {"value": 72}, unit="kg")
    values = sorted(next(iter(r.values.values()))
                    for r in record.readings.for_profile(profile_id, "weight"))
    assert values == [70.0, 72.0]


def test_reads_inside_a_write_see_its_rows_and_other_threads_do_not(record, profile_id) -> None:
    seen_elsewhere: list[int] = []
    with record.store.write():
        record.readings.record(profile_id, "weight", {"value": 70}, unit="kg")
        assert _count(record, profile_id) == 1
        t = threading.Thread(target=lambda: seen_elsewhere.append(_count(record, profile_id)))
        t.start()
        t.join()
    assert seen_elsewhere == [0]
    assert _count(record, profile_id) == 1
