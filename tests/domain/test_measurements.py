"""Readings: what a user types becomes a canonical value, or a message they can act on."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.measurements import (
    KINDS,
    NormalizedReading,
    display,
    format_reading,
    get_kind,
    normalize,
)

DEG_C, DEG_F = "\u00b0C", "\u00b0F"


def _error(kind: str, values: dict[str, object], unit: str | None = None,
           context: str | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        normalize(kind, values, unit, context)  # type: ignore[arg-type]
    return err.value


def test_registry_has_exactly_the_agreed_kinds_and_canonical_units() -> None:
    canonical = {key: spec.canonical_unit for key, spec in KINDS.items()}
    assert canonical == {
        "blood_pressure": "mmHg", "pulse": "bpm", "glucose": "mmol/L", "weight": "kg",
        "height": "cm", "temperature": DEG_C, "spo2": "%", "hba1c": "%",
        "cholesterol": "mmol/L", "respiratory_rate": "breaths/min", "peak_flow": "L/min",
        "sleep": "h", "steps": "steps", "bmi": "kg/m2", "hdl": "mmol/L", "ldl": "mmol/L",
        "triglycerides": "mmol/L", "pain": "/10", "head_circumference": "cm",
    }
    for spec in KINDS.values():
        assert spec.canonical_unit == spec.units[0]
    assert [c.name for c in KINDS["blood_pressure"].components] == [
        "systolic", "diastolic", "pulse"]
    assert [c.name for c in KINDS["cholesterol"].components] == ["total"]
    assert KINDS["glucose"].contexts == (
        "fasting", "before_meal", "after_meal", "bedtime", "random")


# (kind, component, unit entered, lowest allowed, highest allowed, one display step)
LIMITS = [
    ("blood_pressure", "systolic", "mmHg", 50, 300, 1),
    ("blood_pressure", "diastolic", "mmHg", 20, 200, 1),
    ("blood_pressure", "pulse", "mmHg", 20, 250, 1),
    ("pulse", "pulse", "bpm", 20, 250, 1),
    ("glucose", "glucose", "mmol/L", 0.5, 60, 0.1),
    ("glucose", "glucose", "mg/dL", 9, 1081, 1),
    ("weight", "weight", "kg", 0.2, 500, 0.1),
    ("weight", "weight", "lb", 0.4, 1102.3, 0.1),
    ("height", "height", "cm", 20, 280, 0.1),
    ("height", "height", "in", 7.9, 110.2, 0.1),
    ("temperature", "temperature", DEG_C, 25, 46, 0.1),
    ("temperature", "temperature", DEG_F, 77, 114.8, 0.1),
    ("spo2", "spo2", "%", 50, 100, 1),
    ("hba1c", "hba1c", "%", 3, 20, 0.1),
    ("hba1c", "hba1c", "mmol/mol", 9, 195, 1),
    ("cholesterol", "total", "mmol/L", 1, 20, 0.1),
    ("cholesterol", "total", "mg/dL", 39, 773, 1),
    ("respiratory_rate", "respiratory_rate", "breaths/min", 4, 80, 1),
    ("peak_flow", "peak_flow", "L/min", 30, 1000, 1),
    ("sleep", "sleep", "h", 0, 24, 0.1),
    ("steps", "steps", "steps", 0, 200000, 1),
]


def _values(kind: str, component: str, value: float) -> dict[str, object]:
    if kind != "blood_pressure":
        return {component: value}
    base: dict[str, object] = {"systolic": 120, "diastolic": 80}
    if component == "systolic":
        base["diastolic"] = 40
    if component == "diastolic":
        base["systolic"] = 300 if value > 100 else 120
    base[component] = value
    return base


def _shown(number: float) -> str:
    return f"{number:g}"


def _range_text(lo: float, hi: float, unit: str) -> str:
    joined = f"{_shown(lo)} and {_shown(hi)}"
    return f"{joined}{unit}" if unit == "%" else f"{joined} {unit}"


@pytest.mark.parametrize(("kind", "component", "unit", "lo", "hi", "step"), LIMITS)
def test_plausibility_limits_are_inclusive(kind: str, component: str, unit: str, lo: float,
                                           hi: float, step: float) -> None:
    for edge in (lo, hi):
        reading = normalize(kind, _values(kind, component, edge), unit)
        assert component in reading.values


@pytest.mark.parametrize(("kind", "component", "unit", "lo", "hi", "step"), LIMITS)
def test_just_outside_a_limit_names_the_field_and_range_in_the_entered_unit(
    kind: str, component: str, unit: str, lo: float, hi: float, step: float
) -> None:
    label = next(c.label for c in KINDS[kind].components if c.name == component)
    shown_unit = "bpm" if component == "pulse" else unit  # a BP reading's pulse is in bpm
    for outside in (round(lo - step, 6), round(hi + step, 6)):
        err = _error(kind, _values(kind, component, outside), unit)
        assert err.field == component
        assert str(err) == f"{label} must be between {_range_text(lo, hi, shown_unit)}."


def test_messages_read_as_sentences_users_see() -> None:
    assert str(_error("blood_pressure", {"systolic": 30, "diastolic": 20})) == (
        "Systolic must be between 50 and 300 mmHg.")
    assert str(_error("glucose", {"glucose": 1200}, "mg/dL")) == (
        "Glucose must be between 9 and 1081 mg/dL.")
    assert str(_error("glucose", {"glucose": 70}, "mmol/L")) == (
        "Glucose must be between 0.5 and 60 mmol/L.")
    assert str(_error("spo2", {"spo2": 101})) == "SpO2 must be between 50 and 100%."


def test_missing_required_component_is_named() -> None:
    err = _error("blood_pressure", {"systolic": 120})
    assert (err.field, str(err)) == ("diastolic", "Diastolic is required.")
    err = _error("blood_pressure", {"systolic": "", "diastolic": "80"})
    assert (err.field, str(err)) == ("systolic", "Systolic is required.")
    err = _error("weight", {})
    assert (err.field, str(err)) == ("weight", "Weight is required.")


def test_pulse_is_optional_in_blood_pressure() -> None:
    reading = normalize("blood_pressure", {"systolic": 128, "diastolic": 82, "pulse": None})
    assert reading == NormalizedReading("blood_pressure", {"systolic": 128.0,
                                                           "diastolic": 82.0}, "mmHg", None)


@pytest.mark.parametrize(("systolic", "diastolic"), [(80, 120), (90, 90)])
def test_diastolic_must_be_below_systolic(systolic: int, diastolic: int) -> None:
    err = _error("blood_pressure", {"systolic": systolic, "diastolic": diastolic})
    assert err.field == "diastolic"
    assert "lower than systolic" in str(err)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf"), "nan", "inf",
                                 "abc", "12a", True, "1,234.5", [120]])
def test_non_numbers_are_rejected_with_the_field_named(bad: object) -> None:
    err = _error("blood_pressure", {"systolic": bad, "diastolic": 80})
    assert (err.field, str(err)) == ("systolic", "Systolic must be a number.")


def test_text_numbers_and_decimal_comma_are_accepted() -> None:
    assert normalize("glucose", {"glucose": "7,5"}).values == {"glucose": 7.5}
    assert normalize("blood_pressure", {"systolic": " 120 ", "diastolic": "80"}).values == {
        "systolic": 120.0, "diastolic": 80.0}
    assert normalize("steps", {"steps": "12 345"}).values == {"steps": 12345.0}


def test_steps_must_be_whole_so_a_thousands_comma_is_not_misread() -> None:
    err = _error("steps", {"steps": "12,345"})
    assert (err.field, str(err)) == ("steps", "Steps must be a whole number.")


def test_single_value_kinds_accept_value_as_the_key() -> None:
    assert normalize("cholesterol", {"value": 5.2}).values == {"total": 5.2}
    assert normalize("pulse", {"value": "71"}).values == {"pulse": 71.0}


def test_unknown_component_is_rejected_naming_the_fields() -> None:
    err = _error("blood_pressure", {"systolic": 120, "diastolic": 80, "mean": 93})
    assert err.field == "mean"
    assert "systolic, diastolic, pulse" in str(err)


def test_unknown_kind_lists_known_kinds() -> None:
    err = _error("shoe_size", {"value": 42})
    assert err.field == "kind"
    assert "'shoe_size'" in str(err)
    for key in KINDS:
        assert key in str(err)
    assert get_kind("Blood pressure").key == "blood_pressure"


def test_unit_not_allowed_for_kind_names_the_allowed_units() -> None:
    err = _error("weight", {"weight": 70}, "mg/dL")
    assert err.field == "unit"
    assert str(err) == "Weight is recorded in kg or lb, not 'mg/dL'."
    assert _error("blood_pressure", {"systolic": 120, "diastolic": 80}, "kPa").field == "unit"


@pytest.mark.parametrize(
    ("kind", "value", "unit", "expected"),
    [
        ("weight", 154, "lbs", 69.853),
        ("glucose", 100, "mg/dl", 5.551),
        ("glucose", 5.5, None, 5.5),
        ("temperature", 98.6, "F", 37.0),
        ("hba1c", 48, "mmol/mol", 6.542),
        ("height", 70, "inches", 177.8),
        ("cholesterol", 200, "mg/dL", 5.172),
    ],
)
def test_values_are_stored_in_the_canonical_unit(kind: str, value: float, unit: str | None,
                                                 expected: float) -> None:
    reading = normalize(kind, {"value": value}, unit)
    assert reading.unit == KINDS[kind].canonical_unit
    assert list(reading.values.values()) == [pytest.approx(expected, abs=1e-9)]


@pytest.mark.parametrize(
    ("kind", "unit", "lo", "hi", "scale"),
    [("glucose", "mg/dL", 9, 1081, 1), ("cholesterol", "mg/dL", 39, 773, 1),
     ("hba1c", "mmol/mol", 9, 195, 1), ("weight", "lb", 4, 11023, 10),
     ("temperature", DEG_F, 770, 1148, 10), ("height", "in", 79, 1102, 10)],
)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_what_the_user_typed_comes_back_in_their_unit(kind: str, unit: str, lo: int, hi: int,
                                                      scale: int, data: st.DataObject) -> None:
    """Storing canonically must never turn a typed 100 mg/dL into a displayed 101."""
    typed = data.draw(st.integers(lo, hi)) / scale
    reading = normalize(kind, {"value": typed}, unit)
    assert list(display(kind, reading.values, unit).values()) == [typed]


def test_context_is_normalised_and_checked() -> None:
    assert normalize("glucose", {"glucose": 6}, context="Before meal").context == "before_meal"
    assert normalize("glucose", {"glucose": 6}, context="after-meal").context == "after_meal"
    assert normalize("glucose", {"glucose": 6}, context="").context is None
    err = _error("glucose", {"glucose": 6}, context="lunchtime")
    assert err.field == "context"
    assert "fasting, before_meal, after_meal, bedtime, random" in str(err)
    err = _error("weight", {"weight": 70}, context="fasting")
    assert (err.field, str(err)) == ("context", "Weight readings take no context.")


def test_normalized_reading_is_immutable() -> None:
    reading = normalize("pulse", {"pulse": 70})
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.kind = "weight"  # type: ignore[misc]


def test_display_converts_but_keeps_blood_pressure_pulse_in_bpm() -> None:
    assert display("blood_pressure", {"systolic": 128, "diastolic": 82, "pulse": 71}) == {
        "systolic": 128.0, "diastolic": 82.0, "pulse": 71.0}
    assert display("glucose", {"glucose": 6.1}, "mg/dL") == {"glucose": 110.0}
    assert display("weight", {"weight": 70}, "lb") == {"weight": 154.3}
    assert display("hba1c", {"hba1c": 6.5}, "mmol/mol") == {"hba1c": 48.0}


@pytest.mark.parametrize(
    ("kind", "values", "unit", "expected"),
    [
        ("blood_pressure", {"systolic": 128, "diastolic": 82, "pulse": 71}, None,
         "128/82 mmHg, pulse 71"),
        ("blood_pressure", {"systolic": 128.4, "diastolic": 81.5}, None, "128/82 mmHg"),
        ("glucose", {"glucose": 6.1}, None, "6.1 mmol/L"),
        ("glucose", {"glucose": 6.0}, None, "6.0 mmol/L"),
        ("glucose", {"glucose": 6.1}, "mg/dL", "110 mg/dL"),
        ("spo2", {"spo2": 97}, None, "97%"),
        ("temperature", {"temperature": 37.0}, "F", "98.6 \u00b0F"),
        ("weight", {"weight": 70}, None, "70.0 kg"),
        ("hba1c", {"hba1c": 6.5}, None, "6.5%"),
        ("cholesterol", {"total": 5.2}, None, "5.2 mmol/L"),
        ("steps", {"steps": 8432}, None, "8432 steps"),
        ("sleep", {"sleep": 7.5}, None, "7.5 h"),
    ],
)
def test_format_reading(kind: str, values: dict[str, float], unit: str | None,
                        expected: str) -> None:
    assert format_reading(kind, values, unit) == expected


def test_format_reading_refuses_an_incomplete_reading() -> None:
    with pytest.raises(ValidationError) as err:
        format_reading("blood_pressure", {"systolic": 120})
    assert err.value.field == "diastolic"
