"""Reference ranges, so a reading can be coloured and explained against guidelines.

Values are compared after rounding to the precision they are shown with in the canonical
unit (a temperature shown as "38.0 °C" is not a fever, whatever the fourth decimal says),
so the category always agrees with the number on screen. That also makes the usual
mg/dL cut-offs land right: 100 mg/dL fasting glucose is 5.55 mmol/L, shown 5.6, which is
the prediabetes range in either unit. HbA1c is the exception, compared to two decimals
so that 47 mmol/mol (6.45%) stays below the 48 mmol/mol (6.5%) cut-off.

Kinds without a meaningful population range (weight, height, steps, sleep, peak flow,
pain score, a child's head circumference, which needs age- and sex-specific charts)
classify with ``level=None`` and the label "No reference range": the UI shows them
uncoloured rather than falsely reassuring green.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _
from healthdesk.domain.measurements import get_kind, resolve_context
from healthdesk.domain.units import round_half_up
from healthdesk.domain.validation import parse_number


class Category(StrEnum):
    """How a reading compares with its reference range; the value is stored and synced."""

    VERY_LOW = "very_low"
    LOW = "low"
    NORMAL = "normal"
    ELEVATED = "elevated"
    HIGH = "high"
    VERY_HIGH = "very_high"
    CRISIS = "crisis"

    @property
    def label(self) -> str:
        """A generic human label ("Very high"); ``Classification.label`` is kind-specific."""
        return _(_CATEGORY_LABELS[self])

    @property
    def severity(self) -> int:
        """0 for normal, rising with how much attention the reading needs (for colours)."""
        return _SEVERITY[self]


_CATEGORY_LABELS = {
    "very_low": N_("Very low"), "low": N_("Low"), "normal": N_("Normal"),
    "elevated": N_("Elevated"), "high": N_("High"), "very_high": N_("Very high"),
    "crisis": N_("Crisis"),
}

_SEVERITY = {
    Category.NORMAL: 0, Category.ELEVATED: 1, Category.LOW: 1, Category.HIGH: 2,
    Category.VERY_LOW: 3, Category.VERY_HIGH: 3, Category.CRISIS: 4,
}


@dataclass(frozen=True, slots=True)
class Classification:
    """A reading's category, a short kind-specific label, and one sentence of why."""

    level: Category | None
    label: str
    explanation: str


@dataclass(frozen=True, slots=True)
class _Scale:
    """Cut-offs ascending: a (rounded) value >= threshold takes that level."""

    below: Category
    steps: tuple[tuple[float, Category], ...]
    decimals: int

    def level(self, value: float) -> Category:
        shown = round_half_up(value, self.decimals)
        level = self.below
        for threshold, category in self.steps:
            if shown >= threshold:
                level = category
        return level

    def normal_bounds(self) -> tuple[float | None, float | None]:
        """The guideline's own bounds of the normal range; None at an open end."""
        lo: float | None = None
        hi: float | None = None
        previous = self.below
        for threshold, category in self.steps:
            if category is Category.NORMAL:
                lo = threshold
            elif previous is Category.NORMAL:
                hi = threshold
            previous = category
        return lo, hi

    def normal_band(self, lo_default: float, hi_default: float) -> tuple[float, float]:
        lo, hi = lo_default, hi_default
        previous = self.below
        for threshold, category in self.steps:
            if category is Category.NORMAL:
                lo = threshold
            elif previous is Category.NORMAL:
                hi = threshold
            previous = category
        return float(lo), float(hi)


C = Category
_BP_SYSTOLIC = _Scale(C.LOW, ((90, C.NORMAL), (120, C.ELEVATED), (130, C.HIGH),
                              (140, C.VERY_HIGH), (181, C.CRISIS)), 0)
_BP_DIASTOLIC = _Scale(C.LOW, ((60, C.NORMAL), (80, C.HIGH), (90, C.VERY_HIGH),
                               (121, C.CRISIS)), 0)
_PULSE = _Scale(C.LOW, ((50, C.NORMAL), (101, C.HIGH)), 0)
_GLUCOSE_FASTING = _Scale(C.LOW, ((3.9, C.NORMAL), (5.6, C.ELEVATED), (7.0, C.HIGH)), 1)
_GLUCOSE_OTHER = _Scale(C.LOW, ((3.9, C.NORMAL), (7.8, C.ELEVATED), (11.1, C.HIGH)), 1)
# Two decimals, not one: 47 mmol/mol is 6.45%, below the 48 mmol/mol (6.5%) diagnostic
# cut-off, and must not round up into the diabetes range.
_HBA1C = _Scale(C.NORMAL, ((5.7, C.ELEVATED), (6.5, C.HIGH)), 2)
_SPO2 = _Scale(C.VERY_LOW, ((90, C.LOW), (95, C.NORMAL)), 0)
_TEMPERATURE = _Scale(C.LOW, ((35.0, C.NORMAL), (37.6, C.ELEVATED), (38.1, C.HIGH)), 1)
_CHOLESTEROL = _Scale(C.NORMAL, ((5.2, C.ELEVATED), (6.2, C.HIGH)), 1)
_RESPIRATORY = _Scale(C.LOW, ((12, C.NORMAL), (21, C.HIGH)), 0)
# WHO adult BMI classes (WHO Technical Report Series 894, 2000): underweight below 18.5,
# normal 18.5-24.9, overweight 25-29.9, obese 30 and over. Not for children, whose BMI is
# read against age- and sex-specific percentiles.
_BMI = _Scale(C.LOW, ((18.5, C.NORMAL), (25.0, C.ELEVATED), (30.0, C.HIGH)), 1)
# NCEP ATP III (2002) lipid cut-offs, set in mg/dL; here in mmol/L to two decimals, the
# precision these kinds are shown with, so each mg/dL cut-off lands on its own side
# (159 mg/dL LDL is 4.11, 160 is 4.14; at one decimal both would show 4.1).
_HDL = _Scale(C.LOW, ((1.03, C.NORMAL),), 2)  # below 40 mg/dL: low (a risk factor)
_LDL = _Scale(C.NORMAL, ((3.36, C.ELEVATED), (4.14, C.HIGH), (4.91, C.VERY_HIGH)), 2)
_TRIGLYCERIDES = _Scale(C.NORMAL, ((1.69, C.ELEVATED), (2.26, C.HIGH), (5.65, C.VERY_HIGH)),
                        2)

_SCALES: dict[tuple[str, str], _Scale] = {
    ("blood_pressure", "systolic"): _BP_SYSTOLIC,
    ("blood_pressure", "diastolic"): _BP_DIASTOLIC,
    ("blood_pressure", "pulse"): _PULSE,
    ("pulse", "pulse"): _PULSE,
    ("hba1c", "hba1c"): _HBA1C,
    ("spo2", "spo2"): _SPO2,
    ("temperature", "temperature"): _TEMPERATURE,
    ("cholesterol", "total"): _CHOLESTEROL,
    ("respiratory_rate", "respiratory_rate"): _RESPIRATORY,
    ("bmi", "bmi"): _BMI,
    ("hdl", "hdl"): _HDL,
    ("ldl", "ldl"): _LDL,
    ("triglycerides", "triglycerides"): _TRIGLYCERIDES,
}

_LABELS: dict[str, dict[Category, str]] = {
    "blood_pressure": {
        C.LOW: N_("Low blood pressure"), C.NORMAL: N_("Normal"), C.ELEVATED: N_("Elevated"),
        C.HIGH: N_("High blood pressure (stage 1)"),
        C.VERY_HIGH: N_("High blood pressure (stage 2)"),
        C.CRISIS: N_("Hypertensive crisis"),
    },
    "pulse": {C.LOW: N_("Slow (below 50)"), C.NORMAL: N_("Normal"), C.HIGH: N_("Fast (above 100)")},
    "glucose_fasting": {
        C.LOW: N_("Low (hypoglycaemia)"), C.NORMAL: N_("Normal"),
        C.ELEVATED: N_("Prediabetes range"), C.HIGH: N_("Diabetes range"),
    },
    "glucose": {
        C.LOW: N_("Low (hypoglycaemia)"), C.NORMAL: N_("Normal"), C.ELEVATED: N_("Elevated"),
        C.HIGH: N_("High"),
    },
    "hba1c": {C.NORMAL: N_("Normal"), C.ELEVATED: N_("Prediabetes range"),
        C.HIGH: N_("Diabetes range")},
    "spo2": {C.VERY_LOW: N_("Very low"), C.LOW: N_("Low"), C.NORMAL: N_("Normal")},
    "temperature": {
        C.LOW: N_("Low (hypothermia)"), C.NORMAL: N_("Normal"), C.ELEVATED: N_("Slightly raised"),
        C.HIGH: N_("Fever"),
    },
    "cholesterol": {C.NORMAL: N_("Desirable"), C.ELEVATED: N_("Borderline high"),
        C.HIGH: N_("High")},
    "respiratory_rate": {C.LOW: N_("Slow (below 12)"), C.NORMAL: N_("Normal"),
        C.HIGH: N_("Fast (above 20)")},
    "bmi": {C.LOW: N_("Underweight"), C.NORMAL: N_("Healthy weight"), C.ELEVATED: N_("Overweight"),
            C.HIGH: N_("Obese")},
    "hdl": {C.LOW: N_("Low"), C.NORMAL: N_("Normal")},
    "ldl": {C.NORMAL: N_("Optimal or near optimal"), C.ELEVATED: N_("Borderline high"),
        C.HIGH: N_("High"),
            C.VERY_HIGH: N_("Very high")},
    "triglycerides": {C.NORMAL: N_("Normal"), C.ELEVATED: N_("Borderline high"), C.HIGH: N_("High"),
                      C.VERY_HIGH: N_("Very high")},
}

_WHY: dict[str, dict[Category, str]] = {
    "blood_pressure": {
        C.LOW: N_("Below 90 systolic or 60 diastolic; fine for some people, but tell your "
               "clinician if you feel dizzy or faint."),
        C.NORMAL: N_("Below 120 systolic and below 80 diastolic (ACC/AHA 2017)."),
        C.ELEVATED: N_("Systolic 120-129 with diastolic below 80 (ACC/AHA 2017)."),
        C.HIGH: N_("Systolic 130-139 or diastolic 80-89: stage 1 hypertension (ACC/AHA 2017)."),
        C.VERY_HIGH: N_("Systolic 140 or more or diastolic 90 or more: stage 2 hypertension "
                     "(ACC/AHA 2017)."),
        C.CRISIS: N_("Above 180 systolic and/or 120 diastolic. Wait a few minutes and measure "
                  "again; with chest pain, shortness of breath, weakness or trouble "
                  "speaking, call emergency services."),
    },
    "pulse": {
        C.LOW: N_("A resting pulse below 50 bpm; common in trained athletes, otherwise worth "
               "mentioning to your clinician."),
        C.NORMAL: N_("A resting pulse of 50-100 bpm."),
        C.HIGH: N_("A resting pulse above 100 bpm."),
    },
    "glucose_fasting": {
        C.LOW: N_("Below 3.9 mmol/L (70 mg/dL): treat a low as your care plan says."),
        C.NORMAL: N_("Fasting 3.9-5.5 mmol/L (70-99 mg/dL) (ADA)."),
        C.ELEVATED: N_("Fasting 5.6-6.9 mmol/L (100-125 mg/dL): the prediabetes range (ADA)."),
        C.HIGH: N_("Fasting 7.0 mmol/L (126 mg/dL) or more: the diabetes range (ADA)."),
    },
    "glucose": {
        C.LOW: N_("Below 3.9 mmol/L (70 mg/dL): treat a low as your care plan says."),
        C.NORMAL: N_("Not fasting, below 7.8 mmol/L (140 mg/dL)."),
        C.ELEVATED: N_("Not fasting, 7.8-11.0 mmol/L (140-199 mg/dL)."),
        C.HIGH: N_("Not fasting, 11.1 mmol/L (200 mg/dL) or more."),
    },
    "hba1c": {
        C.NORMAL: N_("Below 5.7% (39 mmol/mol) (ADA)."),
        C.ELEVATED: N_("5.7-6.4% (39-47 mmol/mol): the prediabetes range (ADA)."),
        C.HIGH: N_("6.5% (48 mmol/mol) or more: the diabetes range (ADA)."),
    },
    "spo2": {
        C.VERY_LOW: N_("Below 90%: seek medical advice promptly, urgently if you are short "
                    "of breath."),
        C.LOW: N_("90-94%: lower than usual for healthy lungs; check it again."),
        C.NORMAL: N_("95% or more."),
    },
    "temperature": {
        C.LOW: N_("Below 35.0 \u00b0C (95.0 \u00b0F): possible hypothermia."),
        C.NORMAL: N_("35.0-37.5 \u00b0C (95.0-99.5 \u00b0F)."),
        C.ELEVATED: N_("37.6-38.0 \u00b0C (99.7-100.4 \u00b0F): slightly raised."),
        C.HIGH: N_("Above 38.0 \u00b0C (100.4 \u00b0F): a fever."),
    },
    "cholesterol": {
        C.NORMAL: N_("Total cholesterol below 5.2 mmol/L (200 mg/dL)."),
        C.ELEVATED: N_("Total cholesterol 5.2-6.1 mmol/L (200-239 mg/dL): borderline high."),
        C.HIGH: N_("Total cholesterol 6.2 mmol/L (240 mg/dL) or more."),
    },
    "respiratory_rate": {
        C.LOW: N_("Fewer than 12 breaths a minute at rest."),
        C.NORMAL: N_("12-20 breaths a minute at rest."),
        C.HIGH: N_("More than 20 breaths a minute at rest."),
    },
    "bmi": {
        C.LOW: N_("BMI below 18.5 (WHO, adults)."),
        C.NORMAL: N_("BMI 18.5-24.9 (WHO, adults)."),
        C.ELEVATED: N_("BMI 25-29.9: overweight (WHO, adults)."),
        C.HIGH: N_("BMI 30 or more: obese (WHO, adults)."),
    },
    "hdl": {
        C.LOW: N_("HDL below 1.03 mmol/L (40 mg/dL): a risk factor for heart disease "
               "(NCEP ATP III)."),
        C.NORMAL: N_("HDL 1.03 mmol/L (40 mg/dL) or more; 1.55 mmol/L (60 mg/dL) or more "
                  "protects (NCEP ATP III)."),
    },
    "ldl": {
        C.NORMAL: N_("LDL below 3.36 mmol/L (130 mg/dL); below 2.59 (100 mg/dL) is optimal "
                  "(NCEP ATP III). Your clinician may set a lower target."),
        C.ELEVATED: N_("LDL 3.36-4.13 mmol/L (130-159 mg/dL): borderline high (NCEP ATP III)."),
        C.HIGH: N_("LDL 4.14-4.90 mmol/L (160-189 mg/dL): high (NCEP ATP III)."),
        C.VERY_HIGH: N_("LDL 4.91 mmol/L (190 mg/dL) or more: very high (NCEP ATP III)."),
    },
    "triglycerides": {
        C.NORMAL: N_("Triglycerides below 1.69 mmol/L (150 mg/dL) (NCEP ATP III)."),
        C.ELEVATED: N_("Triglycerides 1.69-2.25 mmol/L (150-199 mg/dL): borderline high."),
        C.HIGH: N_("Triglycerides 2.26-5.64 mmol/L (200-499 mg/dL): high (NCEP ATP III)."),
        C.VERY_HIGH: N_("Triglycerides 5.65 mmol/L (500 mg/dL) or more: very high."),
    },
}

NO_RANGE = Classification(None, N_("No reference range"),
                          N_("There is no single normal range for this kind of reading."))


def _glucose_scale(context: str | None) -> tuple[_Scale, str]:
    # Only an overnight fast uses the fasting cut-offs; a "before meal" reading may be
    # two hours after a snack, and judging it as fasting would raise false alarms.
    if context == "fasting":
        return _GLUCOSE_FASTING, "glucose_fasting"
    return _GLUCOSE_OTHER, "glucose"


def _scale_for(kind: str, component: str, context: str | None) -> _Scale | None:
    if kind == "glucose" and component == "glucose":
        return _glucose_scale(context)[0]
    return _SCALES.get((kind, component))


def _value(values: Mapping[str, float], name: str, label: str, aliases: tuple[str, ...]
           ) -> float | None:
    for key in (name, *aliases):
        if key in values:
            return parse_number(name, values[key], label)
    return None


def classify(kind: str, values: Mapping[str, float], context: str | None = None
             ) -> Classification:
    """Categorise a reading (canonical units, keyed by component) against its guideline.

    Raises ValidationError for an unknown kind or context, or a missing required value.
    """
    spec = get_kind(kind)
    ctx = resolve_context(spec, context)
    numbers: dict[str, float] = {}
    lone = len(spec.components) == 1
    for component in spec.components:
        aliases = ("value", spec.key) if lone else ()
        number = _value(values, component.name, _(component.label), aliases)
        if number is None:
            if component.required:
                raise ValidationError(component.name, _("{field} is required.").format(
                    field=_(component.label)))
            continue
        numbers[component.name] = number
    if spec.key == "blood_pressure":
        level = _blood_pressure_level(numbers["systolic"], numbers["diastolic"])
        table = "blood_pressure"
    else:
        name = spec.components[0].name
        scale = _scale_for(spec.key, name, ctx)
        if scale is None:
            return Classification(None, _(NO_RANGE.label), _(NO_RANGE.explanation))
        table = _glucose_scale(ctx)[1] if spec.key == "glucose" else spec.key
        level = scale.level(numbers[name])
    return Classification(level, _(_LABELS[table][level]), _(_WHY[table][level]))


def _blood_pressure_level(systolic: float, diastolic: float) -> Category:
    """ACC/AHA 2017: the worse of the two numbers decides; low only if neither is high."""
    upper = (_BP_SYSTOLIC.level(systolic), _BP_DIASTOLIC.level(diastolic))
    order = (C.NORMAL, C.ELEVATED, C.HIGH, C.VERY_HIGH, C.CRISIS)
    worst = max((level for level in upper if level is not C.LOW),
                key=order.index, default=C.NORMAL)
    if worst is C.NORMAL and C.LOW in upper:
        return C.LOW
    return worst


def normal_bounds(kind: str, component: str | None = None, context: str | None = None
                  ) -> tuple[float | None, float | None] | None:
    """The normal range as the guideline states it, in canonical units: (low, high) with
    None where it sets no bound (total cholesterol: below 5.2, so (None, 5.2)); None when
    the kind has no range. For words ("below 5.2"), where ``normal_band``'s plausibility
    limits would read as a bound nobody gave ("1-5.2")."""
    spec = get_kind(kind)
    ctx = resolve_context(spec, context)
    part = spec.component(component) if component else spec.components[0]
    scale = _scale_for(spec.key, part.name, ctx)
    return None if scale is None else scale.normal_bounds()


def normal_band(kind: str, component: str | None = None, context: str | None = None
                ) -> tuple[float, float] | None:
    """The normal band [low, high) in canonical units, for shading charts; None if no range.

    A value classifies as normal when, rounded as shown, low <= value < high. Where a
    guideline has no lower (or upper) bound the plausibility limit stands in, and that
    end is inclusive (SpO2 100% is normal).
    """
    spec = get_kind(kind)
    ctx = resolve_context(spec, context)
    part = spec.component(component) if component else spec.components[0]
    scale = _scale_for(spec.key, part.name, ctx)
    if scale is None:
        return None
    return scale.normal_band(float(part.plausible_min), float(part.plausible_max))
