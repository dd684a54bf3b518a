"""Import a FHIR R4 Bundle (collection, transaction, searchset...) into the record.

Each resource is read by fhir_read.py, which checks only the elements HealthDesk reads
(their FHIR datatype rules), and then goes through the services, so it meets the same
rules as typed-in data. A resource that fails validation or a HealthDesk rule is
skipped with a reason naming it and the field; the rest is imported. A file that is not a
FHIR Bundle at all is refused as a whole.

Importing a bundle twice creates nothing new: profiles are matched by name, readings by
kind, time and values, conditions by name or ICD-10 code, allergies by substance,
medicines by name, appointments by title and start. Readings go in one transaction per
profile (via ``insert_readings``, as the CSV import does); the other resources one each.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import icd10
from healthdesk.store.models import Appointment
from healthdesk.store.models.medications import FORMS, ROUTES

from . import fhir_codes as fc
from . import fhir_import_history as history
from .csv_readings import PendingReading, insert_readings, pending
from .fhir_codes import codes, day, human_name, moment, notes, ref_key, text_of
from .fhir_condition_order import latest_conditions_first
from .fhir_import_report import FhirImportReport, ResourceTally, Skip, all_refused
from .fhir_read import Invalid, read_bundle, read_resource

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

Progress = Callable[[float, str], None]
HANDLED = ("Patient", "Observation", "Condition", "AllergyIntolerance", "MedicationStatement",
           "MedicationRequest", "Appointment", "Immunization", "Encounter",
           "MedicationAdministration", "DocumentReference")
SUPPORTING = ("Medication", "Practitioner", "Location", "Organization", "PractitionerRole",
              "DiagnosticReport")
_FHIR_FIELD = {"onset": "onsetDateTime", "resolved_on": "abatementDateTime", "icd10": "code",
               "name": "code", "substance": "code", "noted_on": "recordedDate",
               "start_at": "start", "date_of_birth": "birthDate", "title": "description",
               "vaccine": "vaccineCode", "given_on": "occurrenceDateTime",
               "dose_number": "protocolApplied.doseNumberPositiveInt", "lot": "lotNumber",
               "cvx": "vaccineCode", "snomed": "vaccineCode", "performer": "performer",
               "next_due_on": "extension"}


class _Import:
    def __init__(self, record: HealthRecord, name: str, profile_id: str | None,
                 progress: Progress | None) -> None:
        self.record, self.name, self.fixed = record, name, profile_id
        self.progress = progress or (lambda _fraction, _what: None)
        self.now = record.now()
        self.created: Counter[str] = Counter()
        self.duplicates: Counter[str] = Counter()
        self.skipped: list[str] = []
        self.tally: defaultdict[str, ResourceTally] = defaultdict(ResourceTally)
        self.kind = ""  # the FHIR type of the resource being imported
        self.index: dict[str, Any] = {}
        self.patients: dict[str, str | None] = {}
        self.readings: dict[str, list[PendingReading]] = defaultdict(list)
        self.halves: dict[tuple[str, dt.datetime], list[tuple[str, str, float, str]]] = \
            defaultdict(list)
        # What the de-duplication has seen, per (profile, what): sets of keys, or a name -> id
        # map for the medicines a dose history needs.
        self.existing: dict[tuple[str, str], Any] = {}
        self.label = ""  # the resource being imported, for messages
        # An Observation with no date of its own takes the date of the DiagnosticReport
        # whose result lists it (lab results often arrive that way).
        self.report_dates: dict[int, dt.datetime] = {}

    # -- plumbing ------------------------------------------------------------------------

    def validate(self, document: dict[str, Any]) -> list[tuple[str, str, Any]]:
        valid: list[tuple[str, str, Any]] = []
        entries = document.get("entry") or []
        for i, entry in enumerate(entries, start=1):
            if i % 250 == 0:
                self.progress(0.7 * i / len(entries), "Checking FHIR resources")
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                self.skipped.append(f"Entry {i} holds no resource.")
                self.tally["(no resource)"].skipped += 1
                continue
            kind, rid = resource.get("resourceType"), resource.get("id")
            label = f"{kind}/{rid}" if rid else f"{kind} (entry {i})"
            if kind not in HANDLED and kind not in SUPPORTING:
                self.skipped.append(f"{label}: {kind} resources are not imported; left out.")
                self.tally[str(kind)].skipped += 1
                continue
            try:
                model = read_resource(resource)
            except Invalid as exc:
                self.skipped.append(f"{label}: not valid FHIR ({exc.where}: {exc.what}); "
                                    "left out.")
                self.tally[str(kind)].skipped += 1
                continue
            if kind in SUPPORTING:
                self.tally[str(kind)].referenced += 1
            for key in (entry.get("fullUrl"), f"{kind}/{rid}" if rid else None):
                if key:
                    self.index[key] = model
                    self.index.setdefault(ref_key(key) or key, model)
            if kind in HANDLED:
                valid.append((kind, label, model))
        return valid

    def date_results(self) -> None:
        for model in {id(m): m for m in self.index.values()}.values():
            if model.get_resource_type() != "DiagnosticReport":
                continue
            when = (moment(model.effectiveDateTime)
                    or moment(getattr(model.effectivePeriod, "start", None))
                    or moment(model.issued))
            if when is None:
                continue
            for result in model.result or []:
                target = self.resolve(result.reference)
                if target is not None:
                    self.report_dates.setdefault(id(target), when)

    def resolve(self, reference: str | None) -> Any:
        if not reference:
            return None
        return self.index.get(reference) or self.index.get(ref_key(reference) or "")

    def profile_for(self, ref: str | None) -> str:
        """The profile a resource belongs to, from its subject or patient reference."""
        if self.fixed is not None:
            return self.fixed
        if ref:
            for key in (ref, ref_key(ref)):
                if key in self.patients:
                    if self.patients[key] is None:
                        raise Skip(f"its patient {ref} was not imported")
                    return str(self.patients[key])
            raise Skip(f"its subject {ref} is not a Patient in this bundle")
        live = {p for p in self.patients.values() if p}
        if len(live) == 1:
            return live.pop()
        raise Skip("it names no patient")

    def seen(self, pid: str, what: str, *keys: Any) -> bool:
        """True (and counted as a duplicate) when the record already has a row with any of
        these keys; otherwise the keys are remembered for the rest of this import."""
        if (pid, what) not in self.existing:
            self.existing[(pid, what)] = set(self._load(pid, what))
        cache = self.existing[(pid, what)]
        if any(k in cache for k in keys if k):
            self.duplicates[what] += 1
            return True
        cache.update(k for k in keys if k)
        return False

    def _load(self, pid: str, what: str) -> list[Any]:
        r = self.record
        if what == "conditions":
            return [k for c in r.conditions.for_profile(pid)
                    for k in (c.name.casefold(), c.icd10) if k]
        if what == "allergies":
            return [a.substance.casefold() for a in r.allergies.for_profile(pid)]
        if what == "immunizations":
            return [(i.cvx or i.snomed or i.vaccine.casefold(), i.given_on)
                    for i in r.immunizations.for_profile(pid)]
        if what == "encounters":
            return [(e.title.casefold(), e.start_at) for e in r.encounters.for_profile(pid)]
        if what == "medications":
            return [m.name.casefold() for m in r.medications.for_profile(pid, active_only=False)]
        with r.store.read() as session:  # every status: a cancelled visit is still there
            rows = session.execute(select(Appointment.title, Appointment.start_at).where(
                Appointment.profile_id == pid, Appointment.deleted.is_(False))).all()
        return [(title.casefold(), start) for title, start in rows]

    # -- resources -----------------------------------------------------------------------

    def patient(self, p: Any, keys: list[str]) -> None:
        pid = None
        try:
            pid = self._patient(p)
        finally:
            for key in keys:
                self.patients[key] = pid

    def _patient(self, p: Any) -> str:
        name = human_name(p.name)
        if not name:
            raise Skip("name: it has no name")
        found = self.record.profiles.find_by_name(name)
        if found is not None:
            self.duplicates["profiles"] += 1
            return found.id
        view = self.record.profiles.create(
            name=name, date_of_birth=day(p.birthDate),
            sex=fc.GENDER_TO_SEX.get(p.gender or "unknown", "unknown"))
        self.created["profiles"] += 1
        return view.id

    def observation(self, o: Any) -> None:
        if o.status in ("entered-in-error", "cancelled"):
            raise Skip(f"its status is {o.status}")
        pid = self.profile_for(getattr(o.subject, "reference", None))
        when = (moment(o.effectiveDateTime) or moment(getattr(o.effectivePeriod, "start", None))
                or moment(o.effectiveInstant) or moment(o.issued)
                or self.report_dates.get(id(o)))
        if when is None:
            raise Skip("effectiveDateTime: it has no full date of measurement")
        loinc = codes(o.code, fc.LOINC)
        note = notes(o)
        context = next((x.valueCode for x in o.extension or []
                        if x.url == fc.CONTEXT_EXTENSION), None)
        parts = [c for comp in o.component or [] for c in codes(comp.code, fc.LOINC)]
        if set(loinc) & fc.BP_PANELS or {fc.SYSTOLIC, fc.DIASTOLIC} & set(parts):
            values, paths = {}, {}
            for i, comp in enumerate(o.component or []):
                part = next((fc.BP_PARTS[c] for c in codes(comp.code, fc.LOINC)
                             if c in fc.BP_PARTS), None)
                if part is not None:
                    paths[part] = f"component[{i}].valueQuantity"
                    kind = "pulse" if part == "pulse" else "blood_pressure"
                    values[part] = fc.reading_value(comp.valueQuantity, kind, paths[part])[0]
            self.add(pid, "blood_pressure", values, u.MMHG, when, note=note, paths=paths,
                     codes=history.arrived_codes(o.code))
            return
        half = next((fc.BP_PARTS[c] for c in loinc if c in (fc.SYSTOLIC, fc.DIASTOLIC)), None)
        if half is not None:
            value, unit = fc.reading_value(o.valueQuantity, "blood_pressure", "valueQuantity")
            self.halves[(pid, when)].append((self.label, half, value, unit))
            return
        known = next((fc.BY_LOINC[c] for c in loinc if c in fc.BY_LOINC), None)
        if known is None:
            code = f"LOINC {loinc[0]}" if loinc else "its code"
            raise Skip(f"code: {code} ({text_of(o.code) or 'no name'}) is not a kind of "
                       "reading HealthDesk keeps")
        value, unit = fc.reading_value(o.valueQuantity, known.kind, "valueQuantity")
        self.add(pid, known.kind, {known.kind: value}, unit, when,
                 context=context or known.context, note=note, codes=history.arrived_codes(o.code))

    def add(self, pid: str, kind: str, values: dict[str, Any], unit: str, when: dt.datetime,
            *, context: str | None = None, note: str | None = None,
            paths: dict[str, str] | None = None, codes: Any = None) -> None:
        """Validate a reading into ``self.readings``; a refusal names the FHIR field."""
        if kind == "blood_pressure":
            for part in ("systolic", "diastolic"):
                if part not in values:
                    raise Skip(f"component: the {part} pressure is missing")
        try:
            self.readings[pid].append(replace(pending(kind, values, unit, when, self.now,
                                                      context=context, note=note), codes=codes))
        except ValidationError as err:
            where = {"taken_at": "effectiveDateTime", "context": "extension", "note": "note",
                     **(paths or {})}.get(err.field, "valueQuantity")
            raise Skip(f"{where}: {err.message.rstrip('.')}") from None

    def merge_halves(self) -> None:
        for (pid, when), parts in self.halves.items():
            values = {part: value for _label, part, value, _unit in parts}
            labels = " + ".join(label for label, *_ in parts)
            self.label = labels
            try:
                if len(values) < 2:
                    other = "diastolic" if "systolic" in values else "systolic"
                    raise Skip(f"a {next(iter(values))} pressure with no {other} pressure "
                               "at the same time")
                self.add(pid, "blood_pressure", values, u.MMHG, when)
            except Skip as why:
                self.skipped.append(f"{labels}: {why}; left out.")
                self.tally["Observation"].skipped += len(parts)

    def condition(self, c: Any) -> None:
        verification = codes(c.verificationStatus)
        if {"entered-in-error", "refuted"} & set(verification):
            raise Skip(f"its verification status is {verification[0]}")
        pid = self.profile_for(getattr(c.subject, "reference", None))
        code = next((x.code for x in (c.code.coding if c.code else None) or []
                     if x.system in fc.ICD10_SYSTEMS and x.code), None)
        name = text_of(c.code) or code
        if not name:
            raise Skip("code: it has no name or code")
        try:
            code = icd10("icd10", code)
        except ValidationError:
            self.skipped.append(f"{self.label}: code: '{code}' is not an ICD-10 code; imported "
                                "without it.")
            code = None
        if self.seen(pid, "conditions", name.casefold(), code):
            return
        status = next((fc.CONDITION_STATUS[x] for x in codes(c.clinicalStatus)
                       if x in fc.CONDITION_STATUS), "active")
        view = self.record.conditions.add(
            pid, name[:200], icd10=code, status=status,
            onset=day(c.onsetDateTime) or day(getattr(c.onsetPeriod, "start", None)),
            resolved_on=day(c.abatementDateTime) or day(getattr(c.abatementPeriod, "end", None)),
            notes=notes(c))
        history.keep_codes(self, "conditions", view.id, c.code)
        self.created["conditions"] += 1

    def allergy(self, a: Any) -> None:
        if {"entered-in-error", "refuted"} & set(codes(a.verificationStatus)):
            raise Skip("its verification status is refuted or entered-in-error")
        if {"inactive", "resolved"} & set(codes(a.clinicalStatus)):
            raise Skip("it is no longer active")
        words = (text_of(a.code) or "").casefold()
        if set(codes(a.code, fc.SNOMED)) & fc.NO_KNOWN_ALLERGY or (
                words.startswith(fc.NO_KNOWN_WORDS) and not codes(a.code, fc.RXNORM)):
            raise Skip("code: it records that no allergy is known, which is not an allergy")
        pid = self.profile_for(getattr(a.patient, "reference", None))
        reactions = a.reaction or []
        substance = text_of(a.code) or next((text_of(r.substance) for r in reactions
                                             if text_of(r.substance)), None)
        if not substance:
            raise Skip("code: it names no substance")
        if self.seen(pid, "allergies", substance.casefold()):
            return
        shown = [t for r in reactions for m in r.manifestation or [] if (t := text_of(m))]
        severity = fc.allergy_severity(a, shown)
        category = next((x for x in a.category or [] if x in fc.ALLERGY_CATEGORIES), "other")
        view = self.record.allergies.add(pid, substance[:200], category=category,
                                         reaction=", ".join(dict.fromkeys(shown))[:500] or None,
                                         severity=severity,
                                         noted_on=day(a.recordedDate) or day(a.onsetDateTime),
                                         notes=notes(a))
        history.keep_codes(self, "allergies", view.id, a.code)
        self.created["allergies"] += 1

    def medication(self, m: Any) -> None:
        if m.status in ("entered-in-error", "not-taken", "cancelled"):
            raise Skip(f"its status is {m.status}")
        if getattr(m, "doNotPerform", None):
            raise Skip("doNotPerform: it says this medicine is not to be given, so it is "
                       "not a medicine the person takes")
        pid = self.profile_for(getattr(m.subject, "reference", None))
        concept = m.medicationCodeableConcept
        if concept is None and m.medicationReference is not None:
            ref = m.medicationReference
            target = next((c for c in m.contained or [] if f"#{c.id}" == ref.reference), None) \
                or self.resolve(ref.reference)
            concept = getattr(target, "code", None)
            label = text_of(concept) or (ref.display or "").strip()
        else:
            label = text_of(concept) or ""
        if not label:
            raise Skip("medication: it names no medicine")
        name, strength = fc.split_strength(label)
        if self.seen(pid, "medications", name.casefold()):
            return
        dosages = (m.dosage if m.get_resource_type() == "MedicationStatement"
                   else m.dosageInstruction) or []
        plan = fc.plan(dosages[0] if dosages else None)
        source = (m.informationSource if m.get_resource_type() == "MedicationStatement"
                  else m.requester)
        period = getattr(m, "effectivePeriod", None)
        start = day(getattr(period, "start", None)) or day(getattr(m, "effectiveDateTime", None)) \
            or day(getattr(m, "authoredOn", None))
        end = day(getattr(period, "end", None))
        fields: dict[str, Any] = dict(
            strength=strength, form=plan.form if plan.form in FORMS else "other",
            dose_amount=plan.amount, dose_unit=plan.unit,
            route=plan.route if plan.route in ROUTES else "other",
            prescriber=(getattr(source, "display", None) or None),
            instructions=plan.instructions, start_date=start,
            end_date=end if end and (start is None or end >= start) else None,
            notes=notes(m))
        try:
            view = self.record.medications.add(pid, name, schedule=plan.schedule, **fields)
        except ValidationError as err:
            if plan.schedule is None or err.field in fields or err.field == "name":
                raise
            view = self.record.medications.add(pid, name, **fields)
            self.skipped.append(f"{self.label}: dosage.timing: {err.message} The medicine was "
                                "imported without a schedule.")
        if m.status in ("completed", "stopped"):
            self.record.medications.set_active(view.id, False)
        history.keep_codes(self, "medications", view.id, concept)
        self.created["medications"] += 1

    def appointment(self, a: Any) -> None:
        status = fc.APPOINTMENT_STATUS.get(a.status, "scheduled")
        if status is None:
            raise Skip(f"its status is {a.status}")
        start = moment(a.start)
        if start is None:
            raise Skip("start: it has no start time")
        people = [(getattr(p.actor, "reference", None) or "", p) for p in a.participant or []]
        patient = next((ref for ref, _p in people
                        if ref in self.patients or ref_key(ref) in self.patients), None)
        pid = self.profile_for(patient)
        kinds_text = " ".join(filter(None, [text_of(a.appointmentType),
                                            *(text_of(s) for s in a.serviceType or [])]))
        title = (a.description or kinds_text or text_of((a.reasonCode or [None])[0])
                 or "Appointment").strip()[:200]
        if self.seen(pid, "appointments", (title.casefold(), start)):
            return
        end = moment(a.end)
        minutes = a.minutesDuration or (int((end - start).total_seconds() // 60) if end else 30)
        clinician = place = None
        for ref, p in people:
            target = self.resolve(ref)
            kind = (target.get_resource_type() if target is not None
                    else (ref_key(ref) or "").split("/")[0])
            roles = {c for t in p.type or [] for c in codes(t)}
            who = getattr(p.actor, "display", None) or fc.name_of(target)
            if kind == "Location" or "LOC" in roles:
                place = place or who
            elif kind != "Patient" and ref != patient:
                clinician = clinician or who
        visit = next((v for word, v in fc.VISIT_WORDS if word in kinds_text.casefold()),
                     "in_person")
        view = self.record.appointments.add(
            pid, title, start, duration_minutes=minutes if 1 <= minutes <= 1440 else 30,
            clinician=clinician, place=place, visit_type=visit, notes=a.comment)
        if status != "scheduled":
            self.record.appointments.update(view.id, status=status)
        self.created["appointments"] += 1

    def immunization(self, im: Any) -> None:
        status = {"completed": "completed", "not-done": "not_done"}.get(im.status)
        if status is None:
            raise Skip(f"its status is {im.status}")
        pid = self.profile_for(getattr(im.patient, "reference", None))
        cvx = next(iter(codes(im.vaccineCode, fc.CVX)), None)
        snomed = next(iter(codes(im.vaccineCode, fc.SNOMED)), None)
        vaccine = text_of(im.vaccineCode) or (f"CVX {cvx}" if cvx else None)
        if not vaccine:
            raise Skip("vaccineCode: it names no vaccine")
        given = day(im.occurrenceDateTime)
        if given is None:
            raise Skip("occurrenceDateTime: it has no full date the vaccine was given")
        if self.seen(pid, "immunizations", (cvx or snomed or vaccine.casefold(), given)):
            return
        applied = (im.protocolApplied or [None])[0]
        dose = getattr(applied, "doseNumberPositiveInt", None)
        performer = next((p.actor.display or fc.name_of(self.resolve(p.actor.reference))
                          for p in im.performer or [] if p.actor is not None), None)
        due = next((x.valueDate for x in im.extension or []
                    if x.url == fc.NEXT_DOSE_EXTENSION), None)
        self.record.immunizations.add(
            pid, vaccine[:200], given, cvx=cvx, snomed=snomed,
            dose_number=dose if dose is not None and 1 <= dose <= 20 else None,
            lot=(im.lotNumber or "").strip()[:40] or None,
            site=(text_of(im.site) or "")[:100] or None,
            performer=(performer or "")[:200] or None, status=status,
            next_due_on=due if due is None or due >= given else None, notes=notes(im))
        self.created["immunizations"] += 1

    def encounter(self, e: Any) -> None:
        if e.status in ("planned", "arrived", "triaged", "in-progress", "onleave"):
            raise Skip(f"its status is {e.status}: not a past visit yet")
        if e.status in ("cancelled", "entered-in-error", "unknown"):
            raise Skip(f"its status is {e.status}")
        pid = self.profile_for(getattr(e.subject, "reference", None))
        start = moment(getattr(e.period, "start", None))
        if start is None:
            raise Skip("period.start: it has no start time")
        end = moment(getattr(e.period, "end", None))
        kinds = e.type or []
        klass = e.class_fhir
        title = next((t for k in kinds if (t := text_of(k))), None) \
            or getattr(klass, "display", None) or "Visit"
        if self.seen(pid, "encounters", (title[:200].casefold(), start)):
            return
        snomed = next((c for k in kinds for c in codes(k, fc.SNOMED)), None)
        setting = fc.ENCOUNTER_CLASS.get(getattr(klass, "code", None) or "", "other") \
            if klass is not None else "outpatient"
        practitioner = next((p.individual.display or fc.name_of(self.resolve(
            p.individual.reference)) for p in e.participant or [] if p.individual), None)
        place = next((x.location.display or fc.name_of(self.resolve(x.location.reference))
                      for x in e.location or [] if x.location), None)
        if place is None and e.serviceProvider is not None:
            place = e.serviceProvider.display or fc.name_of(
                self.resolve(e.serviceProvider.reference))
        reason = ", ".join(t for r in e.reasonCode or [] if (t := text_of(r))) or None
        self.record.encounters.add(
            pid, title[:200], start, end_at=end if end and end >= start else None,
            setting=setting, snomed=snomed if snomed and snomed.isdigit() else None,
            place=(place or "")[:200] or None, practitioner=(practitioner or "")[:200] or None,
            reason=(reason or "")[:500] or None)
        self.created["encounters"] += 1

    # -- driver --------------------------------------------------------------------------

    def run(self, document: dict[str, Any]) -> FhirImportReport:
        valid = self.validate(document)
        patients = [(label, m) for kind, label, m in valid if kind == "Patient"]
        if self.fixed is None and not patients:
            raise ValidationError("profile", _("{name} has no Patient resource, so it does not "
                                               "say whose record it is; choose the profile to "
                                               "import into (--profile NAME).").format(
                                                 name=self.name))
        if self.fixed is not None:
            self.record.profiles.get(self.fixed)
        # One transaction for the whole bundle: a failure or a cancel (raised from the
        # progress callback) leaves the record as it was, and one fsync instead of one
        # per resource makes big bundles fast. Each service call inside is a savepoint,
        # so a resource that cannot be imported is left out without undoing the rest.
        with self.record.store.write():
            return self._save(valid, patients)

    def _save(self, valid: list[tuple[str, str, Any]],
              patients: list[tuple[str, Any]]) -> FhirImportReport:
        handlers = {"Observation": self.observation, "Condition": self.condition,
                    "AllergyIntolerance": self.allergy, "MedicationStatement": self.medication,
                    "MedicationRequest": self.medication, "Appointment": self.appointment,
                    "Immunization": self.immunization, "Encounter": self.encounter,
                    "MedicationAdministration": partial(history.administration, self),
                    "DocumentReference": partial(history.document_reference, self)}
        for label, model in patients:
            keys = [k for k, v in self.index.items() if v is model]
            self.label, self.kind = label, "Patient"
            self.guard(lambda m=model, k=keys: self.patient(m, k) if self.fixed is None else None)
        self.date_results()
        for i, (kind, label, model) in enumerate(latest_conditions_first(valid), start=1):
            if kind != "Patient":
                self.label, self.kind = label, kind
                self.guard(lambda m=model, h=handlers[kind]: h(m))
            if i % 250 == 0:
                self.progress(0.7 + 0.2 * i / len(valid), "Importing")
        self.merge_halves()
        self.progress(0.9, "Saving readings")
        self.save_readings(list(self.readings))
        self.progress(1.0, "Imported")
        return FhirImportReport(dict(self.created), self.skipped, dict(self.duplicates),
                                dict(self.tally))

    def save_readings(self, pids: list[str]) -> None:
        """Store the readings waiting for these profiles (one transaction each)."""
        for pid in pids:
            inserted, dups = insert_readings(self.record.store, pid, self.readings.pop(pid))
            self.created["readings"] += inserted
            self.duplicates["readings"] += dups
            self.tally["Observation"].imported += inserted
            self.tally["Observation"].already_there += dups

    def guard(self, action: Any) -> None:
        made, had = sum(self.created.values()), sum(self.duplicates.values())
        tally = self.tally[self.kind]
        try:
            action()
        except Skip as why:
            self.skipped.append(f"{self.label}: {why}; left out.")
            tally.skipped += 1
        except ValidationError as err:
            where = _FHIR_FIELD.get(err.field, err.field)
            self.skipped.append(f"{self.label}: {where}: {err.message.rstrip('.')}; left out.")
            tally.skipped += 1
        else:
            if sum(self.duplicates.values()) > had:
                tally.already_there += 1
            elif sum(self.created.values()) > made:
                tally.imported += 1


def import_fhir(record: HealthRecord, path: Path, *, profile_id: str | None = None,
                progress: Progress | None = None) -> FhirImportReport:
    """Import a FHIR R4 Bundle. Resources that cannot be imported are listed in
    ``skipped`` with the reason; everything else is imported.

    All or nothing: it is one transaction, so an error or a cancel raised from
    ``progress`` leaves the record unchanged.
    ``profile_id`` puts every resource into that profile (Patients are then not imported).
    ``progress(fraction, what)`` is called now and then (a big bundle takes a while, ~0.15
    ms a resource; run it off the GUI thread).
    Raises ValidationError when the file is not a FHIR Bundle, when it has no Patient
    and no ``profile_id`` is given, or when every resource in it was refused (the
    message gives the first reasons); NotFoundError for an unknown ``profile_id``.
    """
    name, document = read_bundle(path)
    report = _Import(record, name, profile_id, progress).run(document)
    if (report.skipped and not any(report.created.values())
            and not any(report.duplicates.values())):
        raise ValidationError("file", all_refused(name, report.skipped))
    return report

