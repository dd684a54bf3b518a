"""A device whose cursor fell behind the server's tombstone horizon resyncs (and ends
like a fresh device, keeping its unpushed edits); fields from a newer client are kept."""

from __future__ import annotations

import datetime as dt
import json

import psycopg

from healthdesk.server.feed import compact
from healthdesk.sync.engine import RoundReport
from tests.sync.conftest import assert_converged, settle

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def test_resync_after_compaction_keeps_unpushed_edits(new_device, make_account,
                                                       server_db) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a, b = new_device(acct), new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    r1, r2 = (a.record.readings.record(pid, "weight", {"weight": w}, taken_at=T0 + dt.timedelta(
        days=w - 70)).id for w in (70, 71))
    settle(a, b)
    a.record.readings.delete(r2)
    a.sync()
    with psycopg.connect(server_db) as conn:  # the daily job, with a horizon of "now"
        assert compact(conn, 0)["purged"] > 0
    b.record.readings.update(r1, note="edited on B meanwhile")
    engine = b.record.sync._engine_for_account(None)
    report = RoundReport()
    engine.pull_all(report)  # pull before B's edit is pushed: it must survive the resync
    assert report.resynced == [pid]
    assert b.record.readings.get(r1).note == "edited on B meanwhile"
    b.sync()
    c = new_device(acct)
    settle(b, c)
    exported = assert_converged(b, c)  # B now holds what a fresh device holds
    ids = {r["id"] for r in json.loads(exported)["tables"]["measurements"]}
    assert r2 not in ids and r1 in ids
    assert c.record.readings.get(r1).note == "edited on B meanwhile"


def test_fields_from_a_newer_client_are_kept(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.protocol import Mutation, PushRequest

    acct = make_account()
    a, b = new_device(acct), new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    r = a.record.readings.record(pid, "weight", {"weight": 70}, taken_at=T0).id
    settle(a, b)
    stamp = a.record.store.hlc.tick()
    t = a.record.sync.transport()
    try:  # what a newer HealthDesk with a "posture" column would send
        res = t.push(PushRequest(device_id=a.device_id, batch_id="newer", mutations=[Mutation(
            key=f"{a.device_id}:newer:1", entity="measurements", row_id=r, profile_id=pid,
            op="update", fields={"posture": "sitting", "note": "calm"},
            stamps={"posture": stamp, "note": stamp}, base_version=stamp)]))
    finally:
        t.close()
    assert res.results[0].status == "applied"
    b.sync()
    assert b.record.readings.get(r).note == "calm"
    with b.record.store.read() as s:
        kept = s.connection().exec_driver_sql(
            "SELECT fields, stamps FROM sync_extra_fields WHERE row_id = ?", (r,)).one()
    assert json.loads(kept[0]) == {"posture": "sitting"}
    assert json.loads(kept[1]) == {"posture": stamp}
