"""Schemathesis against the running server's own OpenAPI document: whatever a client
sends that the schema allows (and much it does not), the server never answers 5xx and
its answers match what the schema promises.

Half the generated requests are aimed at what the fuzzing account may touch (its token,
its device id, a profile it owns, a member of that profile, a fresh invite code), so the
handlers behind authentication and authorization run, not only their 401s and 403s.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from healthdesk.server.app import create_app
from healthdesk.server.config import Settings
from tests.pg import PASSWORD

from .client import Device, device_for
from .owned import own_profile

# The document the app serves at /openapi.json, built without a database.
schema = schemathesis.openapi.from_dict(
    create_app(Settings(database_url="postgresql://unused")).openapi()
).exclude(path="/v1/logout")  # logging out would end the fuzzing device's session
# Per operation, half the loaded Hypothesis profile's: 30 under `ci` (CI sets
# HYPOTHESIS_PROFILE=ci), 100 under `dev`; HEALTHDESK_FUZZ_EXAMPLES overrides.
EXAMPLES = int(os.environ.get("HEALTHDESK_FUZZ_EXAMPLES")
               or max(10, settings.default.max_examples // 2))
CHECKS = [status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]
# An aimed request may have had its invalid parts replaced by valid ones.
UNAIMED_CHECKS = [negative_data_rejection]
FUZZ_DEVICE = "fuzzdevice"


@dataclass
class Target:
    """What the fuzzing account owns and may act on."""

    device: Device
    pid: str
    member: str  # a caregiver of pid, so removing a member can succeed
    spare_device: str  # another device of the account, so revoking one can succeed
    codes: list[str] = field(default_factory=list)  # unused invites to other profiles

    @property
    def token(self) -> str:
        return str(self.device.http.headers["Authorization"])


_target: Target | None = None


@pytest.fixture(scope="module")
def target(server_url: str, make_account) -> Iterator[Target]:
    global _target
    account = make_account()
    dev = Device(server_url, account.login(server_url, FUZZ_DEVICE), FUZZ_DEVICE)
    dev.account = account  # type: ignore[attr-defined]
    pid = own_profile(dev)
    carer = device_for(server_url, make_account())
    code = dev.http.post(f"/v1/profiles/{pid}/invites", json={"role": "caregiver"})
    assert carer.http.post("/v1/invites/accept",
                           json={"code": code.json()["code"]}).status_code == 200
    account.login(server_url, "sparedevice")
    host = device_for(server_url, make_account())
    host_pid = own_profile(host, "Host")
    codes = [host.http.post(f"/v1/profiles/{host_pid}/invites",
                            json={"role": "viewer"}).json()["code"] for _ in range(10)]
    _target = Target(dev, pid, carer.account.user, "sparedevice", codes)  # type: ignore[attr-defined]
    yield _target
    _target = None
    for d in (dev, carer, host):
        d.close()


def _aim(case: Any, t: Target) -> None:
    """Point a generated request at the fuzzing account's own things, in place."""
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    case.headers = {**headers, "Authorization": t.token}
    params = case.path_parameters or {}
    if "profile_id" in params:
        params["profile_id"] = t.pid
    if "device_id" in params:
        params["device_id"] = t.spare_device
    if "user" in params:
        params["user"] = t.member
    body = case.body
    if not isinstance(body, dict):
        return
    if case.path == "/v1/login":
        body.update(user=t.device.account.user, password=PASSWORD)  # type: ignore[attr-defined]
        if body.get("device_id") == FUZZ_DEVICE:
            body["device_id"] = "otherdevice"
        return
    if "device_id" in body:
        body["device_id"] = t.device.device_id
    if isinstance(body.get("cursors"), dict) and body["cursors"]:
        body["cursors"] = {t.pid: next(iter(body["cursors"].values()))}
    mutations = body.get("mutations")
    for m in mutations if isinstance(mutations, list) else []:  # the fuzzer sends any type
        if isinstance(m, dict):
            m["profile_id"] = t.pid
    if case.path == "/v1/invites/accept" and t.codes:
        body["code"] = t.codes.pop()


@schema.parametrize()
@schema.given(aimed=st.booleans())
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_no_request_makes_the_server_fail(case: Any, aimed: bool, server_url: str,
                                          target: Target) -> None:
    if aimed:
        _aim(case, target)
    elif "authorization" not in {k.lower() for k in (case.headers or {})}:
        case.headers = {**(case.headers or {}), "Authorization": target.token}
    response = case.call(base_url=server_url, timeout=30)
    assert response.status_code < 500, response.text
    assert response.headers["x-server-time"][0].isdigit()  # schemathesis: lowercase, lists
    case.validate_response(response, checks=CHECKS if aimed else CHECKS + UNAIMED_CHECKS)
    assert target.device.http.get("/v1/devices").status_code == 200, "the fuzzer signed out"
