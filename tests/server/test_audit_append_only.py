"""The audit trail stays append-only on the server: over real HTTP into real PostgreSQL,
an update, a delete or a second insert of an audit row changes nothing, and another
device pulls the trail as first written."""

from __future__ import annotations

from .client import Device, new_id, replay


def _profile(dev: Device) -> str:
    pid = new_id()
    assert dev.push([dev.insert("profiles", pid, {"name": "Kamala Devi"})])[0]["status"] == \
        "applied"
    return pid


def test_an_audit_row_cannot_be_changed_or_deleted(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    rid = new_id()
    first = dev.insert("audit_events", pid, {"actor": "Nurse Lata", "action": "create",
                                             "entity": "measurements"}, row_id=rid)
    assert dev.push([first])[0]["status"] == "applied"
    forged = dev.mutation("audit_events", pid, rid, {"actor": "Dr Arjun Rao"},
                          base_version=first["stamps"]["actor"])
    erased = dev.mutation("audit_events", pid, rid, {"deleted": True}, op="delete")
    for attempt in (forged, erased):
        res = dev.push([attempt])[0]
        assert (res["status"], res["reason"]) == ("rejected", "invalid")
        assert "append-only" in res["message"]
    other = new_device(dev.account)
    again = other.insert("audit_events", pid, {"actor": "Someone Else", "action": "delete",
                                               "entity": "measurements"}, row_id=rid)
    assert other.push([again])[0]["status"] == "duplicate"
    changes, _ = new_device(dev.account).pull_all()
    row = replay([c for c in changes if c["profile_id"] == pid])[("audit_events", rid)]
    assert (row["actor"], row["action"], row["deleted"]) == ("Nurse Lata", "create", False)
