"""store/bulk.py on a real store: a batch's outbox entries, roll-ups, search rows and audit
equal what the per-row path writes, and no row written under the guard escapes the outbox."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.services.record import HealthRecord
from healthdesk.store import bulk

DAY = dt.datetime(2026, 3, 1, 6, 0, tzinfo=dt.UTC)
AGG = ("count(*), min(value), max(value), sum(value), min(value2), max(value2), sum(value2),"
       " min(value3), max(value3), sum(value3)")


def _batch(n: int, start: dt.datetime = DAY) -> list[bulk.Reading]:
    out = []
    for i in range(n):
        t = start + dt.timedelta(minutes=37 * i)
        if i % 3 == 0:
            out.append(bulk.Reading("blood_pressure", 120 + i % 9, 80 + i % 5,
                                    None if i % 2 else 60.0, "mmHg", "mmHg", t,
                                    note="after walk" if i % 6 == 0 else None))
        else:
            out.append(bulk.Reading("glucose", 5 + i % 7 / 10, None, None, "mmol/L",
                                    "mg/dL", t, context="fasting", sources=("Meter",),
                                    codes=({"system": "http://loinc.org", "code": "2339-0"},)))
    return out


def _sql(record: HealthRecord, sql: str, **params: object) -> list[tuple[object, ...]]:
    with record.store.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def test_a_batch_is_queued_rolled_up_indexed_and_audited(record: HealthRecord,
                                                         profile_id: str) -> None:
    manual = record.readings.record(profile_id, "glucose", {"glucose": 5.4},
                                    taken_at=DAY - dt.timedelta(days=1))
    before = _sql(record, "SELECT count(*) FROM outbox")[0][0]
    audits = _sql(record, "SELECT count(*) FROM audit_events")[0][0]
    with record.store.write() as s:
        ids = bulk.insert_readings(s, profile_id, _batch(300))
    assert len(set(ids)) == 300 and ids == sorted(ids)
    # One outbox entry per row, each like the per-row trigger's (same fields list).
    rows = _sql(record, "SELECT o.op, o.changed_fields, o.version = m.version, o.profile_id "
                        "FROM outbox o JOIN measurements m ON m.id = o.row_id "
                        "WHERE o.table_name = 'measurements' ORDER BY o.seq")
    assert len(rows) == 301
    # 300 readings and the batch's audit event
    assert _sql(record, "SELECT count(*) FROM outbox")[0][0] == before + 301
    assert set(rows) == {("insert", rows[0][1], 1, profile_id)}
    # Roll-ups equal a full recount.
    assert _sql(record, "SELECT * FROM measurement_days ORDER BY 1, 2, 3") == _sql(
        record, f"SELECT profile_id, kind, substr(taken_at, 1, 10), {AGG} FROM measurements "
                "WHERE NOT deleted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
    # Notes are searchable; one audit event for the batch.
    assert len(_sql(record, "SELECT row_id FROM search_index WHERE search_index MATCH 'walk'")
               ) == 50
    assert _sql(record, "SELECT count(*) FROM audit_events")[0][0] == audits + 1
    # Read back through the service: values, units, sources and codes as given.
    got = {r.id: r for r in record.readings.for_profile(profile_id)}
    assert manual.id in got and len(got) == 301
    with record.store.read() as s:
        src, codes, unit = s.execute(text(
            "SELECT sources, codes, entered_unit FROM measurements WHERE id = :i"),
            {"i": ids[1]}).one()
    assert src == '["Meter"]' and '"2339-0"' in codes and unit == "mg/dL"


def test_changes_are_published_for_the_profile(record: HealthRecord, profile_id: str) -> None:
    with record.store.capture() as box, record.store.write() as s:
        bulk.insert_readings(s, profile_id, _batch(5))
    assert ("measurements", profile_id) in box.changes.rows


def test_a_row_written_under_the_guard_without_its_entry_is_refused(
        record: HealthRecord, profile_id: str) -> None:
    # What bulk.insert_readings does, minus the outbox step: removing the guard fails.
    with pytest.raises(IntegrityError, match="outbox entry"), record.store.write() as s:
        c = s.connection()
        c.exec_driver_sql("INSERT INTO bulk_guard VALUES ('measurements', "
                          "(SELECT coalesce(max(rowid), 0) FROM measurements), "
                          "(SELECT coalesce(max(seq), 0) FROM outbox), 0)")
        c.exec_driver_sql(
            "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
            "deleted, kind, value, unit, taken_at, source) VALUES ('m-escape', ?, "
            "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
            "'9999999999999-00000-x', 0, 'weight', 70, 'kg', "
            "'2026-01-01T00:00:00.000000Z', 'import')", (profile_id,))
        c.exec_driver_sql("DELETE FROM bulk_guard")
    assert _sql(record, "SELECT count(*) FROM measurements WHERE id = 'm-escape'") == [(0,)]


def test_a_guard_left_set_cannot_commit(record: HealthRecord, profile_id: str) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), record.store.write() as s:
        s.connection().exec_driver_sql("INSERT INTO bulk_guard VALUES ('measurements', 0, 0, 0)")
    assert _sql(record, "SELECT count(*) FROM bulk_guard") == [(0,)]
    with pytest.raises(IntegrityError), record.store.write() as s:
        s.connection().exec_driver_sql("INSERT INTO bulk_guard_never VALUES (0)")
    # Without the guard every insert is queued by its trigger, as before.
    record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=DAY)
    assert _sql(record, "SELECT count(*) FROM outbox WHERE table_name = 'measurements'") == [(1,)]


def test_sources_update_is_queued_and_keeps_rollups(record: HealthRecord,
                                                     profile_id: str) -> None:
    with record.store.write() as s:
        ids = bulk.insert_readings(s, profile_id, _batch(4))
    days = _sql(record, "SELECT * FROM measurement_days ORDER BY 1, 2, 3")
    with record.store.write() as s:
        bulk.add_sources(s, profile_id, [(ids[1], ["Meter", "Phone"])])
    assert _sql(record, "SELECT * FROM measurement_days ORDER BY 1, 2, 3") == days
    assert _sql(record, "SELECT op, changed_fields FROM outbox WHERE row_id = :i ORDER BY seq",
                i=ids[1]) [-1] == ("update", '["sources"]')
    assert _sql(record, "SELECT sources FROM measurements WHERE id = :i",
                i=ids[1]) == [('["Meter","Phone"]',)]


def test_bulk_needs_a_write_transaction(record: HealthRecord, profile_id: str) -> None:
    with pytest.raises(RuntimeError, match=r"Store\.write"), record.store.read() as s:
        bulk.insert_readings(s, profile_id, _batch(1))
