"""The order a bundle's Conditions are imported in: newest statement first, so a
condition recorded several times takes its latest status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .fhir_codes import moment


def _recorded(c: Any) -> dt.datetime:
    """When a Condition was last said: the latest of its recorded date, last update,
    abatement and onset (a resolution recorded years later carries only some of them)."""
    values = (c.recordedDate, getattr(c.meta, "lastUpdated", None), c.abatementDateTime,
              getattr(c.abatementPeriod, "end", None), c.onsetDateTime,
              getattr(c.onsetPeriod, "start", None))
    moments = [when for value in values if (when := moment(value)) is not None]
    return max(moments, default=dt.datetime.min.replace(tzinfo=dt.UTC))


def latest_conditions_first(valid: list[tuple[str, str, Any]]) -> list[tuple[str, str, Any]]:
    """The same order, but Conditions newest first: a condition recorded several times
    (active in 2019, resolved in 2023) is then imported with its latest status, and the
    older statements count as already there."""
    conditions = sorted((v for v in valid if v[0] == "Condition"),
                        key=lambda v: _recorded(v[2]), reverse=True)
    rest = [v for v in valid if v[0] != "Condition"]
    return rest + conditions
