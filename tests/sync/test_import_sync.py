"""Readings imported through the bulk path reach the other device through the real
server exactly once, and importing the same file again sends nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from healthdesk.interop.csv_readings import PendingReading, store_readings

N = 2_600  # above csv_readings.BULK_THRESHOLD: the bulk path


def _batch() -> list[PendingReading]:
    base = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    return [PendingReading("glucose", {"glucose": 4 + i % 80 / 10}, "mmol/L",
                           base + dt.timedelta(minutes=5 * i), "mmol/L") for i in range(N)]


def _ids(device) -> list[str]:  # type: ignore[no-untyped-def]
    with device.record.store.read() as s:
        return [r[0] for r in s.execute(text("SELECT id FROM measurements ORDER BY id"))]


def _pending_readings(device) -> int:  # type: ignore[no-untyped-def]
    with device.record.store.read() as s:
        return int(s.execute(text("SELECT count(*) FROM outbox WHERE state = 'pending' "
                                  "AND table_name = 'measurements'")).scalar() or 0)


def test_an_imported_batch_syncs_once_and_again_adds_nothing(new_device, make_account  # type: ignore[no-untyped-def]
                                                             ) -> None:
    acct = make_account()
    a = new_device(acct)
    b = new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    fresh = store_readings(a.record.store, pid, _batch(), near=True, origin="LibreLink")
    assert len(fresh) == N
    assert _pending_readings(a) == N
    pushed = a.sync().pushed
    assert pushed >= N + 1  # every reading, the person, the import's audit event
    assert _pending_readings(a) == 0
    b.sync()
    assert _ids(b) == _ids(a) and len(_ids(b)) == N
    assert b.record.readings.count(pid) == N
    # The same file again: nothing new stored, nothing queued, nothing sent.
    assert store_readings(a.record.store, pid, _batch(), near=True, origin="LibreLink") == []
    assert _pending_readings(a) == 0
    assert a.sync().pushed == 0
    assert b.sync().pulled == 0
    assert len(_ids(b)) == N
