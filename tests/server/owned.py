"""A profile owned by a test device's account, made with a row the server accepts."""

from __future__ import annotations

import datetime as dt

from .client import Device, new_id


def own_profile(dev: Device, name: str = "Asha Rao") -> str:
    """Push a complete ``profiles`` row; its pusher's account owns it. Returns its id."""
    pid = new_id()
    now = dt.datetime.now(dt.UTC).isoformat()
    results = dev.push([dev.insert("profiles", pid, {
        "name": name, "sex": "unknown", "blood_type": "unknown", "language": "en",
        "created_at": now, "updated_at": now})])
    listed = dev.http.get("/v1/profiles").json()["profiles"]
    assert {"profile_id": pid, "role": "owner"}.items() <= next(
        (p for p in listed if p["profile_id"] == pid), {}).items(), (results, listed)
    return pid
