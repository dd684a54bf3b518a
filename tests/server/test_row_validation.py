"""validate_row on its own (no server): it answers every input with None or one sentence,
and what it accepts every client store can hold."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from healthdesk.protocol import ENTITIES, entity_schema, json_problem, validate_row

from .client import REQUIRED, T0

anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
    | st.sampled_from(["\x00", "\ud800", 10**400, "x" * 70_000]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                               max_size=3),
    max_leaves=5)


def _holdable(value: Any) -> bool:
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return False
    return "\\u0000" not in text


@given(st.sampled_from(sorted(ENTITIES)), st.sampled_from(["insert", "update", "delete"]),
       st.dictionaries(st.text(max_size=12), anything, max_size=5), st.booleans())
def test_every_input_gets_none_or_one_sentence(entity: str, op: str,
                                               fields: dict[str, Any], full: bool) -> None:
    row = {"created_at": T0, "updated_at": T0, **REQUIRED.get(entity, {})} if full else {}
    problem = validate_row(entity, {**row, **fields}, op)
    if problem is None:
        assert all(_holdable(v) for v in fields.values())
        spec = entity_schema(entity)
        assert spec is not None
        for name, value in fields.items():
            if isinstance(value, float):
                assert math.isfinite(value)
            if isinstance(value, int) and not isinstance(value, bool):
                assert -(2**63) <= value < 2**63
            if name in spec.columns and value is None:
                assert spec.columns[name].nullable
    else:
        assert problem.endswith(".") and "\n" not in problem
        problem.encode("utf-8")  # safe to send back as JSON


def test_json_bounds() -> None:
    assert json_problem("x", {"a": [1, 2.5, "t", None, True]}) is None
    deep: Any = 1
    for _ in range(40):
        deep = [deep]
    assert "nested at most 32" in str(json_problem("x", deep))
    assert "at most 65536 bytes" in str(json_problem("x", ["y" * 40_000, "z" * 40_000]))
    assert "finite" in str(json_problem("x", {"k": float("nan")}))


def test_kinds_and_formats() -> None:
    base = {"created_at": T0, "updated_at": T0, **REQUIRED["documents"]}
    assert validate_row("documents", {**base, "content": "aGVsbG8="}, "insert") is None
    assert "base64" in str(validate_row("documents", {**base, "content": "not b64!"}, "insert"))
    assert "UTC time" in str(validate_row("documents", {**base, "created_at": "2026-03-10"},
                                          "insert"))
    assert "true or false" in str(validate_row("documents", {"deleted": 1}, "update"))
    assert "version is not sent" in str(validate_row("documents", {"version": "x"}, "update"))
    # A reading is judged as the row it becomes: the stored kind decides the range.
    stored = {**REQUIRED["measurements"], "created_at": T0, "updated_at": T0}
    assert validate_row("measurements", {"value": 450.0}, "update", stored) is None
    assert "Weight must be between" in str(validate_row("measurements", {"value": 501.0},
                                                        "update", stored))
