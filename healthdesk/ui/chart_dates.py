"""Date ticks for the matplotlib charts in the window's language (Babel's CLDR names:
"दिस॰", "டிச.", "Dec"), not the computer's locale, which is what matplotlib's own
formatters read through strftime.

Concise, like matplotlib's ConciseDateFormatter: months when the ticks are a month or more
apart (the year with the first tick and each January), days and months when they are a
day or more apart, times within a day (the date with the first tick and each midnight).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Any

from babel import dates as babel_dates

from healthdesk.domain.formats import locale


def tick_labels(moments: Sequence[dt.datetime], lang: str | None = None) -> list[str]:
    """The labels for ticks at ``moments`` (aware or naive, in the chart's zone)."""
    if not moments:
        return []
    loc = locale(lang)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(moments)]
    step = min(gaps) if gaps else 86400.0
    out = []
    for i, m in enumerate(moments):
        prev = moments[i - 1] if i else None
        if step >= 28 * 86400:
            if prev is None or m.year != prev.year:
                out.append(babel_dates.format_skeleton("yMMM", m, locale=loc))
            else:
                out.append(babel_dates.format_skeleton("MMM", m, locale=loc))
        elif step >= 86400 - 1:
            if prev is not None and m.year != prev.year:
                out.append(babel_dates.format_skeleton("yMMMd", m, locale=loc))
            else:
                out.append(babel_dates.format_skeleton("MMMd", m, locale=loc))
        elif prev is None or m.date() != prev.date():
            out.append(babel_dates.format_skeleton("MMMd", m, locale=loc) + " "
                       + babel_dates.format_time(m, "HH:mm", locale=loc))
        else:
            out.append(babel_dates.format_time(m, "HH:mm", locale=loc))
    return out


def date_formatter(tz: dt.tzinfo | None = None) -> Any:
    """A matplotlib tick formatter writing dates with :func:`tick_labels` (matplotlib is
    imported only here, when a chart is first drawn)."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import Formatter

    class BabelDateFormatter(Formatter):
        def __init__(self) -> None:
            self.tz = tz

        def _moment(self, value: float) -> dt.datetime:
            moment: dt.datetime = mdates.num2date(value, tz=self.tz)  # type: ignore[no-untyped-call]
            return moment

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            return tick_labels([self._moment(v) for v in values])

        def __call__(self, x: float, pos: int | None = None) -> str:
            return tick_labels([self._moment(x)])[0]

    return BabelDateFormatter()
