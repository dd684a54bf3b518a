"""Units of measurement, their aliases, and exact conversions between them.

Every stored reading is kept in one canonical unit per kind (see ``measurements``); these
functions move values between what the user types or prefers and that canonical unit.
Sources stay ASCII: the degree sign is written as an escape.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from decimal import ROUND_HALF_UP, Decimal

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _

MMHG = "mmHg"
BPM = "bpm"
MG_DL = "mg/dL"
MMOL_L = "mmol/L"
KG = "kg"
LB = "lb"
CM = "cm"
INCH = "in"
CELSIUS = "\u00b0C"
FAHRENHEIT = "\u00b0F"
PERCENT = "%"
MMOL_MOL = "mmol/mol"
BREATHS_MIN = "breaths/min"
L_MIN = "L/min"
HOURS = "h"
STEPS = "steps"
KG_M2 = "kg/m2"
SCORE = "/10"

UNITS: tuple[str, ...] = (
    MMHG, BPM, MG_DL, MMOL_L, KG, LB, CM, INCH, CELSIUS, FAHRENHEIT,
    PERCENT, MMOL_MOL, BREATHS_MIN, L_MIN, HOURS, STEPS, KG_M2, SCORE,
)

# Exact factors. mg/dL <-> mmol/L depends on the molar mass of what is measured.
GLUCOSE_MG_DL_PER_MMOL_L = 18.0156
# Cholesterol (molar mass 386.65 g/mol) for total, HDL and LDL alike; triglycerides are
# reported as triolein (885.7 g/mol). The factors clinical labs use (e.g. NCEP ATP III,
# "Conversion factors" table; the SI unit tables of the AMA Manual of Style).
CHOLESTEROL_MG_DL_PER_MMOL_L = 38.67
TRIGLYCERIDES_MG_DL_PER_MMOL_L = 88.57
MG_DL_PER_MMOL_L: dict[str, float] = {
    "glucose": GLUCOSE_MG_DL_PER_MMOL_L,
    "cholesterol": CHOLESTEROL_MG_DL_PER_MMOL_L,
    "hdl": CHOLESTEROL_MG_DL_PER_MMOL_L,
    "ldl": CHOLESTEROL_MG_DL_PER_MMOL_L,
    "triglycerides": TRIGLYCERIDES_MG_DL_PER_MMOL_L,
}
KG_PER_LB = 0.45359237
CM_PER_IN = 2.54
# IFCC-NGSP master equation: mmol/mol = (% - 2.15) * 10.929.
HBA1C_IFCC_SLOPE = 10.929
HBA1C_NGSP_OFFSET = 2.15

# How many decimals a value in this unit is usually shown with (a kind may override
# this for its own canonical unit, e.g. SpO2 is shown as a whole percent).
DISPLAY_DECIMALS: dict[str, int] = {
    MMHG: 0, BPM: 0, MG_DL: 0, MMOL_L: 1, KG: 1, LB: 1, CM: 1, INCH: 1,
    CELSIUS: 1, FAHRENHEIT: 1, PERCENT: 1, MMOL_MOL: 0, BREATHS_MIN: 0,
    L_MIN: 0, HOURS: 1, STEPS: 0, KG_M2: 1, SCORE: 0,
}

# Units that can be converted into each other share a dimension; every other unit
# stands alone (a pulse in bpm is not a breathing rate, whatever the arithmetic says).
_DIMENSION: dict[str, str] = {
    MG_DL: "concentration", MMOL_L: "concentration",
    KG: "mass", LB: "mass",
    CM: "length", INCH: "length",
    CELSIUS: "temperature", FAHRENHEIT: "temperature",
    PERCENT: "hba1c", MMOL_MOL: "hba1c",
}

# Lookup keys are case-folded with all whitespace removed. An alias may name several
# units when it is ambiguous ("/min"); the first is the default, ``allowed`` picks.
_ALIASES: dict[str, tuple[str, ...]] = {}


def _alias(unit: str, *names: str) -> None:
    for name in (unit, *names):
        key = _key(name)
        if unit not in _ALIASES.get(key, ()):
            _ALIASES[key] = (*_ALIASES.get(key, ()), unit)


def _key(text: str) -> str:
    folded = "".join(text.split()).casefold()
    return folded.replace("\u00ba", "\u00b0").replace("\u02da", "\u00b0")


_alias(MMHG, "mm Hg", "mm of Hg")
_alias(BPM, "beats/min", "beats per minute", "b/min", "/min", "1/min", "per min")
_alias(MG_DL, "mg/dl", "mgdl", "mg/100mL", "mg per dL")
_alias(MMOL_L, "mmol/l", "mmol", "mmol per L")
_alias(KG, "kgs", "kilogram", "kilograms", "kilo", "kilos")
_alias(LB, "lbs", "pound", "pounds")
_alias(CM, "cms", "centimetre", "centimetres", "centimeter", "centimeters")
_alias(INCH, "inch", "inches", '"', "\u2033")
_alias(CELSIUS, "C", "degC", "deg C", "degrees C", "celsius", "degrees celsius", "\u2103")
_alias(FAHRENHEIT, "F", "degF", "deg F", "degrees F", "fahrenheit", "degrees fahrenheit",
       "\u2109")
_alias(PERCENT, "percent", "pct", "per cent")
_alias(MMOL_MOL, "mmol per mol")
_alias(BREATHS_MIN, "breaths per minute", "br/min", "breaths/minute", "/min", "1/min",
       "per min")
_alias(L_MIN, "l/min", "lpm", "litres/min", "liters/min", "L per min")
_alias(HOURS, "hr", "hrs", "hour", "hours")
_alias(STEPS, "step")
_alias(KG_M2, "kg/m\u00b2", "kg/m^2", "kg per m2")
_alias(SCORE, "score", "{score}", "points", "of 10", "out of 10")


def parse_unit(text: str, allowed: Collection[str] | None = None) -> str:
    """Return the canonical spelling of a unit typed by a user or found in an import.

    ``allowed`` (canonical units) restricts the answer and resolves ambiguous aliases:
    "/min" is bpm for a pulse and breaths/min for a breathing rate. Without it an
    ambiguous alias gives its first meaning (bpm); the numbers are the same either way.

    Raises ValidationError(field="unit") for an unknown unit or one not in ``allowed``.
    """
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("unit", _("Unit is required."))
    candidates = _ALIASES.get(_key(text))
    if candidates is None:
        known = ", ".join(allowed) if allowed else ", ".join(UNITS)
        raise ValidationError("unit", _("Unknown unit '{unit}'; use one of: {units}.").format(
            unit=text.strip(), units=known))
    if allowed is None:
        return candidates[0]
    for unit in candidates:
        if unit in allowed:
            return unit
    raise ValidationError(
        "unit", _("Unit '{unit}' is not allowed here; use one of: {units}.").format(
            unit=text.strip(), units=", ".join(allowed))
    )


def is_convertible(from_unit: str, to_unit: str) -> bool:
    """True when ``convert`` can move a value between the two (canonical) units."""
    if from_unit == to_unit:
        return True
    dimension = _DIMENSION.get(from_unit)
    return dimension is not None and dimension == _DIMENSION.get(to_unit)


def convert(value: float, from_unit: str, to_unit: str, *, analyte: str | None = None) -> float:
    """Convert ``value`` from one unit to another, exactly (no rounding).

    mg/dL <-> mmol/L needs ``analyte`` (a key of MG_DL_PER_MMOL_L): the factor depends
    on the molar mass, and guessing would silently mis-store a cholesterol value by 2x.

    Raises ValidationError(field="unit") for unknown or incompatible units.
    """
    src = parse_unit(from_unit)
    dst = parse_unit(to_unit)
    if src == dst:
        return float(value)
    if not is_convertible(src, dst):
        raise ValidationError("unit", _("Cannot convert {src} to {dst}.").format(
            src=src, dst=dst))
    dimension = _DIMENSION[src]
    if dimension == "concentration":
        factor = MG_DL_PER_MMOL_L.get((analyte or "").strip().casefold())
        if factor is None:
            raise ValidationError(
                "unit",
                _("Converting {src} to {dst} needs the analyte: {analytes}.").format(
                    src=src, dst=dst, analytes=_(" or ").join(MG_DL_PER_MMOL_L)),
            )
        return value / factor if src == MG_DL else value * factor
    if dimension == "mass":
        return value * KG_PER_LB if src == LB else value / KG_PER_LB
    if dimension == "length":
        return value * CM_PER_IN if src == INCH else value / CM_PER_IN
    if dimension == "temperature":
        return (value - 32.0) * 5.0 / 9.0 if src == FAHRENHEIT else value * 9.0 / 5.0 + 32.0
    # hba1c: NGSP % <-> IFCC mmol/mol
    if src == MMOL_MOL:
        return value / HBA1C_IFCC_SLOPE + HBA1C_NGSP_OFFSET
    return (value - HBA1C_NGSP_OFFSET) * HBA1C_IFCC_SLOPE


def round_half_up(value: float, decimals: int) -> float:
    """Round as people do (128.5 -> 129), on the shortest decimal form of ``value``.

    Python's ``round`` rounds halves to even and works on the binary value, so
    ``round(2.675, 2)`` is 2.67; a reading shown to a user must not do that.
    """
    if not math.isfinite(value):
        return value
    exponent = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(exponent, rounding=ROUND_HALF_UP))


def format_number(value: float, decimals: int, *, trim: bool = False) -> str:
    """Format with ``decimals`` places, rounding half up; ``trim`` drops trailing zeros."""
    rounded = round_half_up(value, decimals)
    text = f"{rounded:.{max(decimals, 0)}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and float(text) == 0:  # no "-0.0" on screen
        text = text[1:]
    return text


# Units that are words, shown in the reader's language ("5084 कदम"); symbols such as
# mmHg and mmol/L are written the same in every language and stay as they are.
WORD_UNITS = {STEPS: N_("steps"), BREATHS_MIN: N_("breaths/min")}


def with_unit(number: str, unit: str) -> str:
    """Join a formatted number and its unit as shown to users: "97%", "6.1 mmol/L"."""
    if unit in (PERCENT, SCORE):
        return f"{number}{unit}"
    return f"{number} {_(WORD_UNITS[unit]) if unit in WORD_UNITS else unit}"
