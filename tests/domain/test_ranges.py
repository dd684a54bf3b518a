"""Reference ranges: the colour and words a user sees next to a reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.measurements import KINDS, normalize
from healthdesk.domain.ranges import Category, classify, normal_band

C = Category


@pytest.mark.parametrize(
    ("systolic", "diastolic", "level", "label"),
    [
        (119, 79, C.NORMAL, "Normal"),
        (90, 60, C.NORMAL, "Normal"),
        (120, 79, C.ELEVATED, "Elevated"),
        (129, 79, C.ELEVATED, "Elevated"),
        (130, 79, C.HIGH, "High blood pressure (stage 1)"),
        (119, 80, C.HIGH, "High blood pressure (stage 1)"),
        (125, 80, C.HIGH, "High blood pressure (stage 1)"),
        (139, 89, C.HIGH, "High blood pressure (stage 1)"),
        (140, 70, C.VERY_HIGH, "High blood pressure (stage 2)"),
        (118, 90, C.VERY_HIGH, "High blood pressure (stage 2)"),
        (180, 120, C.VERY_HIGH, "High blood pressure (stage 2)"),
        (181, 100, C.CRISIS, "Hypertensive crisis"),
        (170, 121, C.CRISIS, "Hypertensive crisis"),
        (89, 70, C.LOW, "Low blood pressure"),
        (110, 59, C.LOW, "Low blood pressure"),
        (125, 55, C.ELEVATED, "Elevated"),  # a high number outranks a low one
        (150, 55, C.VERY_HIGH, "High blood pressure (stage 2)"),
    ],
)
def test_blood_pressure_acc_aha_2017_boundaries(systolic: float, diastolic: float,
                                               level: Category, label: str) -> None:
    result = classify("blood_pressure", {"systolic": systolic, "diastolic": diastolic,
                                         "pulse": 130})
    assert (result.level, result.label) == (level, label)


def test_bp_category_follows_the_shown_whole_number() -> None:
    assert classify("blood_pressure", {"systolic": 119.4, "diastolic": 70}).level is C.NORMAL
    assert classify("blood_pressure", {"systolic": 119.5, "diastolic": 70}).level is C.ELEVATED


def test_crisis_explanation_tells_the_user_what_to_do() -> None:
    why = classify("blood_pressure", {"systolic": 190, "diastolic": 100}).explanation
    assert "measure again" in why
    assert "emergency" in why


def _level(kind: str, value: float, context: str | None = None) -> Category | None:
    return classify(kind, {"value": value}, context).level


@pytest.mark.parametrize(
    ("value", "level"),
    [(3.8, C.LOW), (3.9, C.NORMAL), (5.5, C.NORMAL), (5.6, C.ELEVATED), (6.9, C.ELEVATED),
     (7.0, C.HIGH), (15.0, C.HIGH)],
)
def test_fasting_glucose_ada(value: float, level: Category) -> None:
    assert _level("glucose", value, "fasting") is level


@pytest.mark.parametrize(("mg_dl", "level"), [(69, C.LOW), (70, C.NORMAL), (99, C.NORMAL),
                                              (100, C.ELEVATED), (125, C.ELEVATED),
                                              (126, C.HIGH)])
def test_fasting_glucose_typed_in_mg_dl_lands_on_the_ada_mg_dl_cutoffs(mg_dl: int,
                                                                       level: Category) -> None:
    reading = normalize("glucose", {"glucose": mg_dl}, "mg/dL", "fasting")
    assert classify("glucose", reading.values, reading.context).level is level


@pytest.mark.parametrize("context", [None, "after_meal", "before_meal", "bedtime", "random"])
@pytest.mark.parametrize(
    ("value", "level"),
    [(3.8, C.LOW), (3.9, C.NORMAL), (7.7, C.NORMAL), (7.8, C.ELEVATED), (11.0, C.ELEVATED),
     (11.1, C.HIGH)],
)
def test_non_fasting_glucose(context: str | None, value: float, level: Category) -> None:
    assert _level("glucose", value, context) is level


def test_glucose_labels_depend_on_fasting() -> None:
    assert classify("glucose", {"glucose": 6.0}, "fasting").label == "Prediabetes range"
    assert classify("glucose", {"glucose": 7.2}, "fasting").label == "Diabetes range"
    assert classify("glucose", {"glucose": 7.2}, "after_meal").label == "Normal"


@pytest.mark.parametrize(
    ("value", "level"),
    [(5.6, C.NORMAL), (5.7, C.ELEVATED), (6.4, C.ELEVATED), (6.5, C.HIGH), (4.0, C.NORMAL)],
)
def test_hba1c_ada(value: float, level: Category) -> None:
    assert _level("hba1c", value) is level


@pytest.mark.parametrize(("mmol_mol", "level"), [(38, C.NORMAL), (39, C.ELEVATED),
                                                 (47, C.ELEVATED), (48, C.HIGH)])
def test_hba1c_typed_in_ifcc_units_uses_the_ifcc_cutoffs(mmol_mol: int,
                                                         level: Category) -> None:
    reading = normalize("hba1c", {"hba1c": mmol_mol}, "mmol/mol")
    assert classify("hba1c", reading.values).level is level


@pytest.mark.parametrize(("value", "level", "label"),
                         [(100, C.NORMAL, "Normal"), (95, C.NORMAL, "Normal"),
                          (94, C.LOW, "Low"), (90, C.LOW, "Low"),
                          (89, C.VERY_LOW, "Very low")])
def test_spo2(value: float, level: Category, label: str) -> None:
    result = classify("spo2", {"spo2": value})
    assert (result.level, result.label) == (level, label)


@pytest.mark.parametrize(
    ("value", "level"),
    [(34.9, C.LOW), (35.0, C.NORMAL), (37.5, C.NORMAL), (37.6, C.ELEVATED), (38.0, C.ELEVATED),
     (38.1, C.HIGH), (41.0, C.HIGH)],
)
def test_temperature(value: float, level: Category) -> None:
    assert _level("temperature", value) is level


def test_temperature_in_fahrenheit() -> None:
    at_100_4 = normalize("temperature", {"temperature": 100.4}, "F").values
    at_100_5 = normalize("temperature", {"temperature": 100.5}, "F").values
    assert classify("temperature", at_100_4).level is C.ELEVATED
    assert classify("temperature", at_100_5).label == "Fever"


@pytest.mark.parametrize(("value", "level"), [(49, C.LOW), (50, C.NORMAL), (100, C.NORMAL),
                                              (101, C.HIGH)])
def test_resting_pulse(value: float, level: Category) -> None:
    assert _level("pulse", value) is level


@pytest.mark.parametrize(("value", "level", "label"),
                         [(5.1, C.NORMAL, "Desirable"), (5.2, C.ELEVATED, "Borderline high"),
                          (6.1, C.ELEVATED, "Borderline high"), (6.2, C.HIGH, "High")])
def test_total_cholesterol(value: float, level: Category, label: str) -> None:
    result = classify("cholesterol", {"total": value})
    assert (result.level, result.label) == (level, label)


@pytest.mark.parametrize(("value", "level"), [(11, C.LOW), (12, C.NORMAL), (20, C.NORMAL),
                                              (21, C.HIGH)])
def test_respiratory_rate(value: float, level: Category) -> None:
    assert _level("respiratory_rate", value) is level


@pytest.mark.parametrize("kind", ["weight", "height", "steps", "sleep", "peak_flow"])
def test_kinds_without_a_range_are_not_coloured(kind: str) -> None:
    result = classify(kind, {"value": 10})
    assert result.level is None
    assert result.label == "No reference range"
    assert normal_band(kind) is None


def test_errors_name_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        classify("shoe_size", {"value": 42})
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        classify("blood_pressure", {"systolic": 120})
    assert (err.value.field, str(err.value)) == ("diastolic", "Diastolic is required.")
    with pytest.raises(ValidationError) as err:
        classify("glucose", {"glucose": 5}, "after_lunch")
    assert err.value.field == "context"


def test_category_labels_and_severity_order() -> None:
    assert C.VERY_HIGH.label == "Very high"
    assert C("crisis") is C.CRISIS
    order = [C.NORMAL, C.ELEVATED, C.HIGH, C.VERY_HIGH, C.CRISIS]
    assert [c.severity for c in order] == sorted({c.severity for c in order})
    assert C.VERY_LOW.severity > C.LOW.severity > C.NORMAL.severity


@pytest.mark.parametrize(
    ("kind", "component", "context", "band"),
    [
        ("blood_pressure", "systolic", None, (90.0, 120.0)),
        ("blood_pressure", "diastolic", None, (60.0, 80.0)),
        ("blood_pressure", "pulse", None, (50.0, 101.0)),
        ("glucose", None, "fasting", (3.9, 5.6)),
        ("glucose", None, None, (3.9, 7.8)),
        ("hba1c", None, None, (3.0, 5.7)),
        ("spo2", None, None, (95.0, 100.0)),
        ("temperature", None, None, (35.0, 37.6)),
        ("cholesterol", "total", None, (1.0, 5.2)),
        ("respiratory_rate", None, None, (12.0, 21.0)),
    ],
)
def test_normal_band_for_chart_shading(kind: str, component: str | None, context: str | None,
                                       band: tuple[float, float]) -> None:
    assert normal_band(kind, component, context) == band


_BANDED = [("glucose", "fasting"), ("glucose", "after_meal"), ("temperature", None),
           ("spo2", None), ("pulse", None), ("hba1c", None), ("cholesterol", None),
           ("respiratory_rate", None)]


@pytest.mark.parametrize(("kind", "context"), _BANDED)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_shaded_band_agrees_with_the_category(kind: str, context: str | None,
                                              data: st.DataObject) -> None:
    """Every value a user can see inside the shaded band is called normal, and none outside."""
    band = normal_band(kind, None, context)
    assert band is not None
    lo, hi = band
    component = KINDS[kind].components[0]
    step = 10.0 ** -component.decimals
    cutoff_above = hi < component.plausible_max  # else the band ends at the plausible max
    last = round((hi - lo) / step) - (1 if cutoff_above else 0)
    shown = round(lo + data.draw(st.integers(0, last)) * step, component.decimals)
    assert _level(kind, shown, context) is C.NORMAL
    if cutoff_above:
        assert _level(kind, hi, context) is not C.NORMAL
    if lo > component.plausible_min:
        assert _level(kind, round(lo - step, component.decimals), context) is not C.NORMAL
