"""Dates, times and numbers as each language writes them (Babel's CLDR data)."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.domain import formats
from healthdesk.domain.i18n import language

DAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("lang", "expected"), [
    ("hi", "3 दिसंबर 2026"), ("ta", "3 டிசம்பர், 2026"), ("en", "3 December 2026")])
def test_long_dates(lang: str, expected: str) -> None:
    assert formats.format_date(DAY, lang=lang) == expected
    with language(lang):
        assert formats.format_date(DAY) == expected


def test_indian_digit_grouping() -> None:
    for lang in ("hi", "ta"):
        assert formats.format_number(100000, lang=lang) == "1,00,000"
        assert formats.format_number(12345678.5, 1, lang) == "1,23,45,678.5"
    assert formats.format_number(100000, lang="en_US") == "100,000"
    assert formats.format_quantity(120000, "steps", lang="hi") == "1,20,000 steps"
    assert formats.format_quantity(98, "%", lang="ta") == "98%"


def test_twelve_or_twenty_four_hours() -> None:
    evening = dt.time(20, 5)
    assert formats.format_time(evening, "24h", "hi") == "20:05"
    assert formats.format_time(evening, lang="hi") == "8:05 pm"  # the locale's own clock
    assert formats.format_time(evening, "12h", "ta") == "8:05 PM"
    assert not formats.uses_24h("hi")
    assert formats.format_time(evening, "12h", "de") == "8:05 PM"  # 24 h locale made 12 h


def test_lists_keep_iso_in_english_and_read_naturally_in_hindi() -> None:
    moment = dt.datetime(2026, 3, 10, 7, 30)
    assert formats.format_day(DAY, "en") == "2026-12-03"
    assert formats.format_moment(moment, "en") == "2026-03-10 07:30"
    assert formats.format_day(DAY, "hi") == "3 दिस॰ 2026"
    assert formats.format_moment(moment, "hi") == "10 मार्च 2026, 07:30"


def test_a_region_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("HEALTHDESK_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    assert formats.format_number(100000, lang="en") == "100,000"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert formats.format_number(100000, lang="en") == "1,00,000"
