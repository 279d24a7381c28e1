"""Every error the API answers with, as RFC 9457 problem+json: the one mapping.

tracker_core's errors (NotFound 404, Conflict 409, InvalidInput 422, Unavailable 503; a
throttled sign-in, LoginThrottled, 429 with Retry-After),
pydantic and FastAPI validation errors (422 with `errors`: one entry per field path),
HTTP errors, and anything unexpected (500, logged, a generic detail and never its text).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from tracker_core.errors import (
    FORM,
    Conflict,
    InvalidInput,
    NotFound,
    TrackerError,
    Unavailable,
)
from tracker_core.services.auth import LoginThrottled

log = logging.getLogger("api")
MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://application-tracker.dev/problems/"
GENERIC_500 = "Something went wrong on the server; nothing was changed. Try again."
TITLES = {
    400: "Bad request",
    401: "Not signed in",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Server error",
    503: "Service unavailable",
}
BEARER = {"WWW-Authenticate": "Bearer"}


class ApiError(Exception):
    """An error the API itself raises (401, 413, 429...): status, detail and headers."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})


def unauthorized(
    detail: str = "Send a valid access token: Authorization: Bearer <token>.",
) -> ApiError:
    return ApiError(401, detail, headers=BEARER)


def problem(
    status: int,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    errors: Sequence[Mapping[str, str]] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """One problem+json response."""
    title = TITLES.get(status, "Error")
    body: dict[str, Any] = {
        "type": TYPE_BASE + title.lower().replace(" ", "-"),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = list(errors)
    body.update(extra or {})
    return JSONResponse(
        body, status_code=status, headers=dict(headers or {}), media_type=MEDIA_TYPE
    )


def _field_errors(found: Mapping[str, str]) -> list[dict[str, str]]:
    return [
        {
            "field": "" if field == FORM else field,
            "pointer": "#" if field == FORM else f"#/{field}",
            "detail": message,
        }
        for field, message in found.items()
    ]


def _status_of(exc: TrackerError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    if isinstance(exc, InvalidInput):
        return 422
    if isinstance(exc, Unavailable):
        return 503
    return 400


def from_exception(exc: BaseException) -> JSONResponse:
    """The response for any exception; unknown ones are logged and answered with a 500."""
    if isinstance(exc, ApiError):
        return problem(exc.status, exc.detail, headers=exc.headers, extra=exc.extra)
    if isinstance(exc, ValidationError):
        exc = InvalidInput.from_validation_error(exc)
    if isinstance(exc, LoginThrottled):
        return problem(429, exc.message, headers={"Retry-After": str(exc.retry_after)})
    if isinstance(exc, TrackerError):
        errors = _field_errors(exc.errors) if isinstance(exc, InvalidInput) else None
        if errors is None and exc.field:
            errors = _field_errors({exc.field: exc.message})
        return problem(_status_of(exc), exc.message, errors=errors)
    if isinstance(exc, RequestValidationError):
        return problem(422, "Some of what was sent needs fixing.", errors=_request_errors(exc))
    if isinstance(exc, DataError):  # e.g. a NUL character, which Postgres text cannot hold
        log.info("A value the database cannot store was refused: %s", exc.orig)
        return problem(422, "A value sent cannot be stored (a NUL character, say). Remove it.")
    if isinstance(exc, StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "")
        return problem(exc.status_code, detail, headers=exc.headers)
    log.error("Unexpected error in the API", exc_info=exc)
    return problem(500, GENERIC_500)


def _request_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        where, path = (loc[0], loc[1:]) if loc else ("body", [])
        field = ".".join(path) if where == "body" else ".".join([where, *path])
        message = str(err.get("msg", "is not valid")).removeprefix("Value error, ")
        out.append({"field": field, "pointer": "#/" + "/".join(path), "detail": message})
    return out


def install(app: FastAPI) -> None:
    """Route every error FastAPI hands to a handler through from_exception."""

    async def handle(_request: Request, exc: Exception) -> JSONResponse:
        return from_exception(exc)

    for kind in (
        ApiError,
        DataError,
        TrackerError,
        ValidationError,
        RequestValidationError,
        StarletteHTTPException,
    ):
        app.add_exception_handler(kind, handle)
