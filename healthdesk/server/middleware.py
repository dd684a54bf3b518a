"""The ASGI layers every request passes before its handler, outermost first:

1. ``ServerClock`` puts ``X-Server-Time`` on every answer.
2. ``AuthenticateFirst`` resolves the bearer token of a request to an authenticated
   route *before its body is read*: a stranger's 50 MB push is answered 401 having cost
   one index lookup, not 50 MB of memory and a JSON parse.
3. ``LimitBody`` refuses a body above the limit with 413: at once from Content-Length,
   or while a chunked body streams in, so it is never held whole. Signed-in devices get
   the configured limit; anonymous requests (only sign-in has a body) a small one.

They are plain ASGI (not ``BaseHTTPMiddleware``), so nothing buffers a body on the way.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio.to_thread
import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from healthdesk.protocol import SERVER_TIME_HEADER

from . import accounts
from .errors import ApiError, database_down, error_response, now_ms

# Where AuthenticateFirst leaves the request's Caller for the handler.
CALLER_KEY = "healthdesk.caller"
# Sign-in is the only anonymous request with a body: a few hundred bytes.
ANONYMOUS_BODY_LIMIT = 64 * 1024


class ServerClock:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[SERVER_TIME_HEADER] = str(now_ms())
            await send(message)

        await self.app(scope, receive, stamped)


def _caller(pool: ConnectionPool, authorization: str | None) -> accounts.Caller:
    with pool.connection() as conn:
        return accounts.authenticate(conn, authorization)


class AuthenticateFirst:
    """``needs_token(scope)`` says whether the request goes to an authenticated route."""

    def __init__(self, app: ASGIApp, needs_token: Callable[[Scope], bool]) -> None:
        self.app = app
        self.needs_token = needs_token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.needs_token(scope):
            await self.app(scope, receive, send)
            return
        authorization = Headers(scope=scope).get("authorization")
        try:
            accounts.bearer_token(authorization)  # no token: no database trip either
            caller = await anyio.to_thread.run_sync(_caller, scope["app"].state.pool,
                                                    authorization)
        except ApiError as exc:
            await error_response(exc.status, exc.code, exc.message, exc.headers)(
                scope, receive, send)
            return
        except (PoolTimeout, psycopg.OperationalError):
            await database_down()(scope, receive, send)
            return
        scope[CALLER_KEY] = caller
        await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` once a streamed body passes the limit.

    An HTTPException, so FastAPI's body reading lets it through to the app's handler
    for it instead of turning it into "error parsing the body" (400).
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_message(limit))
        self.limit = limit


def too_large_message(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
    return (f"the request body is larger than the {size} this server accepts in one "
            "request; send less at a time.")


class LimitBody:
    def __init__(self, app: ASGIApp, limit: int,
                 anonymous_limit: int = ANONYMOUS_BODY_LIMIT) -> None:
        self.app = app
        self.limit = limit
        self.anonymous_limit = min(anonymous_limit, limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit if CALLER_KEY in scope else self.anonymous_limit
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            # Answered without reading a byte; the server drains and drops the rest.
            await error_response(413, "too_large", too_large_message(limit))(
                scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            # Reached only if something read the body outside FastAPI's handling.
            if started:
                raise
            await error_response(413, "too_large", too_large_message(limit))(
                scope, receive, send)
