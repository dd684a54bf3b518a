"""Red flags: readings and symptoms that need care now, each with the guideline it comes from.

One table of value thresholds and one of symptom phrases, and two functions that check a
reading or a piece of text against them. The assistant uses them to put a "seek care now"
notice before any answer; the symptom check-in uses them for "requires attention"; the
notifications can use the same table. Thresholds are in each kind's canonical unit (see
measurements.py): mmHg, mmol/L, %, bpm, degrees Celsius, breaths/min.

This is not a diagnosis and not a triage tool: it only says when the published guidance
says a person should not wait.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from healthdesk.domain.i18n import N_, _

AHA_2017 = ("2017 ACC/AHA Guideline for the Prevention, Detection, Evaluation, and "
            "Management of High Blood Pressure in Adults (hypertensive crisis: systolic "
            "> 180 and/or diastolic > 120 mmHg)")
ADA_2024 = ("American Diabetes Association, Standards of Care in Diabetes 2024, section 6 "
            "(level 2 hypoglycaemia: glucose < 54 mg/dL, 3.0 mmol/L)")
BTS_2017 = ("British Thoracic Society guideline for oxygen use in adults, 2017 (SpO2 "
            "below 92% needs assessment) and the RCP National Early Warning Score 2, 2017")
NEWS2 = ("Royal College of Physicians, National Early Warning Score (NEWS) 2, 2017: a "
         "single parameter scoring 3 needs an urgent clinical review")
NHS_999 = "NHS, 'When to call 999' (nhs.uk), reviewed 2024"
NHS_STROKE = "NHS, 'Stroke: symptoms' (the F.A.S.T. test, nhs.uk), reviewed 2024"

SEEK_CARE = N_("Seek medical care now")


@dataclass(frozen=True, slots=True)
class ValueRule:
    """``kind``'s ``component`` below ``below`` or above ``above`` (exclusive)."""

    key: str
    kind: str
    component: str
    below: float | None
    above: float | None
    unit: str
    what: str
    source: str


@dataclass(frozen=True, slots=True)
class SymptomRule:
    key: str
    phrases: tuple[str, ...]
    what: str
    source: str


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One flag raised: what was found and which guideline says it needs care now."""

    key: str
    what: str
    source: str

    @property
    def notice(self) -> str:
        return _("Seek medical care now: {what} (source: {source}).").format(
            what=self.what, source=self.source)


VALUE_RULES: tuple[ValueRule, ...] = (
    ValueRule("bp_crisis_systolic", "blood_pressure", "systolic", None, 180, "mmHg",
              N_("a systolic blood pressure above 180 mmHg is in the hypertensive crisis "
              "range"), AHA_2017),
    ValueRule("bp_crisis_diastolic", "blood_pressure", "diastolic", None, 120, "mmHg",
              N_("a diastolic blood pressure above 120 mmHg is in the hypertensive crisis "
              "range"), AHA_2017),
    ValueRule("bp_very_low", "blood_pressure", "systolic", 91, None, "mmHg",
              N_("a systolic blood pressure of 90 mmHg or less is very low"), NEWS2),
    ValueRule("glucose_level2_low", "glucose", "glucose", 3.0, None, "mmol/L",
              N_("a glucose below 3.0 mmol/L (54 mg/dL) is level 2 hypoglycaemia"), ADA_2024),
    ValueRule("spo2_low", "spo2", "spo2", 92, None, "%",
              N_("an oxygen saturation below 92% is too low"), BTS_2017),
    ValueRule("pulse_very_high", "pulse", "pulse", None, 130, "bpm",
              N_("a pulse above 130 beats a minute is very fast"), NEWS2),
    ValueRule("pulse_very_low", "pulse", "pulse", 41, None, "bpm",
              N_("a pulse of 40 beats a minute or less is very slow"), NEWS2),
    ValueRule("temperature_low", "temperature", "temperature", 35.1, None, "°C",
              N_("a temperature of 35.0 °C or less is too low"), NEWS2),
    ValueRule("breathing_fast", "respiratory_rate", "respiratory_rate", 9, 24, "breaths/min",
              N_("a breathing rate of 8 or less, or 25 or more, a minute"), NEWS2),
)

SYMPTOM_RULES: tuple[SymptomRule, ...] = (
    SymptomRule("chest_pain", ("chest pain", "chest tightness", "pain in my chest",
                               "pain in the chest", "crushing chest", "chest pressure"),
                N_("chest pain can be a heart attack"), NHS_999),
    SymptomRule("breathing", ("can't breathe", "cannot breathe", "difficulty breathing",
                              "struggling to breathe", "short of breath", "shortness of breath",
                              "breathless", "breathlessness", "choking"),
                N_("severe difficulty breathing"), NHS_999),
    SymptomRule("stroke", ("face drooping", "facial droop", "arm weakness", "slurred speech",
                           "can't speak", "one side weak", "sudden numbness", "stroke"),
                N_("signs of a stroke (face, arms, speech)"), NHS_STROKE),
    SymptomRule("unconscious", ("unconscious", "passed out", "fainted", "fainting",
                                "collapsed", "unresponsive", "seizure"),
                N_("fainting, collapse or a seizure"), NHS_999),
    SymptomRule("bleeding", ("heavy bleeding", "bleeding heavily", "won't stop bleeding",
                             "vomiting blood", "coughing up blood", "blood in vomit"),
                N_("heavy bleeding or bleeding that will not stop"), NHS_999),
    SymptomRule("anaphylaxis", ("swollen throat", "throat swelling", "swollen tongue",
                                "swollen lips", "anaphylaxis", "allergic reaction"),
                N_("a severe allergic reaction (swelling of the lips, tongue or throat)"),
                NHS_999),
    SymptomRule("self_harm", ("suicidal", "kill myself", "end my life", "self harm",
                              "self-harm", "overdose"),
                N_("thoughts of self-harm or an overdose"), NHS_999),
)


def check_reading(kind: str, values: Mapping[str, float]) -> list[RedFlag]:
    """The red flags a reading (canonical units) raises, in table order."""
    out = []
    for rule in VALUE_RULES:
        if rule.kind != kind:
            continue
        v = values.get(rule.component)
        if v is None:
            continue
        if (rule.below is not None and v < rule.below) or (
                rule.above is not None and v > rule.above):
            out.append(RedFlag(rule.key, _(rule.what), rule.source))
    return out


#: The same warning signs as people say them in Hindi and Tamil. Matched from the start
#: of a word only: Tamil adds its endings to the word ("நெஞ்சு வலியாக"), Hindi its
#: postpositions after it. Written without nukta and with anusvara (see _normal).
INDIC_PHRASES: dict[str, tuple[str, ...]] = {
    "chest_pain": ("सीने में दर्द", "छाती में दर्द", "सीने में जकडन", "छाती में भारीपन",
                   "सीने में भारीपन", "நெஞ்சு வலி", "நெஞ்சுவலி", "மார்பு வலி", "நெஞ்சில் வலி",
                   "நெஞ்சு இறுக்கம்"),
    "breathing": ("सांस नहीं", "सांस लेने में तकलीफ", "सांस लेने में दिक्कत", "सांस फूल",
                  "दम घुट", "மூச்சு திணறல்", "மூச்சுத் திணறல்", "மூச்சு விட முடியவில்லை",
                  "மூச்சு விட சிரமம்"),
    "stroke": ("लकवा", "चेहरा टेढा", "बोलने में दिक्कत", "जुबान लडखडा", "स्ट्रोक",
               "பக்கவாதம்", "முகம் கோணல்", "பேச முடியவில்லை", "ஸ்ட்ரோக்"),
    "unconscious": ("बेहोश", "दौरा पड", "मिर्गी", "மயக்கம்", "மயங்கி", "வலிப்பு",
                    "சுயநினைவு இல்லை"),
    "bleeding": ("बहुत खून", "खून नहीं रुक", "खून की उल्टी", "அதிக இரத்தப்போக்கு",
                 "இரத்தம் நிற்கவில்லை", "இரத்த வாந்தி"),
    "anaphylaxis": ("गले में सूजन", "जीभ में सूजन", "होंठ सूज", "தொண்டை வீக்கம்",
                    "நாக்கு வீக்கம்", "உதடு வீக்கம்"),
    "self_harm": ("आत्महत्या", "खुद को मार", "जान देना", "जीना नहीं चाहत", "தற்கொலை",
                  "சாக வேண்டும்", "உயிரை மாய்த்து"),
}
_INDIC = "\u0900-\u097f\u0b80-\u0bff"
# Nukta dropped and chandrabindu written as anusvara: "ख़ून" and "खून", "साँस" and
# "सांस" are the same word as people type it.
_FOLD = str.maketrans({"\u093c": None, "\u0901": "\u0902"})


def _normal(text: str) -> str:
    folded = text.casefold().replace("’", "'").translate(_FOLD)
    return " " + re.sub(rf"[^a-z0-9'\- {_INDIC}]+", " ", folded) + " "


def check_text(text: str) -> list[RedFlag]:
    """The red-flag symptoms a piece of text names (a question, a symptom, a note).

    Phrases are matched on word boundaries, so "breathless" flags and "chest" alone does not.
    """
    clean = re.sub(r"\s+", " ", _normal(text))
    out = []
    for rule in SYMPTOM_RULES:
        if any(re.search(r"(?<![a-z])" + re.escape(p.strip()) + r"(?![a-z])", clean)
               for p in rule.phrases) or any(
                re.search(rf"(?<![{_INDIC}])" + re.escape(p), clean)
                for p in INDIC_PHRASES.get(rule.key, ())):
            out.append(RedFlag(rule.key, _(rule.what), rule.source))
    return out


_BP_STATED = re.compile(r"(?<![\d/.])(\d{2,3})\s*/\s*(\d{2,3})(?![\d.]|\s*/)")
_SPO2_STATED = re.compile(r"\b(?:spo2|oxygen|sats?|saturation)\D{0,15}?(\d{2,3})\b")
_GLUCOSE_STATED = re.compile(
    r"\b(?:sugar|glucose)\D{0,15}?(\d{1,3}(?:\.\d+)?)\s*(mg|mmol)?", re.IGNORECASE)
# Above this a bare glucose number can only be mg/dL (mmol/L readings stay below ~35).
_MGDL_FROM = 35.0
_MG_PER_MMOL = 18.016


def check_stated_values(text: str) -> list[RedFlag]:
    """The red flags of readings a person types into a question ("my BP is 190/125").

    Only shapes that cannot be something else count: a slash pair that is a plausible
    blood pressure (systolic above diastolic, not a date such as 12/05/2026), a number
    after "oxygen" / "SpO2", a number after "sugar" / "glucose" (mg/dL when above 35).
    """
    low = text.casefold()
    out: list[RedFlag] = []

    def add(flags: list[RedFlag]) -> None:
        out.extend(f for f in flags if f not in out)

    for m in _BP_STATED.finditer(low):
        sys_, dia = float(m.group(1)), float(m.group(2))
        if 50 <= sys_ <= 300 and 20 <= dia <= 200 and sys_ > dia:
            add(check_reading("blood_pressure", {"systolic": sys_, "diastolic": dia}))
    for m in _SPO2_STATED.finditer(low):
        v = float(m.group(1))
        if 50 <= v <= 100:
            add(check_reading("spo2", {"spo2": v}))
    for m in _GLUCOSE_STATED.finditer(low):
        v = float(m.group(1))
        unit = (m.group(2) or "").lower()
        mmol = v / _MG_PER_MMOL if unit == "mg" or (not unit and v > _MGDL_FROM) else v
        if 0.5 <= mmol <= 40:
            add(check_reading("glucose", {"glucose": mmol}))
    return out


def requires_attention(severity: int, duration_minutes: int | None, text: str) -> list[str]:
    """Why a symptom entry needs attention (empty: it does not).

    Severity 8 or more, lasting more than three days, or a red-flag phrase in its name or
    note. The severity and duration thresholds are ours (a 1-10 scale has no guideline);
    the phrases come from the symptom table above.
    """
    reasons = []
    if severity >= 8:
        reasons.append(_("severity {severity} of 10").format(severity=severity))
    if duration_minutes is not None and duration_minutes > 3 * 24 * 60:
        reasons.append(_("lasting more than three days"))
    reasons.extend(flag.what for flag in check_text(text))
    return reasons
