"""Schemathesis against the running server's own OpenAPI document: whatever a client
sends that the schema allows (and much it does not), the server never answers 5xx and
its answers match what the schema promises."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from healthdesk.server.app import create_app
from healthdesk.server.config import Settings

from .client import Device, new_id

# The document the app serves at /openapi.json, built without a database.
schema = schemathesis.openapi.from_dict(
    create_app(Settings(database_url="postgresql://unused")).openapi()
).exclude(path="/v1/logout")  # logging out would end the fuzzing device's session
# Bounded in CI (each operation gets this many generated requests).
EXAMPLES = int(os.environ.get("HEALTHDESK_FUZZ_EXAMPLES", "15" if os.environ.get("CI")
                              else "30"))


@pytest.fixture(scope="module")
def fuzz_device(server_url: str, make_account) -> Device:
    account = make_account()
    dev = Device(server_url, account.login(server_url, "fuzzdevice"), "fuzzdevice")
    pid = new_id()
    dev.push([dev.insert("profiles", pid, {"name": "Fuzz"})])
    return dev


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_no_request_makes_the_server_fail(case, server_url: str, fuzz_device: Device) -> None:
    token = fuzz_device.http.headers["Authorization"]
    headers = {"Authorization": token} if "authorization" not in {
        k.lower() for k in (case.headers or {})} else {}
    response = case.call(base_url=server_url, headers=headers, timeout=30)
    assert response.status_code < 500, response.text
    assert response.headers["x-server-time"][0].isdigit()  # schemathesis: lowercase, lists
    case.validate_response(response, checks=[status_code_conformance, content_type_conformance,
                                             response_schema_conformance])
