"""Validators used by services: cleaned values in, clear messages naming the field out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdesk.domain import validation as v
from healthdesk.domain.errors import ValidationError


def _error(func, *args) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        func(*args)
    return err.value


@pytest.mark.parametrize(("field", "label"), [("name", "Name"), ("time_zone", "Time zone"),
                                              ("icd10_code", "ICD-10 code"),
                                              ("profile_id", "Profile ID")])
def test_field_label(field: str, label: str) -> None:
    assert v.field_label(field) == label


def test_require_text_strips_and_enforces_length() -> None:
    assert v.require_text("name", "  Metformin  ", 9) == "Metformin"
    err = _error(v.require_text, "name", "Metformin XR", 9)
    assert (err.field, str(err)) == ("name", "Name must be at most 9 characters (it has 12).")
    for blank in (None, "", "   \n"):
        err = _error(v.require_text, "name", blank, 9)
        assert (err.field, str(err)) == ("name", "Name is required.")
    assert _error(v.require_text, "name", 42, 9).field == "name"


def test_optional_text_turns_blank_into_none() -> None:
    assert v.optional_text("note", "   ", 10) is None
    assert v.optional_text("note", None, 10) is None
    assert v.optional_text("note", " ok ", 10) == "ok"
    assert "at most 3" in str(_error(v.optional_text, "note", "abcd", 3))
    # What the sync server refuses is refused where it is typed (docs/sync.md).
    assert "NUL" in str(_error(v.optional_text, "note", "a\x00b", 10))
    assert "valid Unicode" in str(_error(v.require_text, "name", "a\ud800", 10))


def test_int_in_range_boundaries_and_message() -> None:
    assert v.int_in_range("refill_threshold", 0, 0, 10) == 0
    assert v.int_in_range("refill_threshold", "10", 0, 10) == 10
    assert v.int_in_range("refill_threshold", 7.0, 0, 10) == 7
    for bad in (-1, 11, 3.5, "three", True, float("nan")):
        err = _error(v.int_in_range, "refill_threshold", bad, 0, 10)
        assert err.field == "refill_threshold"
        assert str(err) == "Refill threshold must be a whole number between 0 and 10."
    assert str(_error(v.int_in_range, "stock", None, 0, 10)) == "Stock is required."


def test_float_in_range_boundaries_unit_and_decimal_comma() -> None:
    assert v.float_in_range("dose", 0.5, 0.5, 1000, "mg") == 0.5
    assert v.float_in_range("dose", "1000", 0.5, 1000, "mg") == 1000.0
    assert v.float_in_range("dose", "2,5", 0.5, 1000, "mg") == 2.5
    for bad in (0.49, 1000.01, "lots", float("inf"), float("nan")):
        err = _error(v.float_in_range, "dose", bad, 0.5, 1000, "mg")
        assert (err.field, str(err)) == ("dose", "Dose must be between 0.5 and 1000 mg.")
    assert str(_error(v.float_in_range, "share", 101, 0, 100, "%")) == (
        "Share must be between 0 and 100%.")
    assert str(_error(v.float_in_range, "ratio", 2, 0, 1)) == "Ratio must be between 0 and 1."


@settings(max_examples=100, deadline=None)
@given(st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 4)))
def test_parse_number_reads_what_python_prints_and_its_decimal_comma(x: float) -> None:
    assert v.parse_number("x", repr(x)) == x
    assert v.parse_number("x", repr(x).replace(".", ",")) == x


def test_parse_number_thousands_separators_and_ambiguity() -> None:
    assert v.parse_number("steps", "12 345") == 12345
    assert v.parse_number("steps", "1\u202f234\u202f567") == 1234567
    assert v.parse_number("steps", "  ") is None
    for bad in ("1,234.5", "1,2,3", "12 34", "1e999"):
        assert str(_error(v.parse_number, "steps", bad)) == "Steps must be a number."


def test_one_of_matches_case_insensitively_and_lists_choices() -> None:
    allowed = ["in_person", "video", "phone"]
    assert v.one_of("visit_type", " Video ", allowed) == "video"
    err = _error(v.one_of, "visit_type", "fax", allowed)
    assert (err.field, str(err)) == (
        "visit_type", "Visit type must be one of: in_person, video, phone.")
    assert _error(v.one_of, "visit_type", None, allowed).field == "visit_type"


def test_parse_date() -> None:
    assert v.parse_date("start", date(2024, 2, 29)) == date(2024, 2, 29)
    assert v.parse_date("start", " 2024-02-29 ") == date(2024, 2, 29)
    err = _error(v.parse_date, "start", "2023-02-29")
    assert (err.field, str(err)) == ("start", "Start is not a real date: 2023-02-29.")
    for bad in ("01/02/2024", "20240101", "2024-2-1", 20240101, datetime(2024, 1, 1)):
        err = _error(v.parse_date, "start", bad)
        assert str(err) == "Start must be a date in the form YYYY-MM-DD."
    assert str(_error(v.parse_date, "start", "")) == "Start is required."


def test_parse_datetime_utc_converts_aware_values() -> None:
    expected = datetime(2024, 3, 1, 7, 30, tzinfo=UTC)
    plus_one = timezone(timedelta(hours=1))
    assert v.parse_datetime_utc("taken_at", datetime(2024, 3, 1, 8, 30, tzinfo=plus_one)) == (
        expected)
    assert v.parse_datetime_utc("taken_at", "2024-03-01T08:30:00+01:00") == expected
    result = v.parse_datetime_utc("taken_at", "2024-03-01T07:30:00Z")
    assert result == expected
    assert result.utcoffset() == timedelta(0)


def test_parse_datetime_utc_reads_naive_times_as_local() -> None:
    london = ZoneInfo("Europe/London")
    summer = v.parse_datetime_utc("taken_at", "2024-07-01T08:30", london)
    assert summer == datetime(2024, 7, 1, 7, 30, tzinfo=UTC)
    winter = v.parse_datetime_utc("taken_at", datetime(2024, 1, 1, 8, 30), london)
    assert winter == datetime(2024, 1, 1, 8, 30, tzinfo=UTC)
    naive = datetime(2024, 7, 1, 8, 30)
    assert v.parse_datetime_utc("taken_at", naive) == naive.astimezone().astimezone(UTC)


def test_parse_datetime_utc_rejects_garbage() -> None:
    err = _error(v.parse_datetime_utc, "taken_at", "yesterday at 8")
    assert err.field == "taken_at"
    assert str(err).startswith("Taken at must be a date and time like 2024-03-01T08:30")
    assert str(_error(v.parse_datetime_utc, "taken_at", None)) == "Taken at is required."
    assert _error(v.parse_datetime_utc, "taken_at", 1700000000).field == "taken_at"


@pytest.mark.parametrize(
    ("raw", "code"),
    [("E11.9", "E11.9"), ("e11.9", "E11.9"), ("E119", "E11.9"), (" i10 ", "I10"),
     ("S72.001A", "S72.001A"), ("M1A.0", "M1A.0"), ("U07.1", "U07.1"), ("", None), (None, None)],
)
def test_icd10_accepts_and_normalises(raw: str | None, code: str | None) -> None:
    assert v.icd10("icd10_code", raw) == code


@pytest.mark.parametrize("raw", ["11.9", "E1", "E11.12345", "E11-9", "EE1.9", "E11.", 119])
def test_icd10_rejects_malformed_codes(raw: object) -> None:
    err = _error(v.icd10, "icd10_code", raw)
    assert err.field == "icd10_code"
    assert str(err).startswith("ICD-10 code must")


def test_timezone_name() -> None:
    assert v.timezone_name("time_zone", "Europe/London") == "Europe/London"
    assert v.timezone_name("time_zone", " america/new_york ") == "America/New_York"
    assert v.timezone_name("time_zone", "UTC") == "UTC"
    for bad in ("Mars/Olympus_Mons", "", None, "localtime", "../etc/passwd", "Europe"):
        err = _error(v.timezone_name, "time_zone", bad)
        assert (err.field, str(err)) == (
            "time_zone",
            "Time zone must be a time zone name like Europe/London or America/New_York.",
        )
