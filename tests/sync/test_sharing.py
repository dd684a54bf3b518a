"""Sharing between accounts: invites and roles, a viewer's refused edit set aside while
the rest of the queue goes through, and revocation removing the profile's data."""

from __future__ import annotations

import json

import pytest

from healthdesk.services.access import PermissionDenied
from healthdesk.services.errors import ValidationError
from tests.sync.conftest import settle


def forget_role(device, pid: str) -> None:  # type: ignore[no-untyped-def]
    """As if this device had not yet heard that it may only view ``pid``."""
    with device.record.store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE sync_cursors SET role = NULL WHERE profile_id = ?", (pid,))


def _rows_of(device, pid: str) -> int:  # type: ignore[no-untyped-def]
    tables = json.loads(device.export())["tables"]
    return sum(1 for rows in tables.values() for r in rows if r["profile_id"] == pid)


def test_viewer_edit_is_set_aside_rest_goes_through_then_revoked(new_device) -> None:  # type: ignore[no-untyped-def]
    owner, viewer = new_device(), new_device()
    pid = owner.record.profiles.create(name="Mother").id
    cond = owner.record.conditions.add(pid, "Asthma").id
    owner.record.readings.record(pid, "pulse", {"pulse": 70})
    owner.sync()
    invite = owner.record.sharing.invite(pid, "viewer")
    joined = viewer.record.sharing.accept(invite.code)
    assert (joined.profile_id, joined.role) == (pid, "viewer")
    own = viewer.record.profiles.create(name="Viewer Self").id
    viewer.sync()
    assert viewer.record.conditions.get(cond).name == "Asthma"
    assert [h.row_id for h in viewer.record.search.search("Asthma")] == [cond]
    members = owner.record.sharing.members(pid)
    assert {(m.user, m.role) for m in members} == {
        (owner.account.user, "owner"), (viewer.account.user, "viewer")}

    # A viewer cannot edit on their device: refused here, nothing is queued.
    with pytest.raises(PermissionDenied, match="You can view Mother's record; ask the owner"):
        viewer.record.conditions.update(cond, notes="viewer's note")
    assert viewer.record.sync.status().pending == 0
    # An edit made before this device learned it may only view (a role lowered while it
    # was offline) is still refused by the server, and set aside where it can be seen.
    forget_role(viewer, pid)
    viewer.record.conditions.update(cond, notes="viewer's note")
    viewer.record.conditions.add(own, "Migraine")                 # goes through
    report = viewer.sync()
    # The edit and its audit event are refused; the new condition (and its audit) pass.
    assert report.set_aside == 2 and report.rejected == 2 and report.pushed >= 2
    status = viewer.record.sync.status()
    assert status.set_aside == 2 and status.pending == 0
    aside = viewer.record.sync.set_aside_changes()
    assert {a.entity for a in aside} == {"conditions", "audit_events"}
    assert all(a.reason.startswith("read_only") for a in aside)
    assert "refused by the server" in status.summary(viewer.record.now())
    owner.sync()
    assert owner.record.conditions.get(cond).notes is None  # the owner never got it

    owner.record.sharing.revoke(pid, viewer.account.user)
    report = viewer.sync()
    assert report.revoked == [pid]
    assert _rows_of(viewer, pid) == 0
    assert [p.name for p in viewer.record.profiles.all()] == ["Viewer Self"]
    assert viewer.record.sync.set_aside_changes() == []  # its refused edit went with it
    with viewer.record.store.read() as s:  # nothing derived is left behind either
        conn = s.connection()
        for table in ("search_index", "measurement_days", "outbox", "sync_cursors"):
            left = conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE profile_id = ?",
                                        (pid,)).scalar()
            assert left == 0, table
    assert viewer.record.search.search("Asthma") == []
    assert _rows_of(viewer, own) > 0
    viewer.sync()  # revoked again in the answer: nothing left to remove, nothing fails


def test_caregiver_edits_reach_the_owner(new_device) -> None:  # type: ignore[no-untyped-def]
    owner, carer = new_device(), new_device()
    pid = owner.record.profiles.create(name="Father").id
    owner.sync()
    carer.record.sharing.accept(owner.record.sharing.invite(pid, "caregiver").code)
    carer.sync()
    carer.record.allergies.add(pid, "Peanuts", severity="severe")
    settle(carer, owner)
    assert [a.substance for a in owner.record.allergies.for_profile(pid)] == ["Peanuts"]
    assert {p.profile_id: p.role for p in carer.record.sharing.profiles()}[pid] == "caregiver"


def test_invites_check_their_input(new_device) -> None:  # type: ignore[no-untyped-def]
    d = new_device()
    pid = d.record.profiles.create(name="Someone").id
    with pytest.raises(ValidationError, match="caregiver"):
        d.record.sharing.invite(pid, "owner")
    with pytest.raises(ValidationError, match="1 to 720 hours"):
        d.record.sharing.invite(pid, "viewer", hours=0)
    with pytest.raises(ValidationError, match="invite code"):
        d.record.sharing.accept("   ")
