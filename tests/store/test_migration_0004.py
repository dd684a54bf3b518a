"""Migration 0004 (medicine care): from empty, from 0003 with data in it, and back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir as _fresh

T0 = "2026-01-01T00:00:00.000000Z"
T1 = "2026-01-05T08:00:00.000000Z"  # the medicine's last write: the 08:00 dose's decrement
UTC = dt.UTC


def _seed_at_0003(db: Database) -> None:
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language, timezone) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en','Europe/London')"),
            {"t": T0})
        c.execute(text(
            "INSERT INTO medications (id, profile_id, created_at, updated_at, version, deleted, "
            "name, form, dose_amount, dose_unit, route, stock_count, refill_threshold, "
            "missed_dose_window_hours, active) VALUES ('m1','p1',:t0,:t1,"
            "'0000000000002-00000-a',0,'Metformin','tablet',1,'tablet','oral',30,5,2,1)"),
            {"t0": T0, "t1": T1})
        c.execute(text(
            "INSERT INTO medications (id, profile_id, created_at, updated_at, version, deleted, "
            "name, form, dose_amount, dose_unit, route, missed_dose_window_hours, active) "
            "VALUES ('m2','p1',:t0,:t0,'0000000000003-00000-a',0,'Untracked','tablet',1,"
            "'tablet','oral',2,1)"), {"t0": T0})
        # Taken at 08:00: the old code took it off the stock in the same write (T1).
        c.execute(text(
            "INSERT INTO dose_events (id, profile_id, created_at, updated_at, version, deleted, "
            "medication_id, scheduled_for, action, at, amount, override_confirmed) VALUES "
            "('d1','p1',:t,:t,'0000000000004-00000-a',0,'m1',:t,'taken',:t,1,0)"), {"t": T1})


def _outbox_count(db: Database) -> int:
    with db.engine.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM outbox")).scalar() or 0)


def test_from_0003_with_data_keeps_the_stock_and_queues_nothing(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0003_sync")
    _seed_at_0003(db)
    queued = _outbox_count(db)
    migrate.upgrade(db, "0004_medicine_care")
    assert _outbox_count(db) == queued  # a derived value: every device computes the same
    with db.engine.connect() as c:
        rows = c.execute(text("SELECT id, stock_count, stock_counted_at, reminder_urgent, "
                              "caregiver_escalation_minutes FROM medications ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("m1", 30.0, T1, 0, None),
                                        ("m2", None, None, 0, None)]
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert rec.medications.get("m1").stock_count == 30  # the 08:00 dose is not taken twice
        rec.stock.refill("m1", 10)
        assert rec.stock.on_hand("m1") == 40
        rec.medications.update("m1", reminder_urgent=True, caregiver_escalation_minutes=15)
        with rec.store.read() as s:
            entry = s.execute(text(
                "SELECT changed_fields, base_version FROM outbox WHERE table_name = "
                "'medications' ORDER BY seq DESC LIMIT 1")).one()
        assert json.loads(entry[0]) == ["caregiver_escalation_minutes", "reminder_urgent"]
        assert entry[1] == "0000000000002-00000-a"
        tables = {r[0] for r in rec.store.db.engine.connect().execute(text(
            "SELECT DISTINCT table_name FROM outbox"))}
        assert "refills" in tables


def test_down_to_0003_writes_the_stock_on_hand_back(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0003_sync")
    _seed_at_0003(db)
    db.close()
    clock_now = dt.datetime(2026, 1, 6, 9, tzinfo=UTC)
    with HealthRecord.open(d, passphrase=PASSPHRASE, clock=lambda: clock_now) as rec:
        rec.doses.record("m1", "taken", at=dt.datetime(2026, 1, 6, 8, tzinfo=UTC))
        rec.stock.refill("m1", 20)
        undone = rec.doses.record("m1", "taken", at=dt.datetime(2026, 1, 6, 8, 30, tzinfo=UTC))
        rec.doses.undo(undone.id)
        assert rec.stock.on_hand("m1") == 49
        db = rec.store.db
        migrate.downgrade(db, "0003_sync")
        with db.engine.begin() as c:
            assert c.execute(text("SELECT stock_count FROM medications WHERE id = 'm1'")
                             ).scalar() == 49
            names = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master"))}
            assert not {"refills", "caregivers", "caregiver_alerts",
                        "ix_dose_events_supersedes"} & names
            cols = {r[1] for r in c.execute(text("PRAGMA table_info(medications)"))}
            assert "stock_counted_at" not in cols and "reminder_urgent" not in cols
            # The 0003 triggers are back: an update still reaches the outbox.
            c.execute(text("UPDATE medications SET name = 'Metformin XR', "
                           "version = '9999999999999-00000-z' WHERE id = 'm1'"))
            last = c.execute(text("SELECT table_name, changed_fields FROM outbox "
                                  "ORDER BY seq DESC LIMIT 1")).one()
        assert (last[0], json.loads(last[1])) == ("medications", ["name"])
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
