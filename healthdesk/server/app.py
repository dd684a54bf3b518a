"""The FastAPI application: routes, authentication, errors and the server clock.

Handlers are plain ``def`` functions: FastAPI runs them in its thread pool, each with a
connection from the worker's psycopg pool. Every response, errors included, carries the
server's clock in the ``X-Server-Time`` header (and ``server_time`` in JSON bodies).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated, Any

import psycopg
from fastapi import FastAPI, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from psycopg_pool import ConnectionPool, PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from healthdesk import __version__
from healthdesk.protocol import (
    MIN_CLIENT_PROTOCOL,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
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

from . import access, accounts, feed
from .accounts import Caller
from .config import Settings
from .db import make_pool
from .errors import ApiError

log = logging.getLogger(__name__)

ProfileId = Annotated[str, Path(pattern=feed.UUID_RE.pattern, description="a profile's id")]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 422, 426, 429, 503)}


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _error(status: int, code: str, message: str,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": code, "message": message, "server_time": now_ms()}
    return JSONResponse(body, status_code=status, headers=headers)


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
        yield conn, accounts.authenticate(conn, authorization)


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

    @app.middleware("http")
    async def server_time(request: Request, call_next: Callable[..., Any]) -> Any:
        response = await call_next(request)
        response.headers[SERVER_TIME_HEADER] = str(now_ms())
        return response

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
        return _error(422, "invalid", f"{where}: {first.get('msg', 'invalid value')}.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(PoolTimeout)
    async def no_db(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        return _error(503, "unavailable", "the database is not answering; try again shortly.",
                      {"Retry-After": "5"})

    @app.exception_handler(psycopg.OperationalError)
    async def db_down(_request: Request, exc: psycopg.OperationalError) -> JSONResponse:
        log.warning("database error: %s", exc)
        return _error(503, "unavailable", "the database is not answering; try again shortly.",
                      {"Retry-After": "5"})

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
        ip = request.client.host if request.client else "unknown"
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
    def revoke_device(device_id: Annotated[str, Path(max_length=64)], request: Request,
                      authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            accounts.revoke_device(conn, who, device_id)
        return {"ok": True, "server_time": now_ms()}

    @app.get("/v1/profiles", response_model=ProfileList)
    def profiles(request: Request, authorization: Bearer = None) -> Any:
        with _authed(request, authorization) as (conn, who):
            return {"profiles": access.list_profiles(conn, who), "server_time": now_ms()}

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
    def revoke_member(profile_id: ProfileId, user: Annotated[str, Path(max_length=64)],
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

    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn healthdesk.server.app:app_from_env --factory`` (several workers)."""
    return create_app(Settings.from_env())
