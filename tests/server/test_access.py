"""Accounts, devices, sharing, and who may do what on every endpoint."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.pg import PASSWORD

from .client import Device, device_for, new_id

ROLES = ("owner", "caregiver", "viewer", "revoked", "stranger", "no_token", "revoked_device")


def _share(owner: Device, pid: str, guest: Device, role: str) -> None:
    r = owner.http.post(f"/v1/profiles/{pid}/invites", json={"role": role})
    assert r.status_code == 200, r.text
    r = guest.http.post("/v1/invites/accept", json={"code": r.json()["code"]})
    assert r.status_code == 200 and r.json() == {**r.json(), "profile_id": pid, "role": role}


@dataclass
class World:
    pid: str
    devices: dict[str, Device]
    member: str  # a caregiver account nobody in the matrix is: the target of removals


def _make_world(new_device, server_url: str) -> World:
    owner = new_device()
    pid = new_id()
    owner.push([owner.insert("profiles", pid, {"name": "Meera"})])
    devs = {"owner": owner}
    for role in ("caregiver", "viewer", "revoked"):
        devs[role] = new_device()
        _share(owner, pid, devs[role], "viewer" if role == "viewer" else "caregiver")
    target = new_device()
    _share(owner, pid, target, "caregiver")
    assert owner.http.delete(f"/v1/profiles/{pid}/members/{devs['revoked'].account.user}"
                             ).status_code == 200
    devs["stranger"] = new_device()
    devs["no_token"] = Device(server_url, "", "notoken")
    devs["no_token"].http.headers.pop("Authorization")
    gone = new_device()
    assert gone.http.post("/v1/logout").status_code == 200
    devs["revoked_device"] = gone
    return World(pid, devs, target.account.user)


@pytest.fixture
def world(new_device, server_url) -> World:
    return _make_world(new_device, server_url)


@pytest.fixture(scope="module")
def worlds(server_url, make_account) -> Iterator[Callable[[str], World]]:
    """One world per endpoint, shared by that endpoint's roles: each role acts with its
    own device, so one role's call cannot change another's answer."""
    made: dict[str, World] = {}
    devices: list[Device] = []

    def new_device(account=None) -> Device:  # type: ignore[no-untyped-def]
        devices.append(device_for(server_url, account or make_account()))
        return devices[-1]

    def get(endpoint: str) -> World:
        if endpoint not in made:
            made[endpoint] = _make_world(new_device, server_url)
        return made[endpoint]

    yield get
    for d in devices:
        d.close()


def _call(world: World, role: str, endpoint: str) -> httpx.Response:
    dev, pid = world.devices[role], world.pid
    if endpoint == "push":
        return dev.push_raw([dev.insert("measurements", pid, {"value": 1})])
    if endpoint == "pull":
        return dev.pull_raw({pid: 0})
    if endpoint == "profiles":
        return dev.http.get("/v1/profiles")
    if endpoint == "devices":
        return dev.http.get("/v1/devices")
    if endpoint == "revoke_device":
        return dev.http.delete(f"/v1/devices/{dev.device_id}")
    if endpoint == "logout":
        return dev.http.post("/v1/logout")
    if endpoint == "invite":
        return dev.http.post(f"/v1/profiles/{pid}/invites", json={"role": "viewer"})
    if endpoint == "accept":
        owner = world.devices["owner"]
        code = owner.http.post(f"/v1/profiles/{pid}/invites", json={"role": "viewer"})
        return dev.http.post("/v1/invites/accept", json={"code": code.json()["code"]})
    if endpoint == "members":
        return dev.http.get(f"/v1/profiles/{pid}/members")
    if endpoint == "remove_member":
        return dev.http.delete(f"/v1/profiles/{pid}/members/{world.member}")
    if endpoint == "health":
        return dev.http.get("/health")
    if endpoint == "version":
        return dev.http.get("/version")
    raise AssertionError(endpoint)


READ = {"owner": 200, "caregiver": 200, "viewer": 200}
OWNER_ONLY = {"owner": 200, "caregiver": 403, "viewer": 403, "revoked": 403, "stranger": 403}
ANY_ACCOUNT = dict.fromkeys(("owner", "caregiver", "viewer", "revoked", "stranger"), 200)
EXPECTED: dict[str, dict[str, Any]] = {
    # push answers 200 with a per-mutation verdict: the status or the rejection reason
    "push": {"owner": "applied", "caregiver": "applied", "viewer": "read_only",
             "revoked": "forbidden", "stranger": "forbidden"},
    # pull: whether the profile's rows come back, or it is listed as revoked
    "pull": {"owner": "rows", "caregiver": "rows", "viewer": "rows", "revoked": "revoked",
             "stranger": "revoked"},
    "profiles": {**ANY_ACCOUNT},
    "devices": {**ANY_ACCOUNT},
    "revoke_device": {**ANY_ACCOUNT},
    "logout": {**ANY_ACCOUNT},
    "invite": OWNER_ONLY,
    "members": OWNER_ONLY,
    "remove_member": OWNER_ONLY,
    "accept": {**ANY_ACCOUNT, "owner": 400},
    "health": dict.fromkeys(ROLES, 200),
    "version": dict.fromkeys(ROLES, 200),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", sorted(EXPECTED))
def test_authorization_matrix(worlds, endpoint: str, role: str) -> None:
    world = worlds(endpoint)
    r = _call(world, role, endpoint)
    assert r.headers["X-Server-Time"].isdigit()
    want = EXPECTED[endpoint].get(role, 401)
    if want == 401:
        assert r.status_code == 401, r.text
        assert r.json()["error"] == "unauthorized"
        return
    if endpoint == "push":
        assert r.status_code == 200, r.text
        result = r.json()["results"][0]
        assert (result["reason"] or result["status"]) == want
    elif endpoint == "pull":
        assert r.status_code == 200, r.text
        body = r.json()
        has_rows = any(c["profile_id"] == world.pid for c in body["changes"])
        assert has_rows == (want == "rows")
        assert (world.pid in body["revoked"]) == (want == "revoked")
        assert (world.pid in body["profiles"]) == (want == "rows")
    else:
        assert r.status_code == want, r.text
    if endpoint == "profiles":
        listed = {p["profile_id"]: p["role"] for p in r.json()["profiles"]}
        expect = role if role in ("owner", "caregiver", "viewer") else None
        assert listed.get(world.pid) == expect


def test_a_revoked_member_loses_access_with_the_next_request(world: World) -> None:
    owner, carer = world.devices["owner"], world.devices["caregiver"]
    assert carer.pull({world.pid: 0})["profiles"] == {world.pid: "caregiver"}
    r = owner.http.delete(f"/v1/profiles/{world.pid}/members/{carer.account.user}")
    assert r.status_code == 200
    page = carer.pull({world.pid: 3})
    assert page["revoked"] == [world.pid] and page["changes"] == []
    res = carer.push([carer.insert("goals", world.pid, {"title": "x"})])[0]
    assert res["reason"] == "forbidden"


def test_members_and_leaving(world: World) -> None:
    owner, viewer = world.devices["owner"], world.devices["viewer"]
    members = owner.http.get(f"/v1/profiles/{world.pid}/members").json()["members"]
    assert members[0]["role"] == "owner"
    assert {m["user"] for m in members} == {owner.account.user,
                                            world.devices["caregiver"].account.user,
                                            viewer.account.user, world.member}
    assert viewer.http.delete(f"/v1/profiles/{world.pid}/members/{viewer.account.user}"
                              ).status_code == 200
    assert world.pid in viewer.pull({})["revoked"]
    r = owner.http.delete(f"/v1/profiles/{world.pid}/members/{owner.account.user}")
    assert r.status_code == 400


def test_invite_codes_are_single_use_and_expire(world: World, new_device, server_db) -> None:
    import psycopg

    owner = world.devices["owner"]
    code = owner.http.post(f"/v1/profiles/{world.pid}/invites",
                           json={"role": "caregiver", "expires_in_hours": 1}).json()["code"]
    first, second = new_device(), new_device()
    assert first.http.post("/v1/invites/accept", json={"code": code.lower()}).status_code == 200
    assert second.http.post("/v1/invites/accept", json={"code": code}).status_code == 404
    late = owner.http.post(f"/v1/profiles/{world.pid}/invites",
                           json={"role": "viewer"}).json()["code"]
    with psycopg.connect(server_db) as conn:
        conn.execute("UPDATE invites SET expires_at = now() - interval '1 minute' "
                     "WHERE accepted_at IS NULL")
    r = second.http.post("/v1/invites/accept", json={"code": late})
    assert r.status_code == 410 and "expired" in r.json()["message"]
    bad = owner.http.post(f"/v1/profiles/{world.pid}/invites",
                          json={"role": "owner", "expires_in_hours": 9999})
    assert bad.status_code == 422 and "role" in bad.json()["message"]


def test_a_revoked_device_stops_at_once_and_others_keep_working(new_device, make_account,
                                                                server_url) -> None:
    account = make_account()
    laptop, phone = new_device(account), new_device(account)
    listed = laptop.http.get("/v1/devices").json()["devices"]
    assert {d["device_id"] for d in listed} == {laptop.device_id, phone.device_id}
    assert [d["current"] for d in listed if d["device_id"] == laptop.device_id] == [True]
    assert laptop.http.delete(f"/v1/devices/{phone.device_id}").status_code == 200
    assert phone.http.get("/v1/profiles").status_code == 401
    assert laptop.http.get("/v1/profiles").status_code == 200
    # Signing in again on that device issues a new token that works.
    token = account.login(server_url, phone.device_id)
    assert httpx.get(server_url + "/v1/profiles",
                     headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_tokens_are_stored_only_as_hashes(new_device, server_db) -> None:
    import psycopg

    dev = new_device()
    token = dev.http.headers["Authorization"].split()[1]
    with psycopg.connect(server_db) as conn:
        dump = str(conn.execute("SELECT * FROM devices").fetchall())
        hashes = conn.execute("SELECT password_hash FROM accounts").fetchall()
    assert token not in dump
    assert all(h[0].startswith("$argon2id$") for h in hashes)


def test_failed_logins_back_off_per_account_and_address(make_account, server_url) -> None:
    account = make_account()

    def attempt(password: str) -> httpx.Response:
        return httpx.post(server_url + "/v1/login", json={
            "user": account.user, "password": password, "device_name": "x",
            "device_id": "dev1"})

    assert [attempt("wrong").status_code for _ in range(3)] == [401, 401, 401]
    blocked = attempt(PASSWORD)  # even the right password waits out the back-off
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1
    assert "try again" in blocked.json()["message"]
    time.sleep(int(blocked.headers["Retry-After"]) + 0.1)
    assert attempt(PASSWORD).status_code == 200
    assert attempt("wrong").status_code == 401  # success reset the count
    assert attempt("wrong").status_code == 401


def test_an_unknown_account_answers_like_a_wrong_password(server_url) -> None:
    r = httpx.post(server_url + "/v1/login", json={"user": "nobody", "password": "x" * 9,
                                                   "device_name": "x", "device_id": "d"})
    assert r.status_code == 401 and r.json()["message"] == "wrong user name or password."


def test_push_and_pull_must_name_the_tokens_device(new_device) -> None:
    dev = new_device()
    r = dev.http.post("/v1/pull", json={"device_id": "someoneelse"})
    assert r.status_code == 400 and "device_id" in r.json()["message"]


def test_a_protocol_number_below_one_is_invalid_not_outdated(new_device) -> None:
    # 426 is for a real, older protocol; 0 or less was never one (tests/server/test_http_edges.py).
    dev = new_device()
    r = dev.http.post("/v1/pull", json={"protocol": 0, "device_id": dev.device_id})
    assert r.status_code == 422 and "protocol" in r.json()["message"]
