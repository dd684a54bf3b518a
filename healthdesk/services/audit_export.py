"""The audit trail written out for an inspector or a clinic's records officer: CSV or JSON.

Field names only, never values (as the trail itself). Times are UTC ISO-8601, so the
file sorts and compares the same wherever it is read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .audit import AuditEventView

FORMATS = ("csv", "json")
COLUMNS = ("at", "profile_id", "profile", "actor", "device_id", "action", "entity",
           "entity_id", "fields")


def event_doc(e: AuditEventView, names: Mapping[str, str]) -> dict[str, Any]:
    return {
        "at": e.at.isoformat().replace("+00:00", "Z"), "profile_id": e.profile_id,
        "profile": names.get(e.profile_id, ""), "actor": e.actor, "device_id": e.device_id,
        "action": e.action, "entity": e.entity, "entity_id": e.entity_id,
        "fields": list(e.fields),
    }


def render(events: Sequence[AuditEventView], names: Mapping[str, str], fmt: str) -> str:
    """The events as ``fmt`` text ("csv": one row each, fields joined by spaces)."""
    if fmt not in FORMATS:
        raise ValidationError("format", _("The audit export format must be csv or json."))
    docs = [event_doc(e, names) for e in events]
    if fmt == "json":
        return json.dumps(docs, ensure_ascii=False, indent=1) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for d in docs:
        writer.writerow({**d, "fields": " ".join(d["fields"])})
    return out.getvalue()
