"""The CJG inbox: enrollment, sealed signal envelopes with signed receipts, match notices.

Every request but enrollment is signed by an enrolled device (see sync.protocol.crypto).
A bad envelope gets its own rejection in the batch and never blocks the others; nothing
is stored for it. All access is written to the access log.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from sync.protocol.crypto import (
    HEADER_DEVICE,
    HEADER_NONCE,
    TIME_WINDOW_S,
    KemKeyPair,
    ProtocolError,
    envelope_digest,
    issue_certificate,
    open_envelope,
    sign_receipt,
    unb64,
    verify_request,
)
from sync.protocol.kaart import KaartPublication
from sync.protocol.models import (
    BatchRequest,
    BatchResponse,
    DeviceCertificate,
    EnrollmentRequest,
    EnrollmentResponse,
    Envelope,
    EnvelopeResult,
    MatchNotice,
    Professional,
    Receipt,
    Signal,
    Withdrawal,
)
from sync.server.repository import (
    Device,
    Incoming,
    LogRow,
    PersonKey,
    Repository,
    StoredEnvelope,
)

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_ENDS_DAYS = 2 * 365 + 1          # a signal ends at the latest after two years
PEOPLE_PER_DEVICE_PER_DAY = 100       # a nurse signals a few families a day


@dataclass
class ServerKeys:
    kem: KemKeyPair
    receipt: ed25519.Ed25519PrivateKey


@dataclass
class RateLimit:
    per_minute: int = 600
    _seen: dict[str, deque[float]] = field(default_factory=dict)

    def allow(self, device_id: str, now: float) -> bool:
        window = self._seen.setdefault(device_id, deque())
        while window and window[0] < now - 60:
            window.popleft()
        if len(window) >= self.per_minute:
            return False
        window.append(now)
        return True


def person_keys(signal: Signal) -> frozenset[PersonKey]:
    """The signal's pseudonyms with their roles. A parent of an unborn child in the signal
    is marked: the unborn child matches through its mother."""
    mothers = {ref for p in signal.people if p.role == "unborn" for ref in p.parent_refs}
    return frozenset(PersonKey(p.pseudonym, p.role.value, p.ref in mothers)
                     for p in signal.people if p.pseudonym)


def _now_text(clock: Callable[[], float]) -> str:
    return datetime.fromtimestamp(clock(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def create_app(repo: Repository, keys: ServerKeys, *,
               clock: Callable[[], float] = time.time, rate: RateLimit | None = None,
               allow_classic: bool = False, kaart_path: Path | None = None,
               people_per_day: int = PEOPLE_PER_DEVICE_PER_DAY) -> FastAPI:
    """``people_per_day``: beyond this many distinct people (pseudonyms) in one device's
    signals of one day, its signals naming new people are refused (``too_many_people``)
    and an alert is raised: a laptop used to sweep BSNs through matching is stopped within
    its first requests."""
    app = FastAPI(title="Stap 0 CJG inbox", version="1")
    limiter = rate or RateLimit()

    def error(status: int, code: str, detail: str = "") -> HTTPException:
        return HTTPException(status_code=status, detail={"error": code, "detail": detail})

    @app.middleware("http")
    async def limit_size(request: Request, call_next):  # type: ignore[no-untyped-def]
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": {"error": "too_large",
                                            "detail": f"at most {MAX_BODY_BYTES} bytes"}},
                                status_code=413)
        return await call_next(request)

    async def authenticated(request: Request) -> tuple[Device, bytes]:
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise error(413, "too_large")
        device_id = request.headers.get(HEADER_DEVICE, "")
        device = repo.device(device_id) if device_id else None
        if device is None:
            raise error(401, "unknown_device", "this device is not enrolled")
        if device.revoked:
            raise error(403, "revoked_device", "this device was revoked")
        now = clock()
        try:
            verify_request(device.public_key, request.method, request.url.path, body,
                           dict(request.headers), now)
        except ProtocolError as exc:
            raise error(401, exc.code, exc.detail) from None
        if not repo.use_nonce(device.id, request.headers[HEADER_NONCE], now, TIME_WINDOW_S):
            raise error(401, "replayed", "this request was seen before")
        if not limiter.allow(device.id, now):
            raise error(429, "rate_limited", "too many requests; try again in a minute")
        return device, body

    @app.post("/v1/enroll", response_model=EnrollmentResponse)
    async def enroll(request: EnrollmentRequest) -> EnrollmentResponse:
        public_key = unb64(request.device_public_key)
        if len(public_key) != 32:
            raise error(400, "bad_key", "an Ed25519 public key has 32 bytes")
        result = repo.spend_invite(request.code, public_key, _now_text(clock))
        if isinstance(result, str):
            status = {"unknown_code": 403, "spent_code": 410, "key_in_use": 409}[result]
            raise error(status, result)
        repo.log("C", result.id, "device", "", "enrollment", _now_text(clock))
        return EnrollmentResponse(device_id=result.id, professional=result.professional,
                                  organisation=result.organisation)

    @app.post("/v1/device-certificate", response_model=DeviceCertificate)
    async def device_certificate(request: Request) -> DeviceCertificate:
        """The CJG's word that this device is enrolled, for the pseudonymisation service
        (which shares nothing else with the inbox); a week long, renewed at each sync."""
        device, _body = await authenticated(request)
        repo.log("R", device.id, "device", "", "device_certificate", _now_text(clock))
        return issue_certificate(keys.receipt, device.id, device.public_key,
                                 device.professional, device.organisation,
                                 datetime.fromtimestamp(clock(), UTC))

    @app.post("/v1/envelopes", response_model=BatchResponse)
    async def envelopes(request: Request) -> JSONResponse:
        device, body = await authenticated(request)
        try:
            batch = BatchRequest.model_validate_json(body)
        except ValidationError as exc:
            raise error(422, "bad_batch", str(exc.errors()[0]["msg"])) from None
        results = _accept_batch(device, batch.envelopes)
        status = 200
        if len(results) == 1 and results[0].error == "conflict":
            status = 409
        return JSONResponse(BatchResponse(results=results).model_dump(mode="json"),
                            status_code=status)

    def _accept_batch(device: Device, envelopes: list[Envelope]) -> list[EnvelopeResult]:
        """Verify every envelope, then store the good ones and all log rows at once."""
        now = _now_text(clock)
        stored = repo.envelopes([e.header.id for e in envelopes])
        results: list[EnvelopeResult] = []
        items: list[Incoming] = []
        logs: list[LogRow] = []
        in_batch: dict[str, str] = {}
        people = repo.people_today(device.id, now[:10])  # this batch's are added
        for envelope in envelopes:
            result, item = _prepare(device, envelope, stored, in_batch, now, logs, people)
            results.append(result)
            if item is not None:
                items.append(item)
        if items or logs:
            repo.store_batch(items, logs)
        return results

    def _prepare(device: Device, envelope: Envelope, stored: dict[str, StoredEnvelope],
                 in_batch: dict[str, str], now: str, logs: list[LogRow],
                 people_today: set[str]) -> tuple[EnvelopeResult, Incoming | None]:
        envelope_id = envelope.header.id

        def rejected(code: str, detail: str = "") -> tuple[EnvelopeResult, None]:
            logs.append(LogRow("C", device.id, "device", "", envelope_id, now,
                               outcome=f"rejected:{code}"))
            return EnvelopeResult(envelope_id=envelope_id, status="rejected", error=code,
                                  detail=detail or None), None

        if envelope.header.device_id != device.id:
            return rejected("device_mismatch")
        digest = envelope_digest(envelope)
        existing = stored.get(envelope_id)
        earlier_digest = existing.digest if existing else in_batch.get(envelope_id)
        if earlier_digest is not None:
            if earlier_digest == digest and existing is not None:
                return EnvelopeResult(envelope_id=envelope_id, status="duplicate",
                                      receipt=Receipt.model_validate_json(existing.receipt)), None
            if earlier_digest == digest:
                return rejected("duplicate_in_batch")
            return rejected("conflict", "this id was received with other bytes")
        if envelope.header.suite.name == "CLASSIC" and not allow_classic:
            return rejected("suite_not_allowed")
        try:
            payload = open_envelope(envelope, keys.kem, device.public_key)
        except ProtocolError as exc:
            return rejected(exc.code, exc.detail)
        receipt = sign_receipt(keys.receipt, envelope_id, now, digest)
        try:
            if envelope.header.kind == "withdrawal":
                withdrawal = Withdrawal.model_validate_json(payload)
                item = Incoming("withdrawal", envelope_id, device.id, digest, now,
                                receipt.model_dump_json(), target=withdrawal.envelope_id)
                logs.append(LogRow("D", device.id, "device", "", withdrawal.envelope_id, now))
            else:
                signal = Signal.model_validate_json(payload)
                _check_signal(signal)
                people = person_keys(signal)
                named = people_today | {k.pseudonym for k in people}
                if len(named) > people_per_day:
                    repo.raise_alert(device.id, "too_many_people", len(named), now)
                    return rejected("too_many_people",
                                    f"more than {people_per_day} people from one laptop today")
                people_today |= named
                item = Incoming("signal", envelope_id, device.id, digest, now,
                                receipt.model_dump_json(), ends_on=signal.ends_on.isoformat(),
                                keys=people, professional=(device.professional,
                                                           device.organisation),
                                signalled_on=signal.signalled_on.isoformat(),
                                domains=",".join(signal.domains), judgement=signal.judgement)
                logs.append(LogRow("C", device.id, "device", "", envelope_id, now,
                                   outcome=f"success:people={len(people)}"))
        except (ValidationError, ValueError) as exc:
            message = (str(exc.errors()[0]["msg"]) if isinstance(exc, ValidationError)
                       else str(exc))
            return rejected("bad_payload", message)
        in_batch[envelope_id] = digest
        return EnvelopeResult(envelope_id=envelope_id, status="accepted", receipt=receipt), item

    def _check_signal(signal: Signal) -> None:
        if (signal.ends_on - signal.signalled_on).days > MAX_ENDS_DAYS:
            raise ValueError("a signal ends at the latest two years after it was made")
        if signal.ends_on < signal.signalled_on:
            raise ValueError("a signal cannot end before it was made")

    @app.get("/v1/matches", response_model=list[MatchNotice])
    async def matches(request: Request) -> list[MatchNotice]:
        device, _body = await authenticated(request)
        notices = [MatchNotice(
            envelope_id=row.envelope_id, match_id=row.match_id, how=row.how,  # type: ignore[arg-type]
            other=Professional(name=row.professional, organisation=row.organisation,
                               phone=row.phone, email=row.email),
            matched_at=datetime.fromisoformat(row.matched_at),
            ended_on=date.fromisoformat(row.ended_on) if row.ended_on else None)
            for row in repo.matches_for_device(device.id)]
        repo.log("R", device.id, "device", "", f"matches:{len(notices)}", _now_text(clock))
        return notices

    @app.get("/v1/kaart")
    async def kaart(request: Request, since: int = 0) -> Response:
        """The signed sociale kaart, when newer than the laptop's ``since`` version."""
        device, _body = await authenticated(request)
        if kaart_path is None or not kaart_path.exists():
            return Response(status_code=204)
        data = kaart_path.read_bytes()
        publication = KaartPublication.model_validate_json(data)
        repo.log("R", device.id, "device", "", f"kaart:{publication.body.version}",
                 _now_text(clock))
        if publication.body.version <= since:
            return Response(status_code=204)
        return Response(content=data, media_type="application/json")

    app.state.repo = repo
    return app

