"""Small things a client gets told plainly: methods not served (405 with Allow),
protocol numbers that are not numbers, and refusals that say why with their own code."""

from __future__ import annotations

import httpx
import pytest

from .client import Device
from .owned import own_profile


@pytest.mark.parametrize("method,path,allow", [
    ("TRACE", "/health", "GET"), ("TRACE", "/v1/push", "POST"), ("PUT", "/v1/pull", "POST"),
    ("PATCH", "/v1/devices/abc", "DELETE"), ("TRACE", "/v1/login", "POST")])
def test_a_method_not_served_gets_405_with_allow(server_url: str, method: str, path: str,
                                                 allow: str) -> None:
    r = httpx.request(method, server_url + path)
    assert r.status_code == 405, r.text
    assert r.headers["Allow"] == allow
    assert r.json()["error"] == "method_not_allowed" and allow in r.json()["message"]
    assert r.headers["X-Server-Time"].isdigit()


def test_an_unknown_path_is_404_in_the_usual_shape(server_url: str) -> None:
    r = httpx.get(server_url + "/v1/nothing-here")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    assert r.headers["X-Server-Time"].isdigit()


@pytest.mark.parametrize("protocol", [False, True, 0, -3, "1", 1.0, None])
@pytest.mark.parametrize("endpoint", ["/v1/push", "/v1/pull"])
def test_protocol_must_be_a_whole_number_from_one(new_device, endpoint: str,
                                                  protocol: object) -> None:
    dev: Device = new_device()
    body: dict[str, object] = {"protocol": protocol, "device_id": dev.device_id}
    if endpoint == "/v1/push":
        body |= {"batch_id": "b1", "mutations": []}
    r = dev.http.post(endpoint, json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "invalid" and r.json()["message"].startswith("protocol")


def test_the_owner_cannot_leave_and_is_told_why(new_device) -> None:
    owner = new_device()
    pid = own_profile(owner)
    r = owner.http.delete(f"/v1/profiles/{pid}/members/{owner.account.user}")
    assert r.status_code == 400
    assert r.json()["error"] == "owner_cannot_leave"
    assert r.json()["message"].startswith("you own this profile; ")


def test_accepting_ones_own_invite_is_refused_with_a_reason(new_device) -> None:
    owner = new_device()
    pid = own_profile(owner)
    code = owner.http.post(f"/v1/profiles/{pid}/invites", json={"role": "viewer"}).json()
    r = owner.http.post("/v1/invites/accept", json={"code": code["code"]})
    assert r.status_code == 400
    assert r.json()["error"] == "own_invite"
    assert r.json()["message"].startswith("you own this profile; ")
    # The code was not used up: someone else can still accept it.
    guest = new_device()
    assert guest.http.post("/v1/invites/accept", json={"code": code["code"]}
                           ).status_code == 200
