"""Whether the server takes one mutation: the rules of docs/sync.md ("Validation").

Two stages. :func:`precheck` needs no database: the shape of the mutation, that it
speaks for the calling device only, and the clock. :func:`row_problem` runs inside the
push transaction with the stored row at hand: the values against the entity's columns
and the domain (``healthdesk.protocol.validate_row``) and what a client may do to a
conflict record (:func:`row_problem`), and that every reference names a row of the
same profile (:func:`reference_problem`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from healthdesk.domain.roles import ERASE, PERMISSION_WORDS, allows, permission_for_table
from healthdesk.protocol import (
    APPEND_ONLY_ENTITIES,
    CONFLICTS_ENTITY,
    ENTITIES,
    MAX_CLOCK_AHEAD_MS,
    Mutation,
    entity_schema,
    validate_row,
)

from .retention import RULES_ENTITY

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# The device part is a device id (protocol DEVICE_PATTERN) or the server's own "server".
STAMP_RE = re.compile(r"^[0-9]{13}-[0-9]{5}-[A-Za-z0-9_.]{1,64}$")
FIELD_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
OPS = ("insert", "update", "delete")
# What a device may change on a conflict record: its resolution, and the row's clock.
CONFLICT_CLIENT_FIELDS = frozenset({"status", "resolved_at", "resolved_by", "updated_at",
                                    "id", "profile_id"})

Result = dict[str, Any]


def rejected(m: Mutation, reason: str, message: str) -> Result:
    return {"key": m.key, "status": "rejected", "reason": reason, "message": message,
            "conflicts": []}


def staff_refusal(m: Mutation, role: str) -> Result | None:
    """Why a clinic's member of staff in ``role`` may not push ``m``, or None: the same
    table of roles the clinic's computers enforce (domain/roles.py), so a computer that
    skips its own check still cannot write what the role does not allow."""
    if m.entity == "profiles" and m.fields.get("deleted") is True:
        permission: str | None = ERASE  # a tombstoned profiles row hides the whole person
    elif m.entity == RULES_ENTITY:
        permission = ERASE  # a retention rule erases rows on every device
    else:
        permission = permission_for_table(m.entity)
    if permission is None or allows(role, permission):
        return None
    return rejected(m, "forbidden", f"a {role} of the clinic may not "
                    f"{PERMISSION_WORDS[permission]} ({m.entity}).")


def precheck(m: Mutation, device_id: str, now_ms: int) -> Result | None:
    """A rejection that needs no database, or None."""
    if m.entity not in ENTITIES:
        return rejected(m, "unknown_entity", f"entity {m.entity[:64]!r} is not one this "
                        "server syncs.")
    problem = _shape_problem(m) or _origin_problem(m, device_id)
    if problem:
        return rejected(m, "invalid", problem)
    ahead = max(int(s[:13]) for s in m.stamps.values()) - now_ms
    if ahead > MAX_CLOCK_AHEAD_MS:
        minutes = round(ahead / 60_000)
        return rejected(m, "clock_ahead", f"this device's clock is about {minutes} minutes "
                        "ahead of the server; correct it and sync again.")
    return None


def _shape_problem(m: Mutation) -> str | None:
    if m.op not in OPS:
        return "op must be insert, update or delete."
    if not UUID_RE.match(m.profile_id):
        return "profile_id must be a lowercase UUID."
    if not UUID_RE.match(m.row_id):
        return "row_id must be a lowercase UUID."
    if not m.fields:
        return "fields must name at least one column."
    if set(m.fields) != set(m.stamps):
        return "stamps must have exactly one stamp for each key of fields."
    bad = next((f for f in m.fields if not FIELD_RE.match(f)), None)
    if bad is not None:
        return f"field name {bad[:70]!r} must be 1-63 lowercase letters, digits and _."
    # A mutation's fields mostly share one or two stamps: judge each distinct one once.
    distinct = set(m.stamps.values())
    bad = next((s for s in distinct if not STAMP_RE.match(s)), None)
    if bad is not None:
        return f"stamp {bad[:80]!r} is not '<13-digit ms>-<5-digit counter>-<device>'."
    if m.base_version is not None and not STAMP_RE.match(m.base_version):
        return "base_version must be null or a stamp '<13-digit ms>-<5-digit counter>-<device>'."
    if m.fields.get("id", m.row_id) != m.row_id:
        return "fields.id must equal row_id."
    if m.fields.get("profile_id", m.profile_id) != m.profile_id:
        return "fields.profile_id must equal profile_id."
    if m.entity == "profiles" and m.row_id != m.profile_id:
        return "a profiles row's row_id must equal its profile_id."
    if m.op == "delete" and m.fields.get("deleted") is not True:
        return "a delete must set fields.deleted to true."
    if m.entity in APPEND_ONLY_ENTITIES and m.op != "insert":
        return f"{m.entity} is append-only: only inserts are accepted."
    if m.entity == CONFLICTS_ENTITY and m.op != "update":
        return ("conflict records are created by the server only; a device may only "
                "update the status of one.")
    return None


def _origin_problem(m: Mutation, device_id: str) -> str | None:
    # A stamp names the device that made the write; conflict records show it to people
    # ("changed on Asha's laptop"), so a device may only ever speak for itself.
    if not m.key.startswith(device_id + ":"):
        return f"key must start with this device's id and a colon ({device_id}:...)."
    if any(s[20:] != device_id for s in set(m.stamps.values())):
        return f"every stamp must be this device's ('<ms>-<counter>-{device_id}')."
    # The base is a version the writer has seen, so never later than its own writes.
    if m.base_version is not None and m.base_version > max(m.stamps.values()):
        return "base_version must not be later than the mutation's own stamps."
    return None


def row_problem(m: Mutation, current: dict[str, Any] | None) -> str | None:
    """Why the server refuses ``m``'s values given the stored row's ``current`` fields
    (None: the server has no such row), or None."""
    if m.entity == CONFLICTS_ENTITY:
        if current is None:
            return "conflicts: a device may only update a conflict record the server made."
        extra = sorted(set(m.fields) - CONFLICT_CLIENT_FIELDS)
        if extra:
            return (f"conflicts.{extra[0]} is the server's: a device may only set status, "
                    "resolved_at and resolved_by.")
    creating = current is None or m.entity in APPEND_ONLY_ENTITIES
    return validate_row(m.entity, m.fields, m.op, current, creating=creating)


def outcome_problem(m: Mutation, current: dict[str, Any] | None,
                    won: dict[str, Any]) -> str | None:
    """Why the row as it would be stored after the merge breaks a rule, or None.

    :func:`row_problem` judged the row with every field of ``m`` in it; when some of them
    lose to newer stamps the stored row mixes old and new values, which must hold too
    (a blood pressure's systolic from one write, its diastolic from another).
    """
    if current is None or won.keys() == m.fields.keys():
        return None
    return validate_row(m.entity, won, "update", current, creating=False)


def reference_problem(m: Mutation,
                      exists: Callable[[tuple[str, str, str]], bool]) -> str | None:
    """Why ``m`` points at a row the server does not have, or None; ``exists(key)`` says
    whether the server has the row ``(profile, entity, row_id)`` (stored, or applied
    earlier in this batch)."""
    # A row pointing at one its profile lacks fails every device's next apply ("a record
    # points at one that is missing"); pointing into another profile leaks across it.
    spec = entity_schema(m.entity)
    assert spec is not None
    if m.entity != "profiles" and not exists((m.profile_id, "profiles", m.profile_id)):
        return "profile_id must name a profile whose profiles row was pushed first."
    for name, col in spec.columns.items():
        value = m.fields.get(name)
        if col.references is None or value is None or name == "profile_id":
            continue
        key = _target(m, col.references, value)
        if key is None or not exists(key):
            where = ("a profile the server has" if col.references == "profiles" else
                     f"a {col.references} row of the same profile that the server has")
            return f"{m.entity}.{name} must name {where}."
    return None


def _target(m: Mutation, entity: str, value: Any) -> tuple[str, str, str] | None:
    if not isinstance(value, str) or not UUID_RE.match(value):
        return None
    # A column naming a profile (a caregiver's own profile) names another profile by
    # design: its profiles row lives in that profile. Every other reference stays inside.
    return (value, entity, value) if entity == "profiles" else (m.profile_id, entity, value)


def reference_keys(m: Mutation) -> list[tuple[str, str, str]]:
    """The (profile, entity, row) keys :func:`reference_problem` may look up for ``m``."""
    spec = entity_schema(m.entity)
    if spec is None:
        return []
    keys = [(m.profile_id, "profiles", m.profile_id)]
    for name, col in spec.columns.items():
        if col.references and name != "profile_id":
            key = _target(m, col.references, m.fields.get(name))
            if key is not None:
                keys.append(key)
    return keys
