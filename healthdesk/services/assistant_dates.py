"""The period a question is about: "last month", "this week", "since Diwali", "yesterday".

Common English phrases are read by hand (fast and exact); anything else after "since" or
"from" goes to dateparser, imported only then because it is slow to import. Periods are
the person's local days, returned as UTC instants [start, end).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from healthdesk.domain import festivals

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "a": 1, "an": 1}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "month": 30,
         "months": 30, "year": 365, "years": 365}
MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"), start=1)}
_LAST_N = re.compile(r"\b(?:last|past|previous)\s+(\d+|" + "|".join(NUMBERS) + r")\s+("
                     + "|".join(UNITS) + r")\b")
_SINCE = re.compile(r"\b(?:since|from|after)\s+(.+?)(?:\?|$|\s+(?:for|of)\s)")


@dataclass(frozen=True)
class Period:
    start: dt.datetime | None  # None: all history
    end: dt.datetime
    label: str

    def covers(self, moment: dt.datetime) -> bool:
        return (self.start is None or moment >= self.start) and moment < self.end


def _at(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _prev_month(day: dt.date) -> dt.date:
    first = _month_start(day)
    return _month_start(first - dt.timedelta(days=1))


def parse_period(text: str, now: dt.datetime, zone_name: str | None) -> Period | None:
    """The period ``text`` names, or None when it names none."""
    zone = ZoneInfo(zone_name or "UTC")
    q = text.casefold()
    today = now.astimezone(zone).date()
    end = now + dt.timedelta(seconds=1)
    tomorrow = _at(today + dt.timedelta(days=1), zone)

    def since(day: dt.date, label: str) -> Period:
        return Period(_at(day, zone), end, label)

    if re.search(r"\bday before yesterday\b", q):
        d = today - dt.timedelta(days=2)
        return Period(_at(d, zone), _at(d + dt.timedelta(days=1), zone), d.isoformat())
    if re.search(r"\byesterday\b", q):
        d = today - dt.timedelta(days=1)
        return Period(_at(d, zone), _at(today, zone), "yesterday")
    if re.search(r"\b(today|tonight|this morning|this evening)\b", q):
        return Period(_at(today, zone), min(end, tomorrow), "today")
    m = _LAST_N.search(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        days = n * UNITS[m.group(2)]
        return since(today - dt.timedelta(days=days - 1), f"the last {n} {m.group(2)}")
    if re.search(r"\bthis week\b", q):
        return since(today - dt.timedelta(days=today.weekday()), "this week")
    if re.search(r"\b(last|previous) week\b", q):
        monday = today - dt.timedelta(days=today.weekday())
        return Period(_at(monday - dt.timedelta(days=7), zone), _at(monday, zone), "last week")
    if re.search(r"\bthis month\b", q):
        return since(_month_start(today), "this month")
    if re.search(r"\b(last|previous) month\b", q):
        first = _month_start(today)
        return Period(_at(_prev_month(today), zone), _at(first, zone), "last month")
    if re.search(r"\bthis year\b", q):
        return since(today.replace(month=1, day=1), "this year")
    if re.search(r"\b(last|previous) year\b", q):
        first = today.replace(month=1, day=1)
        return Period(_at(first.replace(year=first.year - 1), zone), _at(first, zone),
                      "last year")
    if re.search(r"\b(ever|all time|all history|overall)\b", q):
        return Period(None, end, "all history")
    m = _SINCE.search(q)
    if m and not re.match(r"(?:my|her|his|their|the|our) last (?:visit|appointment|check)",
                          m.group(1)):
        return _since_phrase(m.group(1).strip(" .!,"), today, zone, end, now)
    for name in festivals.NAMES:
        if re.search(r"\b" + re.escape(name) + r"\b", q):
            day = festivals.last_before(name, today)
            if day is not None:
                return since(day, f"since {name.title()} ({day.isoformat()})")
    return None


def _since_phrase(phrase: str, today: dt.date, zone: ZoneInfo, end: dt.datetime,
                  now: dt.datetime) -> Period | None:
    words = re.sub(r"^(the|last|my)\s+", "", phrase)
    for name in festivals.NAMES:
        if words.startswith(name):
            day = festivals.last_before(name, today)
            if day is None:
                return None
            return Period(_at(day, zone), end, f"since {name.title()} ({day.isoformat()})")
    first = words.split()[0] if words else ""
    if first in MONTHS:
        month = MONTHS[first]
        year = today.year if month <= today.month else today.year - 1
        day = dt.date(year, month, 1)
        return Period(_at(day, zone), end, f"since {day.isoformat()}")
    try:
        day = dt.date.fromisoformat(words[:10])
    except ValueError:
        import dateparser  # type: ignore[import-untyped]  # slow: only when needed

        found = dateparser.parse(words, languages=["en"], settings={
            "RELATIVE_BASE": now.astimezone(zone).replace(tzinfo=None),
            "PREFER_DATES_FROM": "past"})
        if found is None:
            return None
        day = found.date()
    if day > today:
        return None
    return Period(_at(day, zone), end, f"since {day.isoformat()}")
