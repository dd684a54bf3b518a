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
from healthdesk.domain.formats import format_day
from healthdesk.domain.i18n import N_, _, ngettext

from .assistant_words_indic import E, S

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
    key: str  # what it is, for its words: "last_n", "since_day", "last_month"...
    n: int = 0  # "last_n": how many units
    unit: str = "days"  # "last_n": days, weeks, months or years
    day: dt.date | None = None  # "day", "since_day", "since_festival"
    festival: str = ""  # "since_festival": the festival's key (festivals.py)

    def covers(self, moment: dt.datetime) -> bool:
        return (self.start is None or moment >= self.start) and moment < self.end

    @property
    def label(self) -> str:
        """The period as the answer says it, in the current language: "over the last 30
        days", "पिछले महीने", "தீபாவளி (20 அக்., 2025) முதல்"."""
        return period_phrase(self)


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

    def since(day: dt.date, key: str) -> Period:
        return Period(_at(day, zone), end, key)

    indic = _indic_period(q, today, zone, end)
    if indic is not None:
        return indic

    if re.search(r"\bday before yesterday\b", q):
        d = today - dt.timedelta(days=2)
        return Period(_at(d, zone), _at(d + dt.timedelta(days=1), zone), "day", day=d)
    if re.search(r"\byesterday\b", q):
        d = today - dt.timedelta(days=1)
        return Period(_at(d, zone), _at(today, zone), "yesterday")
    if re.search(r"\b(today|tonight|this morning|this evening)\b", q):
        return Period(_at(today, zone), min(end, tomorrow), "today")
    m = _LAST_N.search(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        days = n * UNITS[m.group(2)]
        unit = {1: "days", 7: "weeks", 14: "weeks", 30: "months", 365: "years"}[UNITS[m.group(2)]]
        n_units = n * 2 if m.group(2) == "fortnight" else n
        return Period(_at(today - dt.timedelta(days=days - 1), zone), end, "last_n",
                      n=n_units, unit=unit)
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
        return Period(None, end, "all")
    m = _SINCE.search(q)
    if m and not re.match(r"(?:my|her|his|their|the|our) last (?:visit|appointment|check)",
                          m.group(1)):
        return _since_phrase(m.group(1).strip(" .!,"), today, zone, end, now)
    for name in festivals.NAMES:
        if re.search(r"\b" + re.escape(name) + r"\b", q):
            day = festivals.last_before(name, today)
            if day is not None:
                return Period(_at(day, zone), end, "since_festival", day=day,
                              festival=festivals.key(name))
    return None


def _since_phrase(phrase: str, today: dt.date, zone: ZoneInfo, end: dt.datetime,
                  now: dt.datetime) -> Period | None:
    words = re.sub(r"^(the|last|my)\s+", "", phrase)
    for name in festivals.NAMES:
        if words.startswith(name):
            day = festivals.last_before(name, today)
            if day is None:
                return None
            return Period(_at(day, zone), end, "since_festival", day=day,
                          festival=festivals.key(name))
    first = words.split()[0] if words else ""
    if first in MONTHS:
        month = MONTHS[first]
        year = today.year if month <= today.month else today.year - 1
        day = dt.date(year, month, 1)
        return Period(_at(day, zone), end, "since_day", day=day)
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
    return Period(_at(day, zone), end, "since_day", day=day)


# -- Hindi (Devanagari and romanised) and Tamil ---------------------------------------------

_NUM_WORDS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "छह": 6, "सात": 7, "आठ": 8,
              "नौ": 9, "दस": 10, "पंद्रह": 15, "बीस": 20, "तीस": 30,
              "ek": 1, "do": 2, "teen": 3, "char": 4, "paanch": 5, "saat": 7, "das": 10,
              "tees": 30,
              "ஒரு": 1, "ஒன்று": 1, "இரண்டு": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5,
              "ஆறு": 6, "ஏழு": 7, "எட்டு": 8, "பத்து": 10, "பதினைந்து": 15, "இருபது": 20,
              "முப்பது": 30}
# Unit stems (Tamil inflects the noun: நாட்களில், வாரத்தில்) -> (days, unit).
_UNIT_STEMS = (("दिन", 1, "days"), ("din", 1, "days"), ("நாள", 1, "days"), ("நாட்க", 1, "days"),
               ("हफ्त", 7, "weeks"), ("सप्ताह", 7, "weeks"), ("haft", 7, "weeks"),
               ("வார", 7, "weeks"), ("महीन", 30, "months"), ("mahin", 30, "months"),
               ("மாத", 30, "months"), ("साल", 365, "years"), ("वर्ष", 365, "years"),
               ("saal", 365, "years"), ("ஆண்டு", 365, "years"), ("வருட", 365, "years"))
_LAST = r"(?:पिछल[ेा]|गुजर[ेा]|बीत[ेा]|pichh?l[ea]|கடந்த|போன|சென்ற)"
_THIS = r"(?:इस|is|இந்த)"
_WEEK = r"(?:हफ्त|सप्ताह|haft|வார)"
_MONTH = r"(?:महीन|mahin|மாத)"
_YEAR = r"(?:साल|वर्ष|saal|ஆண்டு|வருட)"
_LAST_N_INDIC = re.compile(S + _LAST + r"\s+(\d+|" + "|".join(_NUM_WORDS) + r")\s+("
                           + "|".join(u for u, _d, _u in _UNIT_STEMS) + ")")
_SINCE_WORD = re.compile(S + r"(?:से" + E + r"|के बाद|se\b|முதல்)|லிருந்து|இருந்து")
_MONTH_NAMES = (("जनवरी", "ஜனவரி"), ("फरवरी", "பிப்ரவரி"), ("मार्च", "மார்ச்"),
                ("अप्रैल", "ஏப்ரல்"), ("मई" + E, "மே" + E), ("जून", "ஜூன்"),
                ("जुलाई", "ஜூலை"), ("अगस्त", "ஆகஸ்ட்"), ("सितंबर", "செப்டம்பர்"),
                ("अक्टूबर", "அக்டோபர்"), ("नवंबर", "நவம்பர்"), ("दिसंबर", "டிசம்பர்"))


def _has(pattern: str, q: str) -> bool:
    return re.search(S + pattern, q) is not None


def _indic_period(q: str, today: dt.date, zone: ZoneInfo, end: dt.datetime) -> Period | None:
    """The period a Hindi or Tamil question names ("पिछले हफ्ते", "கடந்த மாதம்",
    "दिवाली से", "kal"), or None. Hindi's कल is yesterday: the record is about the past."""
    def day_period(d: dt.date, key: str, **kw: object) -> Period:
        return Period(_at(d, zone), _at(d + dt.timedelta(days=1), zone), key, **kw)  # type: ignore[arg-type]

    if _has(r"(?:परसों|parson" + E + r"|முந்தாநாள்|நேற்று முன்தினம்|முந்தைய நாள்)", q):
        d = today - dt.timedelta(days=2)
        return day_period(d, "day", day=d)
    if _has(r"(?:कल" + E + r"|kal\b|நேற்ற)", q):
        return day_period(today - dt.timedelta(days=1), "yesterday")
    if _has(r"(?:आज" + E + r"|aaj\b|இன்று|இன்றைக்கு|இன்றைய)", q):
        return Period(_at(today, zone), min(end, _at(today + dt.timedelta(days=1), zone)),
                      "today")
    m = _LAST_N_INDIC.search(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM_WORDS[m.group(1)]
        per, unit = next((d, u) for stem, d, u in _UNIT_STEMS if stem == m.group(2))
        return Period(_at(today - dt.timedelta(days=n * per - 1), zone), end, "last_n",
                      n=n, unit=unit)
    monday = today - dt.timedelta(days=today.weekday())
    first = _month_start(today)
    new_year = today.replace(month=1, day=1)
    if _has(_THIS + r"\s+" + _WEEK, q):
        return Period(_at(monday, zone), end, "this week")
    if _has(_LAST + r"\s+" + _WEEK, q):
        return Period(_at(monday - dt.timedelta(days=7), zone), _at(monday, zone), "last week")
    if _has(_THIS + r"\s+" + _MONTH, q):
        return Period(_at(first, zone), end, "this month")
    if _has(_LAST + r"\s+" + _MONTH, q):
        return Period(_at(_prev_month(today), zone), _at(first, zone), "last month")
    if _has(_THIS + r"\s+" + _YEAR, q):
        return Period(_at(new_year, zone), end, "this year")
    if _has(_LAST + r"\s+" + _YEAR, q):
        return Period(_at(new_year.replace(year=new_year.year - 1), zone),
                      _at(new_year, zone), "last year")
    for name, fkey in festivals.INDIC_NAMES.items():
        # A Tamil ending that starts with a vowel takes the word's final virama
        # ("பொங்கல்" -> "பொங்கலிலிருந்து"), so the name matches without it.
        if _has(re.escape(name.removesuffix("\u0bcd")), q):
            day = festivals.last_before(fkey, today)
            if day is None:
                return None
            return Period(_at(day, zone), end, "since_festival", day=day, festival=fkey)
    if _SINCE_WORD.search(q):
        iso = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", q)
        if iso:
            try:
                day = dt.date.fromisoformat(iso.group(1))
            except ValueError:
                day = None
            if day is not None and day <= today:
                return Period(_at(day, zone), end, "since_day", day=day)
        for month, names in enumerate(_MONTH_NAMES, start=1):
            if any(_has(n, q) for n in names):
                year = today.year if month <= today.month else today.year - 1
                day = dt.date(year, month, 1)
                return Period(_at(day, zone), end, "since_day", day=day)
    if _has(r"(?:अब तक|हमेशा|शुरू से|இதுவரை|எப்போதும்)", q):
        return Period(None, end, "all")
    return None


# -- the period in words ----------------------------------------------------------------------

_PHRASES = {
    "yesterday": N_("yesterday"), "today": N_("today"), "this week": N_("this week"),
    "last week": N_("last week"), "this month": N_("this month"),
    "last month": N_("last month"), "this year": N_("this year"),
    "last year": N_("last year"), "all": N_("in the whole record"),
}
FESTIVAL_LABELS = {
    "diwali": N_("Diwali"), "holi": N_("Holi"), "eid": N_("Eid"),
    "christmas": N_("Christmas"), "new year": N_("New Year"), "pongal": N_("Pongal"),
    "sankranti": N_("Sankranti"),
}


def period_phrase(p: Period) -> str:
    """The words for a period in the current language, to stand in a sentence where the
    English says "last month" or "over the last 30 days"."""
    if p.key in _PHRASES:
        return _(_PHRASES[p.key])
    if p.key == "last_n":
        if p.unit == "weeks":
            text = ngettext("over the last week", "over the last {n} weeks", p.n)
        elif p.unit == "months":
            text = ngettext("over the last month", "over the last {n} months", p.n)
        elif p.unit == "years":
            text = ngettext("over the last year", "over the last {n} years", p.n)
        else:
            text = ngettext("over the last day", "over the last {n} days", p.n)
        return text.format(n=p.n)
    assert p.day is not None
    date = format_day(p.day)
    if p.key == "since_festival":
        name = FESTIVAL_LABELS.get(p.festival)
        return _("since {festival} ({date})").format(
            festival=_(name) if name else p.festival.title(), date=date)
    if p.key == "since_day":
        return _("since {date}").format(date=date)
    return _("on {date}").format(date=date)
