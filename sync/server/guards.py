"""What every request to the CJG passes before any endpoint sees it, and how refusals look.

* The body is read here, chunk by chunk, and refused with 413 the moment it passes the
  limit — with or without a Content-Length, so a 600 MiB chunked upload costs at most the
  limit in memory, never the upload.
* A request with a body must say ``application/json`` (415 otherwise).
* Every refusal has the same shape: ``{"detail": {"error": CODE, "detail": TEXT}}``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol.crypto import ProtocolError

MAX_BODY_BYTES = 2 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Refused = Callable[[Scope, int, str], None]   # (request, status, code): for the access log


def error(status: int, code: str, detail: str = "") -> HTTPException:
    return HTTPException(status_code=status, detail={"error": code, "detail": detail})


def refusal_body(code: str, detail: str = "") -> dict[str, dict[str, str]]:
    return {"detail": {"error": code, "detail": detail}}


class BodyGuard:
    """ASGI middleware: the body limit while streaming, and the media type."""

    def __init__(self, app: Callable[..., Awaitable[None]], on_refused: Refused,
                 max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.on_refused = on_refused
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, send, 413, "too_large", f"at most {self.max_bytes} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, send, 413, "too_large",
                                   f"at most {self.max_bytes} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        media = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if body and media != b"application/json":
            await self._refuse(scope, send, 415, "not_json", "send application/json")
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send, status: int, code: str,
                      detail: str) -> None:
        self.on_refused(scope, status, code)
        data = json.dumps(refusal_body(code, detail)).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(data)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": data})


def install_error_shapes(app: FastAPI) -> None:
    """Bad requests answer 422 with a code, never a 500 or FastAPI's own shape."""

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        detail = f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))
        code = "bad_json" if first.get("type") == "json_invalid" else "bad_request"
        return JSONResponse(refusal_body(code, detail), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_refusal(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """Ours keep their shape; FastAPI's own (a body it cannot even parse: 400) get it:
        422 ``bad_json``, so that every refusal reads the same."""
        if isinstance(exc.detail, dict):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        if exc.status_code == 400:
            return JSONResponse(refusal_body("bad_json", str(exc.detail)), status_code=422)
        return JSONResponse(refusal_body(f"http_{exc.status_code}", str(exc.detail)),
                            status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(ProtocolError)
    async def bad_encoding(_request: Request, exc: ProtocolError) -> JSONResponse:
        return JSONResponse(refusal_body(exc.code, exc.detail), status_code=422)
