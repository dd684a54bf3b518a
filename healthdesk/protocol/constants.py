"""Numbers and names both ends of the sync protocol must agree on."""

from __future__ import annotations

import uuid

PROTOCOL_VERSION = 1
# The oldest client protocol the server still answers; older clients get 426.
MIN_CLIENT_PROTOCOL = 1

MAX_PUSH_BATCH = 500
MAX_PULL_PAGE = 1000
# A stamp further ahead of the server's clock than this is refused (``clock_ahead``):
# otherwise a device with a fast clock would win every later edit.
MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000

# Every response carries the server's clock (unix ms) in this header as well as in the
# body's ``server_time``, so even an error answer lets a client correct its HLC.
SERVER_TIME_HEADER = "X-Server-Time"

# The synced tables of the client store (healthdesk/store/models) plus the conflict inbox.
ENTITIES: frozenset[str] = frozenset({
    "profiles", "emergency_contacts", "conditions", "allergies", "symptom_entries",
    "goals", "goal_progress", "measurements", "medications", "medication_schedules",
    "dose_events", "appointments", "documents", "chat_sessions", "chat_messages",
    "audit_events", "conflicts", "refills", "caregivers", "caregiver_alerts",
    "immunizations", "encounters", "retention_rules",
    "notifications", "notification_settings", "emergency_alerts", "alert_deliveries",
    "clinic_queue", "clinic_records",
})
APPEND_ONLY_ENTITIES: frozenset[str] = frozenset({"dose_events", "audit_events"})
# An edit concurrent with a delete keeps these rows alive until a person decides: losing
# an allergy or a medication silently is worse than showing one twice.
KEEP_ALIVE_ENTITIES: frozenset[str] = frozenset({"allergies", "conditions", "medications"})
CONFLICTS_ENTITY = "conflicts"

# Conflict record ids are uuid5(CONFLICT_NAMESPACE, f"{mutation key}|{field}"), so a
# re-sent batch can never create a second record for the same loss.
CONFLICT_NAMESPACE = uuid.UUID("6f1d3c52-93a4-4d1e-9a53-0c7f4a1e2b77")


def conflict_id(mutation_key: str, field: str) -> str:
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{mutation_key}|{field}"))
