"""A small test client for the sync server: one device of one account, over real HTTP."""

from __future__ import annotations

import itertools
import time
import uuid
from typing import Any

import httpx

from healthdesk.domain.hlc import HybridClock
from tests.pg import ssl_context

T0 = "2026-03-10T09:00:00.000000Z"
# Valid values for every column an insert must bring (the server refuses an insert that
# lacks one, docs/sync.md "Validation"); references (medication_id...) the test gives.
REQUIRED: dict[str, dict[str, Any]] = {
    "profiles": {"name": "Asha Rao", "sex": "unknown", "blood_type": "unknown",
                 "language": "en"},
    "emergency_contacts": {"name": "Ravi", "priority": 1, "phone": "+44 20 7946 0000"},
    "conditions": {"name": "Asthma", "status": "active"},
    "allergies": {"substance": "Penicillin", "category": "medication", "severity": "mild"},
    "symptom_entries": {"symptom": "Cough", "severity": 3, "onset_at": T0},
    "goals": {"title": "Walk", "direction": "increase", "start_date": "2026-03-01",
              "status": "active"},
    "goal_progress": {"recorded_at": T0, "value": 1.0},
    "measurements": {"kind": "weight", "value": 70.0, "unit": "kg", "taken_at": T0,
                     "source": "manual"},
    "medications": {"name": "Metformin", "form": "tablet", "dose_amount": 1.0,
                    "dose_unit": "tablet", "route": "oral", "missed_dose_window_hours": 2.0,
                    "active": True},
    "medication_schedules": {"kind": "fixed", "times_of_day": ["08:00"], "interval_days": 1,
                             "start_date": "2026-03-01", "timezone": "UTC",
                             "tz_policy": "home"},
    "dose_events": {"action": "taken", "at": T0, "override_confirmed": False},
    "appointments": {"title": "GP", "start_at": T0, "duration_minutes": 30,
                     "visit_type": "in_person", "status": "scheduled", "reminder_offsets": []},
    "documents": {"title": "Scan", "category": "other", "tags": [],
                  "mime_type": "application/pdf", "size_bytes": 0, "sha256": "0" * 64},
    "chat_sessions": {"title": "Notes", "kind": "notes"},
    "chat_messages": {"role": "note", "content": "hello", "sent_at": T0},
    "audit_events": {"at": T0, "actor": "test", "device_id": "test", "action": "create",
                     "entity": "measurements"},
    "refills": {"quantity": 1.0, "at": T0},
    "caregivers": {"name": "Ravi", "position": 1},
    "caregiver_alerts": {"scheduled_for": T0, "level": 0, "caregiver_name": "Ravi",
                         "raised_at": T0},
}


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def new_id() -> str:
    return str(uuid.uuid4())


class Device:
    """A device: its token, its HLC and its outbox sequence (for idempotency keys)."""

    def __init__(self, base_url: str, token: str, device_id: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=60, verify=ssl_context(),
                                 headers={"Authorization": f"Bearer {token}"})
        self.device_id = device_id
        self.clock = HybridClock(device_id, now_ms)
        self._seq = itertools.count(1)

    def close(self) -> None:
        self.http.close()

    def stamp(self) -> str:
        return self.clock.tick()

    def mutation(self, entity: str, profile_id: str, row_id: str, fields: dict[str, Any],
                 op: str = "update", base_version: str | None = None,
                 stamp: str | None = None) -> dict[str, Any]:
        s = stamp or self.stamp()
        return {"key": f"{self.device_id}:{next(self._seq)}", "entity": entity,
                "row_id": row_id, "profile_id": profile_id, "op": op, "fields": fields,
                "stamps": dict.fromkeys(fields, s), "base_version": base_version}

    def insert(self, entity: str, profile_id: str, fields: dict[str, Any],
               row_id: str | None = None, stamp: str | None = None) -> dict[str, Any]:
        rid = row_id or (profile_id if entity == "profiles" else new_id())
        full = {"id": rid, "profile_id": profile_id, "deleted": False, "created_at": T0,
                "updated_at": T0, **REQUIRED.get(entity, {}), **fields}
        return self.mutation(entity, profile_id, rid, full, op="insert", stamp=stamp)

    def push_raw(self, mutations: list[dict[str, Any]],
                 batch_id: str | None = None) -> httpx.Response:
        return self.http.post("/v1/push", json={
            "protocol": 1, "device_id": self.device_id, "batch_id": batch_id or new_id(),
            "mutations": mutations})

    def push(self, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        r = self.push_raw(mutations)
        assert r.status_code == 200, r.text
        self.clock.observe(f"{r.json()['server_time']:013d}-00000-x")
        return list(r.json()["results"])

    def pull_raw(self, cursors: dict[str, int] | None = None,
                 limit: int = 1000) -> httpx.Response:
        return self.http.post("/v1/pull", json={"protocol": 1, "device_id": self.device_id,
                                                "cursors": cursors or {}, "limit": limit})

    def pull(self, cursors: dict[str, int] | None = None, limit: int = 1000) -> dict[str, Any]:
        r = self.pull_raw(cursors, limit)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull_all(self, cursors: dict[str, int] | None = None) -> tuple[list[dict[str, Any]],
                                                                      dict[str, int]]:
        """Every change after ``cursors``, page by page; returns (changes, cursors)."""
        cursors = dict(cursors or {})
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursors)
            changes += page["changes"]
            cursors.update(page["cursors"])
            if not page["has_more"]:
                return changes, cursors


def replay(changes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """What a client ends with after applying a feed in order (field LWW by stamp)."""
    rows: dict[tuple[str, str], tuple[dict[str, Any], dict[str, str]]] = {}
    for c in changes:
        fields, stamps = rows.setdefault((c["entity"], c["row_id"]), ({}, {}))
        for name, value in c["fields"].items():
            if name not in stamps or c["stamps"][name] > stamps[name]:
                fields[name], stamps[name] = value, c["stamps"][name]
    return {k: v[0] for k, v in rows.items()}


def device_for(server_url: str, account: Any) -> Device:
    """Sign a new device of ``account`` (tests/pg.py ``Account``) in."""
    device_id = uuid.uuid4().hex
    dev = Device(server_url, account.login(server_url, device_id), device_id)
    dev.account = account  # type: ignore[attr-defined]
    return dev
