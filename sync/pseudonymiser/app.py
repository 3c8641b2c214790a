"""The service's one endpoint: ``POST /v1/pseudonyms`` evaluates a batch of blinded
elements for an enrolled device, within its daily limit, and proves the key it used.

It sees blinded ristretto255 elements only — never a BSN — and logs counts only."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from sync.protocol.crypto import (
    HEADER_DEVICE,
    HEADER_NONCE,
    TIME_WINDOW_S,
    ProtocolError,
    unb64,
    verify_certificate,
    verify_request,
)
from sync.protocol.pseudonyms import PseudonymRequest, PseudonymResponse
from sync.pseudonymiser.counts import Counts
from sync.pseudonymiser.folder import COUNTS_DB, Pseudonymiser

MAX_BODY_BYTES = 64 * 1024
PATH = "/v1/pseudonyms"


class _Nonces:
    """Nonces seen within the time window (a replay is refused; older ones are dropped)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], float] = {}

    def use(self, device_id: str, nonce: str, now: float) -> bool:
        if len(self._seen) > 10_000:
            self._seen = {k: t for k, t in self._seen.items() if t > now - 2 * TIME_WINDOW_S}
        if (device_id, nonce) in self._seen:
            return False
        self._seen[(device_id, nonce)] = now
        return True


def create_app(service: Pseudonymiser, *, clock: Callable[[], float] = time.time,
               counts: Counts | None = None) -> FastAPI:
    app = FastAPI(title="Stap 0 pseudonymisation service", version="2")
    ledger = counts or Counts(service.folder / COUNTS_DB)
    nonces = _Nonces()
    limits = service.config.limits

    def error(status: int, code: str, detail: str = "") -> HTTPException:
        return HTTPException(status_code=status, detail={"error": code, "detail": detail})

    @app.middleware("http")
    async def limit_size(request: Request, call_next):  # type: ignore[no-untyped-def]
        """Refuse a large or chunked body before reading any of it."""
        length = request.headers.get("content-length")
        if request.method == "POST" and (length is None or not length.isdigit()
                                         or int(length) > MAX_BODY_BYTES):
            code, status = ("too_large", 413) if length else ("length_required", 411)
            return JSONResponse({"detail": {"error": code, "detail": ""}}, status_code=status)
        return await call_next(request)

    @app.post(PATH, response_model=PseudonymResponse,
              responses={400: {}, 401: {}, 413: {}, 429: {}, 503: {}})
    async def pseudonyms(request: Request) -> PseudonymResponse:
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise error(413, "too_large")
        if not request.headers.get("content-type", "").startswith("application/json"):
            raise error(415, "json_required")
        try:
            asked = PseudonymRequest.model_validate_json(body)
        except ValidationError as exc:
            raise error(400, "bad_request", str(exc.errors()[0]["msg"])) from None
        now = clock()
        moment = datetime.fromtimestamp(now, UTC)
        certificate = asked.certificate
        try:
            verify_certificate(certificate, service.cjg_key, moment)
            if request.headers.get(HEADER_DEVICE) != certificate.device_id:
                raise ProtocolError("bad_signature", "the request is not from this device")
            verify_request(unb64(certificate.public_key), request.method, request.url.path,
                           body, dict(request.headers), now)
        except ProtocolError as exc:
            raise error(401, exc.code, exc.detail) from None
        if not nonces.use(certificate.device_id, request.headers[HEADER_NONCE], now):
            raise error(401, "replayed", "this request was seen before")
        refused = ledger.take(moment.date().isoformat(), certificate.device_id,
                              certificate.organisation, len(asked.blinded),
                              moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                              limits.per_device_per_day, limits.all_devices_per_day)
        if refused == "pseudonym_limit":
            raise error(429, refused, f"at most {limits.per_device_per_day} people a day")
        if refused is not None:
            raise error(503, refused, "the service's daily total is reached")
        try:
            return service.evaluator.evaluate(asked.blinded)
        except ProtocolError as exc:
            raise error(400, exc.code, exc.detail) from None

    app.state.counts = ledger
    return app
