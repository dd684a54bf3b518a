"""HTTP to the sync server: requests with urllib3 retries, timeouts and bearer tokens.

Every request is safe to repeat (pushes are idempotent by mutation key, pulls only
read), so connection failures and 502/503/504 answers are retried with backoff before a
round gives up. Each answer's ``server_time`` (header and body) is handed to
``on_server_time`` so the device's clock catches up even from an error answer.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import os
import ssl
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from requests.utils import select_proxy
from urllib3 import exceptions as urllib3_errors
from urllib3.exceptions import ClosedPoolError
from urllib3.util import Timeout
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

from .errors import (
    CertificateError,
    NotSignedInError,
    ServerRefusedError,
    ServerUnreachableError,
    SyncError,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0
M = TypeVar("M", bound=BaseModel)


PLAIN_HTTP_REFUSED = (
    "A sync server must be reached over https:// (http:// is only for this computer "
    "itself, 127.0.0.1 or localhost), so a health record never crosses a network in the "
    "clear; put TLS in front of the server (Caddy, or nginx with a Let's Encrypt "
    "certificate, see docs/server.md) and sign in with its https:// address.")


def is_loopback(host: str | None) -> bool:
    """Whether ``host`` names this computer (127.0.0.0/8, ::1, localhost)."""
    if not host:
        return False
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def normalize_url(url: str) -> str:
    """``url`` without a trailing slash; raises ValueError naming what is wrong (a plain
    http:// address of anything but this computer included)."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("The server address must start with https:// (http:// only for "
                         "this computer itself) and name a host, like "
                         "https://sync.example.org.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(PLAIN_HTTP_REFUSED)
    return text.rstrip("/")


def normalize_fingerprint(text: str) -> str:
    """A certificate's SHA-256 fingerprint as 64 lower-case hex digits, from the forms
    people copy (``AB:CD:...``, spaces, a ``sha256:`` or ``SHA256 Fingerprint=`` prefix).
    Raises ValueError naming the form wanted."""
    raw = (text or "").strip()
    if "=" in raw:
        raw = raw.split("=", 1)[1]
    raw = raw.lower().removeprefix("sha256:").strip()
    digits = "".join(ch for ch in raw if ch not in ": ")
    if len(digits) != 64 or any(ch not in "0123456789abcdef" for ch in digits):
        raise ValueError("The certificate fingerprint must be its SHA-256 digest: 64 hex "
                         "digits, with or without colons (openssl x509 -noout -fingerprint "
                         "-sha256 prints it).")
    return digits


def server_fingerprint(url: str, timeout: float = CONNECT_TIMEOUT_S) -> str:
    """The SHA-256 fingerprint of the certificate an https:// server shows (unverified:
    for a person to compare with the one the server's admin gave them). Raises
    ServerUnreachableError."""
    parts = urlsplit(normalize_url(url))
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("Only an https:// server has a certificate to pin.")
    try:
        pem = ssl.get_server_certificate((parts.hostname, parts.port or 443), timeout=timeout)
    except OSError:
        raise ServerUnreachableError(f"The sync server at {url} could not be reached to read "
                                     "its certificate; check the address.") from None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def pretty_fingerprint(digits: str) -> str:
    """``ab12...`` as ``AB:12:...`` (how openssl and browsers show it)."""
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2)).upper()


class _PinnedAdapter(HTTPAdapter):
    """TLS checked against one certificate's SHA-256 fingerprint instead of a CA (a
    self-hosted server's own certificate): urllib3 compares the fingerprint after the
    handshake and refuses any other certificate."""

    def __init__(self, fingerprint: str, **kw: Any) -> None:
        self._fingerprint = fingerprint
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        kw["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kw)


def _retry(total: int) -> Retry:
    return Retry(total=total, connect=total, read=total, status=total, backoff_factor=0.2,
                 backoff_max=5.0, status_forcelist=(502, 503, 504),
                 allowed_methods=frozenset({"GET", "POST", "DELETE"}),
                 respect_retry_after_header=True, raise_on_status=False)


class Transport:
    """One server, one device. ``token`` may be None until login."""

    def __init__(self, base_url: str, token: str | None = None, *, retries: int = 3,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                 on_server_time: Callable[[int], None] | None = None,
                 fingerprint: str | None = None) -> None:
        self.base_url = normalize_url(base_url)
        self.token = token
        self.timeout = timeout
        self.on_server_time = on_server_time
        self.fingerprint = normalize_fingerprint(fingerprint) if fingerprint else None
        self._http = requests.Session()
        # The environment (proxies, NO_PROXY, a CA bundle) is read once here, not on every
        # request: requests re-reads it per call (~0.5 ms of each sync with nothing to do).
        # trust_env off also keeps a ~/.netrc from replacing the bearer token.
        self._http.proxies = requests.utils.get_environ_proxies(self.base_url)
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle:
            self._http.verify = bundle
        self._http.trust_env = False
        adapter = HTTPAdapter(max_retries=_retry(retries), pool_maxsize=4)
        self._http.mount("http://", adapter)
        if self.fingerprint:
            # The pin replaces the CA check (a self-signed certificate has no CA); the
            # fingerprint check itself is never skipped.
            self._http.mount("https://", _PinnedAdapter(
                self.fingerprint, max_retries=_retry(retries), pool_maxsize=4))
        else:
            self._http.mount("https://", adapter)
        self._timeouts = Timeout(connect=timeout[0], read=timeout[1])
        self._proxied = select_proxy(self.base_url, self._http.proxies) is not None
        self._pool: Any = None

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
            data = body.model_dump_json(exclude_none=False).encode()
            headers["Content-Type"] = "application/json"
        status, server_time, content = self._send(method, path, data, headers)
        self._note_time(server_time)
        if status >= 400:
            raise self._error(status, content)
        try:
            return model.model_validate_json(content)
        except ValidationError:
            raise SyncError(f"The sync server at {self.base_url} sent an answer this version "
                            "of HealthDesk does not understand; check the address or update "
                            "HealthDesk.") from None

    def _send(self, method: str, path: str, data: bytes | None,
              headers: dict[str, str]) -> tuple[int, str | None, bytes]:
        """(status, X-Server-Time, body). Straight to the connection pool requests itself
        would use (same TLS settings, pin, retries and timeouts) unless a proxy applies:
        requests' per-call preparation (URL parsing, merging session settings, cookies,
        hooks, redirects) was a third of a sync with nothing to do's client time."""
        pool = self._direct_pool()
        if pool is None:
            return self._send_requests(method, path, data, headers)
        try:
            resp = pool.urlopen(method, path, body=data, headers=headers, redirect=False,
                                assert_same_host=False, retries=self._adapter().max_retries,
                                timeout=self._timeouts, preload_content=True)
        except ClosedPoolError:  # the manager dropped the pool: find it again, once
            self._pool = None
            return self._send_requests(method, path, data, headers)
        except urllib3_errors.MaxRetryError as exc:
            if isinstance(exc.reason, urllib3_errors.SSLError):
                log.info("sync request %s %s: TLS failed: %s", method, path, exc)
                raise self._tls_error(exc) from None
            raise self._unreachable(method, path, exc) from None
        except urllib3_errors.SSLError as exc:
            log.info("sync request %s %s: TLS failed: %s", method, path, exc)
            raise self._tls_error(exc) from None
        except (urllib3_errors.HTTPError, OSError) as exc:
            raise self._unreachable(method, path, exc) from None
        return resp.status, resp.headers.get(SERVER_TIME_HEADER), resp.data

    def _send_requests(self, method: str, path: str, data: bytes | None,
                       headers: dict[str, str]) -> tuple[int, str | None, bytes]:
        try:
            # verify=False only with a pin (checked by the adapter); given per request, as
            # an environment CA bundle (REQUESTS_CA_BUNDLE) would override the session's.
            resp = self._http.request(method, self.base_url + path, data=data,
                                      headers=headers, timeout=self.timeout,
                                      verify=False if self.fingerprint else None)
        except requests.exceptions.SSLError as exc:
            log.info("sync request %s %s: TLS failed: %s", method, path, exc)
            raise self._tls_error(exc) from None
        except requests.RequestException as exc:
            raise self._unreachable(method, path, exc) from None
        return resp.status_code, resp.headers.get(SERVER_TIME_HEADER), resp.content

    def _adapter(self) -> HTTPAdapter:
        adapter = self._http.get_adapter(self.base_url)
        assert isinstance(adapter, HTTPAdapter)
        return adapter

    def _direct_pool(self) -> Any:
        """The pool for this server, as requests would choose and configure it; None when
        a proxy applies (requests then does the tunnelling)."""
        if self._pool is None and not self._proxied:
            url = self.base_url + "/"
            kept = self._http.verify
            verify: bool | str = False if self.fingerprint else (True if kept is None else kept)
            adapter = self._adapter()
            probe = requests.Request("GET", url).prepare()
            pool = adapter.get_connection_with_tls_context(probe, verify)
            adapter.cert_verify(pool, url, verify, None)  # type: ignore[no-untyped-call]
            self._pool = pool
        return self._pool

    def _unreachable(self, method: str, path: str, exc: Exception) -> SyncError:
        log.info("sync request %s %s failed: %s", method, path, type(exc).__name__)
        return ServerUnreachableError(
            f"The sync server at {self.base_url} could not be reached; check the network "
            "connection and the server address, then try again.")

    def _tls_error(self, exc: Exception) -> SyncError:
        """A certificate problem explained; HealthDesk never goes on without the check."""
        text = str(exc)
        if "Fingerprints did not match" in text:
            return CertificateError(
                f"The sync server at {self.base_url} showed a certificate that is not the one "
                "pinned at sign-in (its SHA-256 fingerprint differs): someone may be between "
                "this device and the server, or the server has a new certificate. Nothing was "
                "sent. Ask the server's administrator for the new fingerprint and sign in "
                "again with it.")
        why = "it has expired" if "expired" in text else (
            "it is self-signed or from an authority this computer does not trust"
            if "self-signed" in text or "unable to get local issuer" in text else
            "it names another host" if "match" in text or "hostname" in text else
            "the secure connection failed")
        return CertificateError(
            f"The sync server's certificate at {self.base_url} could not be verified ({why}); "
            "nothing was sent. If it is your own server with its own certificate, sign in "
            "with that certificate's SHA-256 fingerprint (healthdesk account login "
            "--fingerprint, or the fingerprint field when signing in); HealthDesk never "
            "skips the check.")

    def _note_time(self, value: str | None) -> None:
        if self.on_server_time and value and value.isdigit():
            self.on_server_time(int(value))

    def _error(self, status: int, content: bytes) -> SyncError:
        code, message = "", ""
        try:
            body: Any = json.loads(content)
            code, message = str(body.get("error", "")), str(body.get("message", ""))
        except (ValueError, AttributeError):
            pass
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

    def request(self, method: str, path: str, model: type[M],
                body: BaseModel | None = None) -> M:
        """An authenticated call of any endpoint (the organisation ones: sync/organisation.py)."""
        return self._call(method, path, model, body)

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
