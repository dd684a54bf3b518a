"""The FastAPI application: routes, authentication, errors and the server clock.

Handlers are plain ``def`` functions: FastAPI runs them in its thread pool, each with a
connection from the worker's psycopg pool. Every response, errors included, carries the
server's clock in the ``X-Server-Time`` header (and ``server_time`` in JSON bodies).
Before a handler runs, the layers in ``middleware.py`` have authenticated the caller of
an authenticated route and bounded the request's body.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any

import psycopg
from fastapi import FastAPI, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from psycopg_pool import ConnectionPool, PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import Scope

from healthdesk import __version__
from healthdesk.protocol import (
    MIN_CLIENT_PROTOCOL,
    PROTOCOL_VERSION,
    AcceptInviteRequest,
    CreateInviteRequest,
    DeviceList,
    ErrorResponse,
    HealthResponse,
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
    VersionResponse,
)
from healthdesk.protocol.models import DEVICE_PATTERN

from . import access, accounts, feed, org_api, retention
from .accounts import USERNAME_PATTERN, Caller
from .config import Settings
from .db import make_pool
from .errors import ApiError, database_down, error_response, now_ms
from .middleware import CALLER_KEY, AuthenticateFirst, BodyTooLarge, LimitBody, ServerClock
from .peer import client_address

log = logging.getLogger(__name__)

ProfileId = Annotated[str, Path(pattern=feed.UUID_RE.pattern, description="a profile's id")]
# Path parameters reach SQL as text: a pattern keeps NUL and other junk out (422).
DeviceId = Annotated[str, Path(pattern=DEVICE_PATTERN, description="a device's id")]
UserName = Annotated[str, Path(pattern=USERNAME_PATTERN, description="an account name")]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse}
    for code in (400, 401, 403, 404, 410, 413, 422, 426, 429, 503)}
_HTTP_CODES = {400: "invalid", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def _check_protocol(protocol: int) -> None:
    if protocol < MIN_CLIENT_PROTOCOL:
        raise ApiError(426, "protocol_too_old",
                       f"this app speaks sync protocol {protocol}; the server needs "
                       f"{MIN_CLIENT_PROTOCOL} or newer: update HealthDesk.")


Bearer = Annotated[str | None, Header(description="Bearer <this device's token>")]


@contextmanager
def _db(request: Request) -> Iterator[psycopg.Connection]:
    # Taken inside the handler's own thread, not by a dependency: a dependency holds its
    # connection across a second trip through the thread pool, and with every thread
    # waiting for a connection the holders could never finish (a deadlock under load).
    with request.app.state.pool.connection() as conn:
        yield conn


@contextmanager
def _authed(request: Request, authorization: str | None
            ) -> Iterator[tuple[psycopg.Connection, Caller]]:
    with _db(request) as conn:
        # AuthenticateFirst has already looked the token up (before the body was read).
        caller = request.scope.get(CALLER_KEY)
        yield conn, caller if caller is not None else accounts.authenticate(conn,
                                                                            authorization)


def _takes_token(route: APIRoute) -> bool:
    return any(p.alias.lower() == "authorization" for p in route.dependant.header_params)


def _token_check(app: FastAPI) -> Callable[[Scope], bool]:
    """Whether a request goes to a route that declares the bearer header."""
    authed: dict[int, bool] = {}

    def needs_token(scope: Scope) -> bool:
        for route in app.router.routes:
            match, _child = route.matches(scope)
            if match is Match.FULL:
                if id(route) not in authed:
                    authed[id(route)] = isinstance(route, APIRoute) and _takes_token(route)
                return authed[id(route)]
        return False  # the router answers 404 or 405

    return needs_token


def create_app(settings: Settings, pool: ConnectionPool | None = None) -> FastAPI:
    own_pool = pool is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = pool or make_pool(settings.database_url, settings.pool_size,
                                           open_now=False, timeout=settings.pool_timeout)
        if own_pool:
            app.state.pool.open(wait=False)
        try:
            yield
        finally:
            if own_pool:
                app.state.pool.close()

    app = FastAPI(title="HealthDesk sync server", version=__version__, lifespan=lifespan,
                  responses=ERRORS)

    # Added innermost first: a request meets ServerClock, then AuthenticateFirst, then
    # LimitBody (whose limit depends on whether the caller is known).
    app.add_middleware(LimitBody, limit=settings.max_request_bytes)
    app.add_middleware(AuthenticateFirst, needs_token=_token_check(app))
    app.add_middleware(ServerClock)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
        if len(where) > 120:  # a loc can hold a client's dict key of any length
            where = where[:117] + "..."
        msg = str(first.get("msg", "invalid value")).rstrip(".")
        return error_response(422, "invalid", f"{where}: {msg}.")

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_response(413, "too_large", str(exc.detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # exc.headers carries Allow on a 405.
        message = str(exc.detail)
        if exc.status_code == 405:
            message = (f"{request.method} is not allowed here; use "
                       f"{(exc.headers or {}).get('Allow', 'another method')}.")
        elif exc.status_code == 404:
            message = f"there is no {request.url.path[:100]!r} on this server."
        elif exc.status_code == 400 and message == "There was an error parsing the body":
            # FastAPI's answer to a body json cannot decode: not UTF-8, or an integer
            # of thousands of digits.
            message = "the request body is not readable JSON (UTF-8 text, numbers of " \
                "at most 4300 digits)."
        return error_response(exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"),
                              message, dict(exc.headers or {}))

    @app.exception_handler(PoolTimeout)
    async def no_db(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        return database_down()

    @app.exception_handler(psycopg.OperationalError)
    async def db_down(_request: Request, exc: psycopg.OperationalError) -> JSONResponse:
        log.warning("database error: %s", exc)
        return database_down()

    @app.exception_handler(Exception)
    async def failed(_request: Request, _exc: Exception) -> JSONResponse:
        # A bug, still answered in the usual shape (Starlette logs the traceback).
        return error_response(500, "internal", "the server failed on this request; it has "
                              "been logged, try again later.")

    @app.get("/health", response_model=HealthResponse)
    def health(request: Request) -> Any:
        try:
            with request.app.state.pool.connection(timeout=min(5, settings.pool_timeout)) as conn:
                conn.execute("SELECT 1")
        except (psycopg.Error, PoolTimeout):
            return JSONResponse({"status": "unavailable", "database": False,
                                 "server_time": now_ms()}, status_code=503)
        return {"status": "ok", "database": True, "server_time": now_ms()}

    @app.get("/version", response_model=VersionResponse)
    def version() -> Any:
        return {"protocol": PROTOCOL_VERSION, "min_client_protocol": MIN_CLIENT_PROTOCOL,
                "server_version": __version__, "server_time": now_ms()}

    @app.post("/v1/login", response_model=LoginResponse)
    def login(body: LoginRequest, request: Request) -> Any:
        ip = client_address(request.client.host if request.client else None,
                            request.headers.getlist("x-forwarded-for"),
                            settings.trusted_proxies)
        with _db(request) as conn:
            done = accounts.login(conn, body.user, body.password, body.device_id,
                                  body.device_name, ip)
        return {"token": done.token, "user": done.user, "device_id": done.device_id,
                "server_time": now_ms()}

    @app.post("/v1/logout", response_model=OkResponse)
    def logout(request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            accounts.revoke_device(conn, who, who.device_id)
        return {"ok": True, "server_time": now_ms()}

    @app.get("/v1/devices", response_model=DeviceList)
    def devices(request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            return {"devices": accounts.list_devices(conn, who), "server_time": now_ms()}

    @app.delete("/v1/devices/{device_id}", response_model=OkResponse)
    def revoke_device(device_id: DeviceId, request: Request,
                      authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            accounts.revoke_device(conn, who, device_id)
        return {"ok": True, "server_time": now_ms()}

    @app.get("/v1/profiles", response_model=ProfileList)
    def profiles(request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            return {"profiles": access.list_profiles(conn, who), "server_time": now_ms()}

    @app.delete("/v1/profiles/{profile_id}", response_model=OkResponse)
    def erase_profile(profile_id: ProfileId, request: Request,
                      authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            access.erase_profile(conn, who, profile_id)
        return {"ok": True, "server_time": now_ms()}

    @app.post("/v1/profiles/{profile_id}/invites", response_model=Invite)
    def create_invite(profile_id: ProfileId, body: CreateInviteRequest, request: Request,
                      authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            invite = access.create_invite(conn, who, profile_id, body.role,
                                          body.expires_in_hours)
        return {**invite, "server_time": now_ms()}

    @app.post("/v1/invites/accept", response_model=Membership)
    def accept_invite(body: AcceptInviteRequest, request: Request,
                      authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            return {**access.accept_invite(conn, who, body.code), "server_time": now_ms()}

    @app.get("/v1/profiles/{profile_id}/members", response_model=MemberList)
    def members(profile_id: ProfileId, request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            members = access.list_members(conn, who, profile_id)
        return {"members": members, "server_time": now_ms()}

    @app.delete("/v1/profiles/{profile_id}/members/{user}", response_model=OkResponse)
    def revoke_member(profile_id: ProfileId, user: UserName,
                      request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            access.revoke_member(conn, who, profile_id, user)
        return {"ok": True, "server_time": now_ms()}

    @app.post("/v1/push", response_model=PushResponse)
    def push(body: PushRequest, request: Request, authorization: Bearer = None) -> Any:
        _check_protocol(body.protocol)
        with _authed(request, authorization) as (conn, who):
            accounts.check_device(who, body.device_id)
            results = feed.push(conn, who, body.mutations, now_ms())
            now = dt.datetime.now(dt.UTC)
            # Only what was taken can call for the rules: a rejected mutation's profile id
            # may be anything a hostile client sent (a NUL in it once made this a 500).
            taken = [m for m, r in zip(body.mutations, results, strict=True)
                     if r["status"] != "rejected"]
            retention.apply(conn, retention.profiles_to_apply(conn, taken, now), now)
        return {"results": results, "server_time": now_ms()}

    @app.post("/v1/pull", response_model=PullResponse)
    def pull(body: PullRequest, request: Request, authorization: Bearer = None) -> Any:
        _check_protocol(body.protocol)
        with _authed(request, authorization) as (conn, who):
            accounts.check_device(who, body.device_id)
            page = feed.pull(conn, who, body)
        # Returned as a finished body: re-validating a thousand changes against the
        # response model would cost more than reading them (the schema still documents it).
        return Response(feed.pull_json(page, now_ms()), media_type="application/json")

    app.include_router(org_api.router)
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn healthdesk.server.app:app_from_env --factory`` (several workers)."""
    return create_app(Settings.from_env())
