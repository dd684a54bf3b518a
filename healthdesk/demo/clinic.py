"""``healthdesk demo --clinic``: a clinic's store (10,000 patients, 5 staff, a year of
visits) for the register, the benchmarks and the screenshots.

Written through the store's batch path (Core inserts of a few thousand rows per
statement inside ``store.write()``, as the personal demo does), signed in as the demo
administrator so the access checks pass, and deterministic for one seed. Some names are
written in Devanagari or Tamil, as a clinic in India would have them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from random import Random
from typing import Any

from sqlalchemy import insert

from healthdesk.domain.validation import int_in_range
from healthdesk.services.record import HealthRecord
from healthdesk.services.register import digits, fold

from .generator import uuid7_like

BATCH = 2500
MAX_PATIENTS = 50_000
Progress = Callable[[float, str], None]

STAFF: tuple[tuple[str, str, str | None, str], ...] = (
    ("Dr Meera Iyer", "admin", "General medicine", "1111"),
    ("Dr Arjun Rao", "doctor", "Diabetology", "2222"),
    ("Dr Fatima Shaikh", "doctor", "Paediatrics", "2323"),
    ("Nurse Lata Pillai", "nurse", None, "3333"),
    ("Ravi Kumar", "receptionist", None, "4444"),
)
FIRST = ("Aarav", "Vivaan", "Aditya", "Arjun", "Sai", "Reyansh", "Krishna", "Ishaan", "Rohan",
         "Rahul", "Suresh", "Ramesh", "Mahesh", "Ganesh", "Anil", "Sunil", "Vijay", "Ajay",
         "Ananya", "Diya", "Saanvi", "Aadhya", "Kavya", "Priya", "Lakshmi", "Meena", "Kamala",
         "Sita", "Geeta", "Radha", "Fatima", "Ayesha", "Zoya", "Imran", "Salman", "Joseph",
         "Mary", "Thomas", "Harpreet", "Gurpreet", "Manjit", "Murugan", "Karthik", "Selvi",
         "Valli", "Pooja", "Neha", "Deepak", "Ashok", "Usha")
LAST = ("Sharma", "Verma", "Gupta", "Kumar", "Singh", "Patel", "Shah", "Reddy", "Rao", "Iyer",
        "Iyengar", "Nair", "Menon", "Pillai", "Das", "Bose", "Banerjee", "Chatterjee", "Mukherjee",
        "Joshi", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Khan", "Shaikh", "Ansari",
        "D'Souza", "Fernandes", "Gill", "Sandhu", "Murugan", "Subramanian", "Krishnan",
        "Naidu", "Yadav", "Mishra", "Tiwari", "Pandey", "Chauhan")
DEVANAGARI = ("राम शर्मा", "सीता देवी", "गीता वर्मा", "अनिल कुमार", "सुनीता सिंह", "मोहन लाल")
TAMIL = ("முருகன் செல்வம்", "லட்சுமி ராமன்", "கார்த்திக் சுப்பிரமணியன்", "வள்ளி முத்து")
VISIT_REASONS = ("Fever", "Cough and cold", "Diabetes review", "Blood pressure review",
                 "Joint pain", "Follow-up", "Stomach pain", "Vaccination", "Headache")


@dataclass(frozen=True)
class ClinicDemoSummary:
    counts: dict[str, int]
    staff: tuple[tuple[str, str, str], ...]  # (name, role, PIN)


def _stamped(rows: list[dict[str, Any]], when: str, tick: Callable[[], str]) -> None:
    for r in rows:
        r["created_at"] = r["updated_at"] = r[when]
        r["version"] = tick()
        r["deleted"] = False


def build_clinic(record: HealthRecord, *, patients: int = 10_000, seed: int = 7,
                 progress: Progress | None = None) -> ClinicDemoSummary:
    """Make ``record`` (new and empty) a clinic's: organisation, staff, ``patients``
    registered patients and a year of their visits up to the store clock's now."""
    from healthdesk.services.clinic_numbers import DIGITS, PREFIX, take_series
    from healthdesk.store.models import ClinicRecord, Encounter, Measurement, Profile, RegisterEntry
    from healthdesk.store.models.clinic import clinic_record_id

    n = int_in_range("patients", patients, 1, MAX_PATIENTS)
    report = progress or (lambda _f, _m: None)
    rng = Random(f"{seed}:clinic")
    store = record.store
    now = store.clock()
    record.clinic.set_organisation("Sunrise Community Clinic", "14 Station Road, Pune 411001",
                                   "MH/PUN/2019/0457")
    for name, role, specialty, pin in STAFF:
        if name == STAFF[0][0]:
            record.clinic.add_staff(name, role, pin, specialty=specialty)
            record.clinic.sign_in(name, pin)
        else:
            record.clinic.add_staff(name, role, pin, specialty=specialty,
                                    registration_number=f"MMC-{rng.randrange(10_000, 99_999)}")
    with store.write() as s:
        series = take_series(s, store.device_id)  # numbers as this computer hands them out
    counts: Counter[str] = Counter()
    people: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    register: list[tuple[Any, ...]] = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.03:
            name = rng.choice(DEVANAGARI)
        elif roll < 0.05:
            name = rng.choice(TAMIL)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        born = dt.date(rng.randint(1935, 2024), rng.randint(1, 12), rng.randint(1, 28))
        created = now - dt.timedelta(days=rng.uniform(366, 2000))
        pid = uuid7_like(created, rng.getrandbits(74))
        phone = f"+91 9{rng.randrange(10**8, 10**9):09d}"
        people.append({"id": pid, "profile_id": pid, "name": name, "date_of_birth": born,
                       "sex": rng.choice(("female", "male")), "blood_type": "unknown",
                       "language": "en", "registered": created})
        number = f"{PREFIX}{series}-{i + 1:0{DIGITS}d}"
        records.append({"id": clinic_record_id(pid), "profile_id": pid, "clinic_no": number,
                        "phone": phone, "numbered_by": store.device_id, "created_at": created})
        register.append((pid, number, phone, digits(phone), fold(name),
                         born.isoformat()))
    visits: list[dict[str, Any]] = []
    readings: list[dict[str, Any]] = []
    doctors = [s[0] for s in STAFF if s[1] in ("admin", "doctor")]
    for p in people:
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            start = now - dt.timedelta(days=rng.uniform(0, 365), minutes=rng.randint(0, 600))
            visits.append({"id": uuid7_like(start, rng.getrandbits(74)),
                           "profile_id": p["id"], "title": rng.choice(VISIT_REASONS),
                           "setting": "outpatient", "start_at": start,
                           "end_at": start + dt.timedelta(minutes=rng.randint(5, 25)),
                           "place": "Sunrise Community Clinic",
                           "practitioner": rng.choice(doctors)})
            sys_ = rng.gauss(128, 14)
            readings.append({"id": uuid7_like(start, rng.getrandbits(74)),
                             "profile_id": p["id"], "kind": "blood_pressure",
                             "value": round(sys_), "value2": round(sys_ * 0.64 + rng.gauss(0, 5)),
                             "unit": "mmHg", "taken_at": start, "source": "manual"})
    tick = store.hlc.tick
    for p in people:
        p["created_at"] = p["updated_at"] = p.pop("registered")
        p["version"] = tick()
        p["deleted"] = False
    _stamped(records, "created_at", tick)
    _stamped(visits, "start_at", tick)
    _stamped(readings, "taken_at", tick)
    plan = ((Profile, people), (ClinicRecord, records), (Encounter, visits),
            (Measurement, readings))
    total = sum(len(rows) for _m, rows in plan) or 1
    done = 0
    with store.write() as s:
        for model, rows in plan:
            name = model.__tablename__
            for first in range(0, len(rows), BATCH):
                chunk = rows[first:first + BATCH]
                s.execute(insert(model), chunk)
                done += len(chunk)
                report(0.99 * done / total, f"{name}: {done}")
            counts[name] += len(rows)
        s.connection().exec_driver_sql(
            f"INSERT INTO {RegisterEntry.__tablename__} (profile_id, clinic_no, phone, "
            "phone_digits, name_key, date_of_birth, profile_version, record_version, visits) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            # Whole rows with the versions they index: filled in by a second pass, every
            # row grew in place and the register's pages split (searches ~1.5x slower).
            [(*entry, p["version"], r["version"])
             for entry, p, r in zip(register, people, records, strict=True)])
    record.patients.refresh()  # anything written since (nothing, normally)
    record.clinic.sign_out()
    report(1.0, "Clinic demo ready")
    counts["staff"] = len(STAFF)
    return ClinicDemoSummary(dict(sorted(counts.items())),
                             tuple((s[0], s[1], s[3]) for s in STAFF))
