"""Caregivers and caregiver alerts with escalation, on the real store (injected clock)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from healthdesk.services.alerts import alert_id
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord

UTC = dt.UTC


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 10, h, m, tzinfo=UTC)  # London is on GMT


@pytest.fixture
def family(record: HealthRecord, clock: Any) -> dict[str, str]:
    clock.t = at(7)
    mother = record.profiles.create(name="Asha Rao", timezone="Europe/London").id
    meera = record.profiles.create(name="Meera Rao", timezone="Europe/London").id
    ravi = record.profiles.create(name="Ravi Rao", timezone="Europe/London").id
    record.caregivers.add(mother, caregiver_profile_id=meera)
    record.caregivers.add(mother, caregiver_profile_id=ravi)
    record.caregivers.add(mother, "Dr Shah's nurse", contact="+44 20 7946 0000")
    med = record.medications.add(mother, "Levetiracetam", strength="500 mg",
                                 caregiver_alert_minutes=60, caregiver_escalation_minutes=30,
                                 schedule=ScheduleInput(times_of_day=["08:00"]))
    return {"mother": mother, "meera": meera, "ravi": ravi, "med": med.id}


def names(views: list[Any]) -> list[tuple[str, int]]:
    return [(v.caregiver_name, v.level) for v in views]


def test_not_taken_alerts_the_first_caregiver_then_escalates(
        record: HealthRecord, family: dict[str, str], clock: Any) -> None:
    clock.t = at(8, 59)
    assert record.alerts.scan() == []
    clock.t = at(9)
    raised = record.alerts.scan()
    assert names(raised) == [("Meera Rao", 0)]
    alert = raised[0]
    assert (alert.person_name, alert.medication_title, alert.scheduled_for, alert.status) == (
        "Asha Rao", "Levetiracetam 500 mg", at(8), "open")
    assert alert.id == alert_id(family["med"], at(8), 0)  # the same id on every device
    assert names(record.alerts.for_caregiver(family["meera"])) == [("Meera Rao", 0)]
    assert record.alerts.for_caregiver(family["ravi"]) == []
    assert record.alerts.scan() == []  # nothing twice
    clock.t = at(9, 30)
    assert names(record.alerts.scan()) == [("Ravi Rao", 1)]
    clock.t = at(10, 0)
    assert names(record.alerts.scan()) == [("Dr Shah's nurse", 2)]
    assert names(record.alerts.about(family["mother"])) == [
        ("Dr Shah's nurse", 2), ("Ravi Rao", 1), ("Meera Rao", 0)]


def test_acknowledging_stops_the_escalation(record: HealthRecord, family: dict[str, str],
                                            clock: Any) -> None:
    clock.t = at(9, 5)
    [first] = record.alerts.scan()
    record.alerts.acknowledge(first.id, by="Meera")
    clock.t = at(11)
    assert record.alerts.scan() == []
    [seen] = record.alerts.for_caregiver(family["meera"], include_closed=True)
    assert (seen.status, seen.acknowledged_by, seen.acknowledged_at) == (
        "acknowledged", "Meera", at(9, 5))
    assert record.alerts.for_caregiver(family["meera"]) == []  # open ones only
    with pytest.raises(NotFoundError):
        record.alerts.acknowledge("no-such-alert")


def test_a_dose_taken_in_time_raises_nothing_and_a_late_one_resolves(
        record: HealthRecord, family: dict[str, str], clock: Any) -> None:
    clock.t = at(8, 30)
    record.doses.record(family["med"], "taken", scheduled_for=at(8))
    clock.t = at(12)
    assert record.alerts.scan() == []
    # Tomorrow's dose is forgotten, then taken after Meera was alerted.
    clock.t = at(9) + dt.timedelta(days=1)
    [alert] = record.alerts.scan()
    record.doses.record(family["med"], "taken", scheduled_for=at(8) + dt.timedelta(days=1))
    [after] = record.alerts.for_caregiver(family["meera"], include_closed=True)
    assert (after.id, after.status, after.dose_state) == (alert.id, "resolved", "taken")
    clock.t = at(11) + dt.timedelta(days=1)
    assert record.alerts.scan() == []


def test_no_alert_without_caregivers_or_the_setting(record: HealthRecord, clock: Any) -> None:
    clock.t = at(7)
    alone = record.profiles.create(name="Alone").id
    record.medications.add(alone, "A", caregiver_alert_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"]))
    other = record.profiles.create(name="Other").id
    record.caregivers.add(other, "Someone")
    record.medications.add(other, "B", schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(12)
    assert record.alerts.scan() == []


def test_doses_before_the_schedule_existed_raise_nothing(record: HealthRecord,
                                                         clock: Any) -> None:
    clock.t = at(10)
    p = record.profiles.create(name="New").id
    record.caregivers.add(p, "Carer")
    record.medications.add(p, "A", caregiver_alert_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = at(11)
    assert record.alerts.scan() == []


def test_caregiver_list_order_and_rules(record: HealthRecord, family: dict[str, str]) -> None:
    carers = record.caregivers.for_profile(family["mother"])
    assert [(c.name, c.position) for c in carers] == [
        ("Meera Rao", 1), ("Ravi Rao", 2), ("Dr Shah's nurse", 3)]
    moved = record.caregivers.move(carers[2].id, 1)
    assert [c.name for c in moved] == ["Dr Shah's nurse", "Meera Rao", "Ravi Rao"]
    record.caregivers.remove(carers[0].id)
    assert [(c.name, c.position) for c in record.caregivers.for_profile(family["mother"])] == [
        ("Dr Shah's nurse", 1), ("Ravi Rao", 2)]
    with pytest.raises(ValidationError, match="own caregiver"):
        record.caregivers.add(family["mother"], caregiver_profile_id=family["mother"])
    with pytest.raises(ValidationError) as err:
        record.caregivers.add(family["mother"], "   ")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        record.caregivers.move(carers[1].id, 9)
    assert err.value.field == "position" and "between 1 and 2" in str(err.value)
