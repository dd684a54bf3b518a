"""What every listing and every add prints: a readable table, or JSON with stable keys.

The JSON shapes are a contract (docs/cli.md): each command builds its objects with
explicit keys rather than dumping service views, so a new field in a service never
changes what a script reads without the document changing too.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from healthdesk.domain.formats import format_moment
from healthdesk.domain.i18n import _


def emit_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def local_time(moment: dt.datetime | None, zone: str | None) -> dt.datetime | None:
    """``moment`` in the profile's zone, or this computer's when the profile has none."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()


def iso_time(moment: dt.datetime | None, zone: str | None) -> str | None:
    """ISO 8601 with the UTC offset, so a script never has to guess the zone."""
    local = local_time(moment, zone)
    return None if local is None else local.isoformat(timespec="seconds")


def short_time(moment: dt.datetime | None, zone: str | None) -> str:
    """For tables: "2026-03-10 07:30" in English, "10 मार्च 2026, 07:30" in Hindi."""
    local = local_time(moment, zone)
    return "" if local is None else format_moment(local)


def iso_day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def number(value: float | None) -> str:
    """120.0 -> "120", 7.25 -> "7.25": what a person would write."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Devanagari and Tamil vowel signs and
    viramas combine with the letter before them and take none."""
    return sum(unicodedata.category(ch) not in ("Mn", "Me", "Cf") for ch in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], empty: str) -> str:
    """Columns padded to their widest cell; ``empty`` when there are no rows."""
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    if not cells:
        return empty
    widths = [max(width(h), *(width(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h.upper(), w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def print_list(as_json: bool, docs: list[dict[str, Any]], headers: Sequence[str],
               rows: Iterable[Sequence[Any]], empty: str) -> int:
    """A list command's output: a JSON array, or the table."""
    if as_json:
        emit_json(docs)
    else:
        emit_text(table(headers, rows, empty))
    return 0


def print_added(as_json: bool, docs: list[dict[str, Any]]) -> int:
    """An add prints each new id on its own line (easy to capture in a script), or with
    --json the whole record (one object; an array for a bulk add)."""
    if as_json:
        emit_json(docs[0] if len(docs) == 1 else docs)
    else:
        emit_text("\n".join(d["id"] for d in docs))
    return 0


def print_one(as_json: bool, doc: dict[str, Any], labels: Sequence[tuple[str, str]]) -> int:
    """A single record: JSON, or "Label: value" lines (empty fields left out)."""
    if as_json:
        emit_json(doc)
        return 0
    # The labels are English constants marked with N_; shown in the reader's language.
    labels = [(key, _(label)) for key, label in labels]
    columns = max(width(label) for _key, label in labels)
    lines = []
    for key, label in labels:
        value = doc.get(key)
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        lines.append(f"{_pad(label + ':', columns + 1)} {value}")
    emit_text("\n".join(lines))
    return 0
