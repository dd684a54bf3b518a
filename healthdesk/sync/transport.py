"""HTTP to the sync server: requests with urllib3 retries, timeouts and bearer tokens.

Every request is safe to repeat (pushes are idempotent by mutation key, pulls only
read), so connection failures and 502/503/504 answers are retried with backoff before a
round gives up. Each answer's ``server_time`` (header and body) is handed to
``on_server_time`` so the device's clock catches up even from an error answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from healthdesk.protocol import (
    SERVER_TIME_HEADER,
    AcceptInviteRequest,
    CreateInviteRequest,
    DeviceList,
    Invite,
    LoginRequest,
    LoginResponse,
    MemberList,
    Membership,
    OkResponse,
    ProfileList,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)

from .errors import NotSignedInError, ServerRefusedError, ServerUnreachableError, SyncError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0
M = TypeVar("M", bound=BaseModel)


def normalize_url(url: str) -> str:
    """``url`` without a trailing slash; raises ValueError naming what is wrong."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("The server address must start with http:// or https:// and name "
                         "a host, like https://sync.example.org.")
    return text.rstrip("/")


def _retry(total: int) -> Retry:
    return Retry(total=total, connect=total, read=total, status=total, backoff_factor=0.2,
                 backoff_max=5.0, status_forcelist=(502, 503, 504),
                 allowed_methods=frozenset({"GET", "POST", "DELETE"}),
                 respect_retry_after_header=True, raise_on_status=False)


class Transport:
    """One server, one device. ``token`` may be None until login."""

    def __init__(self, base_url: str, token: str | None = None, *, retries: int = 3,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                 on_server_time: Callable[[int], None] | None = None) -> None:
        self.base_url = normalize_url(base_url)
        self.token = token
        self.timeout = timeout
        self.on_server_time = on_server_time
        self._http = requests.Session()
        adapter = HTTPAdapter(max_retries=_retry(retries), pool_maxsize=4)
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)

    def close(self) -> None:
        self._http.close()

    # -- plumbing ----------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[M], body: BaseModel | None = None,
              auth: bool = True) -> M:
        headers = {"Accept": "application/json"}
        if auth:
            if not self.token:
                raise NotSignedInError("This device is not signed in to a sync server; "
                                       "sign in first.")
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = body.model_dump_json(exclude_none=False)
            headers["Content-Type"] = "application/json"
        try:
            resp = self._http.request(method, self.base_url + path, data=data,
                                      headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            log.info("sync request %s %s failed: %s", method, path, type(exc).__name__)
            raise ServerUnreachableError(
                f"The sync server at {self.base_url} could not be reached; check the network "
                "connection and the server address, then try again.") from None
        self._note_time(resp.headers.get(SERVER_TIME_HEADER))
        if resp.status_code >= 400:
            raise self._error(resp)
        try:
            return model.model_validate_json(resp.content)
        except ValidationError:
            raise SyncError(f"The sync server at {self.base_url} sent an answer this version "
                            "of HealthDesk does not understand; check the address or update "
                            "HealthDesk.") from None

    def _note_time(self, value: str | None) -> None:
        if self.on_server_time and value and value.isdigit():
            self.on_server_time(int(value))

    def _error(self, resp: requests.Response) -> SyncError:
        code, message = "", ""
        try:
            body: Any = resp.json()
            code, message = str(body.get("error", "")), str(body.get("message", ""))
        except (ValueError, AttributeError):
            pass
        status = resp.status_code
        if status == 401:
            return NotSignedInError("The sync server no longer accepts this device's sign-in "
                                    "(signed out or revoked); sign in again.")
        if status == 426:
            return ServerRefusedError("The sync server needs a newer HealthDesk; update the "
                                      "app, then sync again.", status, code)
        if status >= 500:
            return ServerUnreachableError(
                f"The sync server had a problem (HTTP {status}); try again in a few minutes.")
        text = message.rstrip(".") if message else f"HTTP {status}"
        return ServerRefusedError(f"The sync server refused: {text}.", status, code)

    # -- endpoints -------------------------------------------------------------------

    def login(self, req: LoginRequest) -> LoginResponse:
        return self._call("POST", "/v1/login", LoginResponse, req, auth=False)

    def logout(self) -> None:
        self._call("POST", "/v1/logout", OkResponse)

    def push(self, req: PushRequest) -> PushResponse:
        return self._call("POST", "/v1/push", PushResponse, req)

    def pull(self, req: PullRequest) -> PullResponse:
        return self._call("POST", "/v1/pull", PullResponse, req)

    def profiles(self) -> ProfileList:
        return self._call("GET", "/v1/profiles", ProfileList)

    def devices(self) -> DeviceList:
        return self._call("GET", "/v1/devices", DeviceList)

    def revoke_device(self, device_id: str) -> None:
        self._call("DELETE", f"/v1/devices/{device_id}", OkResponse)

    def create_invite(self, profile_id: str, role: str, hours: int) -> Invite:
        return self._call("POST", f"/v1/profiles/{profile_id}/invites", Invite,
                          CreateInviteRequest(role=role, expires_in_hours=hours))

    def accept_invite(self, code: str) -> Membership:
        return self._call("POST", "/v1/invites/accept", Membership,
                          AcceptInviteRequest(code=code))

    def members(self, profile_id: str) -> MemberList:
        return self._call("GET", f"/v1/profiles/{profile_id}/members", MemberList)

    def erase_profile(self, profile_id: str) -> None:
        """The owner erases the person on the server (every row and change of it)."""
        self._call("DELETE", f"/v1/profiles/{profile_id}", OkResponse)

    def revoke_member(self, profile_id: str, user: str) -> None:
        from urllib.parse import quote

        self._call("DELETE", f"/v1/profiles/{profile_id}/members/{quote(user, safe='')}",
                   OkResponse)
