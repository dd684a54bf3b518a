"""Recording one reading without the ORM's flush (store/writes.insert_new) still does all
that the flush did: the row is stamped, its outbox entry, day roll-up and audit event are
written in the same transaction, the role check refuses, validation refuses with nothing
saved, and the change is published after the commit."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.roles import PermissionDenied
from healthdesk.services.batch import BatchItemError
from healthdesk.services.record import HealthRecord
from healthdesk.store.models import Measurement
from healthdesk.store.writes import insert_new

T = dt.datetime(2026, 3, 9, 7, 30, tzinfo=dt.UTC)
BP = {"systolic": 131, "diastolic": 84, "pulse": 66}


def _rows(record: HealthRecord, sql: str, **params: object) -> list[tuple[object, ...]]:
    with record.store.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params)]


def test_a_reading_is_stamped_queued_rolled_up_and_audited(record: HealthRecord,
                                                           profile_id: str) -> None:
    with record.store.capture() as box:
        view = record.readings.record(profile_id, "blood_pressure", BP, taken_at=T,
                                      note="after the walk")
    assert box.changes.readings >= {(profile_id, "blood_pressure")}
    assert ("measurements", profile_id) in box.changes.rows
    (row,) = _rows(record, "SELECT id, version, created_at, updated_at, deleted, value, "
                           "value2, value3, unit, taken_at, note, source FROM measurements")
    rid, version, created, updated, deleted, *values = row
    assert rid == view.id and created == updated == "2026-03-10T09:00:00.000000Z"
    assert deleted == 0 and values == [131.0, 84.0, 66.0, "mmHg",
                                       "2026-03-09T07:30:00.000000Z", "after the walk",
                                       "manual"]
    got = record.readings.get(view.id)
    assert got.values == {"systolic": 131.0, "diastolic": 84.0, "pulse": 66.0}
    assert got.taken_at == T
    # The outbox: one insert entry for the reading and one for its audit event.
    entries = _rows(record, "SELECT table_name, row_id, op, changed_fields, version "
                            "FROM outbox WHERE profile_id = :p AND table_name IN "
                            "('measurements', 'audit_events') ORDER BY seq", p=profile_id)
    assert [(e[0], e[2]) for e in entries[-2:]] == [("measurements", "insert"),
                                                    ("audit_events", "insert")]
    assert entries[-2][1] == rid and entries[-2][4] == version
    assert "value2" in json.loads(str(entries[-2][3]))
    (audit,) = _rows(record, "SELECT action, entity, entity_id, actor, fields, version "
                             "FROM audit_events WHERE entity = 'measurements'")
    assert audit[:4] == ("create", "measurements", rid, "Test User")
    assert "taken_at" in json.loads(str(audit[4])) and "id" not in json.loads(str(audit[4]))
    assert str(audit[5]) > str(version)  # stamped after the row, by the same clock
    assert _rows(record, "SELECT n, min1, max1 FROM measurement_days") == [(1, 131.0, 131.0)]
    assert _rows(record, "SELECT count(*) FROM search_index WHERE row_id = :i", i=rid) == [(1,)]
    # The clock's last stamp is kept, so a reopened store never stamps backwards.
    (hlc,) = _rows(record, "SELECT value FROM local_state WHERE key = 'hlc'")
    assert json.loads(str(hlc[0])) == str(audit[5])


def test_a_viewer_may_not_record_and_nothing_is_saved(record: HealthRecord,
                                                      profile_id: str) -> None:
    with record.store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO sync_cursors (profile_id, seq, role) VALUES (?, 0, 'viewer')",
            (profile_id,))
    before = _rows(record, "SELECT count(*) FROM outbox")
    with pytest.raises(PermissionDenied):
        record.readings.record(profile_id, "blood_pressure", BP, taken_at=T)
    assert _rows(record, "SELECT count(*) FROM measurements") == [(0,)]
    assert _rows(record, "SELECT count(*) FROM audit_events WHERE entity = 'measurements'"
                 ) == [(0,)]
    assert _rows(record, "SELECT count(*) FROM outbox") == before


def test_bad_values_name_the_field_and_save_nothing(record: HealthRecord,
                                                    profile_id: str) -> None:
    record.readings.record(profile_id, "glucose", {"glucose": 5.4}, unit="mmol/L", taken_at=T)
    with pytest.raises(ValidationError) as err:
        record.readings.record(profile_id, "blood_pressure", {"systolic": 400, "diastolic": 80},
                               taken_at=T)
    assert err.value.field == "systolic" and "between" in str(err.value)
    with pytest.raises(BatchItemError):
        record.readings.record_many([
            {"profile_id": profile_id, "kind": "blood_pressure", "values": BP, "taken_at": T},
            {"profile_id": profile_id, "kind": "blood_pressure",
             "values": {"systolic": 120, "diastolic": 130}, "taken_at": T},
        ])
    assert record.readings.count(profile_id) == 1  # the glucose only: all or nothing
    assert _rows(record, "SELECT count(*) FROM outbox WHERE table_name = 'measurements'"
                 ) == [(1,)]


def test_rows_are_only_inserted_inside_a_store_write(record: HealthRecord,
                                                     profile_id: str) -> None:
    with record.store.db.write_unstamped() as s, pytest.raises(RuntimeError, match=r"Store\.write"):
        insert_new(s, Measurement, {"profile_id": profile_id, "kind": "pulse", "value": 60.0,
                                    "unit": "bpm", "taken_at": T, "source": "manual"})
