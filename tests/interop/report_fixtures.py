"""One person with something in every part of the visit summary and the card."""

from __future__ import annotations

import datetime as dt

from healthdesk.domain.schedules import ScheduleInput


def fill_person(record, name: str = "Asha Rao") -> str:  # type: ignore[no-untyped-def]
    """Asha's record over the 30 days before the clock's now (2026-03-10 09:00 UTC)."""
    pid = record.profiles.create(name=name, date_of_birth="1954-02-11", sex="female").id
    record.profiles.update(pid, blood_type="B+", timezone="Asia/Kolkata")
    record.conditions.add(pid, "Type 2 diabetes", icd10="E11.9", onset="2015-06-01")
    record.allergies.add(pid, "Penicillin", category="medication", reaction="hives",
                         severity="severe")
    med = record.medications.add(pid, "Metformin", strength="500 mg", start_date="2026-02-01",
                                 schedule=ScheduleInput(times_of_day=["08:00", "20:00"],
                                                        start_date="2026-02-01"))
    now = record.now()
    for day in range(30):
        at = now - dt.timedelta(days=day, hours=2)
        record.readings.record(pid, "glucose", {"glucose": 6.0 + (day % 5) * 0.4},
                               taken_at=at, context="fasting")
        record.readings.record(pid, "blood_pressure",
                               {"systolic": 130 + day % 7, "diastolic": 82, "pulse": 70},
                               taken_at=at)
    record.symptoms.log(pid, "Headache", 4, onset_at=now - dt.timedelta(days=3))
    record.symptoms.log(pid, "Headache", 6, onset_at=now - dt.timedelta(days=1))
    record.goals.create(pid, "Lower fasting glucose", measurement_kind="glucose",
                        start_value=7.5, target_value=6.0, start_date="2026-02-01")
    record.contacts.add(pid, "Ravi Rao", relationship="Son", phone="+91 98450 11223")
    notes = record.chat.create_session(pid, "Care notes")
    record.chat.post(notes.id, "Sugar high after dinner. Should the evening dose move "
                               "earlier? Ask Dr Mehta.", author="Ravi")
    record.chat.post(notes.id, "Walked 30 minutes today.", author="Asha")
    assert med.id
    return pid
