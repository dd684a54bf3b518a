"""The red-flag table: thresholds at their edges, phrases on word boundaries, sources cited."""

from __future__ import annotations

import pytest

from healthdesk.domain.measurements import KINDS
from healthdesk.domain.red_flags import (
    SYMPTOM_RULES,
    VALUE_RULES,
    check_reading,
    check_text,
    requires_attention,
)


def keys(flags: list) -> list[str]:  # type: ignore[type-arg]
    return [f.key for f in flags]


@pytest.mark.parametrize(("kind", "values", "expected"), [
    ("blood_pressure", {"systolic": 180, "diastolic": 120}, []),
    ("blood_pressure", {"systolic": 181, "diastolic": 100}, ["bp_crisis_systolic"]),
    ("blood_pressure", {"systolic": 150, "diastolic": 121}, ["bp_crisis_diastolic"]),
    ("blood_pressure", {"systolic": 90, "diastolic": 60}, ["bp_very_low"]),
    ("blood_pressure", {"systolic": 91, "diastolic": 60}, []),
    ("glucose", {"glucose": 2.9}, ["glucose_level2_low"]),
    ("glucose", {"glucose": 3.0}, []),
    ("spo2", {"spo2": 91}, ["spo2_low"]),
    ("spo2", {"spo2": 92}, []),
    ("pulse", {"pulse": 131}, ["pulse_very_high"]),
    ("pulse", {"pulse": 40}, ["pulse_very_low"]),
    ("pulse", {"pulse": 72}, []),
    ("temperature", {"temperature": 35.0}, ["temperature_low"]),
    ("weight", {"weight": 300}, []),
])
def test_reading_thresholds(kind: str, values: dict[str, float], expected: list[str]) -> None:
    assert keys(check_reading(kind, values)) == expected


def test_every_rule_names_a_real_kind_and_component_and_a_source() -> None:
    for rule in VALUE_RULES:
        assert rule.component in {c.name for c in KINDS[rule.kind].components}
        assert rule.source and (rule.below is not None or rule.above is not None)
    for srule in SYMPTOM_RULES:
        assert srule.source and srule.phrases


@pytest.mark.parametrize(("text", "expected"), [
    ("I have chest pain since morning", ["chest_pain"]),
    ("Mum is short of breath", ["breathing"]),
    ("She FAINTED in the kitchen", ["unconscious"]),
    ("slurred speech and face drooping", ["stroke"]),
    ("what is my blood pressure", []),
    ("my chest x-ray report", []),
    ("fitness goal", []),
    ("breathlessness at night", ["breathing"]),
])
def test_text_phrases(text: str, expected: list[str]) -> None:
    assert keys(check_text(text)) == expected


def test_notice_names_the_source() -> None:
    flag = check_reading("glucose", {"glucose": 2.5})[0]
    assert flag.notice.startswith("Seek medical care now")
    assert "American Diabetes Association" in flag.notice


def test_requires_attention_rules() -> None:
    assert requires_attention(3, 30, "Headache") == []
    assert requires_attention(8, 30, "Headache") == ["severity 8 of 10"]
    assert requires_attention(2, 5 * 24 * 60, "Cough") == ["lasting more than three days"]
    assert requires_attention(4, None, "Chest pain") == ["chest pain can be a heart attack"]


def test_festivals_last_before() -> None:
    import datetime as dt

    from healthdesk.domain.festivals import last_before

    assert last_before("Diwali", dt.date(2026, 3, 10)) == dt.date(2025, 10, 20)
    assert last_before("deepavali", dt.date(2025, 10, 20)) == dt.date(2025, 10, 20)
    assert last_before("christmas", dt.date(2026, 3, 10)) == dt.date(2025, 12, 25)
    assert last_before("diwali", dt.date(2010, 1, 1)) is None
    assert last_before("unknown feast", dt.date(2026, 3, 10)) is None


def test_values_typed_into_a_question_raise_their_flags() -> None:
    from healthdesk.domain.red_flags import check_stated_values

    keys = {f.key for f in check_stated_values("my bp is 190/125 what do I do")}
    assert keys == {"bp_crisis_systolic", "bp_crisis_diastolic"}
    assert {f.key for f in check_stated_values("oxygen is 86% now")} == {"spo2_low"}
    assert {f.key for f in check_stated_values("sugar 45 mg/dL")} == {"glucose_level2_low"}
    assert {f.key for f in check_stated_values("sugar was 2.4")} == {"glucose_level2_low"}
    # Dates, ordinary values and fractions are not readings in the crisis range.
    assert check_stated_values("what happened on 12/05/2026") == []
    assert check_stated_values("bp 128/82 this morning, sugar 6.1") == []
    assert check_stated_values("I took 1/2 a tablet") == []
