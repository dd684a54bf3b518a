"""The day's queue and a whole visit on a real clinic store: states in order with wait
times, roles on every part, one transaction (all or nothing), attribution."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from healthdesk.domain.roles import PermissionDenied
from healthdesk.services.errors import ValidationError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from tests.conftest import FakeClock
from tests.services.test_clinic import clinic  # noqa: F401  (the fixture)

BP = {"kind": "blood_pressure", "values": {"systolic": 128, "diastolic": 82}}
PULSE = {"kind": "pulse", "values": {"pulse": 72}}


def _counts(rec: HealthRecord) -> dict[str, int]:
    with rec.store.read() as s:
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0
                for t in ("measurements", "encounters", "medications", "appointments",
                          "outbox")}


@pytest.fixture
def desk(clinic: HealthRecord) -> tuple[HealthRecord, str, str]:  # noqa: F811
    clinic.clinic.sign_in("Ravi Desk", "4444")
    a = clinic.patients.register("Kamala Devi", "1961-05-02").profile_id
    b = clinic.patients.register("Suresh Nair", "1975-11-20").profile_id
    return clinic, a, b


def test_the_queue_in_order_with_states_and_waits(desk: tuple[HealthRecord, str, str],
                                                  clock: FakeClock) -> None:
    rec, a, b = desk
    first = rec.visits.check_in(a, reason="Cough")
    clock.advance(minutes=5)
    rec.visits.check_in(b)
    with pytest.raises(ValidationError, match="already in today's queue"):
        rec.visits.check_in(a)
    clock.advance(minutes=10)
    q = rec.visits.queue()
    assert [(e.name, e.state, e.minutes) for e in q] == [
        ("Kamala Devi", "waiting", 15), ("Suresh Nair", "waiting", 10)]
    assert q[0].checked_in_by == "Ravi Desk" and q[0].clinic_no
    rec.clinic.sign_in("Dr Arjun Rao", "2222")
    rec.visits.set_state(first.id, "with_doctor")
    clock.advance(minutes=20)
    with pytest.raises(ValidationError, match="can change to"):
        rec.visits.set_state(q[1].id, "done")
    q = rec.visits.queue()
    assert (q[0].state, q[0].minutes, q[0].seen_by) == ("with_doctor", 15, "Dr Arjun Rao")
    rec.visits.set_state(q[1].id, "left")
    assert rec.visits.queue()[1].state == "left"


def test_a_whole_visit_is_one_transaction(desk: tuple[HealthRecord, str, str],
                                          clock: FakeClock) -> None:
    rec, a, _ = desk
    entry = rec.visits.check_in(a, reason="Diabetes review")
    rec.clinic.sign_in("Nurse Lata", "3333")
    rec.visits.record_vitals(entry.id, [BP])
    rec.clinic.sign_in("Dr Arjun Rao", "2222")
    clock.advance(minutes=12)
    before = _counts(rec)
    # A bad part (the next appointment) refuses the whole visit.
    with pytest.raises(ValidationError) as bad:
        rec.visits.record_visit(
            entry.id, notes="Sugar high", vitals=[PULSE],
            prescriptions=[{"name": "Metformin", "strength": "500 mg",
                            "schedule": ScheduleInput(times_of_day=["08:00", "20:00"])}],
            next_appointment={"start_at": "not a date"})
    assert bad.value.field == "start_at"
    assert _counts(rec) == before and rec.visits.get(entry.id).state == "waiting"
    visit = rec.visits.record_visit(
        entry.id, notes="Sugar high", vitals=[PULSE],
        prescriptions=[{"name": "Metformin", "strength": "500 mg",
                        "schedule": ScheduleInput(times_of_day=["08:00", "20:00"])}],
        next_appointment={"start_at": "2026-04-10T10:00"})
    after = _counts(rec)
    assert {k: after[k] - before[k] for k in after if k != "outbox"} == {
        "measurements": 1, "encounters": 1, "medications": 1, "appointments": 1}
    assert visit.entry.state == "done" and visit.entry.encounter_id == visit.encounter_id
    enc = rec.encounters.get(visit.encounter_id)
    assert (enc.title, enc.practitioner, enc.place, enc.notes) == (
        "Diabetes review", "Dr Arjun Rao", "Sunrise Clinic", "Sugar high")
    assert enc.start_at == entry.checked_in_at
    med = rec.medications.get(visit.medication_ids[0])
    assert med.prescriber == "Dr Arjun Rao" and med.schedule is not None
    actors = {(e.entity, e.actor) for e in rec.audit.events(a)}
    assert {("clinic_queue", "Ravi Desk"), ("measurements", "Nurse Lata"),
            ("encounters", "Dr Arjun Rao"), ("medications", "Dr Arjun Rao")} <= actors
    with pytest.raises(ValidationError, match="is done"):
        rec.visits.record_visit(entry.id, notes="again")


def test_each_part_of_a_visit_needs_its_role(desk: tuple[HealthRecord, str, str]) -> None:
    rec, a, b = desk
    entry = rec.visits.check_in(a)
    with pytest.raises(PermissionDenied, match="may not record readings"):
        rec.visits.record_vitals(entry.id, [BP])
    rec.clinic.sign_in("Nurse Lata", "3333")
    before = _counts(rec)
    with pytest.raises(PermissionDenied, match=r"Nurse Lata \(nurse\) may not"):
        rec.visits.record_visit(entry.id, notes="x", vitals=[BP])
    assert _counts(rec) == before  # not even the reading the nurse may record alone
    rec.clinic.sign_out()
    with pytest.raises(PermissionDenied, match="Sign in"):
        rec.visits.check_in(b)
    assert [e.profile_id for e in rec.visits.queue()] == [a]


def test_bad_vitals_name_the_field_and_save_nothing(
        desk: tuple[HealthRecord, str, str]) -> None:
    rec, a, _ = desk
    entry = rec.visits.check_in(a)
    rec.clinic.sign_in("Dr Arjun Rao", "2222")
    before = _counts(rec)
    with pytest.raises(ValidationError) as bad:
        rec.visits.record_visit(entry.id, vitals=[
            BP, {"kind": "blood_pressure", "values": {"systolic": 900, "diastolic": 80}}])
    assert bad.value.field == "systolic" and "systolic" in str(bad.value).lower()
    assert _counts(rec) == before
