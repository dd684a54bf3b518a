"""A clinic's organisation and staff shared by its computers through the real server:
publish on one computer, join on another, PINs never leave a computer, the server's roles
hold even when a computer's own check is skipped, and removal cuts a member off."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.roles import PermissionDenied
from healthdesk.services.clinic import SignInError
from healthdesk.services.clinic_server import ClinicServerService
from healthdesk.services.record import HealthRecord
from healthdesk.sync.errors import NotSignedInError, ServerRefusedError
from tests.pg import PASSWORD
from tests.sync.conftest import Device

BP = {"systolic": 128, "diastolic": 82}


def _server(rec: HealthRecord) -> ClinicServerService:
    return ClinicServerService(rec.store, rec.clinic, rec.sync)


def _staff(rec: HealthRecord) -> dict[str, Any]:
    return {s.name: s for s in rec.clinic.staff()}


def _count(rec: HealthRecord, sql: str) -> int:
    with rec.store.read() as s:
        return int(s.execute(text(sql)).scalar() or 0)


@pytest.fixture
def clinic(new_device, make_account):  # type: ignore[no-untyped-def]
    admin, nurse, desk = make_account(), make_account(), make_account()
    a: Device = new_device(admin)
    rec = a.record
    rec.clinic.set_organisation("Sunrise Clinic", registration="KA-123")
    rec.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    rec.clinic.sign_in("Dr Meera Iyer", "1111")
    rec.clinic.add_staff("Nurse Lata", "nurse", "2222")
    rec.clinic.add_staff("Ravi Desk", "receptionist", "3333")
    srv = _server(rec)
    with pytest.raises(ValidationError, match="not on the sync server"):
        srv.link_staff("Nurse Lata", nurse.user)
    srv.publish()
    srv.link_staff("Nurse Lata", nurse.user)
    srv.link_staff("Ravi Desk", desk.user)
    pids = [rec.patients.register(f"Patient {n}", f"1970-01-0{n + 1}").profile_id
            for n in range(3)]
    a.sync()
    return a, pids, {"admin": admin, "nurse": nurse, "desk": desk}


def test_a_second_computer_joins_and_shares_staff_and_patients(clinic, new_device) -> None:  # type: ignore[no-untyped-def]
    a, pids, accts = clinic
    b: Device = new_device(accts["nurse"])
    srv = _server(b.record)
    srv.join()
    staff = _staff(b.record)
    # Ravi was offered a place, and has not accepted it (no computer of his joined).
    assert {n: (s.role, s.active) for n, s in staff.items()} == {
        "Dr Meera Iyer": ("admin", True), "Nurse Lata": ("nurse", True)}
    assert staff["Nurse Lata"].id == _staff(a.record)["Nurse Lata"].id
    assert b.record.clinic.organisation().registration == "KA-123"
    # No PIN hash came from the server: the member sets one here with their account.
    with pytest.raises(SignInError, match="no PIN on this computer"):
        b.record.clinic.sign_in("Nurse Lata", "2222")
    with pytest.raises(NotSignedInError):
        srv.set_own_pin("Nurse Lata", "wrong password", "4444")
    srv.set_own_pin("Nurse Lata", PASSWORD, "4444")
    b.record.clinic.sign_in("Nurse Lata", "4444")
    with b.record.store.read() as s:
        hashes = dict(s.execute(text("SELECT name, secret_hash FROM staff")).fetchall())
    assert hashes["Dr Meera Iyer"] == "" and hashes["Nurse Lata"].startswith("$argon2id$")

    b.sync()
    assert set(pids) <= {p.id for p in b.record.profiles.all()}
    b.record.readings.record(pids[0], "blood_pressure", BP)
    b.sync()
    a.sync()
    assert _count(a.record, "SELECT count(*) FROM measurements WHERE deleted = 0") == 1

    # A role changed on A is the role on B after B's next sync. Ravi's account never
    # accepted its place (no computer of his joined): the server has no such member yet.
    _server(a.record).set_role("Nurse Lata", "doctor")
    b.sync()
    assert _staff(b.record)["Nurse Lata"].role == "doctor"
    with pytest.raises(ServerRefusedError, match="not on this organisation's staff"):
        _server(a.record).set_role("Ravi Desk", "nurse")


def test_the_server_refuses_what_the_computer_account_may_not(clinic, new_device) -> None:  # type: ignore[no-untyped-def]
    a, pids, accts = clinic
    c: Device = new_device(accts["desk"])  # the front desk's computer: receptionist account
    _server(c.record).join()
    c.sync()
    # The admin signs in at the desk's computer (their PIN set there with their account):
    # the computer lets them record a reading, the server does not take it from the
    # receptionist's account.
    _server(c.record).set_own_pin("Dr Meera Iyer", PASSWORD, "5555")
    c.record.clinic.sign_in("Dr Meera Iyer", "5555")
    c.record.readings.record(pids[1], "blood_pressure", BP)
    c.record.appointments.add(pids[1], "Follow-up", "2026-12-20T10:00Z")
    report = c.sync()
    assert report.rejected >= 1
    a.sync()
    assert _count(a.record, "SELECT count(*) FROM measurements") == 0
    assert _count(a.record, "SELECT count(*) FROM appointments WHERE title = 'Follow-up'") == 1


def test_removing_a_member_cuts_them_off_on_every_computer(clinic, new_device) -> None:  # type: ignore[no-untyped-def]
    a, pids, accts = clinic
    b: Device = new_device(accts["nurse"])
    c: Device = new_device(accts["desk"])
    for d in (b, c):
        _server(d.record).join()
        d.sync()
    assert set(pids) <= {p.id for p in c.record.profiles.all()}
    _server(a.record).remove_staff("Ravi Desk")
    assert _staff(a.record)["Ravi Desk"].active is False
    b.sync()
    assert _staff(b.record)["Ravi Desk"].active is False
    _server(b.record).set_own_pin("Nurse Lata", PASSWORD, "4444")
    with pytest.raises(SignInError, match="disabled"):
        b.record.clinic.sign_in("Ravi Desk", "3333")
    report = c.sync()
    assert set(pids) <= set(report.revoked)
    assert not {p.id for p in c.record.profiles.all()} & set(pids)
    # The clinic keeps its patients.
    a.sync()
    assert set(pids) <= {p.id for p in a.record.profiles.all()}


def test_a_patient_links_their_own_account_with_consent(clinic, new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    a, pids, _accts = clinic
    code = _server(a.record).link_code(pids[2]).code
    home: Device = new_device(make_account())  # the patient's own computer, no clinic
    mine = _server(home.record)
    with pytest.raises(ValidationError, match="consent"):
        mine.redeem(code, consent=False)
    link = mine.redeem(code, consent=True)
    assert link.organisation == "Sunrise Clinic" and link.profile_id == pids[2]
    home.sync()
    assert pids[2] in {p.id for p in home.record.profiles.all()}
    assert home.record.sync.role_of(pids[2]) == "viewer"
    mine.withdraw(pids[2])
    assert mine.links() == []
    home.sync()
    assert pids[2] not in {p.id for p in home.record.profiles.all()}
    a.sync()
    assert pids[2] in {p.id for p in a.record.profiles.all()}
    actions = [e.action for e in _server(a.record).audit()]
    assert actions[:2] == ["patient_withdrew", "patient_consented"]


def test_patients_registered_before_the_clinic_are_held(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    shared, nurse = make_account(), make_account()
    a: Device = new_device(shared)  # the old way: one clinic account on every computer
    rec = a.record
    rec.clinic.set_organisation("Sunrise Clinic")
    rec.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    rec.clinic.sign_in("Dr Meera Iyer", "1111")
    rec.clinic.add_staff("Nurse Lata", "nurse", "2222")
    early = [rec.patients.register(f"Early {n}", f"1960-02-0{n + 1}").profile_id
             for n in range(3)]
    a.sync()
    srv = _server(rec)
    srv.publish()
    srv.link_staff("Nurse Lata", nurse.user)
    b: Device = new_device(nurse)
    _server(b.record).join()
    b.sync()
    assert not {p.id for p in b.record.profiles.all()} & set(early)
    b.record.clinic.sign_out()
    with pytest.raises(PermissionDenied, match="Sign in"):
        _server(b.record).hold_all()
    assert srv.hold_all() == 3
    b.sync()
    assert set(early) <= {p.id for p in b.record.profiles.all()}
    assert b.record.sync.role_of(early[0]) == "nurse"
