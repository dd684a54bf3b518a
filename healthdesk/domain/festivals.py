"""Festival dates people date things by ("sugar since Diwali"): a small fixed table.

Lunar festivals move every year, so each is listed by year (the Government of India
gazetted holiday, or the first day where a festival spans days). Fixed-date festivals are
computed. Names are matched in lower case; other languages add their names here.
"""

from __future__ import annotations

import datetime as dt

_D = dt.date
MOVING: dict[str, tuple[dt.date, ...]] = {
    "diwali": (_D(2016, 10, 30), _D(2017, 10, 19), _D(2018, 11, 7), _D(2019, 10, 27),
               _D(2020, 11, 14), _D(2021, 11, 4), _D(2022, 10, 24), _D(2023, 11, 12),
               _D(2024, 10, 31), _D(2025, 10, 20), _D(2026, 11, 8), _D(2027, 10, 29),
               _D(2028, 10, 17), _D(2029, 11, 5), _D(2030, 10, 26)),
    "holi": (_D(2020, 3, 10), _D(2021, 3, 29), _D(2022, 3, 18), _D(2023, 3, 8),
             _D(2024, 3, 25), _D(2025, 3, 14), _D(2026, 3, 4), _D(2027, 3, 22),
             _D(2028, 3, 11)),
    "eid": (_D(2020, 5, 25), _D(2021, 5, 14), _D(2022, 5, 3), _D(2023, 4, 22),
            _D(2024, 4, 11), _D(2025, 3, 31), _D(2026, 3, 21), _D(2027, 3, 10),
            _D(2028, 2, 27)),
}
FIXED: dict[str, tuple[int, int]] = {"christmas": (12, 25), "new year": (1, 1),
                                     "pongal": (1, 14), "sankranti": (1, 14)}
ALIASES = {"deepavali": "diwali", "divali": "diwali", "eid al-fitr": "eid",
           "eid ul-fitr": "eid", "xmas": "christmas", "new year's day": "new year"}
NAMES: tuple[str, ...] = tuple(sorted({*MOVING, *FIXED, *ALIASES}, key=len, reverse=True))
#: The names in Hindi and Tamil, as the assistant's questions are normalised (no nukta).
#: Matched from the start of a word: Tamil writes "since" onto it ("தீபாவளியிலிருந்து").
INDIC_NAMES: dict[str, str] = {
    "दिवाली": "diwali", "दीवाली": "diwali", "दीपावली": "diwali", "होली": "holi",
    "ईद": "eid", "क्रिसमस": "christmas", "नया साल": "new year", "नए साल": "new year",
    "नये साल": "new year", "पोंगल": "pongal", "संक्रांति": "sankranti",
    "தீபாவளி": "diwali", "ஹோலி": "holi", "ரம்ஜான்": "eid", "ரமலான்": "eid",
    "கிறிஸ்துமஸ்": "christmas", "புத்தாண்டு": "new year", "பொங்கல்": "pongal",
    "சங்கராந்தி": "sankranti",
}


def key(name: str) -> str:
    """The table's key for a festival's name in any language ("Deepavali", "தீபாவளி":
    "diwali")."""
    folded = name.casefold()
    return INDIC_NAMES.get(folded) or ALIASES.get(folded, folded)


def last_before(name: str, today: dt.date) -> dt.date | None:
    """The latest day of festival ``name`` on or before ``today`` (None: unknown or too
    early for the table)."""
    fkey = key(name)
    if fkey in FIXED:
        month, day = FIXED[fkey]
        this_year = dt.date(today.year, month, day)
        return this_year if this_year <= today else dt.date(today.year - 1, month, day)
    days = [d for d in MOVING.get(fkey, ()) if d <= today]
    return max(days) if days else None
