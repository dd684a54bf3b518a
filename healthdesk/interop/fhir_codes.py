"""Code systems FHIR speaks and what they mean in HealthDesk: LOINC, UCUM, SNOMED CT, ICD-10.

Kept apart from the import and export so both directions agree on one table: the export
writes the first code listed for a kind, the import recognises every code listed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from healthdesk.domain import measurements as kinds
from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.medications import ScheduleInput
from healthdesk.store.models.clinical import ALLERGY_SEVERITIES

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
# CDC vaccine codes (CVX), as FHIR names the system.
CVX = "http://hl7.org/fhir/sid/cvx"
ICD10_SYSTEMS = frozenset({
    "http://hl7.org/fhir/sid/icd-10",
    "http://hl7.org/fhir/sid/icd-10-cm",
    "urn:oid:2.16.840.1.113883.6.3",  # ICD-10 (WHO)
    "urn:oid:2.16.840.1.113883.6.90",  # ICD-10-CM
})
ICD10 = "http://hl7.org/fhir/sid/icd-10"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
# SNOMED CT situations that record the absence of an allergy ("no known ..."); an
# AllergyIntolerance coded with one is a statement that there is none, not an allergy.
NO_KNOWN_ALLERGY = frozenset({
    "716186003",  # No known allergy
    "409137002",  # No known drug allergy
    "429625007",  # No known food allergy
    "428607008",  # No known environmental allergy
    "428197003",  # No known insect allergy
    "1003774007",  # No known Hevea brasiliensis latex allergy
    "1003775008",  # No known animal allergy
})
NO_KNOWN_WORDS = ("no known allerg", "nka", "nkda", "no known drug allerg",
                  "no known food allerg", "no allergies")
# Encounter.class (v3 ActCode) <-> HealthDesk's setting of a past visit.
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ENCOUNTER_CLASS = {"AMB": "outpatient", "EMER": "emergency", "IMP": "inpatient",
                   "ACUTE": "inpatient", "NONAC": "inpatient", "OBSENC": "inpatient",
                   "SS": "outpatient", "VR": "virtual", "HH": "home", "FLD": "other"}
SETTING_CLASS = {"outpatient": ("AMB", "ambulatory"), "emergency": ("EMER", "emergency"),
                 "inpatient": ("IMP", "inpatient encounter"), "virtual": ("VR", "virtual"),
                 "home": ("HH", "home health"), "other": ("FLD", "field")}
# When the next dose of a vaccine series is due (FHIR puts that in a separate
# ImmunizationRecommendation, which other systems rarely send with the dose).
NEXT_DOSE_EXTENSION = "https://healthdesk.app/fhir/StructureDefinition/next-dose-due"
# Where a reading's glucose context travels (there is no LOINC code for "after a meal").
CONTEXT_EXTENSION = "https://healthdesk.app/fhir/StructureDefinition/reading-context"
# An allergy's HealthDesk severity, exactly (criticality and reaction severity are coarser).
SEVERITY_EXTENSION = "https://healthdesk.app/fhir/StructureDefinition/allergy-severity"

BP_PANEL = "85354-9"
BP_PANELS = frozenset({BP_PANEL, "55284-4", "35094-2"})
SYSTOLIC = "8480-6"
DIASTOLIC = "8462-4"
HEART_RATE = "8867-4"
BP_PARTS = {SYSTOLIC: "systolic", DIASTOLIC: "diastolic", HEART_RATE: "pulse"}


@dataclass(frozen=True)
class LoincKind:
    """A LOINC code for one kind of reading; ``context`` is implied by the code."""

    code: str
    display: str
    kind: str
    category: str = "vital-signs"
    context: str | None = None


# The first entry of each kind is what the export writes (in the canonical unit).
LOINC_KINDS: tuple[LoincKind, ...] = (
    LoincKind(HEART_RATE, "Heart rate", "pulse"),
    LoincKind("15074-8", "Glucose [Moles/volume] in Blood", "glucose", "laboratory"),
    LoincKind("2339-0", "Glucose [Mass/volume] in Blood", "glucose", "laboratory"),
    LoincKind("41653-7", "Glucose [Mass/volume] in Capillary blood by Glucometer", "glucose",
              "laboratory"),
    LoincKind("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "glucose", "laboratory"),
    LoincKind("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "glucose", "laboratory"),
    LoincKind("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "glucose",
              "laboratory", "fasting"),
    LoincKind("14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma", "glucose",
              "laboratory", "fasting"),
    LoincKind("29463-7", "Body weight", "weight"),
    LoincKind("3141-9", "Body weight Measured", "weight"),
    LoincKind("8302-2", "Body height", "height"),
    LoincKind("8306-3", "Body height --lying", "height"),
    LoincKind("8310-5", "Body temperature", "temperature"),
    LoincKind("8331-1", "Oral temperature", "temperature"),
    LoincKind("8332-9", "Rectal temperature", "temperature"),
    LoincKind("8333-7", "Tympanic membrane temperature", "temperature"),
    LoincKind("8328-7", "Axillary temperature", "temperature"),
    LoincKind("8329-5", "Body temperature - Core", "temperature"),
    LoincKind("75539-7", "Body temperature - Temporal artery", "temperature"),
    LoincKind("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "spo2"),
    LoincKind("2708-6", "Oxygen saturation in Arterial blood", "spo2"),
    LoincKind("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "hba1c", "laboratory"),
    LoincKind("17856-6", "Hemoglobin A1c/Hemoglobin.total in Blood by HPLC", "hba1c",
              "laboratory"),
    LoincKind("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "hba1c",
              "laboratory"),
    LoincKind("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "cholesterol",
              "laboratory"),
    LoincKind("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "cholesterol",
              "laboratory"),
    LoincKind("14646-4", "Cholesterol in HDL [Moles/volume] in Serum or Plasma", "hdl",
              "laboratory"),
    LoincKind("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "hdl",
              "laboratory"),
    LoincKind("22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "ldl",
              "laboratory"),
    LoincKind("18262-6", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct "
              "assay", "ldl", "laboratory"),
    LoincKind("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by "
              "calculation", "ldl", "laboratory"),
    LoincKind("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "ldl",
              "laboratory"),
    LoincKind("39469-2", "Cholesterol in LDL [Moles/volume] in Serum or Plasma by "
              "calculation", "ldl", "laboratory"),
    LoincKind("14927-8", "Triglyceride [Moles/volume] in Serum or Plasma", "triglycerides",
              "laboratory"),
    LoincKind("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "triglycerides",
              "laboratory"),
    LoincKind("39156-5", "Body mass index (BMI) [Ratio]", "bmi"),
    LoincKind("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
              "pain", "survey"),
    LoincKind("38208-5", "Pain severity - Reported", "pain", "survey"),
    LoincKind("9843-4", "Head Occipital-frontal circumference", "head_circumference"),
    LoincKind("8287-5", "Head Occipital-frontal circumference by Tape measure",
              "head_circumference"),
    LoincKind("9279-1", "Respiratory rate", "respiratory_rate"),
    LoincKind("19935-6", "Maximum expiratory gas flow Respiratory system airway by Peak flow "
              "meter", "peak_flow"),
    LoincKind("33452-4", "Maximum expiratory gas flow Respiratory system airway by Peak flow "
              "meter", "peak_flow"),
    LoincKind("93832-4", "Sleep duration", "sleep", "activity"),
    LoincKind("55423-8", "Number of steps in unspecified time Pedometer", "steps", "activity"),
    LoincKind("41950-7", "Number of steps in 24 hour Measured", "steps", "activity"),
)
BY_LOINC: dict[str, LoincKind] = {k.code: k for k in LOINC_KINDS}
EXPORT_LOINC: dict[str, LoincKind] = {}
for _k in LOINC_KINDS:
    EXPORT_LOINC.setdefault(_k.kind, _k)
# A reading exported in mg/dL (the unit it was entered in) carries the LOINC code of the
# mass concentration, not the molar one of the canonical unit.
MASS_LOINC: dict[str, str] = {"glucose": "2339-0", "cholesterol": "2093-3", "hdl": "2085-9",
                              "ldl": "18262-6", "triglycerides": "2571-8"}
# SpO2 in the vital-signs profile must carry 2708-6 next to the pulse-oximetry code.
EXTRA_CODINGS: dict[str, tuple[str, ...]] = {"spo2": ("2708-6",)}

# UCUM code -> (HealthDesk unit, factor): value_in_unit = value * factor.
UCUM_UNITS: dict[str, tuple[str, float]] = {
    "mm[Hg]": (u.MMHG, 1.0),
    "/min": (u.BPM, 1.0),
    "{beats}/min": (u.BPM, 1.0),
    "{beat}/min": (u.BPM, 1.0),
    "{breaths}/min": (u.BREATHS_MIN, 1.0),
    "{breath}/min": (u.BREATHS_MIN, 1.0),
    "mg/dL": (u.MG_DL, 1.0),
    "mmol/L": (u.MMOL_L, 1.0),
    "kg": (u.KG, 1.0),
    "g": (u.KG, 0.001),
    "[lb_av]": (u.LB, 1.0),
    "cm": (u.CM, 1.0),
    "m": (u.CM, 100.0),
    "mm": (u.CM, 0.1),
    "[in_i]": (u.INCH, 1.0),
    "Cel": (u.CELSIUS, 1.0),
    "[degF]": (u.FAHRENHEIT, 1.0),
    "%": (u.PERCENT, 1.0),
    "mmol/mol": (u.MMOL_MOL, 1.0),
    "L/min": (u.L_MIN, 1.0),
    "l/min": (u.L_MIN, 1.0),
    "h": (u.HOURS, 1.0),
    "min": (u.HOURS, 1 / 60),
    "{steps}": (u.STEPS, 1.0),
    "/d": (u.STEPS, 1.0),
    "{steps}/d": (u.STEPS, 1.0),
    "1": (u.STEPS, 1.0),
    "kg/m2": (u.KG_M2, 1.0),
    "{score}": (u.SCORE, 1.0),
}
# Dimensionless UCUM codes ("1", "{score}") name no unit of their own: a count of steps or
# a pain score takes whichever the kind is recorded in.
DIMENSIONLESS = frozenset({u.STEPS, u.SCORE})
# HealthDesk unit -> UCUM code, for the export.
TO_UCUM: dict[str, str] = {
    u.MMHG: "mm[Hg]", u.BPM: "/min", u.BREATHS_MIN: "/min", u.MG_DL: "mg/dL",
    u.MMOL_L: "mmol/L", u.KG: "kg", u.LB: "[lb_av]", u.CM: "cm", u.INCH: "[in_i]",
    u.CELSIUS: "Cel", u.FAHRENHEIT: "[degF]", u.PERCENT: "%", u.MMOL_MOL: "mmol/mol",
    u.L_MIN: "L/min", u.HOURS: "h", u.STEPS: "{steps}", u.KG_M2: "kg/m2", u.SCORE: "{score}",
}

# Condition.clinicalStatus -> HealthDesk status.
CONDITION_STATUS = {"active": "active", "recurrence": "active", "relapse": "active",
                    "inactive": "inactive", "remission": "remission", "resolved": "resolved"}
ALLERGY_CATEGORIES = frozenset({"food", "medication", "environment", "biologic"})
GENDER_TO_SEX = {"male": "male", "female": "female", "other": "other", "unknown": "unknown"}
SEX_TO_GENDER = {"male": "male", "female": "female", "intersex": "other", "other": "other",
                 "unknown": "unknown"}

# SNOMED CT route codes <-> HealthDesk routes.
SNOMED_ROUTES: dict[str, str] = {
    "26643006": "oral", "447694001": "inhaled", "34206005": "subcutaneous",
    "78421000": "intramuscular", "47625008": "intravenous", "6064005": "topical",
    "45890007": "transdermal", "46713006": "nasal", "54485002": "ophthalmic",
    "10547007": "otic", "37161004": "rectal", "37839007": "sublingual",
}
ROUTE_TO_SNOMED = {route: code for code, route in SNOMED_ROUTES.items()}

# Timing.repeat.when (EventTiming) -> a sensible wall-clock time.
EVENT_TIMES: dict[str, str] = {
    "WAKE": "07:00", "MORN": "08:00", "MORN.early": "07:00", "MORN.late": "10:00",
    "C": "08:00", "CM": "08:00", "ACM": "07:30", "PCM": "08:30",
    "NOON": "12:00", "CD": "13:00", "ACD": "12:30", "PCD": "13:30",
    "AFT": "14:00", "AFT.early": "13:00", "AFT.late": "16:00",
    "EVE": "18:00", "EVE.early": "17:00", "EVE.late": "20:00",
    "CV": "19:00", "ACV": "18:30", "PCV": "19:30",
    "NIGHT": "22:00", "HS": "22:00", "PHS": "22:00",
}
# Doses a day -> default times when a prescription gives a frequency but no times.
DEFAULT_TIMES: dict[int, tuple[str, ...]] = {
    1: ("08:00",), 2: ("08:00", "20:00"), 3: ("08:00", "14:00", "20:00"),
    4: ("08:00", "12:00", "16:00", "20:00"),
}
DAYS_OF_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# What an as-needed medicine gets when the prescription does not say.
PRN_DEFAULT_INTERVAL_MINUTES = 240
PRN_DEFAULT_MAX_PER_DAY = 4

# Appointment.status -> HealthDesk status (None: not imported).
APPOINTMENT_STATUS: dict[str, str | None] = {
    "proposed": "scheduled", "pending": "scheduled", "booked": "scheduled",
    "waitlist": "scheduled", "arrived": "completed", "checked-in": "completed",
    "fulfilled": "completed", "cancelled": "cancelled", "noshow": "missed",
    "entered-in-error": None,
}
STATUS_TO_APPOINTMENT = {"scheduled": "booked", "completed": "fulfilled",
                         "cancelled": "cancelled", "missed": "noshow"}
# Words in an appointment's type or service -> visit type (first match wins).
VISIT_WORDS: tuple[tuple[str, str], ...] = (
    ("video", "video"), ("phone", "phone"), ("tele", "video"), ("virtual", "video"),
    ("home", "home_visit"), ("lab", "lab"), ("blood test", "lab"), ("imaging", "imaging"),
    ("x-ray", "imaging"), ("scan", "imaging"), ("mri", "imaging"), ("ultrasound", "imaging"),
    ("in person", "in_person"), ("in_person", "in_person"), ("office", "in_person"),
    ("other", "other"),
)
VISIT_LABELS = {"in_person": "In person", "video": "Video", "phone": "Phone",
                "home_visit": "Home visit", "lab": "Lab", "imaging": "Imaging",
                "other": "Other"}


# --------------------------------------------------------------------------- datatypes
# Small readers of FHIR datatypes (fhir.resources models), shared by import and export.


def ref_key(reference: str | None) -> str | None:
    """"Patient/1", "https://x/fhir/Patient/1/_history/2" -> "Patient/1"; urn:uuid as is."""
    if not reference:
        return None
    if reference.startswith(("urn:", "#")):
        return reference
    parts = reference.split("/_history/")[0].rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else reference


def text_of(concept: Any) -> str | None:
    """What a CodeableConcept says in words: its text, else a coding's display."""
    if concept is None:
        return None
    if concept.text and concept.text.strip():
        return str(concept.text).strip()
    return next((str(c.display).strip() for c in concept.coding or [] if c.display), None)


def codes(concept: Any, system: str | None = None) -> list[str]:
    """The codes of a CodeableConcept (of one system when given)."""
    if concept is None:
        return []
    return [str(c.code) for c in concept.coding or []
            if c.code and (system is None or c.system == system)]


def notes(resource: Any) -> str | None:
    """A resource's Annotation texts, one a line (None when there are none)."""
    texts = [n.text.strip() for n in getattr(resource, "note", None) or [] if n.text]
    return "\n".join(texts) or None


def human_name(names: Any) -> str | None:
    """A person's name from HumanName list: the official or usual one, else the first."""
    names = list(names or [])
    best = next((n for n in names if n.use in ("official", "usual")), names[0] if names else None)
    if best is None:
        return None
    text = best.text or " ".join([*(best.given or []), best.family or ""])
    return " ".join(text.split()) or None


def name_of(resource: Any) -> str | None:
    """The name of a Practitioner (HumanName list), Location or Organization (text)."""
    name = getattr(resource, "name", None)
    if isinstance(name, str):
        return name.strip() or None
    return human_name(name) if name else None


def moment(value: Any) -> dt.datetime | None:
    """A FHIR dateTime as aware UTC; a bare date is noon UTC; a year or month is None."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(12), dt.UTC)
    return None


def day(value: Any) -> dt.date | None:
    """The calendar date of a FHIR date or dateTime (None for a year or month alone)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def reading_value(q: Any, kind: str, where: str) -> tuple[float, str]:
    """A Quantity as (number, HealthDesk unit) for a kind of reading, read by its UCUM code
    (else its unit text); g, m, mm and min are scaled to kg, cm and h.

    Raises ValidationError(field=where) when there is no number or the unit does not fit.
    """
    spec = kinds.KINDS[kind]
    if q is None or q.value is None:
        raise ValidationError(where, _("there is no number"))
    ucum = q.code if q.code and q.system in (None, UCUM) else None
    if ucum in UCUM_UNITS:
        unit, factor = UCUM_UNITS[ucum]
    else:
        try:
            unit, factor = u.parse_unit(q.unit or q.code or ""), 1.0
        except ValidationError:
            raise ValidationError(where, _("unit '{value}' is not one HealthDesk reads").format(
                                             value=q.unit or q.code)) from None
    per_minute = (u.BPM, u.BREATHS_MIN)
    if unit not in spec.units and unit in per_minute and spec.canonical_unit in per_minute:
        unit = spec.canonical_unit
    if unit not in spec.units and unit in DIMENSIONLESS and spec.canonical_unit in DIMENSIONLESS:
        unit = spec.canonical_unit
    if unit not in spec.units:
        raise ValidationError(where, _("{label} is recorded in {units}, not {unit}").format(
                                         label=spec.label, units=' or '.join(spec.units),
                                         unit=unit))
    return float(q.value) * factor, unit


def allergy_severity(allergy: Any, manifestations: list[str]) -> str:
    """HealthDesk's severity for an AllergyIntolerance: the exact one from our extension,
    else criticality high is severe (life-threatening with a severe reaction or
    anaphylaxis), else the worst reaction severity, else mild for criticality low."""
    exact = next((x.valueCode for x in allergy.extension or []
                  if x.url == SEVERITY_EXTENSION), None)
    if exact in ALLERGY_SEVERITIES:
        return str(exact)
    worst = max((r.severity for r in allergy.reaction or [] if r.severity),
                key=("mild", "moderate", "severe").index, default=None)
    if allergy.criticality == "high":
        grave = worst == "severe" or any("anaphyla" in t.casefold() for t in manifestations)
        return "life_threatening" if grave else "severe"
    return str(worst or ("mild" if allergy.criticality == "low" else "unknown"))


# --------------------------------------------------------------------------- dosage

_STRENGTH = re.compile(
    r"(.*?\S)\s+(\d+(?:[.,]\d+)?\s*(?:mg|mcg|\u00b5g|g|ml|iu|units?|%)"
    r"(?:\s*/\s*\d*(?:[.,]\d+)?\s*(?:ml|dose|actuation|h))?)", re.IGNORECASE)
_DOSE_UNITS = {"tbl": "tablet", "tab": "tablet", "tabs": "tablet", "tablets": "tablet",
               "cap": "capsule", "caps": "capsule", "capsules": "capsule", "puffs": "puff",
               "actuat": "puff", "actuation": "puff", "drops": "drop", "ml": "ml",
               "patches": "patch", "sprays": "spray", "units": "unit", "u": "unit",
               "[iu]": "unit", "iu": "unit", "sachets": "sachet", "doses": "dose"}
_FORM_OF_UNIT = {"tablet": "tablet", "capsule": "capsule", "puff": "inhaler", "ml": "liquid",
                 "drop": "drops", "patch": "patch", "spray": "spray", "unit": "injection",
                 "suppository": "suppository", "sachet": "powder"}


@dataclass(frozen=True)
class DosePlan:
    """What a FHIR Dosage says, in MedicationsService terms."""

    amount: float = 1.0
    unit: str = "dose"
    form: str = "other"
    route: str = "oral"
    instructions: str | None = None
    schedule: ScheduleInput | None = None


def split_strength(text: str) -> tuple[str, str | None]:
    """"Metformin 500 mg" -> ("Metformin", "500 mg"); other names come back whole."""
    match = _STRENGTH.fullmatch(text.strip())
    return (match[1], match[2]) if match else (text.strip(), None)


def _route(concept: Any) -> str:
    if concept is None:
        return "oral"
    for code in codes(concept, SNOMED):
        if code in SNOMED_ROUTES:
            return SNOMED_ROUTES[code]
    words = (text_of(concept) or "").casefold()
    if "mouth" in words:
        return "oral"
    return next((r for r in ROUTE_TO_SNOMED if r[:5] in words), "other")


def _times_per_day(count: int) -> list[str]:
    if count in DEFAULT_TIMES:
        return list(DEFAULT_TIMES[count])
    return [f"{(480 + i * 1440 // count) // 60 % 24:02d}:{(480 + i * 1440 // count) % 60:02d}"
            for i in range(count)]


def _as_needed(dosage: Any, repeat: Any) -> tuple[ScheduleInput, str]:
    interval = max_day = None
    if repeat is not None and repeat.period and (repeat.frequency or 1) == 1:
        scale = {"h": 60, "min": 1}.get(repeat.periodUnit or "")
        interval = int(float(repeat.period) * scale) if scale else None
    cap = dosage.maxDosePerPeriod
    if cap is not None and cap.numerator and cap.numerator.value and cap.denominator:
        per = cap.denominator
        if (per.code or per.unit) in ("d", "day") and float(per.value or 0) == 1:
            max_day = int(cap.numerator.value)
    note = None
    if interval is None or max_day is None:
        note = ("As needed: HealthDesk set a safe default of at least "
                f"{(interval or PRN_DEFAULT_INTERVAL_MINUTES) // 60} h between doses and at "
                f"most {max_day or PRN_DEFAULT_MAX_PER_DAY} a day; check with the prescriber.")
    return ScheduleInput(kind="as_needed",
                         prn_min_interval_minutes=interval or PRN_DEFAULT_INTERVAL_MINUTES,
                         prn_max_per_day=max_day or PRN_DEFAULT_MAX_PER_DAY), note or ""


def schedule_of(dosage: Any) -> tuple[ScheduleInput | None, str]:
    """The schedule a Dosage describes, and a note for the instructions ("" when none).

    Times come from timeOfDay, else from ``when`` codes, else from the frequency (1 a day:
    08:00; 2: 08:00 and 20:00; 3: 08:00, 14:00, 20:00; 4: every 4 h from 08:00).
    """
    repeat = dosage.timing.repeat if dosage.timing is not None else None
    if dosage.asNeededBoolean or dosage.asNeededCodeableConcept is not None:
        return _as_needed(dosage, repeat)
    if repeat is None:
        return None, ""
    times = sorted({f"{t.hour:02d}:{t.minute:02d}" for t in repeat.timeOfDay or []}) or \
        sorted({EVENT_TIMES[w] for w in repeat.when or [] if w in EVENT_TIMES})
    freq, period = int(repeat.frequency or 1), float(repeat.period or 1)
    unit, interval = repeat.periodUnit or "d", 1
    weekdays = [DAYS_OF_WEEK.index(d) for d in repeat.dayOfWeek or []] or None
    if unit == "d" and period.is_integer():
        interval = int(period)
        times = times or _times_per_day(freq)
    elif unit == "h" and 24 / period * freq in range(1, 13):
        times = times or _times_per_day(int(24 / period * freq))
    elif unit == "wk" and period == 1 and (weekdays or freq == 1):
        interval = 1 if weekdays else 7
        times = times or _times_per_day(1)
    else:
        return None, "HealthDesk could not turn this timing into a schedule."
    return ScheduleInput(kind="fixed", times_of_day=times, weekdays=weekdays,
                         interval_days=interval), ""


def plan(dosage: Any) -> DosePlan:
    """Dose, form, route, instructions and schedule from a Dosage (defaults when None)."""
    if dosage is None:
        return DosePlan()
    amount, unit = 1.0, "dose"
    for rate in dosage.doseAndRate or []:
        q = rate.doseQuantity
        if q is not None and q.value is not None and q.value > 0:
            word = str(q.unit or q.code or "dose").strip().strip("{}").casefold()
            amount, unit = float(q.value), _DOSE_UNITS.get(word, word)[:32]
            break
    schedule, note = schedule_of(dosage)
    text = "\n".join(t.strip() for t in (dosage.text, dosage.patientInstruction, note) if t)
    return DosePlan(amount, unit, _FORM_OF_UNIT.get(unit, "other"), _route(dosage.route),
                    text[:2000] or None, schedule)
