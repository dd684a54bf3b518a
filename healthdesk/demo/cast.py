"""The demo cast: who the demo people are, what they take, and what their readings look like.

Pure description: every number comes from a value function given the caller's random
generator, so the engine in ``generator.py`` decides how much history to draw and stays
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
    weekday: int | None = None  # a weekly dose: 0 Monday .. 6 Sunday, as date.weekday()
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
            KAMALA_GP, 3, dose_unit="capsule", form="capsule", weekday=6,
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
    goals=(Goal("HbA1c below 7.0%", "hba1c", "decrease", 7.0, "%", 10, due_in_days=120,
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
                "4. Atorvastatin 10 mg - 1 tab at bedtime",
                "5. Aspirin 75 mg - 1 tab after breakfast",
                "6. Vitamin D3 60000 IU - 1 cap every Sunday", "Review in 3 months.")),
        Doc("Retinal photograph, left eye", "imaging", "retina-left.png", 235, ("eye",)),
    ),
    chat=Chat("Care notes", (5, 21), _care_notes),
    recorders=("Kamala Iyer", "Kamala Iyer", "Meera Iyer", "Sister Grace"),
)


# -- Arjun Iyer, 9: asthma, peanut allergy -------------------------------------------------

# Median-ish growth of a boy by whole year of age (WHO/IAP charts), slightly above median.
_HEIGHT = (50.5, 76.5, 88.0, 96.5, 103.5, 110.5, 116.5, 122.5, 128.0, 133.5, 138.5)
_WEIGHT = (3.4, 9.8, 12.4, 14.5, 16.5, 18.6, 20.8, 23.2, 25.8, 28.5, 31.4)


def _growth(table: tuple[float, ...], age: float) -> float:
    i = min(int(age), len(table) - 2)
    return arc(table[i], table[i + 1], clamp(age - i, 0, 1))


def arjun_peak_flow(rng: Random, m: Moment) -> tuple[float, ...]:
    predicted = (_growth(_HEIGHT, m.age) - 100) * 5 + 100
    share = rng.uniform(0.68, 0.88) if winter(m.local.date()) else rng.uniform(0.82, 1.0)
    return (float(clamp(round(predicted * share / 5) * 5, 60, 400)),)


def _winter_wheeze(day: dt.date) -> float:
    return 0.55 if winter(day) else (0.12 if day.month in (3, 10) else 0.05)


def _paeds_notes(rng: Random, m: Moment) -> str:
    return (f"Height {_growth(_HEIGHT, m.age):.1f} cm, weight {_growth(_WEIGHT, m.age):.1f} kg, "
            "growing along his centile. " + rng.choice((
                "Inhaler technique checked with spacer: good.",
                "Two night-time coughs a week in winter; continue preventer.",
                "Asthma well controlled. Renewed school inhaler letter.",
                "Peanut allergy: EpiPen Jr in date; school nurse informed.")))


ARJUN = Person(
    name="Arjun Iyer", age=9, birthday=(3, 2), sex="male", blood_type="O+",
    timezone="Asia/Kolkata", color="#1976D2",
    notes="Meera's son. Carries an EpiPen Jr and a salbutamol inhaler to school.",
    conditions=(("Asthma", "J45.909", 4.5, "Worse in winter and with dust."),),
    allergies=(("Peanuts", "food", "Anaphylaxis: lip swelling, wheeze, vomiting",
                "life_threatening", 6, "EpiPen Jr 0.15 mg at home and school."),),
    meds=(
        Med("Salbutamol inhaler", "100 mcg/puff", (), "2 puffs with spacer when wheezy or "
            "before sport. Not more than every 4 hours.", "Dr. Anjali Rao", 4.5,
            dose_amount=2, dose_unit="puff", form="inhaler", route="inhaled", stock=140,
            refill_threshold=40, prn=(240, 8), prn_rate=_winter_wheeze,
            prn_notes=("Wheezy after football", "Night cough", "Before PE class",
                       "Smoky air after Bhogi", "Cold and chest tightness")),
        Med("Fluticasone inhaler (preventer)", "50 mcg/puff", ("08:00", "20:00"),
            "2 puffs morning and evening with spacer; rinse mouth afterwards.", "Dr. Anjali Rao",
            4.5, dose_amount=2, dose_unit="puff", form="inhaler", route="inhaled",
            adherence=0.85, stock=64, refill_threshold=30, window_hours=3),
    ),
    series=(
        Series("peak_flow", ("07:45", "19:45"), arjun_peak_flow, chance=0.6, from_age=5.0),
        Series("height", ("17:00",), lambda r, m: (round(_growth(_HEIGHT, m.age)
                                                         + r.gauss(0, 0.2), 1),), every_days=30),
        Series("weight", ("17:00",), lambda r, m: (round(_growth(_WEIGHT, m.age)
                                                         + r.gauss(0, 0.2), 1),), every_days=30),
    ),
    appointments=(
        Appt("Well-child check", "Dr. Anjali Rao", "Rainbow Children's Clinic, Adyar, Chennai",
             365, 40, time="16:30", visit_notes=_paeds_notes),
        Appt("Paediatric asthma review", "Dr. Anjali Rao",
             "Rainbow Children's Clinic, Adyar, Chennai", 182, 12, time="17:00", since_years=4.5,
             notes="Bring both inhalers, the spacer and the peak flow diary.",
             visit_notes=_paeds_notes),
    ),
    contacts=(("Meera Iyer", "Mother", "+91 98400 12345", "meera.iyer@example.com"),
              ("Karthik Iyer", "Father", "+91 98410 55667", None)),
    symptoms=(Symptom("Wheeze and cough", 10, (2, 6), (20, 240),
                      ("Worse at night", "After playing outside", "With a cold"), winter=True),),
    documents=(Doc("Asthma action plan", "letter", "asthma-action-plan.pdf", 150, ("asthma",),
                   lines=("Asthma Action Plan - Arjun Iyer", "GREEN: peak flow above 200 L/min",
                          "  Preventer: fluticasone 2 puffs morning and evening",
                          "AMBER: peak flow 140-200, cough or wheeze",
                          "  Salbutamol 2-4 puffs with spacer, up to every 4 hours",
                          "RED: peak flow below 140 or struggling to breathe",
                          "  Call 108 / go to the emergency department",
                          "Dr. Anjali Rao, Rainbow Children's Clinic")),),
    recorders=("Meera Iyer", "Meera Iyer", "Karthik Iyer"),
)


# -- Rahul Menon, 38: weight, sleep and steps ----------------------------------------------

def rahul_weight(rng: Random, m: Moment) -> tuple[float, ...]:
    wobble = 0.8 * (1 if m.local.month in (10, 11, 12) else 0)  # festival season
    return (round(arc(92.0, 84.0, m.f) + wobble + rng.gauss(0, 0.45), 1),)


def rahul_sleep(rng: Random, m: Moment) -> tuple[float, ...]:
    extra = 0.7 if weekend(m.local.date()) else 0.0
    return (round(clamp(rng.gauss(6.7 + extra, 0.8), 3.0, 10.5), 1),)


def rahul_steps(rng: Random, m: Moment) -> tuple[float, ...]:
    base = arc(5200, 8600, m.f) * (1.25 if weekend(m.local.date()) else 1.0)
    return (float(int(clamp(rng.gauss(base, 2400), 400, 31000))),)


RAHUL = Person(
    name="Rahul Menon", age=38, birthday=(11, 23), sex="male", blood_type="A+",
    timezone="Asia/Kolkata", color="#388E3C", height_cm=176.0,
    notes="Software engineer in Bengaluru. Tracking weight, sleep and steps.",
    allergies=(("House dust mite", "environment", "Sneezing, blocked nose", "mild", 15, None),),
    series=(
        Series("weight", ("07:10",), rahul_weight, chance=0.7),
        Series("sleep", ("07:00",), rahul_sleep, chance=0.92),
        Series("steps", ("23:15",), rahul_steps, chance=0.95, jitter=10),
        Series("pulse", ("07:05",), lambda r, m: (float(round(clamp(
            arc(72, 61, m.f) + r.gauss(0, 3.5), 48, 95))),), chance=0.85),
    ),
    appointments=(Appt("Annual health check-up", "Dr. Vikram Shetty",
                       "Apollo Clinic, Indiranagar, Bengaluru", 365, 20, time="08:30",
                       visit_type="lab", notes="Fasting from 10 pm the night before.",
                       visit_notes=lambda r, m: "Lipids normal. Liver enzymes normal. "
                       f"Weight {rahul_weight(r, m)[0]:.1f} kg: keep going."),),
    contacts=(("Divya Menon", "Wife", "+91 99000 24680", "divya.menon@example.com"),),
    goals=(Goal("Reach 82 kg", "weight", "decrease", 82.0, "kg", 10, due_in_days=180,
                note="Walk 8,000 steps a day, no sugary drinks."),),
    symptoms=(
        Symptom("Headache", 8, (3, 6), (45, 360),
                ("After a long day at the screen", "Skipped lunch", "Better after paracetamol")),
        Symptom("Lower back pain", 5, (3, 7), (240, 2880),
                ("After lifting luggage", "Long drive to Mysuru", "Sat too long at the desk")),
    ),
    recorders=("Rahul Menon",),
)


# -- Fatima Khan, 45: hypothyroidism, migraine, a fever now and then -----------------------

def fatima_temperature(rng: Random, m: Moment) -> tuple[float, ...]:
    peak = (38.9, 38.6, 38.0, 37.5, 37.1, 36.9)[min(m.episode_day, 5)]
    return (round(clamp(peak + rng.gauss(0, 0.25) - 0.3 * (m.local.hour < 10), 36.2, 40.2), 1),)


FATIMA = Person(
    name="Fatima Khan", age=45, birthday=(6, 9), sex="female", blood_type="AB+",
    timezone="Asia/Kolkata", color="#7B1FA2", height_cm=162.0,
    notes="Teacher in Hyderabad.",
    conditions=(("Hypothyroidism", "E03.9", 8, "TSH checked yearly."),
                ("Migraine", "G43.909", 15, "Triggers: poor sleep, skipped meals, glare.")),
    meds=(Med("Levothyroxine", "50 mcg", ("06:30",), "On an empty stomach, 30 to 60 minutes "
              "before breakfast.", "Dr. Farah Siddiqui", 8, adherence=0.93, stock=18,
              refill_threshold=14, window_hours=4),),
    series=(
        Series("weight", ("06:45",), lambda r, m: (round(arc(70.5, 72.8, m.f)
                                                         + r.gauss(0, 0.4), 1),), every_days=7),
        Series("blood_pressure", ("18:30",), lambda r, m: (
            float(round(r.gauss(121, 6))), float(round(r.gauss(78, 4))),
            float(round(r.gauss(76, 6)))), every_days=7),
        Series("steps", ("22:30",), lambda r, m: (float(int(clamp(r.gauss(6400, 2000), 500,
                                                                  20000))),), chance=0.75),
        Series("temperature", ("08:00", "13:00", "18:00", "23:00"), fatima_temperature,
               chance=0.9, in_episodes=True, notes=("After paracetamol",), note_chance=0.15),
    ),
    appointments=(
        Appt("Thyroid review", "Dr. Farah Siddiqui", "Yashoda Hospitals, Somajiguda, Hyderabad",
             365, 25, time="11:00", since_years=8,
             visit_notes=lambda r, m: f"TSH {r.uniform(1.2, 3.8):.1f} mIU/L. "
             "Continue levothyroxine 50 mcg."),
        Appt("Neurology follow-up: migraine", "Dr. Sameer Qureshi",
             "Yashoda Hospitals, Somajiguda, Hyderabad", 365, 200, time="15:00",
             visit_notes=lambda r, m: r.choice((
                 "Headache diary reviewed. Keep sleep regular.",
                 "Fewer attacks this year; no preventive needed.")),),
    ),
    contacts=(("Imran Khan", "Husband", "+91 98490 11223", None),),
    goals=(Goal("Fewer than 2 migraine days a month", None, "decrease", 2.0, "days", 3,
                start=5.0, monthly=lambda r, m: float(max(0, round(arc(5, 1.5, m.f)
                                                                 + r.gauss(0, 1))))),),
    symptoms=(Symptom("Migraine", 18, (5, 9), (240, 1440),
                      ("Aura before onset", "Triggered by poor sleep",
                       "Lay down in a dark room", "During exam week at school")),),
    fevers_per_year=1.0,
    recorders=("Fatima Khan",),
)


# -- Li Wei, 61: atrial fibrillation on apixaban -------------------------------------------

def li_pulse(rng: Random, _m: Moment) -> tuple[float, ...]:
    surge = rng.uniform(20, 45) if rng.random() < 0.05 else 0.0
    return (float(round(clamp(rng.gauss(76, 8) + surge, 48, 150))),)


LI_WEI = Person(
    name="Li Wei", age=61, birthday=(1, 27), sex="male", blood_type="A-",
    timezone="Asia/Singapore", color="#F57C00", height_cm=170.0,
    notes="Retired engineer in Singapore.",
    conditions=(("Atrial fibrillation", "I48.91", 8.5, "CHA2DS2-VASc 1 at diagnosis."),),
    allergies=(("Shellfish", "food", "Itchy rash", "mild", 25, None),),
    meds=(Med("Apixaban", "5 mg", ("08:00", "20:00"), "Twice daily, 12 hours apart. Do not "
              "stop without talking to your cardiologist.", "Dr. Tan Wei Ming", 8.5,
              adherence=0.95, stock=40, refill_threshold=14, window_hours=6),),
    series=(
        Series("pulse", ("08:10", "20:10"), li_pulse, chance=0.9,
               notes=("Felt palpitations", "After climbing stairs"), note_chance=0.01),
        Series("spo2", ("08:12",), lambda r, m: (float(round(clamp(r.gauss(96.6, 1.1), 91,
                                                                   100))),), chance=0.9),
        Series("blood_pressure", ("08:15",), lambda r, m: (
            float(round(arc(138, 128, m.f) + r.gauss(0, 6))), float(round(r.gauss(81, 4))),
            float(round(clamp(r.gauss(76, 8), 50, 130)))), chance=0.6),
        Series("steps", ("22:00",), lambda r, m: (float(int(clamp(r.gauss(7800, 2200), 800,
                                                                  22000))),), chance=0.7),
    ),
    appointments=(
        Appt("Cardiology review", "Dr. Tan Wei Ming", "National Heart Centre Singapore", 182, 18,
             time="09:30", since_years=8.5, notes="Bring the pulse log and all medicines.",
             visit_notes=lambda r, m: f"Rate controlled, {li_pulse(r, m)[0]:.0f} bpm at rest. "
             "No bleeding on apixaban. Renal function stable."),
        Appt("Echocardiogram", "NHCS Imaging", "National Heart Centre Singapore", 730, 300,
             time="14:00", since_years=8.5, visit_type="imaging", duration=45,
             visit_notes=lambda r, m: "LVEF 58%. Mildly dilated left atrium."),
    ),
    contacts=(("Li Na", "Daughter", "+65 9123 4567", "li.na@example.com"),),
    symptoms=(Symptom("Palpitations", 6, (2, 6), (5, 90), ("After coffee", "At night")),),
    documents=(Doc("ECG rhythm strip", "lab_report", "ecg-strip.png", 60, ("ECG",),
                   picture="ecg"),),
    recorders=("Li Wei",),
)

CAST: tuple[Person, ...] = (KAMALA, ARJUN, RAHUL, FATIMA, LI_WEI)


# -- more adults when asked for more than five ---------------------------------------------

_FIRST = ("Ananya", "Emma", "Vikram", "Lucas", "Priya", "Amara", "Sanjay", "Kenji", "Deepa",
          "Sofia", "Arvind", "Noah", "Nisha", "Hana", "Suresh", "Mateo")
_LAST = (("Sharma", "Asia/Kolkata"), ("Johansson", "Europe/Stockholm"), ("Reddy", "Asia/Kolkata"),
         ("Okafor", "Africa/Lagos"), ("Nair", "Asia/Kolkata"), ("Tanaka", "Asia/Tokyo"),
         ("Patel", "Asia/Kolkata"), ("García", "Europe/Madrid"), ("Das", "Asia/Kolkata"),
         ("Müller", "Europe/Berlin"), ("Pillai", "Asia/Kolkata"), ("Dubois", "Europe/Paris"))
_COLORS = ("#00796B", "#5D4037", "#455A64", "#AFB42B", "#E64A19", "#0288D1", "#512DA8")


def extra_person(index: int, rng: Random) -> Person:
    """A healthy adult logging weight, blood pressure and steps."""
    first = _FIRST[rng.randrange(len(_FIRST))]
    last, zone = _LAST[(index + rng.randrange(len(_LAST))) % len(_LAST)]
    base, bp = rng.uniform(55, 95), rng.uniform(112, 138)
    drift = rng.uniform(-4, 4)

    def weight(r: Random, m: Moment) -> tuple[float, ...]:
        return (round(base + drift * m.f + r.gauss(0, 0.5), 1),)

    def pressure(r: Random, m: Moment) -> tuple[float, ...]:
        sys = bp + r.gauss(0, 6)
        return (float(round(sys)), float(round(min(sys - 30, r.gauss(bp * 0.62, 4)))),
                float(round(r.gauss(72, 7))))

    return Person(
        name=f"{first} {last}", age=rng.randint(25, 70), birthday=(rng.randint(1, 12),
                                                                   rng.randint(1, 28)),
        sex=rng.choice(("female", "male")), blood_type=rng.choice(("A+", "B+", "O+", "AB+")),
        timezone=zone, color=_COLORS[index % len(_COLORS)], height_cm=round(rng.uniform(152, 188)),
        series=(Series("weight", ("07:00",), weight, every_days=7),
                Series("blood_pressure", ("08:00",), pressure, every_days=3, chance=0.8),
                Series("steps", ("22:00",), lambda r, m: (float(int(clamp(r.gauss(7000, 2500),
                                                                          300, 25000))),),
                       chance=0.7)),
        appointments=(Appt("Annual check-up", "Family doctor", "Local clinic", 365,
                           rng.randint(7, 60)),),
        recorders=(f"{first} {last}",),
    )


def cast(count: int, rng: Random) -> list[Person]:
    """The first ``count`` people: the fixed five, then generated adults with unique names."""
    people = list(CAST[:count])
    names = {p.name for p in people}
    while len(people) < count:
        person = extra_person(len(people), rng)
        if person.name not in names:
            names.add(person.name)
            people.append(person)
    return people
