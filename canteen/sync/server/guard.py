"""Refusing bad requests without a 500 and without echoing them (SYNC.md §7.4).

FastAPI's own 422 answer repeats the offending input; ours names only the field (when it is one
of ours) and the kind of error, so a `__proto__` or an SQL-looking name never comes back. Bodies
above the size limit are refused with 413 before they are read whole, and JSON nested too deep
for the parser is a 422, not a crash.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel

# Location parts that may be echoed: where FastAPI looked, never what the client sent.
_PLACES = frozenset({"body", "header", "query", "path", "cookie"})


class BodyTooBig(HTTPException):
    """The request body passed the size limit while it was being read (FastAPI re-raises an
    HTTPException from body parsing as it is)."""

    def __init__(self) -> None:
        super().__init__(413, "body_too_big")


def install(app: FastAPI, max_body: int, models: tuple[type[BaseModel], ...]) -> None:
    """Add the size limit and the non-echoing error answers to `app`."""
    fields = _PLACES | {name for model in models for name in model.model_fields}

    def safe(part: object) -> object:
        if isinstance(part, int) or part in fields:
            return part
        return "?"

    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [safe(part) for part in e.get("loc", ())], "type": str(e.get("type", ""))}
            for e in error.errors()[:20]
        ]
        return JSONResponse({"detail": "invalid_request", "errors": errors}, status_code=422)

    async def too_deep(request: Request, error: RecursionError) -> JSONResponse:
        return JSONResponse({"detail": "invalid_request"}, status_code=422)

    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(RecursionError, too_deep)

    app.add_middleware(_LimitBody, max_body=max_body)


class _LimitBody:
    """ASGI middleware: 413 for a declared length over the limit, or once a chunked body
    passes it."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await JSONResponse({"detail": "body_too_big"}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooBig
            return message

        await self.app(scope, counted, send)
