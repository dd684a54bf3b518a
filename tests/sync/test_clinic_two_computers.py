"""Two clinic computers of one clinic account, days offline, then one sync on the real
server: every visit of both arrives once on both (no loss, no double), the queue of each
is seen by the other, and one field changed on both ends as a conflict in the inbox."""

from __future__ import annotations

from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from tests.sync.conftest import Device, assert_converged, settle

PATIENTS = 12
VISITS_EACH = 100  # hundreds of rows each way: a visit is a check-in, a reading, an encounter


def _clinic(rec: HealthRecord, desk: str) -> None:
    """Each computer keeps its own staff list (the register and staff stay on the device)."""
    rec.clinic.set_organisation("Sunrise Clinic")
    rec.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    rec.clinic.sign_in("Dr Meera Iyer", "1111")
    rec.clinic.add_staff(desk, "doctor", "2222")
    rec.clinic.sign_in(desk, "2222")


def _visits(rec: HealthRecord, pids: list[str], tag: str) -> set[str]:
    notes = set()
    for i in range(VISITS_EACH):
        pid = pids[i % len(pids)]
        entry = rec.visits.check_in(pid, reason=f"{tag} visit {i}")
        note = f"{tag} note {i}"
        rec.visits.record_visit(entry.id, notes=note, vitals=[
            {"kind": "blood_pressure", "values": {"systolic": 110 + i % 40, "diastolic": 75}}])
        notes.add(note)
    return notes


def _count(rec: HealthRecord, sql: str) -> int:
    with rec.store.read() as s:
        return int(s.execute(text(sql)).scalar() or 0)


def test_two_clinic_computers_days_offline_then_one_sync(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a: Device = new_device(acct)
    b: Device = new_device(acct)
    _clinic(a.record, "Dr Arjun Rao")
    pids = [a.record.patients.register(f"Patient {n:02d}", f"1970-01-{n + 1:02d}").profile_id
            for n in range(PATIENTS)]
    shared = a.record.encounters.add(pids[0], "Referral letter", "2026-01-05T09:00Z").id
    settle(a, b)
    _clinic(b.record, "Dr Nisha Pillai")
    assert b.record.encounters.get(shared).title == "Referral letter"

    # Days offline: each computer sees its own patients through the same shared record.
    notes_a = _visits(a.record, pids, "A")
    notes_b = _visits(b.record, pids, "B")
    a.record.encounters.update(shared, notes="from computer A")
    b.record.encounters.update(shared, notes="from computer B")

    settle(a, b)
    for dev in (a, b):
        rec = dev.record
        # Nothing lost, nothing doubled: every visit's note once, every id once.
        seen = [e.notes for pid in pids for e in rec.encounters.for_profile(pid)
                if e.id != shared]
        assert sorted(seen) == sorted(notes_a | notes_b)
        assert _count(rec, "SELECT count(*) FROM clinic_queue WHERE deleted = 0") == \
            2 * VISITS_EACH
        assert _count(rec, "SELECT count(*) FROM measurements WHERE deleted = 0") == \
            2 * VISITS_EACH
        assert _count(rec, "SELECT count(DISTINCT id) FROM encounters") == \
            _count(rec, "SELECT count(*) FROM encounters")
        # The other computer's queue is seen here, attributed to its doctor.
        assert {e.seen_by for e in rec.visits.queue()} == {"Dr Arjun Rao", "Dr Nisha Pillai"}
        [c] = [c for c in rec.conflicts.list_open() if c.entity == "encounters"]
        assert c.field == "notes"
        assert {c.losing_value, rec.encounters.get(shared).notes} == {
            "from computer A", "from computer B"}
    actors = {e.actor for e in b.record.audit.events(pids[0]) if e.entity == "encounters"}
    assert {"Dr Arjun Rao", "Dr Nisha Pillai"} <= actors
    assert_converged(a, b)
