"""Migration 0015 (clinic numbers that sync): from empty, from 0014 with a register in it
(its numbers and phones become queued clinic_records rows), and back."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.models.clinic import clinic_record_id
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_dir
from tests.store.migration_helpers import tables as _tables

T0 = "2026-01-01T00:00:00.000000Z"
HLC = "9999999999990-00007-dev1"  # a stored clock ahead of now: the stamps go on from it


def _profile(c: object, pid: str, name: str) -> None:
    c.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
        "name, sex, blood_type, language, date_of_birth) VALUES (:p,:p,:t,:t,"
        "'0000000000001-00000-dev1',0,:n,'female','unknown','en','1961-05-02')"),
        {"p": pid, "t": T0, "n": name})


def _entry(c: object, pid: str, number: str | None, phone: str | None) -> None:
    c.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO clinic_register (profile_id, clinic_no, phone, phone_digits, name_key, "
        "date_of_birth, visits) VALUES (:p, :no, :ph, :d, ' x', '1961-05-02', 0)"),
        {"p": pid, "no": number, "ph": phone,
         "d": "".join(ch for ch in phone or "" if ch.isdigit()) or None})


def test_from_0014_with_a_register_copies_and_queues_its_numbers(tmp_path: Path) -> None:
    d, db = fresh_dir(tmp_path)
    migrate.upgrade(db, "0014_retention")
    p1, p2, p3 = (str(uuid.uuid4()) for _ in range(3))
    with db.engine.begin() as c:
        c.execute(text("INSERT INTO local_state (key, value) VALUES ('device_id', '\"dev1\"'), "
                       "('hlc', :h)"), {"h": f'"{HLC}"'})
        for pid, name in ((p1, "Kamala Devi"), (p2, "Ramesh Iyer"), (p3, "Walk In")):
            _profile(c, pid, name)
        _entry(c, p1, "HD-000001", "+91 98450 12345")
        _entry(c, p2, "HD-000002", None)
        _entry(c, p3, None, None)  # a profile synced in, never numbered: no row
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0015_clinic_sync")
    assert "clinic_records" in _tables(db)
    with db.engine.begin() as c:
        rows = c.execute(text("SELECT id, profile_id, clinic_no, phone, numbered_by, version "
                              "FROM clinic_records ORDER BY clinic_no")).fetchall()
        assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
            (clinic_record_id(p1), p1, "HD-000001", "+91 98450 12345", "dev1"),
            (clinic_record_id(p2), p2, "HD-000002", None, "dev1")]
        stamps = sorted(r[5] for r in rows)
        assert stamps[0] > HLC and all(s.endswith("-dev1") for s in stamps)
        assert c.execute(text("SELECT value FROM local_state WHERE key = 'hlc'")).scalar() \
            == f'"{stamps[-1]}"'
        # Queued, so the next sync takes the numbers to the clinic's other computers.
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued + 2
        assert c.execute(text("SELECT count(*) FROM outbox WHERE table_name = "
                              "'clinic_records' AND op = 'insert'")).scalar() == 2
        assert c.execute(text("SELECT record_version FROM clinic_register WHERE "
                              "profile_id = :p"), {"p": p1}).scalar() == \
            c.execute(text("SELECT version FROM clinic_records WHERE profile_id = :p"),
                      {"p": p1}).scalar()
        # The triggers hold: no hard delete, an update must advance the stamp.
        with pytest.raises(IntegrityError), c.begin_nested():
            c.execute(text("DELETE FROM clinic_records"))
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert [p.name for p in rec.patients.search("HD-000001")] == ["Kamala Devi"]
        assert [p.name for p in rec.patients.search("9845012345")] == ["Kamala Devi"]
        new = rec.patients.register("Suresh Nair", "1975-11-20")
        assert new.clinic_no is not None and new.clinic_no.endswith("-00001")
        assert rec.patients.clashes() == []


def test_from_empty_and_back_again(tmp_path: Path) -> None:
    _, db = fresh_dir(tmp_path)
    migrate.upgrade(db, "0015_clinic_sync")
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM clinic_records")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
        pids = [str(uuid.uuid4()) for _ in range(2)]
        for pid in pids:
            _profile(c, pid, "Same Number")
            _entry(c, pid, "OLD-7", None)  # typed alike on two computers: both arrive
    migrate.downgrade(db, "0014_retention")
    assert "clinic_records" not in _tables(db)
    with db.engine.begin() as c:
        # The unique index is back, so one of the two kept the number.
        assert c.execute(text("SELECT count(*) FROM clinic_register WHERE clinic_no = "
                              "'OLD-7'")).scalar() == 1
        with pytest.raises(IntegrityError), c.begin_nested():
            c.execute(text("UPDATE clinic_register SET clinic_no = 'OLD-7'"))
    db.close()
