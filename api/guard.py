"""The outermost layer: a body size limit and the last catch of an unexpected exception."""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import from_exception, problem


class BodyTooLarge(HTTPException):
    """Raised while the body is read: FastAPI passes HTTPExceptions through as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is over the limit of {limit:,} bytes.")


class Guard:
    """Refuse bodies over `limit_for(path)` bytes; answer any escaped exception with a 500."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            status = 413 if length.isdigit() else 400
            await problem(
                status,
                BodyTooLarge(limit).detail
                if status == 413
                else "The Content-Length header is not a number.",
            )(scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except Exception as exc:  # the last line: never a traceback to the client
            if started:
                raise
            await from_exception(exc)(scope, receive, send)
