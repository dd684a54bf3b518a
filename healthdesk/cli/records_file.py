"""``--from FILE|-``: many records from a CSV file or JSON lines, for bulk adds.

A CSV file has a header row naming the columns; a JSON-lines file holds one object a
line. Column and key names are the command's option names (``--taken-at`` is
``taken_at``); an unknown one is refused rather than ignored, so a misspelt column never
silently drops a value. Which format it is comes from the name (.csv, .jsonl, .ndjson)
or, for standard input, from the first character.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    line: int  # where it is in the file, for messages
    values: dict[str, Any]


def _key(name: str) -> str:
    return "_".join(name.strip().casefold().replace("-", " ").split())


def _text(source: str) -> tuple[str, str]:
    if source == "-":
        return "standard input", sys.stdin.read()
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("from", _("The file {source} cannot be read ({value}).").format(
                                          source=source, value=exc.strerror or exc)) from None
    if len(data) > MAX_BYTES:
        raise ValidationError("from", _("{source} is larger than 64 MB; split it up.").format(
                                          source=source))
    try:
        return path.name, data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("from", _("{source} is not UTF-8 text; save it as UTF-8 CSV or "
                                        "JSON lines.").format(source=source)) from None


def _check_keys(label: str, line: int, keys: Collection[str], allowed: Collection[str]) -> None:
    unknown = [k for k in keys if k not in allowed]
    if unknown:
        raise ValidationError("from", _("{label} line {line}: unknown column '{unknown}'; the "
                                        "columns are: {allowed}.").format(
                                          label=label, line=line, unknown=unknown[0],
                                          allowed=', '.join(allowed)))


def _csv_rows(label: str, text: str, allowed: Collection[str]) -> list[Row]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return []
    keys = [_key(h) for h in header]
    _check_keys(label, 1, [k for k in keys if k], allowed)
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(keys):
            raise ValidationError("from", _("{label} line {line_num}: {n} values for {n2} "
                                            "columns.").format(
                                              label=label, line_num=reader.line_num, n=len(cells),
                                              n2=len(keys)))
        values = {k: (c.strip() or None) for k, c in zip(keys, cells, strict=False) if k}
        rows.append(Row(reader.line_num, values))
    return rows


def _json_rows(label: str, text: str, allowed: Collection[str]) -> list[Row]:
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if not isinstance(obj, dict):
            raise ValidationError("from", _("{label} line {n} is not a JSON object (one object "
                                            "a line, like {{\"name\": \"Asha Rao\"}}).").format(
                                              label=label, n=n))
        values = {_key(k): v for k, v in obj.items()}
        _check_keys(label, n, values, allowed)
        rows.append(Row(n, values))
    return rows


def read_rows(source: str, allowed: Collection[str], what: str) -> tuple[str, list[Row]]:
    """The file's name (for messages) and its rows; ValidationError (exit 2) for a file
    that cannot be read, an unknown column, or no rows at all."""
    label, text = _text(source)
    suffix = Path(source).suffix.casefold() if source != "-" else ""
    as_json = suffix in (".jsonl", ".ndjson", ".json") or (
        suffix != ".csv" and text.lstrip().startswith("{"))
    rows = (_json_rows if as_json else _csv_rows)(label, text, allowed)
    if not rows:
        raise ValidationError("from", _("{label} holds no {what}.").format(label=label, what=what))
    return label, rows


def row_error(label: str, row: Row, exc: ValidationError) -> ValidationError:
    """The service's message, prefixed with where the row is; nothing was written."""
    return ValidationError(exc.field, _("{label} line {line}: {message} Nothing was added.").format(
                                          label=label, line=row.line, message=exc.message))
