"""What every listing and every add prints: a readable table, or JSON with stable keys.

The JSON shapes are a contract (docs/cli.md): each command builds its objects with
explicit keys rather than dumping service views, so a new field in a service never
changes what a script reads without the document changing too.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo


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
    local = local_time(moment, zone)
    return "" if local is None else local.strftime("%Y-%m-%d %H:%M")


def iso_day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def number(value: float | None) -> str:
    """120.0 -> "120", 7.25 -> "7.25": what a person would write."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], empty: str) -> str:
    """Columns padded to their widest cell; ``empty`` when there are no rows."""
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    if not cells:
        return empty
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
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
    width = max(len(label) for _, label in labels)
    lines = []
    for key, label in labels:
        value = doc.get(key)
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        lines.append(f"{label + ':':<{width + 1}} {value}")
    emit_text("\n".join(lines))
    return 0
