"""Clinic mode on a real store: roles enforced on every write, staff sign-in with lockout
and idle sign-out (the injected clock), attribution in the audit trail, viewers."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from healthdesk.domain.roles import GRANTS, PermissionDenied
from healthdesk.services.clinic import SignInError, lock_length
from healthdesk.services.errors import ValidationError
from healthdesk.services.record import HealthRecord
from tests.conftest import FakeClock

BP = {"systolic": 128, "diastolic": 82}


@pytest.fixture
def clinic(record: HealthRecord) -> HealthRecord:
    record.clinic.set_organisation("Sunrise Clinic", "12 MG Road, Pune", "MH-1234")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    record.clinic.add_staff("Dr Arjun Rao", "doctor", "2222", specialty="General medicine",
                            registration_number="MCI-55")
    record.clinic.add_staff("Nurse Lata", "nurse", "3333")
    record.clinic.add_staff("Ravi Desk", "receptionist", "4444")
    record.clinic.sign_out()
    return record


def test_roles_table_is_what_the_docs_promise() -> None:
    assert "manage_staff" in GRANTS["admin"] and "manage_staff" not in GRANTS["owner"]
    assert lock_length(4) is None and lock_length(5).total_seconds() == 300
    assert lock_length(10).total_seconds() == 600 and lock_length(6) is None


def test_no_one_signed_in_may_not_change_anything(clinic: HealthRecord) -> None:
    with pytest.raises(PermissionDenied, match="Sign in"):
        clinic.profiles.create("Kamala Devi")
    assert clinic.profiles.all() == []


def test_each_role_may_do_its_part_only(clinic: HealthRecord) -> None:
    clinic.clinic.sign_in("Ravi Desk", "4444")
    pid = clinic.patients.register("Kamala Devi", "1961-05-02", sex="female",
                                   phone="+91 98450 12345").profile_id
    with pytest.raises(PermissionDenied, match=r"Ravi Desk \(receptionist\) may not record"):
        clinic.readings.record(pid, "blood_pressure", BP)
    clinic.clinic.sign_in("Nurse Lata", "3333")  # a quick switch
    clinic.readings.record(pid, "blood_pressure", BP)
    with pytest.raises(PermissionDenied, match="may not prescribe"):
        clinic.medications.add(pid, "Metformin", strength="500 mg")
    with pytest.raises(PermissionDenied, match="may not manage staff"):
        clinic.clinic.add_staff("Someone", "nurse", "5555")
    clinic.clinic.sign_in("Dr Arjun Rao", "2222")
    clinic.medications.add(pid, "Metformin", strength="500 mg")
    with pytest.raises(PermissionDenied, match="may not erase"):
        clinic.erase.erase(pid)
    assert len(clinic.readings.for_profile(pid)) == 1


def test_a_refused_write_leaves_nothing(clinic: HealthRecord) -> None:
    clinic.clinic.sign_in("Ravi Desk", "4444")
    pid = clinic.patients.register("Kamala Devi", "1961-05-02").profile_id
    with clinic.store.read() as s:
        before = s.execute(text("SELECT count(*) FROM outbox")).scalar()
    with pytest.raises(PermissionDenied):
        clinic.readings.record(pid, "blood_pressure", BP)
    with clinic.store.read() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == before
        assert s.execute(text("SELECT count(*) FROM measurements")).scalar() == 0


def test_writes_are_attributed_to_the_member_signed_in(clinic: HealthRecord) -> None:
    clinic.clinic.sign_in("Ravi Desk", "4444")
    pid = clinic.patients.register("Kamala Devi", "1961-05-02").profile_id
    clinic.clinic.sign_in("Nurse Lata", "3333")
    clinic.readings.record(pid, "blood_pressure", BP)
    actors = {(e.entity, e.actor) for e in clinic.audit.events(pid)}
    assert ("profiles", "Ravi Desk") in actors and ("measurements", "Nurse Lata") in actors
    assert all(e.device_id == clinic.device_id for e in clinic.audit.events(pid))
    clinic.clinic.sign_out()
    assert clinic.actor == "Test User"  # who opened the store


def test_wrong_pins_lock_out_then_grow(clinic: HealthRecord, clock: FakeClock) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInError, match=f"{left} more tr"):
            clinic.clinic.sign_in("Nurse Lata", "9999")
    with pytest.raises(SignInError, match="locked out for 5 minutes") as exc:
        clinic.clinic.sign_in("Nurse Lata", "9999")
    assert exc.value.locked_until is not None
    with pytest.raises(SignInError, match="try again in 5 minutes"):
        clinic.clinic.sign_in("Nurse Lata", "3333")  # even the right PIN waits
    clock.advance(minutes=5, seconds=1)
    for _ in range(4):
        with pytest.raises(SignInError, match="more tr"):
            clinic.clinic.sign_in("Nurse Lata", "0000")
    with pytest.raises(SignInError, match="locked out for 10 minutes"):
        clinic.clinic.sign_in("Nurse Lata", "0000")
    clock.advance(minutes=10, seconds=1)
    assert clinic.clinic.sign_in("Nurse Lata", "3333").role == "nurse"
    assert clinic.clinic.locked_until("Nurse Lata") is None


def test_idle_sign_out(clinic: HealthRecord, clock: FakeClock) -> None:
    clinic.clinic.sign_in("Nurse Lata", "3333")
    clock.advance(minutes=9)
    assert clinic.clinic.sign_out_if_idle() is False
    clinic.clinic.touch()
    clock.advance(minutes=9)
    assert clinic.clinic.sign_out_if_idle() is False
    clock.advance(minutes=1)
    assert clinic.clinic.sign_out_if_idle() is True
    assert clinic.clinic.signed_in is None


def test_disabled_staff_cannot_sign_in_and_the_last_admin_stays(clinic: HealthRecord) -> None:
    clinic.clinic.sign_in("Dr Meera Iyer", "1111")
    clinic.clinic.set_active("Nurse Lata", False)
    with pytest.raises(SignInError, match="disabled"):
        clinic.clinic.sign_in("Nurse Lata", "3333")
    clinic.clinic.sign_in("Dr Meera Iyer", "1111")
    with pytest.raises(ValidationError, match="only active admin"):
        clinic.clinic.set_active("Dr Meera Iyer", False)
    assert [s.name for s in clinic.clinic.staff(include_inactive=False)] == [
        "Dr Arjun Rao", "Dr Meera Iyer", "Ravi Desk"]


def test_pins_are_argon2id_hashes(clinic: HealthRecord) -> None:
    with clinic.store.read() as s:
        hashes = [r[0] for r in s.execute(text("SELECT secret_hash FROM staff"))]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any("1111" in h for h in hashes)


def test_a_viewer_cannot_edit_on_their_device(record: HealthRecord, profile_id: str) -> None:
    with record.store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO sync_cursors (profile_id, seq, role) VALUES (?, 0, 'viewer')",
            (profile_id,))
    with pytest.raises(PermissionDenied, match="You can view Asha Rao's record; ask the owner"):
        record.readings.record(profile_id, "blood_pressure", BP)
    with pytest.raises(PermissionDenied):
        record.profiles.update(profile_id, notes="x")
    assert record.readings.for_profile(profile_id) == []
    assert record.access.may("read", profile_id) and not record.access.may("edit", profile_id)
    other = record.profiles.create("Someone Else")
    record.readings.record(other.id, "blood_pressure", BP)  # their own profile: fine


def test_exports_need_the_export_permission(clinic: HealthRecord, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.interop.transfer import Transfer

    clinic.clinic.sign_in("Ravi Desk", "4444")
    pid = clinic.patients.register("Kamala Devi", "1961-05-02").profile_id
    out = tmp_path / "export.json"
    with pytest.raises(PermissionDenied, match=r"Ravi Desk \(receptionist\) may not export"):
        Transfer(clinic).export_json(out, profile_ids=[pid])
    with pytest.raises(PermissionDenied, match="may not export"):
        Transfer(clinic).backup(tmp_path / "b.hdbackup")
    assert not out.exists()
    clinic.clinic.sign_out()
    with pytest.raises(PermissionDenied, match="before exporting"):
        Transfer(clinic).visit_summary(pid)
    clinic.clinic.sign_in("Dr Arjun Rao", "2222")
    Transfer(clinic).export_json(out, profile_ids=[pid])
    assert out.exists()
