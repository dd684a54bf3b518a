"""Dates, times, numbers and units as the reader's locale writes them (Babel's CLDR data).

"3 दिसंबर 2026", "3 டிசம்பர், 2026"; 1,00,000 in India's grouping (hi_IN, ta_IN, en_IN);
a 12-hour or 24-hour clock as the locale has it, or as the user chose. The language is
``healthdesk.domain.i18n.current_language()`` unless one is passed; the region comes
from the environment's locale when it names one for that language (en_GB, en_US), else
India's, which is who the Hindi and Tamil translations are for.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel import dates as _dates
from babel import numbers as _numbers

from healthdesk.domain.i18n import base_language, current_language

Clock = Literal["12h", "24h"]
DateStyle = Literal["short", "medium", "long", "full"]
#: The region a language is written for when the environment does not say.
DEFAULT_REGION = {"hi": "IN", "ta": "IN", "en": "IN"}
#: Units written straight after the number, with no space (as validation messages do).
_TIGHT_UNITS = ("%", "/10")


def _env_region(lang: str) -> str | None:
    for var in ("HEALTHDESK_LANG", "LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var, "").split(".")[0].replace("-", "_")
        code, _sep, region = value.partition("_")
        if code.lower() == lang and region.isalpha() and len(region) == 2:
            return region.upper()
    return None


def locale(lang: str | None = None) -> Locale:
    """The Babel locale for ``lang`` (default: the current language), with its region."""
    code = (lang or current_language()).replace("-", "_")
    base, _sep, region = code.partition("_")
    return _locale(base.lower(), (region or _env_region(base.lower()) or
                                  DEFAULT_REGION.get(base.lower(), "")).upper())


@lru_cache(maxsize=32)
def _locale(base: str, region: str) -> Locale:
    for tag in (f"{base}_{region}" if region else base, base, "en"):
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("Babel has no English locale")  # pragma: no cover


def format_date(day: dt.date, style: DateStyle = "long", lang: str | None = None) -> str:
    """"3 December 2026", "3 दिसंबर 2026", "3 டிசம்பர், 2026" (style "long")."""
    return _dates.format_date(day, style, locale=locale(lang))


def uses_24h(lang: str | None = None) -> bool:
    """Whether the locale's own short time pattern is a 24-hour clock."""
    pattern = _dates.get_time_format("short", locale=locale(lang)).pattern
    return "H" in pattern or "k" in pattern


def format_time(moment: dt.time | dt.datetime, clock: Clock | None = None,
                lang: str | None = None) -> str:
    """Hours and minutes: the locale's clock ("8:05 pm" in hi_IN) unless ``clock`` says
    "24h" ("20:05") or "12h". A datetime is shown in its own zone."""
    loc = locale(lang)
    if clock is None:
        return _dates.format_time(moment, "short", locale=loc)
    if clock == "24h":
        return _dates.format_time(moment, "HH:mm", locale=loc)
    pattern = _dates.get_time_format("short", locale=loc).pattern
    if "a" not in pattern:  # the locale is 24-hour: give it a 12-hour clock with its AM/PM
        pattern = "h:mm a"
    return _dates.format_time(moment, pattern, locale=loc)


def format_datetime(moment: dt.datetime, clock: Clock | None = None,
                    lang: str | None = None, style: DateStyle = "medium") -> str:
    """The date and the time, "3 दिस॰ 2026, 8:05 pm"; a naive datetime is taken as is."""
    day = format_date(moment.date(), style, lang)
    return f"{day}, {format_time(moment, clock, lang)}"


def format_number(value: float, decimals: int | None = None, lang: str | None = None) -> str:
    """A number with the locale's grouping and decimal sign: 1,00,000 in India.

    ``decimals`` fixes the digits after the point (rounded half up, as the units
    module rounds); None shows up to three and drops trailing zeros.
    """
    loc = locale(lang)
    if decimals is None:
        return _numbers.format_decimal(value, locale=loc)
    pattern = loc.decimal_formats[None].pattern.split(";")[0].split(".")[0]
    if decimals > 0:
        pattern += "." + "0" * decimals
    return _numbers.format_decimal(value, format=pattern, locale=loc)


def format_quantity(value: float, unit: str, decimals: int | None = None,
                    lang: str | None = None) -> str:
    """"1,20,000 steps", "98%", "7.5 mmol/L": the number as above and the unit as written
    (units are symbols and stay as they are in every language)."""
    number = format_number(value, decimals, lang)
    if not unit:
        return number
    return f"{number}{unit}" if unit in _TIGHT_UNITS else f"{number} {unit}"


def format_day(day: dt.date, lang: str | None = None) -> str:
    """A date in a list, table or printout: ISO 8601 in English (what the command line,
    reports and cards have always printed, unambiguous to any reader), the locale's own
    form in Hindi and Tamil ("11 फ़र॰ 1954")."""
    if base_language(lang or current_language()) == "en":
        return day.isoformat()
    return format_date(day, "medium", lang)


def format_moment(moment: dt.datetime, lang: str | None = None) -> str:
    """A date and a 24-hour time, as :func:`format_day` writes the date."""
    if base_language(lang or current_language()) == "en":
        return moment.strftime("%Y-%m-%d %H:%M")
    return format_datetime(moment, clock="24h", lang=lang)
