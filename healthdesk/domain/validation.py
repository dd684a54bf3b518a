"""Small validators the services layer runs on user input before anything is stored.

Each returns the cleaned value or raises ValidationError whose ``field`` is the field name
given and whose message names the field (as a label) and the allowed range or format, so
the UI can show it next to the input unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext

_ACRONYMS = {"icd10": "ICD-10", "id": "ID", "url": "URL", "spo2": "SpO2", "hba1c": "HbA1c"}
_THOUSANDS_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f_'](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ICD10 = re.compile(r"([A-Z][0-9][0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?")


def field_label(field: str) -> str:
    """Turn a field name into the words a user sees: "time_zone" -> "Time zone"."""
    words = [_ACRONYMS.get(word.casefold(), word) for word in field.split("_") if word]
    if not words:
        return field
    first = words[0]
    if first not in _ACRONYMS.values():
        first = first[:1].upper() + first[1:]
    # The English label is the msgid: the known ones are marked in field_labels.py.
    return _(" ".join([first, *words[1:]]))


def parse_number(field: str, value: Any, label: str | None = None) -> float | None:
    """Read a number typed by a user: "120", "7,5" (decimal comma), "12 345"; None if blank.

    Rejects booleans, NaN, infinities and text with both "," and "." (is "1,234.5" a
    thousands separator or a typo? asking is cheaper than mis-storing a reading).
    """
    name = label or field_label(field)
    problem = ValidationError(field, _("{field} must be a number.").format(field=name))
    if value is None:
        return None
    if isinstance(value, bool):
        raise problem
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        text = _THOUSANDS_SPACES.sub("", text)
        if "," in text:
            if "." in text or text.count(",") > 1:
                raise problem
            text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text):
            raise problem
        number = float(text)
    else:
        raise problem
    if not math.isfinite(number):
        raise problem
    return number


def require_text(field: str, value: Any, max_len: int) -> str:
    """Return ``value`` stripped; reject a missing, blank or over-long text."""
    text = optional_text(field, value, max_len)
    if text is None:
        raise ValidationError(field, _required(field))
    return text


def optional_text(field: str, value: Any, max_len: int) -> str | None:
    """Return ``value`` stripped, or None when it is missing or blank; reject over-long."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, _("{field} must be text.").format(field=field_label(field)))
    text = value.strip()
    if not text:
        return None
    # Nothing downstream can keep these: PostgreSQL refuses NUL, UTF-8 a lone surrogate,
    # so the sync server refuses such a change and it would never reach other devices.
    if "\x00" in text:
        raise ValidationError(field, _("{field} must not contain the NUL character.").format(
            field=field_label(field)))
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(
                field, _("{field} must be valid Unicode text.").format(
                    field=field_label(field))) from None
    if len(text) > max_len:
        raise ValidationError(
            field,
            ngettext("{field} must be at most {max} character (it has {n}).",
                     "{field} must be at most {max} characters (it has {n}).", max_len).format(
                field=field_label(field), max=max_len, n=len(text)),
        )
    return text


def int_in_range(field: str, value: Any, lo: int, hi: int) -> int:
    """Return a whole number between ``lo`` and ``hi`` inclusive ("3", 3 and 3.0 all pass)."""
    message = _("{field} must be a whole number between {lo} and {hi}.").format(
        field=field_label(field), lo=lo, hi=hi)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, _required(field))
    try:
        number = parse_number(field, value)
    except ValidationError:
        raise ValidationError(field, message) from None
    if number is None or not number.is_integer() or not lo <= number <= hi:
        raise ValidationError(field, message)
    return int(number)


def float_in_range(field: str, value: Any, lo: float, hi: float, unit: str = "") -> float:
    """Return a finite number between ``lo`` and ``hi`` inclusive; the message shows ``unit``."""
    suffix = f" {unit}" if unit and unit != "%" else unit
    message = _("{field} must be between {lo} and {hi}{unit}.").format(
        field=field_label(field), lo=_plain(lo), hi=_plain(hi), unit=suffix)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, _required(field))
    try:
        number = parse_number(field, value)
    except ValidationError:
        raise ValidationError(field, message) from None
    if number is None or not lo <= number <= hi:
        raise ValidationError(field, message)
    return number


def _required(field: str) -> str:
    return _("{field} is required.").format(field=field_label(field))


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def one_of(field: str, value: Any, allowed: Iterable[str]) -> str:
    """Return the allowed value ``value`` names, ignoring case and surrounding spaces."""
    choices = list(allowed)
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for choice in choices:
            if choice.casefold() == wanted:
                return choice
    raise ValidationError(field, _("{field} must be one of: {choices}.").format(
        field=field_label(field), choices=", ".join(choices)))


def parse_date(field: str, value: Any) -> date:
    """Return a calendar date from a ``date`` or an ISO "YYYY-MM-DD" string.

    A ``datetime`` is refused: which day it falls on depends on a time zone the caller
    has not said, so the caller must pick the date itself.
    """
    message = _("{field} must be a date in the form YYYY-MM-DD.").format(
        field=field_label(field))
    if isinstance(value, datetime):
        raise ValidationError(field, message)
    if isinstance(value, date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, _required(field))
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        raise ValidationError(field, message)
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            field, _("{field} is not a real date: {value}.").format(
                field=field_label(field), value=value.strip())
        ) from None


def parse_datetime_utc(field: str, value: Any, local_tz: tzinfo | None = None) -> datetime:
    """Return an aware UTC datetime, since every time is stored in UTC.

    Accepts datetimes and ISO-8601 strings ("2024-03-01T08:30:00+01:00", "...Z"). A time
    without an offset is what the user's clock showed, so it is read in ``local_tz``
    (default: this computer's zone) and then converted.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, _required(field))
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field,
                _("{field} must be a date and time like 2024-03-01T08:30 "
                  "or 2024-03-01T08:30:00+01:00.").format(field=field_label(field)),
            ) from None
    else:
        raise ValidationError(field, _("{field} must be a date and time.").format(
            field=field_label(field)))
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=local_tz) if local_tz is not None else moment.astimezone()
    return moment.astimezone(UTC)


def icd10(field: str, value: Any) -> str | None:
    """Return an ICD-10 code in its usual form ("e119" -> "E11.9"), or None when blank.

    Accepts WHO ICD-10 and ICD-10-CM shapes: a letter, a digit, a digit or letter, then
    optionally a dot and one to four digits or letters.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, _("{field} must be text.").format(field=field_label(field)))
    text = "".join(value.split()).upper()
    if not text:
        return None
    match = _ICD10.fullmatch(text)
    if match is None:
        raise ValidationError(
            field,
            _("{field} must be an ICD-10 code like I10 or E11.9 (a letter, two digits, then "
              "optionally a dot and up to 4 letters or digits).").format(
                field=field_label(field)),
        )
    category, detail = match.groups()
    return f"{category}.{detail}" if detail else category


def timezone_name(field: str, value: Any) -> str:
    """Return a valid IANA time zone key ("europe/london" -> "Europe/London")."""
    message = _("{field} must be a time zone name like Europe/London or "
                "America/New_York.").format(field=field_label(field))
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, message)
    key = value.strip()
    zones = _zones_by_folded_name()
    found = zones.get(key.casefold())
    if found is None:
        raise ValidationError(field, message)
    return found


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    # Only the listed IANA keys: ZoneInfo() alone would also take odd files on the
    # zone path ("localtime", "posixrules") that mean nothing on another device.
    zones = {
        name.casefold(): name
        for name in available_timezones()
        if name not in ("localtime", "posixrules", "posix/localtime")
    }
    zones.setdefault("utc", "UTC")
    return zones
