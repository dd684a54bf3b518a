"""FHIR R4 Bundles in and out, on real encrypted stores."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.detect import detect_format
from healthdesk.interop.fhir_export import export_fhir
from healthdesk.interop.fhir_import import import_fhir
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from tests.conftest import PASSPHRASE, FakeClock

DATA = Path(__file__).parent / "data"
UTC = dt.UTC


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def person(record: Any, name: str) -> str:
    found = record.profiles.find_by_name(name)
    assert found is not None, f"no profile {name}"
    return str(found.id)


def by_kind(record: Any, pid: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for r in record.readings.for_profile(pid, newest_first=False):
        out.setdefault(r.kind, []).append(r)
    return out


@pytest.fixture
def fresh(tmp_path: Path, clock: FakeClock) -> Iterator[HealthRecord]:
    rec, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE,
                                 kdf=KdfParams.FAST_FOR_TESTS, clock=clock)
    yield rec
    rec.close()


# --------------------------------------------------------------------------- import


def test_collection_bundle_imports_each_type_with_units_converted(record: Any) -> None:
    report = import_fhir(record, DATA / "fhir_collection.json")

    assert report.created == {"profiles": 1, "readings": 15, "conditions": 3, "allergies": 2,
                              "medications": 2, "appointments": 1, "immunizations": 1}
    pid = person(record, "Maria Elena Garcia")
    maria = record.profiles.get(pid)
    assert (maria.date_of_birth, maria.sex) == (dt.date(1961, 4, 17), "female")

    got = by_kind(record, pid)
    bp = got["blood_pressure"][0]
    assert bp.values == {"systolic": 138, "diastolic": 88}
    assert bp.taken_at == at(2025, 10, 2, 6, 15)  # 08:15+02:00
    assert got["pulse"][0].values == {"pulse": 72}
    glucose = [g.values["glucose"] for g in got["glucose"]]
    assert glucose == pytest.approx([6.11, 5.8, 8.05], abs=0.005)  # 110 and 145 mg/dL
    weights = [w.values["weight"] for w in got["weight"]]
    assert weights == pytest.approx([72.5, 68.04], abs=0.005)  # 150 [lb_av]
    temps = [t.values["temperature"] for t in got["temperature"]]
    assert temps == pytest.approx([37.2, 38.0], abs=0.005)  # 100.4 [degF]
    assert got["spo2"][0].values == {"spo2": 97}
    assert got["hba1c"][0].values == {"hba1c": 6.8}
    assert got["hba1c"][0].taken_at == at(2025, 9, 15, 12)  # a date alone: noon UTC
    assert got["cholesterol"][0].values["total"] == pytest.approx(5.04, abs=0.005)
    assert got["respiratory_rate"][0].values == {"respiratory_rate": 16}
    assert got["height"][0].values == {"height": 165}


def test_collection_bundle_clinical_resources(record: Any) -> None:
    import_fhir(record, DATA / "fhir_collection.json")
    pid = person(record, "Maria Elena Garcia")

    conditions = {c.name: c for c in record.conditions.for_profile(pid)}
    diabetes = conditions["Type 2 diabetes mellitus"]
    assert (diabetes.icd10, diabetes.status, diabetes.onset) == ("E11.9", "active",
                                                                 dt.date(2012, 6, 1))
    assert conditions["Essential hypertension"].icd10 is None  # SNOMED only
    bronchitis = conditions["Acute bronchitis"]
    assert (bronchitis.status, bronchitis.resolved_on) == ("resolved", dt.date(2024, 2, 20))

    penicillin, peanut = record.allergies.for_profile(pid)
    assert (penicillin.substance, penicillin.category, penicillin.severity,
            penicillin.reaction) == ("Penicillin", "medication", "life_threatening",
                                     "Anaphylaxis")
    assert (peanut.substance, peanut.category, peanut.severity,
            peanut.reaction) == ("Peanut", "food", "moderate", "Hives, Itching")

    meds = {m.name: m for m in record.medications.for_profile(pid)}
    metformin = meds["Metformin"]
    assert (metformin.strength, metformin.form, metformin.route) == ("500 mg", "tablet", "oral")
    assert metformin.schedule is not None
    assert metformin.schedule.times_of_day == ("08:00", "20:00")  # 2 a day
    assert metformin.instructions == "Take 1 tablet twice daily with meals"
    lisinopril = meds["Lisinopril"]
    assert lisinopril.schedule is not None and lisinopril.schedule.times_of_day == ("07:30",)
    assert lisinopril.prescriber == "Dr. Anil Mehta"
    assert lisinopril.start_date == dt.date(2025, 6, 1)

    (visit,) = record.appointments.upcoming(pid)
    assert (visit.title, visit.start_at, visit.duration_minutes) == (
        "Diabetes review", at(2026, 4, 14, 9, 30), 30)
    assert (visit.clinician, visit.place, visit.notes) == ("Dr. Anil Mehta", "Riverside Clinic",
                                                           "Bring glucose diary")


def test_invalid_implausible_and_unsupported_resources_are_skipped_with_reasons(
        record: Any) -> None:
    skipped = import_fhir(record, DATA / "fhir_collection.json").skipped

    assert "Observation/obs-bad: not valid FHIR (status: Value for the field 'status' is " \
           "required.); left out." in skipped
    assert "Observation/obs-spo2-bad: valueQuantity: SpO2 must be between 50 and 100%; " \
           "left out." in skipped
    assert not any(s.startswith(("Observation/obs-bmi", "Immunization/")) for s in skipped)
    assert len(skipped) == 2


def test_transaction_bundle_merges_separate_blood_pressure_observations(record: Any) -> None:
    report = import_fhir(record, DATA / "fhir_transaction.json")

    assert report.created == {"profiles": 1, "readings": 4, "medications": 2,
                              "appointments": 1}
    pid = person(record, "Rahul Verma")
    got = by_kind(record, pid)
    (bp,) = got["blood_pressure"]
    assert bp.values == {"systolic": 142, "diastolic": 92}
    assert bp.taken_at == at(2025, 12, 5, 1, 15)  # 06:45+05:30
    assert got["weight"][0].values["weight"] == pytest.approx(80.01, abs=0.005)  # 176.4 lb
    assert got["glucose"][0].taken_at == at(2025, 12, 5, 2, 30)  # effectivePeriod.start
    assert got["height"][0].values["height"] == pytest.approx(177.8)  # 70 [in_i]
    assert "Observation (entry 4): a systolic pressure with no diastolic pressure at the " \
           "same time; left out." in report.skipped
    assert "Entry 11 holds no resource." in report.skipped

    meds = {m.name: m for m in record.medications.for_profile(pid)}
    inhaler = meds["Salbutamol inhaler"]
    assert inhaler.schedule is not None
    assert (inhaler.schedule.kind, inhaler.schedule.prn_min_interval_minutes,
            inhaler.schedule.prn_max_per_day) == ("as_needed", 240, 4)
    assert (inhaler.form, inhaler.route, inhaler.dose_amount, inhaler.dose_unit) == (
        "inhaler", "inhaled", 2, "puff")
    assert inhaler.instructions is not None and "safe default" in inhaler.instructions
    statin = meds["Atorvastatin"]
    assert statin.schedule is not None and statin.schedule.times_of_day == ("22:00",)  # HS

    (visit,) = record.appointments.past(pid)
    assert (visit.status, visit.visit_type, visit.duration_minutes, visit.clinician) == (
        "completed", "video", 20, "Dr. Priya Nair")


def test_searchset_with_absolute_urls_and_ifcc_hba1c(record: Any) -> None:
    report = import_fhir(record, DATA / "fhir_searchset.json")

    assert report.created == {"profiles": 1, "readings": 4}
    pid = person(record, "Wei Chen")  # given + family
    got = by_kind(record, pid)
    assert [h.values["hba1c"] for h in got["hba1c"]] == pytest.approx([7.1, 7.09], abs=0.005)
    assert got["peak_flow"][0].values == {"peak_flow": 420}
    assert got["steps"][0].values == {"steps": 10432}
    assert report.skipped == ["OperationOutcome (entry 6): OperationOutcome resources are not "
                              "imported; left out."]


def test_importing_a_bundle_twice_creates_nothing(record: Any) -> None:
    first = import_fhir(record, DATA / "fhir_collection.json")
    second = import_fhir(record, DATA / "fhir_collection.json")

    assert second.created == {"readings": 0}
    assert second.duplicates == {key: value for key, value in first.created.items()}
    pid = person(record, "Maria Elena Garcia")
    assert len(record.profiles.all()) == 1
    assert record.readings.count(pid) == 15
    assert len(record.medications.for_profile(pid)) == 2


def test_an_existing_profile_is_reused_by_name(record: Any) -> None:
    wei = record.profiles.create(name="wei chen").id
    report = import_fhir(record, DATA / "fhir_searchset.json")
    assert report.duplicates["profiles"] == 1
    assert record.readings.count(wei) == 4


def test_profile_id_puts_everything_into_that_profile(record: Any, profile_id: str) -> None:
    report = import_fhir(record, DATA / "fhir_searchset.json", profile_id=profile_id)
    assert "profiles" not in report.created
    assert [p.name for p in record.profiles.all()] == ["Asha Rao"]
    assert record.readings.count(profile_id) == 4


def test_a_file_that_is_not_a_bundle_is_refused(record: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        import_fhir(record, DATA / "not_bundle.json")
    assert str(err.value).startswith("not_bundle.json is not a FHIR Bundle (it is a single "
                                      "FHIR Patient resource)")
    garbage = tmp_path / "broken.json"
    garbage.write_text('{"resourceType": "Bundle", ')
    with pytest.raises(ValidationError, match=r"broken\.json .*not valid JSON"):
        import_fhir(record, garbage)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"resourceType": "Bundle", "type": 7}))
    with pytest.raises(ValidationError, match=r"wrong\.json is not a valid FHIR Bundle: type"):
        import_fhir(record, wrong)
    assert record.profiles.all() == []


def test_a_bundle_without_a_patient_needs_a_profile(record: Any, profile_id: str,
                                                    tmp_path: Path) -> None:
    document = json.loads((DATA / "fhir_searchset.json").read_text())
    document["entry"] = [e for e in document["entry"]
                         if e["resource"]["resourceType"] != "Patient"]
    path = tmp_path / "no_patient.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ValidationError, match=r"has no Patient resource.*--profile NAME"):
        import_fhir(record, path)
    assert import_fhir(record, path, profile_id=profile_id).created == {"readings": 4}


# --------------------------------------------------------------------------- export


def fill(record: Any) -> str:
    import_fhir(record, DATA / "fhir_collection.json")
    pid = person(record, "Maria Elena Garcia")
    record.readings.record(pid, "glucose", {"glucose": 162}, unit="mg/dL", context="after_meal",
                           taken_at="2026-01-05T13:00Z", note="birthday cake")
    record.readings.record(pid, "blood_pressure", {"systolic": 131, "diastolic": 85,
                                                   "pulse": 69}, taken_at="2026-01-06T07:00Z")
    record.readings.record(pid, "steps", {"steps": 9120}, taken_at="2026-01-06T22:00Z")
    record.readings.record(pid, "sleep", {"sleep": 6.5}, taken_at="2026-01-07T06:30Z")
    record.allergies.add(pid, "Latex", category="environment", severity="severe",
                         reaction="Rash")
    record.medications.add(pid, "Ibuprofen", strength="200 mg", instructions="With food",
                           schedule=ScheduleInput(kind="as_needed", prn_min_interval_minutes=360,
                                                  prn_max_per_day=3))
    record.medications.add(pid, "Vitamin D", form="capsule", dose_unit="capsule",
                           schedule=ScheduleInput(times_of_day=["09:00"], weekdays=[0, 3]))
    stopped = record.medications.add(pid, "Amoxicillin", strength="500 mg")
    record.medications.set_active(stopped.id, False)
    old = record.appointments.add(pid, "Eye test", "2025-11-20T10:00:00Z", visit_type="lab",
                                  place="Vision Centre", duration_minutes=45)
    record.appointments.update(old.id, status="missed")
    called_off = record.appointments.add(pid, "Dentist", "2026-05-02T08:00:00Z",
                                         clinician="Dr. Okafor", visit_type="in_person")
    record.appointments.cancel(called_off.id)
    return pid


def test_export_validates_and_round_trips_into_an_empty_record(record: Any, fresh: Any,
                                                               tmp_path: Path) -> None:
    pid = fill(record)
    dest = tmp_path / "out" / "bundle.json"

    steps: list[tuple[float, str]] = []
    data = export_fhir(record, dest, progress=lambda f, what: steps.append((f, what)))

    assert dest.read_bytes() == data
    assert os.stat(dest).st_mode & 0o777 == 0o600
    bundle = Bundle.model_validate_json(data)  # the whole bundle, every resource
    assert bundle.type == "collection"
    types = [e.resource.get_resource_type() for e in bundle.entry]
    assert types.count("Patient") == 1
    assert types.count("Observation") == record.readings.count(pid) == 19
    assert types.count("MedicationStatement") == 5
    panel = next(e.resource for e in bundle.entry if e.resource.get_resource_type()
                 == "Observation" and e.resource.code.coding[0].code == "85354-9")
    assert [c.code.coding[0].code for c in panel.component] == ["8480-6", "8462-4"]
    assert panel.component[0].valueQuantity.code == "mm[Hg]"
    assert detect_format(dest) == "fhir"

    report = import_fhir(fresh, dest, progress=lambda f, what: steps.append((f, what)))

    assert report.skipped == []
    assert steps == [(1.0, "Exported"), (0.9, "Saving readings"), (1.0, "Imported")]
    copy = person(fresh, "Maria Elena Garcia")

    def readings(rec: Any, p: str) -> list[tuple[Any, ...]]:
        return [(r.kind, r.taken_at, r.values, r.context, r.note)
                for r in rec.readings.for_profile(p, newest_first=False)]

    assert readings(fresh, copy) == readings(record, pid)
    assert [(c.name, c.icd10, c.status, c.onset, c.resolved_on)
            for c in fresh.conditions.for_profile(copy)] == [
        (c.name, c.icd10, c.status, c.onset, c.resolved_on)
        for c in record.conditions.for_profile(pid)]
    assert [(a.substance, a.category, a.severity, a.reaction, a.noted_on)
            for a in fresh.allergies.for_profile(copy)] == [
        (a.substance, a.category, a.severity, a.reaction, a.noted_on)
        for a in record.allergies.for_profile(pid)]

    def meds(rec: Any, p: str) -> list[tuple[Any, ...]]:
        return [(m.name, m.strength, m.form, m.dose_amount, m.dose_unit, m.route, m.active,
                 m.prescriber, m.schedule.summary if m.schedule else None)
                for m in rec.medications.for_profile(p, active_only=False)]

    assert meds(fresh, copy) == meds(record, pid)

    def visits(rec: Any, p: str) -> list[tuple[Any, ...]]:
        return [(a.title, a.start_at, a.duration_minutes, a.visit_type, a.status, a.clinician,
                 a.place) for a in rec.appointments.in_month(p, 2025, 11)
                + rec.appointments.in_month(p, 2026, 4) + rec.appointments.in_month(p, 2026, 5)]

    assert visits(fresh, copy) == visits(record, pid)
    assert [v[4] for v in visits(fresh, copy)] == ["missed", "scheduled", "cancelled"]
    again = import_fhir(fresh, dest)  # nothing twice, the cancelled visit included
    assert again.created == {"readings": 0}
    assert again.duplicates["appointments"] == 3


def test_export_of_chosen_profiles_only(record: Any, profile_id: str) -> None:
    import_fhir(record, DATA / "fhir_searchset.json")
    bundle = json.loads(export_fhir(record, None, profile_ids=[profile_id]))
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    assert bundle["entry"][0]["resource"]["name"][0]["text"] == "Asha Rao"
    with pytest.raises(ValidationError, match="No profile with id nope"):
        export_fhir(record, None, profile_ids=["nope"])
