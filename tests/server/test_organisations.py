"""Organisations over real HTTP on the real server: staff roles enforced per mutation,
clinic-wide access to held profiles, removal, patients' consented links, and the hostile
members (removed staff, a receptionist pushing readings, another clinic's staff, a patient
who withdrew consent, forged organisation ids) refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from healthdesk.server.migrate import upgrade
from tests.pg import new_database

from .client import Device, new_id


@dataclass
class Clinic:
    org_id: str
    devices: dict[str, Device]  # admin, doctor, nurse, receptionist
    pid: str  # a patient the admin's computer registered


def _create(admin: Device, name: str = "Sunrise Clinic") -> str:
    org_id = new_id()
    r = admin.http.post("/v1/orgs", json={"org_id": org_id, "name": name,
                                          "registration": "KA-123", "staff_id": new_id(),
                                          "staff_name": "Dr Meera Iyer"})
    assert r.status_code == 200, r.text
    assert r.json()["role"] == "admin" and r.json()["staff"][0]["role"] == "admin"
    return org_id


def _offer(admin: Device, org_id: str, member: Device, role: str) -> Any:
    return admin.http.post(f"/v1/orgs/{org_id}/staff", json={
        "user": member.account.user, "role": role, "staff_id": new_id(),
        "name": f"{role.title()} {member.account.user[:8]}"})


def _add(admin: Device, org_id: str, member: Device, role: str) -> Any:
    """Offer a place on the staff and have the member accept it."""
    r = _offer(admin, org_id, member, role)
    if r.status_code != 200:
        return r
    accepted = member.http.post(f"/v1/orgs/{org_id}/accept")
    assert accepted.status_code == 200 and accepted.json()["role"] == role, accepted.text
    return accepted


@pytest.fixture
def clinic(new_device) -> Clinic:
    devices = {"admin": new_device()}
    org_id = _create(devices["admin"])
    for role in ("doctor", "nurse", "receptionist"):
        devices[role] = new_device()
        assert _add(devices["admin"], org_id, devices[role], role).status_code == 200
    pid = new_id()
    admin = devices["admin"]
    assert admin.push([admin.insert("profiles", pid, {"name": "Kamala Devi"})])[0][
        "status"] == "applied"
    return Clinic(org_id, devices, pid)


def _one(dev: Device, m: dict[str, Any]) -> dict[str, Any]:
    return dev.push([m])[0]


def test_every_active_member_reads_a_patient_the_desk_registered(clinic: Clinic) -> None:
    for role, dev in clinic.devices.items():
        page = dev.pull()
        assert page["profiles"].get(clinic.pid) == role, role
        assert any(c["row_id"] == clinic.pid for c in page["changes"])
        listed = dev.http.get("/v1/profiles").json()["profiles"]
        assert {"profile_id": clinic.pid, "role": role} in [
            {k: p[k] for k in ("profile_id", "role")} for p in listed]


def test_the_role_table_holds_on_every_push(clinic: Clinic) -> None:
    d, pid = clinic.devices, clinic.pid
    refused = _one(d["receptionist"], d["receptionist"].insert("measurements", pid, {}))
    assert refused["status"] == "rejected" and refused["reason"] == "forbidden"
    assert "receptionist" in refused["message"] and "readings" in refused["message"]
    assert _one(d["receptionist"], d["receptionist"].insert("appointments", pid, {})
                )["status"] == "applied"
    assert _one(d["nurse"], d["nurse"].insert("measurements", pid, {}))["status"] == "applied"
    med = _one(d["nurse"], d["nurse"].insert("medications", pid, {}))
    assert med["status"] == "rejected" and "prescribe" in med["message"]
    assert _one(d["doctor"], d["doctor"].insert("medications", pid, {}))["status"] == "applied"
    # A batch is judged per mutation: the good one of a mixed batch is applied.
    rec = d["receptionist"]
    mixed = rec.push([rec.insert("measurements", pid, {}),
                      rec.insert("emergency_contacts", pid, {})])
    assert [r["status"] for r in mixed] == ["rejected", "applied"]
    gone = _one(d["doctor"], d["doctor"].mutation("profiles", pid, pid, {"deleted": True},
                                                  op="delete"))
    assert gone["status"] == "rejected" and "erase" in gone["message"]
    rule = {"kind": "chat_messages", "keep_months": 6, "enabled": True}
    refused_rule = _one(d["doctor"], d["doctor"].insert("retention_rules", pid, rule))
    assert refused_rule["status"] == "rejected" and "erase" in refused_rule["message"]
    assert _one(d["admin"], d["admin"].insert("retention_rules", pid, rule))["status"] == \
        "applied"
    # What was refused never reached anyone's feed.
    kinds = [c["entity"] for c in d["admin"].pull()["changes"]]
    assert kinds.count("measurements") == 1 and kinds.count("medications") == 1


def test_only_an_admin_manages_staff_and_the_last_admin_stays(clinic: Clinic,
                                                              new_device) -> None:
    d, org = clinic.devices, clinic.org_id
    outsider = new_device()
    assert _add(d["doctor"], org, outsider, "nurse").status_code == 403
    assert d["nurse"].http.put(f"/v1/orgs/{org}/staff/{d['nurse'].account.user}",
                               json={"role": "admin"}).status_code == 403
    assert d["receptionist"].http.delete(
        f"/v1/orgs/{org}/staff/{d['doctor'].account.user}").status_code == 403
    assert d["doctor"].http.get(f"/v1/orgs/{org}/audit").status_code == 403
    me = d["admin"].account.user
    last = d["admin"].http.delete(f"/v1/orgs/{org}/staff/{me}")
    assert last.status_code == 400 and last.json()["error"] == "last_admin"
    assert d["admin"].http.put(f"/v1/orgs/{org}/staff/{me}",
                               json={"role": "doctor"}).json()["error"] == "last_admin"
    bad = d["admin"].http.put(f"/v1/orgs/{org}/staff/{d['nurse'].account.user}",
                              json={"role": "surgeon"})
    assert bad.status_code == 422 and "role" in bad.json()["message"]
    again = _add(d["admin"], org, d["nurse"], "nurse")
    assert again.status_code == 409
    # A role change takes effect on the next push.
    assert d["admin"].http.put(f"/v1/orgs/{org}/staff/{d['receptionist'].account.user}",
                               json={"role": "nurse"}).status_code == 200
    rec = d["receptionist"]
    assert _one(rec, rec.insert("measurements", clinic.pid, {}))["status"] == "applied"


def test_a_removed_member_loses_every_held_profile_at_once(clinic: Clinic) -> None:
    d, org = clinic.devices, clinic.org_id
    rec = d["receptionist"]
    own = new_id()  # registered by the receptionist: they own it, the clinic holds it
    assert _one(rec, rec.insert("profiles", own, {"name": "Ravi Kumar"}))["status"] == "applied"
    assert d["doctor"].pull()["profiles"].get(own) == "doctor"
    cursors = rec.pull()["cursors"]
    assert d["admin"].http.delete(f"/v1/orgs/{org}/staff/{rec.account.user}"
                                  ).status_code == 200
    for pid in (clinic.pid, own):
        r = _one(rec, rec.insert("appointments", pid, {}))
        assert r["status"] == "rejected" and r["reason"] == "forbidden"
    page = rec.pull(cursors)
    assert page["profiles"] == {} and {clinic.pid, own} <= set(page["revoked"])
    assert page["changes"] == []
    assert rec.http.get(f"/v1/orgs/{org}").status_code == 404
    assert rec.http.get("/v1/profiles").json()["profiles"] == []
    # The clinic keeps both patients; the snapshot shows the member as inactive.
    assert {clinic.pid, own} <= set(d["admin"].pull()["profiles"])
    staff = {s["user"]: s for s in d["admin"].http.get(f"/v1/orgs/{org}").json()["staff"]}
    assert staff[rec.account.user]["active"] is False
    # Adding them back restores access.
    assert _add(d["admin"], org, rec, "receptionist").status_code == 200
    assert rec.pull()["profiles"].get(own) == "receptionist"


def test_another_clinic_and_forged_ids_get_nothing(clinic: Clinic, new_device) -> None:
    other_admin = new_device()
    other = _create(other_admin, "Other Clinic")
    pid = clinic.pid
    r = _one(other_admin, other_admin.insert("appointments", pid, {}))
    assert r["status"] == "rejected" and r["reason"] == "forbidden"
    assert pid not in other_admin.pull()["profiles"]
    # Holding someone else's patient, or a personal record, is refused.
    taken = other_admin.http.post(f"/v1/orgs/{other}/profiles", json={"profile_ids": [pid]})
    assert taken.status_code == 403 and "another organisation" in taken.json()["message"]
    stranger = new_device()
    personal = new_id()
    stranger.push([stranger.insert("profiles", personal, {"name": "Private Person"})])
    grab = clinic.devices["admin"].http.post(f"/v1/orgs/{clinic.org_id}/profiles",
                                             json={"profile_ids": [personal]})
    assert grab.status_code == 403 and personal not in clinic.devices["admin"].pull()[
        "profiles"]
    # Forged organisation ids: someone else's, a random one, a malformed one.
    for org in (clinic.org_id, new_id()):
        assert other_admin.http.get(f"/v1/orgs/{org}").status_code == 404
        assert _add(other_admin, org, stranger, "admin").status_code == 404
        code = other_admin.http.post(f"/v1/orgs/{org}/link-codes", json={"profile_id": pid})
        assert code.status_code == 404
    assert other_admin.http.get("/v1/orgs/not-a-uuid").status_code == 422
    # Their own clinic's code cannot name a profile it does not hold.
    assert other_admin.http.post(f"/v1/orgs/{other}/link-codes",
                                 json={"profile_id": pid}).status_code == 404
    taken_id = other_admin.http.post("/v1/orgs", json={
        "org_id": clinic.org_id, "name": "Impostor", "staff_id": new_id(),
        "staff_name": "Mallory"})
    assert taken_id.status_code == 409
    mine = {o["org_id"] for o in other_admin.http.get("/v1/orgs").json()["organisations"]}
    assert mine == {other}


def test_admin_holds_profiles_registered_before_the_clinic(new_device) -> None:
    admin = new_device()
    early = new_id()
    admin.push([admin.insert("profiles", early, {"name": "Early Patient"})])
    org = _create(admin)
    nurse = new_device()
    assert _add(admin, org, nurse, "nurse").status_code == 200
    assert early not in nurse.pull()["profiles"]
    assert nurse.http.post(f"/v1/orgs/{org}/profiles",
                           json={"profile_ids": [early]}).status_code == 403
    held = admin.http.post(f"/v1/orgs/{org}/profiles", json={"profile_ids": [early]})
    assert held.status_code == 200 and held.json()["held"] == [early]
    assert nurse.pull()["profiles"][early] == "nurse"
    assert admin.http.post(f"/v1/orgs/{org}/profiles",
                           json={"profile_ids": [new_id()]}).status_code == 404


def test_a_patient_links_only_with_consent_and_can_withdraw_it(clinic: Clinic,
                                                              new_device) -> None:
    d, org, pid = clinic.devices, clinic.org_id, clinic.pid
    patient = new_device()
    code = d["receptionist"].http.post(f"/v1/orgs/{org}/link-codes",
                                       json={"profile_id": pid}).json()["code"]
    no = patient.http.post("/v1/links", json={"code": code, "consent": False})
    assert no.status_code == 400 and no.json()["error"] == "no_consent"
    assert pid not in patient.pull()["profiles"]
    assert patient.http.post("/v1/links", json={"code": code, "consent": "yes"}
                             ).status_code == 422
    yes = patient.http.post("/v1/links", json={"code": code, "consent": True})
    assert yes.status_code == 200 and yes.json()["organisation"] == "Sunrise Clinic"
    page = patient.pull()
    assert page["profiles"] == {pid: "viewer"}
    assert any(c["row_id"] == pid for c in page["changes"])
    ro = _one(patient, patient.insert("measurements", pid, {}))
    assert ro["status"] == "rejected" and ro["reason"] == "read_only"
    used = new_device().http.post("/v1/links", json={"code": code, "consent": True})
    assert used.status_code == 404
    assert [x["profile_id"] for x in patient.http.get("/v1/links").json()["links"]] == [pid]
    # Withdrawn: the link ends at once; the clinic keeps its record.
    assert d["nurse"].http.delete(f"/v1/links/{pid}").status_code == 404
    assert patient.http.delete(f"/v1/links/{pid}").status_code == 200
    after = patient.pull(page["cursors"])
    assert after["profiles"] == {} and pid in after["revoked"]
    r = _one(patient, patient.insert("appointments", pid, {}))
    assert r["status"] == "rejected" and r["reason"] == "forbidden"
    assert patient.http.get("/v1/links").json()["links"] == []
    assert pid in d["admin"].pull()["profiles"]
    events = [(e["action"], e["profile_id"]) for e in
              d["admin"].http.get(f"/v1/orgs/{org}/audit").json()["events"]]
    for action in ("patient_withdrew", "patient_consented", "link_code_issued",
                   "profile_held", "staff_offered", "staff_accepted",
                   "organisation_created"):
        assert action in [a for a, _p in events], action
    assert ("patient_withdrew", pid) == events[0]


def test_an_admin_may_erase_a_held_patient_a_doctor_may_not(clinic: Clinic) -> None:
    d = clinic.devices
    assert d["doctor"].http.delete(f"/v1/profiles/{clinic.pid}").status_code == 403
    assert d["admin"].http.delete(f"/v1/profiles/{clinic.pid}").status_code == 200
    assert clinic.pid not in d["doctor"].pull()["profiles"]


def test_migration_s0005_from_s0004_with_data_and_back(pg_admin_url: str) -> None:
    url = new_database(pg_admin_url, None)
    upgrade(url, "s0004")
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO accounts (username, password_hash) VALUES ('a', 'x')")
        conn.execute("INSERT INTO profiles (profile_id, owner_id) SELECT %s, id FROM accounts",
                     (new_id(),))
    upgrade(url, "s0005")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM profiles").fetchone() == (1,)
        org = new_id()
        conn.execute("INSERT INTO organisations (org_id, name, created_by) "
                     "SELECT %s, 'C', id FROM accounts", (org,))
        conn.execute("INSERT INTO org_audit (org_id, actor_id, action) "
                     "SELECT %s, id, 'x' FROM accounts", (org,))
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("UPDATE org_audit SET action = 'y'")
    from alembic import command

    from healthdesk.server.migrate import _config

    command.downgrade(_config(url), "s0004")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('org_staff')").fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM profiles").fetchone() == (1,)


def test_an_admin_cannot_make_a_strangers_account_staff(clinic: Clinic, new_device) -> None:
    """Putting an account on the staff is an offer: until it accepts, the clinic reaches
    none of the profiles it owns or registers, and it reaches nothing of the clinic's."""
    d, org = clinic.devices, clinic.org_id
    victim = new_device()
    own = new_id()
    victim.push([victim.insert("profiles", own, {"name": "Private Person"})])
    assert _offer(d["admin"], org, victim, "nurse").status_code == 200
    later = new_id()
    victim.push([victim.insert("profiles", later, {"name": "Private Child"})])
    grab = d["admin"].http.post(f"/v1/orgs/{org}/profiles", json={"profile_ids": [own]})
    assert grab.status_code == 403
    assert not {own, later} & set(d["admin"].pull()["profiles"])
    assert set(victim.pull()["profiles"]) == {own, later}
    assert victim.http.get(f"/v1/orgs/{org}").status_code == 404
    listed = victim.http.get("/v1/orgs").json()["organisations"]
    assert [(o["org_id"], o["role"], o["pending"]) for o in listed] == [(org, "nurse", True)]
    r = _one(victim, victim.insert("appointments", clinic.pid, {}))
    assert r["status"] == "rejected" and r["reason"] == "forbidden"
    staff = {s["user"] for s in d["admin"].http.get(f"/v1/orgs/{org}").json()["staff"]}
    assert victim.account.user not in staff
    # The admin withdraws the offer; nothing is left to accept.
    assert d["admin"].http.delete(f"/v1/orgs/{org}/staff/{victim.account.user}"
                                  ).status_code == 200
    assert victim.http.post(f"/v1/orgs/{org}/accept").status_code == 404
    assert victim.http.get("/v1/orgs").json()["organisations"] == []
    assert "offer_withdrawn" in [e["action"] for e in d["admin"].http.get(
        f"/v1/orgs/{org}/audit").json()["events"]]
