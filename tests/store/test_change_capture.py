"""The store says what each committed write changed, and nothing for a rolled-back one."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.domain.changes import ANY
from healthdesk.domain.errors import ValidationError

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def test_a_write_reports_its_table_profile_and_kind(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    with record.capture_changes() as box:
        record.readings.record(profile_id, "weight", {"weight": 71}, taken_at=T0)
    assert box.changes.rows == {("measurements", profile_id)}
    assert box.changes.kinds(profile_id) == {"weight"}


def test_a_refused_write_changes_nothing(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    with record.capture_changes() as box, pytest.raises(ValidationError):
        record.readings.record(profile_id, "weight", {"weight": -5}, taken_at=T0)
    assert not box.changes


def test_reads_change_nothing_and_preferences_belong_to_the_device(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    with record.capture_changes() as box:
        record.readings.count(profile_id)
    assert not box.changes
    with record.capture_changes() as box:
        record.preferences.set("glucose_unit", "mmol/L")
    assert box.changes.touches("preferences") and box.changes.profiles == set()


def test_captures_nest_and_stay_on_their_thread(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    import threading

    with record.capture_changes() as outer:
        with record.capture_changes() as inner:
            record.appointments.add(profile_id, "Eye check", T0 + dt.timedelta(days=3))
        elsewhere = threading.Thread(target=lambda: record.profiles.create(name="Other"))
        elsewhere.start()
        elsewhere.join()
    assert inner.changes.tables == {"appointments"}
    assert outer.changes.tables == {"appointments"}  # not the other thread's profile


def test_a_bulk_statement_names_its_table_for_any_profile(record) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from healthdesk.store.models import Preference

    store = record.store
    with store.capture() as box, store.write() as s:
        s.execute(insert(Preference), [{"key": "a_test_key", "value": 1, "updated_at": T0}])
    assert box.changes.rows == {("preferences", ANY)}
    assert box.changes.touches("preferences", "whoever")
