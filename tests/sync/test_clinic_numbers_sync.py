"""Clinic numbers across two clinic computers on the real server: both register patients
offline and no number is handed out twice; after one sync each computer finds the
other's patients by number, name and phone; the same person registered on both is shown
as a likely duplicate; and two computers that drew one series see the clash and move on."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from healthdesk.services.clinic_numbers import SERIES_KEY, series_of
from healthdesk.services.errors import ValidationError
from healthdesk.services.record import HealthRecord
from tests.sync.conftest import Device, assert_converged, settle

EACH = 40


def _clinic(rec: HealthRecord, desk: str) -> None:
    rec.clinic.set_organisation("Sunrise Clinic")
    rec.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    rec.clinic.sign_in("Dr Meera Iyer", "1111")
    rec.clinic.add_staff(desk, "receptionist", "4444")
    rec.clinic.sign_in(desk, "4444")


def _register(rec: HealthRecord, tag: str, first_phone: int) -> dict[str, str]:
    """EACH patients registered here; their numbers by name."""
    out = {}
    for i in range(EACH):
        row = rec.patients.register(f"{tag} Patient {i:02d}", f"1980-02-{i % 28 + 1:02d}",
                                    phone=f"+91 98{first_phone + i:08d}")
        assert row.clinic_no is not None
        out[row.name] = row.clinic_no
    return out


def _numbers(rec: HealthRecord) -> list[str]:
    with rec.store.read() as s:
        return [r[0] for r in s.execute(text(
            "SELECT clinic_no FROM clinic_register r JOIN profiles p ON p.id = r.profile_id "
            "AND p.deleted = 0 WHERE clinic_no IS NOT NULL"))]


def test_two_computers_number_offline_without_collision_and_find_each_other(  # type: ignore[no-untyped-def]
        new_device, make_account) -> None:
    acct = make_account()
    a: Device = new_device(acct)
    b: Device = new_device(acct)
    # Both computers join the clinic and register patients before either ever syncs.
    _clinic(a.record, "Ravi Desk")
    _clinic(b.record, "Asha Desk")
    from_a = _register(a.record, "Anand", 10_000_000)
    from_b = _register(b.record, "Bala", 20_000_000)
    kamala_a = a.record.patients.register("Kamala Devi", "1961-05-02", phone="9845012345")
    kamala_b = b.record.patients.register("kamala devi", "1961-05-02", phone="9845012345")
    series_a = {series_of(n) for n in from_a.values()}
    series_b = {series_of(n) for n in from_b.values()}
    assert len(series_a) == len(series_b) == 1 and series_a != series_b

    settle(a, b)
    for dev, theirs in ((a, from_b), (b, from_a)):
        rec = dev.record
        numbers = _numbers(rec)
        assert len(numbers) == 2 * EACH + 2 == len(set(numbers))  # never one number twice
        assert rec.patients.clashes() == []
        for name, number in list(theirs.items())[::7]:
            assert [p.name for p in rec.patients.search(number)] == [name]
            assert [p.clinic_no for p in rec.patients.search(name)] == [number]
        # By phone, as the desk types it (without the country code).
        assert [p.name for p in rec.patients.search("9820000005")] == ["Bala Patient 05"]
        assert [p.name for p in rec.patients.search("98 1000 0012")] == ["Anand Patient 12"]
        [pair] = rec.patients.likely_duplicates()
        assert {p.profile_id for p in pair} == {kamala_a.profile_id, kamala_b.profile_id}
        assert {p.clinic_no for p in pair} == {kamala_a.clinic_no, kamala_b.clinic_no}

    # A number typed at B's desk in A's series is refused: A would hand it out too.
    [sa] = series_a
    with pytest.raises(ValidationError, match="another computer's series") as bad:
        b.record.patients.register("Typed Number", "1990-01-01", clinic_no=f"HD-{sa}-00999")
    assert bad.value.field == "clinic_no"
    # A phone changed on one computer is found on the other after the next sync.
    pid = b.record.patients.search(from_a["Anand Patient 03"])[0].profile_id
    b.record.patients.set_details(pid, phone="+91 70000 11111")
    settle(a, b)
    assert [p.name for p in a.record.patients.search("7000011111")] == ["Anand Patient 03"]
    assert a.record.patients.search("Anand Patient 03")[0].clinic_no == from_a[
        "Anand Patient 03"]  # the number stays the one computer A gave
    # Numbers handed out after the sync go on from each computer's own series.
    later = b.record.patients.register("Chitra Menon", "1999-09-09").clinic_no
    assert series_of(later) in series_b and later not in _numbers(a.record)
    settle(a, b)
    assert [p.name for p in a.record.patients.search(later)] == ["Chitra Menon"]
    assert_converged(a, b)


def test_two_computers_that_drew_one_series_see_the_clash_and_move_on(  # type: ignore[no-untyped-def]
        new_device, make_account) -> None:
    acct = make_account()
    a: Device = new_device(acct)
    b: Device = new_device(acct)
    _clinic(a.record, "Ravi Desk")
    _clinic(b.record, "Asha Desk")
    first = a.record.patients.register("Anand Rao", "1970-01-01").clinic_no
    # The one-in-331,776 draw: b took a's series before either had synced.
    with b.record.store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO local_state (key, value) VALUES (?, ?)",
            (SERIES_KEY, f'"{series_of(first)}"'))
    same = b.record.patients.register("Bala Iyer", "1971-01-01").clinic_no
    assert same == first

    settle(a, b)
    for dev in (a, b):
        [clash] = dev.record.patients.clashes()
        assert {p.name for p in clash} == {"Anand Rao", "Bala Iyer"}
        # Each computer draws a fresh series, so no later number clashes again.
        fresh = dev.record.patients.register(f"New {dev.name}", "1990-01-01").clinic_no
        assert series_of(fresh) != series_of(first)
    settle(a, b)
    assert len(a.record.patients.clashes()) == 1  # only the old pair, for the desk to renumber
    assert len(set(_numbers(a.record))) == 3
