"""Who may ask the CJG something: a signed request from an enrolled device, within its rate,
never replayed. Every refusal is written to the access log (never a body) — up to a limit
per address, so that a flood of bad requests cannot fill the log.

The counters live in the database: every worker process shares them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import HTTPException, Request

from sync.protocol.canonical import utc_second, utc_second_of
from sync.protocol.crypto import (
    HEADER_DEVICE,
    HEADER_NONCE,
    TIME_WINDOW_S,
    ProtocolError,
    sign_revocation,
    verify_request,
)
from sync.server.guards import Scope, error
from sync.server.repository import Repository
from sync.server.rows import Device

_DEVICE_ID = re.compile(r"^[0-9a-f]{32}$")
_ACTIONS = {"GET": "R", "POST": "C", "DELETE": "D"}


@dataclass(frozen=True)
class Limits:
    """Requests a device may make per minute; refusals logged per address per minute;
    enrollment attempts per address per ten minutes."""

    per_device_minute: int = 600
    refusals_logged_minute: int = 60
    enrollments_ten_minutes: int = 10


def now_text(clock: Callable[[], float]) -> str:
    return utc_second(datetime.fromtimestamp(clock(), UTC))


def address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


class Admission:
    def __init__(self, repo: Repository, clock: Callable[[], float], limits: Limits,
                 receipt_key: ed25519.Ed25519PrivateKey | None = None) -> None:
        self._repo = repo
        self._clock = clock
        self.limits = limits
        self._receipt_key = receipt_key   # signs the revocation a revoked device is told

    def refused(self, scope: Scope, status: int, code: str) -> None:
        """Log a refused request: who it claimed to be, where from, what, why — no body.
        Beyond the limit per address and minute, the rest of that minute is not logged."""
        where = address(scope)
        count = self._repo.count_request(f"refused:{where}", self._clock(), 60)
        if count > self.limits.refusals_logged_minute + 1:
            return
        if count == self.limits.refusals_logged_minute + 1:
            code = "refusals_beyond_log_limit"
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        claimed = headers.get(HEADER_DEVICE.lower().encode(), b"").decode("ascii", "replace")
        user = claimed if _DEVICE_ID.match(claimed) else ""
        method = str(scope.get("method", ""))
        self._repo.log(_ACTIONS.get(method, "R"), user, "device", "",
                       f"{method} {scope.get('path', '')}"[:200], now_text(self._clock),
                       outcome=f"refused:{status}:{code}", workstation=where)

    def _refuse(self, request: Request, status: int, code: str, detail: str) -> HTTPException:
        self.refused(request.scope, status, code)
        return error(status, code, detail)

    async def device(self, request: Request) -> tuple[Device, bytes]:
        """The enrolled device that signed this request, and the body it signed."""
        body = await request.body()
        device_id = request.headers.get(HEADER_DEVICE, "")
        if not device_id:   # no signature at all (curl, a browser): say that, not "unknown"
            raise self._refuse(request, 401, "unsigned", "signature headers missing: every "
                               "request but enrollment is signed by an enrolled device")
        device = self._repo.device(device_id) if _DEVICE_ID.match(device_id) else None
        if device is None:
            raise self._refuse(request, 401, "unknown_device", "this device is not enrolled")
        now = self._clock()
        try:
            verify_request(device.public_key, request.method, request.url.path, body,
                           dict(request.headers), now)
        except ProtocolError as exc:
            raise self._refuse(request, 401, exc.code, exc.detail) from None
        if device.revoked:   # told only to the device itself, in words it can verify
            self.refused(request.scope, 403, "revoked_device")
            detail: dict[str, object] = {"error": "revoked_device",
                                         "detail": "this device was revoked"}
            if self._receipt_key is not None and device.revoked_at:
                detail["revocation"] = sign_revocation(
                    self._receipt_key, device.id, utc_second_of(device.revoked_at)
                ).model_dump(mode="json")
            raise HTTPException(status_code=403, detail=detail)
        fresh, this_minute = self._repo.admit(device.id, request.headers[HEADER_NONCE], now,
                                              TIME_WINDOW_S)
        if not fresh:
            raise self._refuse(request, 401, "replayed", "this request was seen before")
        if this_minute > self.limits.per_device_minute:
            raise self._refuse(request, 429, "rate_limited",
                               "too many requests; try again in a minute")
        return device, body

    def enrollment(self, request: Request) -> None:
        """An address may try a handful of codes, then waits ten minutes."""
        where = address(request.scope)
        if self._repo.count_request(f"enroll:{where}", self._clock(), 600) > \
                self.limits.enrollments_ten_minutes:
            raise self._refuse(request, 429, "rate_limited",
                               "too many enrollment attempts; try again in ten minutes")
