"""Every write of a synced row reaches the outbox in the same transaction, whatever
path it took: the ORM, Core, or raw SQL. Rules the triggers enforce are tested here."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from healthdesk.domain.ids import new_id
from healthdesk.services.record import HealthRecord
from healthdesk.store.models import SYNCED_MODELS, AuditEvent, Measurement, OutboxEntry, Profile
from healthdesk.store.writes import HardDeleteError

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _outbox(record: HealthRecord) -> list[OutboxEntry]:
    with record.store.read() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_orm_insert_update_tombstone_reach_outbox(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Outbox Person").id
    r = record.readings.record(pid, "pulse", {"pulse": 72})
    record.readings.update(r.id, values={"pulse": 75})
    record.readings.delete(r.id)
    mine = [(e.op, e.changed_fields) for e in _outbox(record)
            if e.table_name == "measurements" and e.row_id == r.id]
    assert mine[0][0] == "insert"
    assert mine[1] == ("update", ["value"])
    assert mine[2] == ("delete", ["deleted"])
    versions = [e.version for e in _outbox(record) if e.row_id == r.id]
    assert versions == sorted(versions) and len(set(versions)) == 3


def test_every_synced_table_has_outbox_triggers(record: HealthRecord) -> None:
    with record.store.read() as s:
        names = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'")))
    for model in SYNCED_MODELS:
        t = model.__tablename__
        for kind in ("outbox_insert", "outbox_update", "no_hard_delete", "version_advances"):
            assert f"trg_{t}_{kind}" in names, (t, kind)


def test_raw_sql_cannot_bypass_the_outbox(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Raw Writer").id
    before = len(_outbox(record))
    mid = new_id()
    with record.store.db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, deleted,"
            " kind, value, unit, taken_at, source) VALUES (:id, :p, :t, :t, :v, 0,"
            " 'pulse', 70, 'bpm', :t, 'manual')"),
            {"id": mid, "p": pid, "t": "2026-01-01T00:00:00.000000Z", "v": "9999999999999-00000-x"})
        conn.execute(text("UPDATE measurements SET value = 71, version = :v WHERE id = :id"),
                     {"id": mid, "v": "9999999999999-00001-x"})
    entries = _outbox(record)[before:]
    assert [(e.op, e.row_id) for e in entries] == [("insert", mid), ("update", mid)]
    assert entries[1].changed_fields == ["value"]


def test_core_insert_reaches_outbox(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Core Writer").id
    before = len(_outbox(record))
    with record.store.write() as s:
        s.execute(insert(Measurement.__table__).values(
            id=new_id(), profile_id=pid, created_at=NOW, updated_at=NOW,
            version=record.store.hlc.tick(), deleted=False, kind="weight", value=70.0,
            unit="kg", taken_at=NOW, source="manual"))
    assert len(_outbox(record)) == before + 1


def test_outbox_rolls_back_with_the_change(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Rollback").id
    before = len(_outbox(record))
    with pytest.raises(RuntimeError), record.store.write() as s:
        s.add(Measurement(profile_id=pid, kind="pulse", value=70, unit="bpm", taken_at=NOW))
        s.flush()
        raise RuntimeError("crash between write and commit")
    assert len(_outbox(record)) == before
    assert record.readings.count(pid) == 0


def test_hard_delete_is_refused_everywhere(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Never Deleted").id
    with pytest.raises(HardDeleteError), record.store.write() as s:
        s.delete(s.get(Profile, pid))
    with pytest.raises(IntegrityError, match="tombstoned"), record.store.db.engine.begin() as c:
        c.execute(text("DELETE FROM profiles WHERE id = :id"), {"id": pid})
    assert record.profiles.get(pid).name == "Never Deleted"


def test_update_must_advance_the_version(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Stale Version").id
    with pytest.raises(IntegrityError, match="advance"), record.store.db.engine.begin() as c:
        c.execute(text("UPDATE profiles SET name = 'x' WHERE id = :id"), {"id": pid})
    assert record.profiles.get(pid).name == "Stale Version"


def test_sync_guard_suppresses_echo(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Guarded").id
    before = len(_outbox(record))
    with record.store.db.engine.begin() as c:
        c.execute(text("INSERT INTO sync_guard (id) VALUES (1)"))
        c.execute(text("UPDATE profiles SET name = 'From Server', version = :v WHERE id = :id"),
                  {"id": pid, "v": "9999999999999-00000-server"})
        c.execute(text("DELETE FROM sync_guard"))
    assert len(_outbox(record)) == before
    assert record.profiles.get(pid).name == "From Server"


def test_audit_events_are_append_only_and_name_fields_not_values(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Audited").id
    r = record.readings.record(pid, "pulse", {"pulse": 64}, note="secret-note-value")
    record.readings.update(r.id, note="changed-note-value")
    with record.store.read() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity_id == r.id)
                                .order_by(AuditEvent.version)))
        n = s.scalar(select(func.count()).select_from(AuditEvent))
    assert [e.action for e in events] == ["create", "update"]
    assert events[1].fields == ["note"]
    assert events[1].actor == "Test User" and events[1].device_id == record.device_id
    assert "secret" not in str([e.fields for e in events])
    with pytest.raises(IntegrityError, match="append-only"), record.store.db.engine.begin() as c:
        c.execute(text("UPDATE audit_events SET actor = 'someone else'"))
    with record.store.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == n


def test_clock_survives_restart(data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    rec = HealthRecord.open(data_dir, passphrase="correct horse battery staple", clock=clock)
    pid = rec.profiles.create(name="Clocked").id
    last = rec.store.hlc.last
    rec.close()
    clock.advance(days=-30)  # the wall clock went backwards while the app was closed
    rec = HealthRecord.open(data_dir, passphrase="correct horse battery staple", clock=clock)
    rec.profiles.update(pid, name="Still Later")
    with rec.store.read() as s:
        assert s.get(Profile, pid).version > last
    rec.close()
