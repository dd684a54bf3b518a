"""Coalescing the outbox into mutations, and the pull rules against unpushed changes
(docs/sync.md "Client rules"), on a real store without a server."""

from __future__ import annotations

import datetime as dt

from healthdesk.protocol import Change
from healthdesk.services.record import HealthRecord
from healthdesk.store import outbox as store_outbox
from healthdesk.store.triggers import SYNC_GUARD_APPLYING
from healthdesk.sync import outbox
from healthdesk.sync.apply import apply_changes, clear_guard, set_guard

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def _plan(record: HealthRecord) -> list[outbox.Planned]:
    with record.store.read() as s:
        planned, gone = outbox.plan(s, record.device_id, store_outbox.read_pending(s, 500))
    assert gone == []
    return planned


def _pull(record: HealthRecord, *changes: Change) -> None:
    """What the engine does with a page (engine.SyncEngine._commit)."""
    with record.store.db.write_unstamped() as s:
        set_guard(s, SYNC_GUARD_APPLYING)
        report = apply_changes(s, list(changes))
        record.store.hlc.observe(report.max_stamp)
        clear_guard(s)


def test_a_row_written_three_times_goes_once_with_its_latest_values(
        record: HealthRecord, profile_id: str) -> None:
    r = record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=T0).id
    record.readings.update(r, note="first")
    record.readings.update(r, note="second")
    [m] = [p.mutation for p in _plan(record) if p.mutation.entity == "measurements"]
    with record.store.read() as s:
        version = s.connection().exec_driver_sql(
            "SELECT version FROM measurements WHERE id = ?", (r,)).scalar()
        seqs = [row[0] for row in s.connection().exec_driver_sql(
            "SELECT seq FROM outbox WHERE row_id = ? ORDER BY seq", (r,))]
    assert m.op == "insert" and m.base_version is None
    assert m.fields["note"] == "second" and m.fields["value"] == 70.0
    assert m.stamps["note"] == version == m.stamps["updated_at"]
    assert m.stamps["value"] < version  # set by the insert, not changed since
    assert m.key == f"{record.device_id}:{seqs[-1]}:{version[:19]}"


def test_a_newer_pulled_value_pins_ours_and_splits_the_chain(
        record: HealthRecord, profile_id: str) -> None:
    r = record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=T0).id
    with record.store.db.write_unstamped() as s:  # as if pushed and acknowledged
        s.connection().exec_driver_sql("DELETE FROM outbox")
    record.readings.update(r, note="mine")
    with record.store.read() as s:
        base = s.connection().exec_driver_sql(
            "SELECT base_version FROM outbox WHERE row_id = ?", (r,)).scalar()
    later = "9999999999990-00000-otherdevice"
    _pull(record, Change(seq=9, profile_id=profile_id, entity="measurements", row_id=r,
                         fields={"note": "theirs"}, stamps={"note": later},
                         origin_device="otherdevice"))
    assert record.readings.get(r).note == "theirs"  # the newer value shows here now
    record.readings.update(r, note="mine again")    # made after seeing theirs
    first, second = (p.mutation for p in _plan(record) if p.mutation.entity == "measurements")
    assert first.fields["note"] == "mine" and first.base_version == base  # still sent
    assert second.fields["note"] == "mine again" and second.base_version == later
    assert second.stamps["note"] > later


def test_an_older_pulled_value_does_not_overwrite_an_unpushed_edit(
        record: HealthRecord, profile_id: str) -> None:
    r = record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=T0).id
    record.readings.update(r, note="mine")
    _pull(record, Change(seq=9, profile_id=profile_id, entity="measurements", row_id=r,
                         fields={"note": "older", "value": 71.0},
                         stamps={"note": "0000000000001-00000-x",
                                 "value": "9999999999990-00000-x"}, origin_device="x"))
    got = record.readings.get(r)
    assert got.note == "mine"  # our push will win at the server
    with record.store.read() as s:
        pending = s.connection().exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE state = 'pending'").scalar()
    assert pending >= 2  # nothing was acknowledged or echoed by applying the pull
