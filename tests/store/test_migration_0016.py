"""Migration 0016 (the clinic on the sync server): from empty, from 0015 with a clinic in
it (its staff keep their PINs and sign in), and back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from healthdesk.services.clinic import HASHER
from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import columns as _columns
from tests.store.migration_helpers import fresh_dir as _fresh

T0 = "2026-01-01T00:00:00.000000Z"


def test_from_empty_has_the_columns_and_back(tmp_path: Path) -> None:
    _, db = _fresh(tmp_path)
    migrate.upgrade(db, "0016_org_sync")
    assert "server_id" in _columns(db, "organisations")
    assert "account" in _columns(db, "staff")
    migrate.downgrade(db, "0015_clinic_sync")
    assert "server_id" not in _columns(db, "organisations")
    assert "account" not in _columns(db, "staff")
    db.close()


def test_from_0015_with_a_clinic_its_staff_still_sign_in(tmp_path: Path) -> None:
    d, db = _fresh(tmp_path)
    migrate.upgrade(db, "0015_clinic_sync")
    with db.engine.begin() as c:
        c.execute(text("INSERT INTO organisations (id, name, created_at, updated_at) "
                       "VALUES ('clinic', 'Sunrise Clinic', :t, :t)"), {"t": T0})
        c.execute(text("INSERT INTO staff (id, name, role, active, secret_hash, created_at, "
                       "updated_at) VALUES ('s1', 'Dr Meera Iyer', 'admin', 1, :h, :t, :t)"),
                  {"t": T0, "h": HASHER.hash("1111")})
    migrate.upgrade(db, "0016_org_sync")
    with db.engine.begin() as c:
        assert c.execute(text("SELECT account FROM staff")).scalar() is None
        assert c.execute(text("SELECT server_id FROM organisations")).scalar() is None
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert rec.clinic.sign_in("Dr Meera Iyer", "1111").role == "admin"
        assert rec.clinic.organisation().name == "Sunrise Clinic"
