"""Interop tests share one realistic record: every synced table, binary content, a photo,
JSON columns, unicode, a tombstone, and a distinctive name to look for in files."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from healthdesk.store.models import (
    Appointment,
    ChatMessage,
    ChatSession,
    Condition,
    Document,
    DoseEvent,
    EmergencyContact,
    Goal,
    GoalProgress,
    Medication,
    MedicationSchedule,
    OutboxEntry,
)
from healthdesk.store.vault import Store

MARKER = "Zephyrine Quillfeather"
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
DOC_BYTES = bytes(range(256)) * 8 + b"%PDF-1.7 \x00\xff"
UTC = dt.UTC


@dataclass(frozen=True)
class Sample:
    profile_id: str
    other_profile_id: str
    reading_id: str
    document_id: str
    tombstoned_condition_id: str
    schedule_id: str
    message_id: str


def fill_record(record: Any) -> Sample:
    """Content written through the services where they exist, the ORM elsewhere."""
    p = record.profiles.create(name=f"{MARKER} Ünïcødé", date_of_birth="1954-02-11",
                               sex="female", notes="prefers mornings — 早上")
    record.profiles.set_photo(p.id, PHOTO, "image/png")
    other = record.profiles.create(name="Ravi Kumar", date_of_birth="1980-06-01", sex="male")
    reading = record.readings.record(p.id, "blood_pressure",
                                     {"systolic": 128, "diastolic": 82, "pulse": 70},
                                     note=f"after the walk with {MARKER}")
    record.readings.record(other.id, "blood_pressure",
                           {"systolic": 141.5, "diastolic": 90, "pulse": 64})
    now = record.now()
    with record.store.write() as s:
        doc = Document(profile_id=p.id, title="Lipid panel ✓", category="lab_report",
                       tags=["blood", "fasting", "ünï"], document_date=dt.date(2026, 3, 1),
                       filename="lipids.pdf", mime_type="application/pdf",
                       size_bytes=len(DOC_BYTES), sha256=hashlib.sha256(DOC_BYTES).hexdigest(),
                       content=DOC_BYTES)
        cond = Condition(profile_id=p.id, name="Hypertension", icd10="I10",
                         onset=dt.date(2019, 5, 2))
        med = Medication(profile_id=p.id, name="Metformin", strength="500 mg", dose_amount=1.0,
                         stock_count=30.0, refill_threshold=7.5)
        chat = ChatSession(profile_id=p.id, title="Care notes", kind="notes")
        goal = Goal(profile_id=p.id, title="Weight to 80 kg", start_date=dt.date(2026, 1, 1),
                    start_value=86.4, target_value=80.0, unit="kg")
        s.add_all([doc, cond, med, chat, goal])
        s.add(EmergencyContact(profile_id=p.id, name="Meera Rao", relationship="daughter",
                               phone="+91 98450 00000"))
        s.add(Appointment(profile_id=p.id, title="Cardiology review", clinician="Dr. Ōta",
                          start_at=now + dt.timedelta(days=3), reminder_offsets=[1440, 120]))
        s.flush()
        sched = MedicationSchedule(profile_id=p.id, medication_id=med.id,
                                   times_of_day=["08:00", "20:00"], weekdays=[0, 2, 4],
                                   start_date=dt.date(2026, 3, 1), timezone="Asia/Kolkata",
                                   extra={"with": "food", "nested": {"steps": [1, 2.5, None]}})
        s.add(sched)
        s.flush()
        s.add(DoseEvent(profile_id=p.id, medication_id=med.id, schedule_id=sched.id,
                        scheduled_for=now - dt.timedelta(hours=1), action="taken",
                        at=now - dt.timedelta(minutes=50), amount=1.0, by_person="Meera",
                        device_id=record.device_id))
        msg = ChatMessage(profile_id=p.id, session_id=chat.id, role="note", author="Meera",
                          content='Ελληνικά 🙂 "quoted" \\ back\nslash', sent_at=now,
                          meta={"pinned": True, "tags": ["bp"]})
        s.add(msg)
        s.add(GoalProgress(profile_id=p.id, goal_id=goal.id, recorded_at=now, value=84.2))
        s.flush()
        ids = (doc.id, cond.id, sched.id, msg.id)
    with record.store.write() as s:
        s.get(Condition, ids[1]).deleted = True
    return Sample(p.id, other.id, reading.id, ids[0], ids[1], ids[2], ids[3])


def outbox_count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
