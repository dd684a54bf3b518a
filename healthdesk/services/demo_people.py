"""The demo cast: who the demo people are, what they take, and what their readings look like.

Pure description: every number comes from a value function given the caller's random
generator, so the engine in ``demo.py`` decides how much history to draw and stays
deterministic. Values are in each kind's canonical unit, rounded as a person types them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random

ARC_DAYS = 3652  # trends (BP falling as treatment works) run over ten years up to today


@dataclass(frozen=True)
class Moment:
    """Where a value is drawn: ``f`` runs 0 -> 1 along the ten-year arc up to today."""

    f: float
    local: dt.datetime
    age: float
    episode_day: int = -1


Values = Callable[[Random, Moment], tuple[float, ...]]


@dataclass(frozen=True)
class Series:
    kind: str
    times: tuple[str, ...]
    values: Values
    chance: float = 1.0  # probability each reading is actually taken
    every_days: int = 1
    context: str | None = None
    from_age: float = 0.0
    since_years: float = 99.0
    in_episodes: bool = False  # only during fever episodes
    jitter: int = 25  # minutes either side of the time
    notes: tuple[str, ...] = ()
    note_chance: float = 0.0


@dataclass(frozen=True)
class Med:
    name: str
    strength: str
    times: tuple[str, ...]  # empty: as needed
    instructions: str
    prescriber: str
    since_years: float
    dose_amount: float = 1.0
    dose_unit: str = "tablet"
    form: str = "tablet"
    route: str = "oral"
    interval_days: int = 1
    weekday: int | None = None  # date.weekday() of a weekly dose
    adherence: float = 0.9
    stock: float = 30.0
    refill_threshold: float = 10.0
    window_hours: float = 2.0
    prn: tuple[int, int] | None = None  # (min interval minutes, max per day)
    prn_rate: Callable[[dt.date], float] | None = None  # expected uses per day
    prn_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Appt:
    title: str
    clinician: str
    place: str
    every_days: int
    next_in_days: int
    time: str = "10:30"
    since_years: float = 99.0
    visit_type: str = "in_person"
    duration: int = 30
    notes: str | None = None
    visit_notes: Callable[[Random, Moment], str] | None = None


@dataclass(frozen=True)
class Symptom:
    name: str
    per_year: float
    severity: tuple[int, int]
    minutes: tuple[int, int]
    notes: tuple[str, ...] = ()
    winter: bool = False


@dataclass(frozen=True)
class Goal:
    title: str
    kind: str | None
    direction: str
    target: float
    unit: str
    since_years: float
    due_in_days: int | None = None
    start: float | None = None  # None: the first reading of ``kind``
    note: str | None = None
    monthly: Callable[[Random, Moment], float] | None = None  # manual progress


@dataclass(frozen=True)
class Doc:
    title: str
    category: str
    filename: str
    days_ago: int
    tags: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()  # a PDF's text; empty makes a PNG
    picture: str = "retina"


@dataclass(frozen=True)
class Chat:
    title: str
    gap_days: tuple[int, int]
    messages: Callable[[Random, Moment], list[tuple[str, float, str]]]  # author, hours, text


@dataclass(frozen=True)
class Person:
    name: str
    age: int
    birthday: tuple[int, int]
    sex: str
    blood_type: str
    timezone: str
    color: str
    height_cm: float | None = None
    notes: str | None = None
    conditions: tuple[tuple[str, str | None, float, str | None], ...] = ()  # name, icd, onset
    allergies: tuple[tuple[str, str, str, str, float, str | None], ...] = ()
    meds: tuple[Med, ...] = ()
    series: tuple[Series, ...] = ()
    appointments: tuple[Appt, ...] = ()
    contacts: tuple[tuple[str, str, str | None, str | None], ...] = ()
    goals: tuple[Goal, ...] = ()
    symptoms: tuple[Symptom, ...] = ()
    documents: tuple[Doc, ...] = ()
    chat: Chat | None = None
    fevers_per_year: float = 0.0
    recorders: tuple[str, ...] = field(default=())


def arc(a: float, b: float, f: float) -> float:
    return a + (b - a) * f


def clamp(x: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, x))


def winter(day: dt.date) -> bool:
    return day.month in (11, 12, 1, 2)


def weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


# -- Kamala Iyer, 72: hypertension, type 2 diabetes, hyperlipidaemia --------------------

def kamala_bp(rng: Random, m: Moment) -> tuple[float, ...]:
    evening = m.local.hour >= 15
    sys = arc(150, 132, m.f) + rng.gauss(0, 7) - 3 * evening + 3 * winter(m.local.date())
    dia = arc(92, 84, m.f) + rng.gauss(0, 3.5)
    sys = clamp(sys, 112, 188)
    return float(round(sys)), float(round(clamp(dia, 74, min(104, sys - 28)))), float(
        round(clamp(rng.gauss(74, 6), 56, 104)))


def kamala_fasting(rng: Random, m: Moment) -> tuple[float, ...]:
    return (round(clamp(arc(8.3, 6.6, m.f) + rng.gauss(0, 0.55), 5.0, 12.5), 1),)


def kamala_after_meal(rng: Random, m: Moment) -> tuple[float, ...]:
    return (round(clamp(arc(10.4, 8.4, m.f) + rng.gauss(0, 0.9), 6.2, 15.0), 1),)


def kamala_hba1c(rng: Random, m: Moment) -> tuple[float, ...]:
    return (round(clamp(arc(7.8, 6.9, m.f) + rng.gauss(0, 0.12), 6.3, 8.6), 1),)


def _gp_notes(rng: Random, m: Moment) -> str:
    sys, dia, _ = kamala_bp(rng, m)
    a1c = kamala_hba1c(rng, m)[0]
    advice = rng.choice((
        "Continue current medicines.", "Reinforced evening walk, 30 minutes.",
        "Reduce rice portions at dinner; more dal and vegetables.",
        "Feet examined: pulses good, no ulcers.", "Reminded to carry glucose tablets.",
    ))
    return (f"Clinic BP {sys:.0f}/{dia:.0f}. HbA1c {a1c:.1f}%. {advice} "
            "Repeat fasting bloods and review in 3 months.")


def _eye_notes(rng: Random, _m: Moment) -> str:
    return rng.choice((
        "Dilated fundus exam: no diabetic retinopathy. Early cataract, left eye. Review in 1 year.",
        "Mild non-proliferative changes absent this year. Vision 6/9 both eyes. Annual review.",
        "No retinopathy. Advised sunglasses outdoors. Next screening in 12 months.",
    ))


def _care_notes(rng: Random, m: Moment) -> list[tuple[str, float, str]]:
    sys, dia, pulse = kamala_bp(rng, m)
    glu = kamala_fasting(rng, m)[0]
    grace = rng.choice((
        f"Visited this morning. BP {sys:.0f}/{dia:.0f}, pulse {pulse:.0f}. "
        f"Fasting sugar {glu:.1f} mmol/L. Feet checked, skin fine.",
        "Refilled the pill organiser for the week. Amlodipine strip is nearly finished; "
        "please collect the refill.",
        f"Amma was tired today and skipped her walk. Sugar {glu:.1f} before breakfast. "
        "Will check again on Thursday.",
        "Reminded about the Sunday vitamin D capsule. She is drinking more water.",
        f"BP a little higher today ({sys:.0f}/{dia:.0f}); she had pickle with lunch. "
        "Told her to rest and recheck in the evening.",
        "Checked the glucometer against the clinic one: within 0.3 mmol/L. Strips expire next "
        "month.",
    ))
    out = [("Sister Grace", 0.0, grace)]
    if rng.random() < 0.6:
        out.append(("Meera", rng.uniform(1, 9), rng.choice((
            "Thank you, Sister. I will pick up the refill on Saturday.",
            "Noted. She missed the evening metformin on Sunday; we were at a wedding.",
            "Dr. Raghavan wants the HbA1c repeated before the next visit.",
            "Thanks! I booked the eye screening at Sankara Nethralaya.",
            "Please ask her about the dizziness she mentioned on the phone.",
        ))))
    return out


KAMALA_GP = "Dr. S. Raghavan"

KAMALA = Person(
    name="Kamala Iyer", age=72, birthday=(8, 14), sex="female", blood_type="B+",
    timezone="Asia/Kolkata", color="#C2185B", height_cm=154.0,
    notes="Lives with her daughter Meera in Chennai. Home nurse visits twice a week.",
    conditions=(
        ("Essential hypertension", "I10", 14, "Diagnosed at a health camp."),
        ("Type 2 diabetes mellitus", "E11.9", 12, None),
        ("Hyperlipidaemia", "E78.5", 9, "On a statin since diagnosis."),
    ),
    allergies=(
        ("Penicillin", "medication", "Hives and itching all over", "severe", 40,
         "Reacted to amoxicillin in 1985."),
        ("Sulfa drugs (sulfonamides)", "medication", "Rash", "moderate", 20, None),
    ),
    meds=(
        Med("Metformin", "500 mg", ("08:00", "20:00"), "Take with breakfast and dinner.",
            KAMALA_GP, 12, adherence=0.88, stock=46, refill_threshold=14),
        Med("Amlodipine", "5 mg", ("08:00",), "Once daily in the morning.", KAMALA_GP, 11,
            adherence=0.89, stock=12, refill_threshold=10),
        Med("Telmisartan", "40 mg", ("08:00",), "Once daily; check BP twice a day.",
            KAMALA_GP, 6, adherence=0.89, stock=25, refill_threshold=10),
        Med("Atorvastatin", "10 mg", ("21:00",), "At bedtime.", KAMALA_GP, 9,
            adherence=0.86, stock=8, refill_threshold=10),
        Med("Aspirin", "75 mg", ("08:00",), "After breakfast, never on an empty stomach.",
            KAMALA_GP, 9, adherence=0.9, stock=60, refill_threshold=14),
        Med("Vitamin D3 (cholecalciferol)", "60000 IU", ("09:00",), "Weekly on Sunday with milk.",
            KAMALA_GP, 3, dose_unit="capsule", form="capsule", interval_days=7, weekday=6,
            adherence=0.9, stock=3, refill_threshold=2, window_hours=12),
    ),
    series=(
        Series("blood_pressure", ("07:30", "19:30"), kamala_bp, chance=0.9,
               notes=("After morning walk", "Felt a little dizzy", "Before breakfast",
                      "Measured by Sister Grace"), note_chance=0.02),
        Series("glucose", ("07:00",), kamala_fasting, chance=0.82, context="fasting"),
        Series("glucose", ("14:00",), kamala_after_meal, chance=0.3, context="after_meal",
               notes=("Sweets at a festival lunch", "Rice and sambar"), note_chance=0.05),
        Series("hba1c", ("09:30",), kamala_hba1c, every_days=91),
        Series("weight", ("07:15",), lambda r, m: (round(arc(68.5, 65.0, m.f)
                                                         + r.gauss(0, 0.4), 1),), every_days=7),
        Series("cholesterol", ("09:30",), lambda r, m: (round(arc(6.3, 4.6, m.f)
                                                              + r.gauss(0, 0.2), 1),),
               every_days=182),
    ),
    appointments=(
        Appt("GP review: diabetes and blood pressure", KAMALA_GP,
             "Raghavan Family Clinic, Mylapore, Chennai", 91, 9,
             notes="Bring the glucose diary and all medicine strips.", visit_notes=_gp_notes),
        Appt("Diabetic eye screening", "Dr. Lakshmi Narayanan", "Sankara Nethralaya, Chennai",
             365, 130, time="09:00", duration=60, notes="Pupils will be dilated: no driving.",
             visit_notes=_eye_notes),
    ),
    contacts=(
        ("Meera Iyer", "Daughter", "+91 98400 12345", "meera.iyer@example.com"),
        ("Sister Grace Thomas", "Home nurse", "+91 94440 67890", None),
        (KAMALA_GP, "GP", "+91 44 2499 1234", None),
    ),
    goals=(Goal("HbA1c below 7.0%", "hba1c", "decrease", 7.0, "%", 3, due_in_days=120,
                note="Agreed with Dr. Raghavan."),),
    symptoms=(Symptom("Dizziness", 3, (2, 5), (5, 40), ("On standing up quickly",
                                                          "Before lunch")),),
    documents=(
        Doc("Lab report: HbA1c and lipid profile", "lab_report", "lab-report-hba1c.pdf", 12,
            ("HbA1c", "lipids"), lines=(
                "Chennai Diagnostics - Laboratory Report", "Patient: Kamala Iyer (F, 72)",
                "HbA1c: 6.9 %   (target below 7.0)", "Fasting glucose: 6.7 mmol/L",
                "Total cholesterol: 4.6 mmol/L   LDL: 2.3 mmol/L", "Creatinine: 82 umol/L",
                "Reported by: Dr. P. Venkat, MD (Pathology)")),
        Doc("Prescription: Dr. S. Raghavan", "prescription", "prescription.pdf", 82,
            ("prescription",), lines=(
                "Raghavan Family Clinic - Prescription", "Patient: Kamala Iyer",
                "1. Metformin 500 mg - 1 tab twice daily with meals",
                "2. Amlodipine 5 mg - 1 tab morning", "3. Telmisartan 40 mg - 1 tab morning",
                "4. Atorvastatin 10 mg - 1 tab at bedtime", "5. Aspirin 75 mg - 1 tab after breakfast",
                "6. Vitamin D3 60000 IU - 1 cap every Sunday", "Review in 3 months.")),
        Doc("Retinal photograph, left eye", "imaging", "retina-left.png", 235, ("eye",)),
    ),
    chat=Chat("Care notes", (5, 21), _care_notes),
    recorders=("Kamala Iyer", "Kamala Iyer", "Meera Iyer", "Sister Grace"),
)
