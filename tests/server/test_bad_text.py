"""Text PostgreSQL cannot hold (U+0000) or UTF-8 cannot encode (a lone surrogate), in
any string of a request that reaches SQL, is a 4xx for that request that names the
field, never a 500."""

from __future__ import annotations

import json

import httpx
import pytest

from .client import Device, new_id
from .owned import own_profile

NUL, SURROGATE = "a\x00b", "a\ud800b"


def _post_raw(base: str, path: str, body: dict[str, object],
              headers: dict[str, str] | None = None) -> httpx.Response:
    # json.dumps keeps a lone surrogate as the escape "\ud800", as a hostile client would.
    return httpx.post(base + path, content=json.dumps(body).encode("ascii"),
                      headers={"Content-Type": "application/json", **(headers or {})})


def _assert_refused(r: httpx.Response, field: str) -> None:
    assert 400 <= r.status_code < 500, r.text
    body = r.json()
    assert body["error"] == "invalid" and field in body["message"], body
    assert r.headers["X-Server-Time"].isdigit()


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "surrogate"])
@pytest.mark.parametrize("field", ["user", "password", "device_name"])
def test_login_fields(server_url: str, make_account, field: str, bad: str) -> None:
    account = make_account()
    body = {"user": account.user, "password": account.password, "device_name": "laptop",
            "device_id": "dev1", field: bad}
    r = _post_raw(server_url, "/v1/login", body)
    if field == "password" and bad == NUL:
        # Only hashed, never stored as text: NUL is a character like any other there.
        assert r.status_code == 401, r.text
        return
    _assert_refused(r, field)
    assert r.status_code == 422


@pytest.mark.parametrize("path", ["/v1/devices/%00", "/v1/devices/a%00b",
                                  "/v1/devices/%ED%A0%80"])
def test_a_device_id_in_the_path(new_device, path: str) -> None:
    dev = new_device()
    _assert_refused(dev.http.delete(path), "device_id")
    assert dev.http.get("/v1/profiles").status_code == 200  # the device was not revoked


def test_a_member_name_in_the_path(new_device) -> None:
    owner = new_device()
    pid = own_profile(owner)
    for name in ("%00", "x%00", "%ED%A0%80"):
        _assert_refused(owner.http.delete(f"/v1/profiles/{pid}/members/{name}"), "user")
    _assert_refused(owner.http.get(f"/v1/profiles/{pid}%00/members"), "profile_id")


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "surrogate"])
def test_an_invite_code(new_device, server_url: str, bad: str) -> None:
    dev = new_device()
    r = _post_raw(server_url, "/v1/invites/accept", {"code": bad},
                  {"Authorization": dev.http.headers["Authorization"]})
    _assert_refused(r, "code")


@pytest.mark.parametrize("cursors,field", [
    ({SURROGATE: 0}, "cursors"), ({NUL: 0}, "cursors"), ({"p": 2**63}, "cursors"),
    ({"p": -1}, "cursors"), ({"p": True}, "cursors")])
def test_pull_cursors(new_device, server_url: str, cursors: dict[str, object],
                      field: str) -> None:
    dev: Device = new_device()
    r = _post_raw(server_url, "/v1/pull", {"protocol": 1, "device_id": dev.device_id,
                                           "cursors": cursors},
                  {"Authorization": dev.http.headers["Authorization"]})
    _assert_refused(r, field)


def test_a_push_batch_id(new_device, server_url: str) -> None:
    dev: Device = new_device()
    r = _post_raw(server_url, "/v1/push", {"protocol": 1, "device_id": dev.device_id,
                                           "batch_id": SURROGATE, "mutations": []},
                  {"Authorization": dev.http.headers["Authorization"]})
    _assert_refused(r, "batch_id")


@pytest.mark.parametrize("entity", ["measurements", "retention_rules"])
def test_a_mutations_profile_id_with_a_nul(new_device, entity: str) -> None:
    # A rejected mutation's profile id never reaches SQL: the retention check after a
    # push once passed it on, and PostgreSQL refused the NUL with a 500.
    dev: Device = new_device()
    good = new_id()
    assert dev.push([dev.insert("profiles", good, {})])[0]["status"] == "applied"
    bad = dev.mutation(entity, good[:-1] + "\x00", good, {"deleted": False})
    honest = dev.insert("measurements", good, {})
    results = dev.push([bad, honest])
    assert results[0]["status"] == "rejected" and "profile_id" in results[0]["message"]
    assert results[1]["status"] == "applied", results[1]


@pytest.mark.parametrize(("entity", "zone"), [("profiles", "»¥¢"),
                                              ("profiles", "Mars/Olympus"),
                                              ("medication_schedules", "europe/london")])
def test_a_time_zone_no_device_could_read(new_device, entity: str, zone: str) -> None:
    # Every device reads these with ZoneInfo: a name no zone has would break each honest
    # member's reminders and dose screens (the hostile-member machine found it).
    dev: Device = new_device()
    pid = new_id()
    assert dev.push([dev.insert("profiles", pid, {})])[0]["status"] == "applied"
    row = pid if entity == "profiles" else new_id()
    (result,) = dev.push([dev.mutation(entity, pid, row, {"timezone": zone})])
    assert result["status"] == "rejected" and "timezone" in result["message"], result
