"""Errors an endpoint answers with: an HTTP status, a code and one sentence.

Every answer carries the server's clock (``X-Server-Time`` and ``server_time``), errors
too: a client corrects its HLC from whatever the server says, even a refusal.
"""

from __future__ import annotations

import time

from starlette.responses import JSONResponse

from healthdesk.protocol import SERVER_TIME_HEADER


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """The ``ErrorResponse`` body and headers of an error answer."""
    # A message may quote what the client sent (a field name, a dict key); a lone
    # surrogate there could not be encoded as UTF-8 and would turn a 4xx into a 500.
    text = message.encode("utf-8", "backslashreplace").decode("utf-8")
    now = now_ms()
    body = {"error": code, "message": text, "server_time": now}
    return JSONResponse(body, status_code=status,
                        headers={**(headers or {}), SERVER_TIME_HEADER: str(now)})


def database_down() -> JSONResponse:
    return error_response(503, "unavailable", "the database is not answering; try again "
                          "shortly.", {"Retry-After": "5"})


def unauthorized(message: str = "sign in again: this device's token is missing, wrong or "
                 "revoked.") -> ApiError:
    return ApiError(401, "unauthorized", message, {"WWW-Authenticate": "Bearer"})


def forbidden(message: str = "this account has no access to that profile.") -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def invalid(message: str, code: str = "invalid") -> ApiError:
    return ApiError(400, code, message)
