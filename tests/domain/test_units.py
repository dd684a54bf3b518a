"""Units: parsing what users type, exact conversion factors, and rounding as people expect."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mmHg", "mmHg"), ("mm Hg", "mmHg"), ("MMHG", "mmHg"),
        ("mg/dl", "mg/dL"), ("MG/DL", "mg/dL"), ("mmol/l", "mmol/L"), (" mmol/L ", "mmol/L"),
        ("C", "\u00b0C"), ("degC", "\u00b0C"), ("celsius", "\u00b0C"), ("\u00bac", "\u00b0C"),
        ("F", "\u00b0F"), ("degF", "\u00b0F"), ("\u00b0f", "\u00b0F"),
        ("lbs", "lb"), ("pounds", "lb"), ("kgs", "kg"), ("KG", "kg"),
        ("inches", "in"), ("cm", "cm"),
        ("/min", "bpm"), ("bpm", "bpm"), ("breaths/min", "breaths/min"),
        ("hours", "h"), ("hrs", "h"), ("h", "h"),
        ("percent", "%"), ("%", "%"), ("mmol/mol", "mmol/mol"),
        ("l/min", "L/min"), ("steps", "steps"),
    ],
)
def test_parse_unit_accepts_common_spellings(text: str, expected: str) -> None:
    assert u.parse_unit(text) == expected


def test_every_canonical_unit_parses_to_itself() -> None:
    for unit in u.UNITS:
        assert u.parse_unit(unit) == unit


def test_ambiguous_per_minute_resolves_by_what_is_allowed() -> None:
    assert u.parse_unit("/min", allowed=("breaths/min",)) == "breaths/min"
    assert u.parse_unit("/min", allowed=("bpm",)) == "bpm"


@pytest.mark.parametrize("text", ["furlongs", "mg", "", "   ", "m/s2"])
def test_parse_unit_rejects_unknown_units_naming_the_unit_field(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        u.parse_unit(text)
    assert err.value.field == "unit"


def test_parse_unit_message_names_the_bad_unit_and_allowed_ones() -> None:
    with pytest.raises(ValidationError) as err:
        u.parse_unit("stone", allowed=("kg", "lb"))
    assert "'stone'" in str(err.value)
    assert "kg, lb" in str(err.value)


def test_parse_unit_rejects_a_known_unit_not_allowed_here() -> None:
    with pytest.raises(ValidationError) as err:
        u.parse_unit("kg", allowed=("mmol/L", "mg/dL"))
    assert err.value.field == "unit"
    assert "mmol/L, mg/dL" in str(err.value)


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (1.0, "lb", "kg", 0.45359237),
        (1.0, "in", "cm", 2.54),
        (100.0, "\u00b0C", "\u00b0F", 212.0),
        (-40.0, "\u00b0F", "\u00b0C", -40.0),
        (98.6, "F", "C", 37.0),
        (6.5, "%", "mmol/mol", (6.5 - 2.15) * 10.929),
        (48.0, "mmol/mol", "%", 48.0 / 10.929 + 2.15),
        (2.15, "%", "mmol/mol", 0.0),
    ],
)
def test_convert_uses_exact_factors(value: float, src: str, dst: str, expected: float) -> None:
    assert u.convert(value, src, dst) == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_glucose_and_cholesterol_use_their_own_molar_factor() -> None:
    assert u.convert(1.0, "mmol/L", "mg/dL", analyte="glucose") == pytest.approx(18.0156)
    assert u.convert(1.0, "mmol/L", "mg/dL", analyte="cholesterol") == pytest.approx(38.67)
    assert u.convert(100.0, "mg/dL", "mmol/L", analyte="glucose") == pytest.approx(5.55074)
    assert u.convert(200.0, "mg/dL", "mmol/L", analyte="cholesterol") == pytest.approx(5.17197)


def test_concentration_conversion_without_analyte_is_refused_not_guessed() -> None:
    with pytest.raises(ValidationError) as err:
        u.convert(100.0, "mg/dL", "mmol/L")
    assert err.value.field == "unit"
    assert "glucose or cholesterol" in str(err.value)


@pytest.mark.parametrize(
    ("src", "dst"),
    [("kg", "cm"), ("bpm", "breaths/min"), ("mmHg", "kg"), ("%", "kg"), ("h", "steps"),
     ("kg", "furlongs")],
)
def test_convert_rejects_incompatible_or_unknown_units(src: str, dst: str) -> None:
    with pytest.raises(ValidationError) as err:
        u.convert(1.0, src, dst)
    assert err.value.field == "unit"


def test_convert_to_the_same_unit_is_identity_even_for_aliases() -> None:
    assert u.convert(123.4, "mmHg", "mmHg") == 123.4
    assert u.convert(70.0, "kgs", "kg") == 70.0


_finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
_PAIRS = [
    ("kg", "lb", None), ("cm", "in", None), ("\u00b0C", "\u00b0F", None),
    ("%", "mmol/mol", None), ("mmol/L", "mg/dL", "glucose"), ("mmol/L", "mg/dL", "cholesterol"),
]


@pytest.mark.parametrize(("a", "b", "analyte"), _PAIRS)
@settings(max_examples=100, deadline=None)
@given(value=_finite)
def test_conversion_round_trips(a: str, b: str, analyte: str | None, value: float) -> None:
    there = u.convert(value, a, b, analyte=analyte)
    back = u.convert(there, b, a, analyte=analyte)
    assert math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(("a", "b", "analyte"), _PAIRS)
@settings(max_examples=50, deadline=None)
@given(x=_finite, y=_finite)
def test_conversion_preserves_order(a: str, b: str, analyte: str | None, x: float,
                                    y: float) -> None:
    """A higher reading stays higher in any unit (no conversion flips a trend)."""
    lo, hi = sorted((x, y))
    assert u.convert(lo, a, b, analyte=analyte) <= u.convert(hi, a, b, analyte=analyte)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(128.5, 0, 129.0), (2.675, 2, 2.68), (5.55, 1, 5.6), (0.125, 2, 0.13), (-0.5, 0, -1.0),
     (7.04999, 1, 7.0)],
)
def test_round_half_up_rounds_as_people_do(value: float, decimals: int, expected: float) -> None:
    assert u.round_half_up(value, decimals) == expected


def test_format_number_and_units() -> None:
    assert u.format_number(6.04, 1) == "6.0"
    assert u.format_number(60.0, 1, trim=True) == "60"
    assert u.format_number(0.5, 1, trim=True) == "0.5"
    assert u.format_number(-0.04, 1) == "0.0"
    assert u.with_unit("97", "%") == "97%"
    assert u.with_unit("6.1", "mmol/L") == "6.1 mmol/L"


def test_word_units_are_in_the_readers_language_and_symbols_stay() -> None:
    from healthdesk.domain import i18n

    try:
        i18n.set_language("hi")
        assert u.with_unit("5084", u.STEPS) == "5084 क़दम"
        assert u.with_unit("16", u.BREATHS_MIN) == "16 साँस/मिनट"
        assert u.with_unit("128/82", u.MMHG) == "128/82 mmHg"
        i18n.set_language("ta")
        assert u.with_unit("5084", u.STEPS) == "5084 அடிகள்"
        i18n.set_language("en")
        assert u.with_unit("5084", u.STEPS) == "5084 steps"
    finally:
        i18n.set_language("en")
