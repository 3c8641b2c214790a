"""The CJG inbox: enrollment, sealed signal envelopes with signed receipts, match notices.

Every request but enrollment is signed by an enrolled device (see sync.protocol.crypto).
A bad envelope gets its own rejection in the batch and never blocks the others; nothing
is stored for it. All access is written to the access log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from pydantic import ValidationError

from sync.protocol.canonical import utc_second_of
from sync.protocol.crypto import issue_certificate, issue_lease, unb64
from sync.protocol.kaart import KaartPublication
from sync.protocol.models import (
    BatchRequest,
    BatchResponse,
    DeviceCertificate,
    EnrollmentRequest,
    EnrollmentResponse,
    Lease,
    MatchNotice,
    Professional,
    ProfileChain,
)
from sync.server.admission import Admission, Limits, now_text
from sync.server.batch import BatchIntake, batch_status
from sync.server.guards import BodyGuard, error, install_error_shapes
from sync.server.handover_routes import install_handover_routes
from sync.server.keys import ServerKeys
from sync.server.match_notices import SignedNotices, notice_fields
from sync.server.openapi import install_openapi
from sync.server.profile_chain import chain, current_policy
from sync.server.regie_rules import RegieRules
from sync.server.repository import Repository
from sync.server.rows import Device

__all__ = ["Limits", "ServerKeys", "create_app"]

PEOPLE_PER_DEVICE_PER_DAY = 100       # a nurse signals a few families a day
_ENROLL_REFUSALS = {"unknown_code": 403, "spent_code": 410, "expired_code": 410,
                    "key_in_use": 409}


def professional(device: Device) -> Professional:
    """A device's professional as enrolled: what the other side of a match is shown."""
    return Professional(name=device.professional, organisation=device.organisation,
                        role=device.role, phone=device.phone, email=device.email)


def create_app(repo: Repository, keys: ServerKeys, *,
               clock: Callable[[], float] = time.time, limits: Limits | None = None,
               allow_classic: bool = False, kaart_path: Path | None = None,
               profile_folder: Path | None = None,
               people_per_day: int = PEOPLE_PER_DEVICE_PER_DAY,
               rules: RegieRules | None = None) -> FastAPI:
    """``people_per_day``: beyond this many distinct people (pseudonyms) in one device's
    signals of one day, its signals naming new people are refused (``too_many_people``)
    and an alert is raised: a laptop used to sweep BSNs through matching is stopped within
    its first requests. ``rules``: the municipality's rules that propose a regisseur."""
    app = FastAPI(title="Stap 0 CJG inbox", version="2")
    admission = Admission(repo, clock, limits or Limits(), keys.receipt)
    app.add_middleware(BodyGuard, on_refused=admission.refused)
    install_error_shapes(app)

    @app.post("/v1/enroll", response_model=EnrollmentResponse)
    async def enroll(body: EnrollmentRequest, request: Request) -> EnrollmentResponse:
        admission.enrollment(request)
        public_key = unb64(body.device_public_key)
        if len(public_key) != 32:
            admission.refused(request.scope, 422, "bad_key")
            raise error(422, "bad_key", "an Ed25519 public key has 32 bytes")
        result = repo.spend_invite(body.code, public_key, now_text(clock))
        if isinstance(result, str):
            admission.refused(request.scope, _ENROLL_REFUSALS[result], result)
            raise error(_ENROLL_REFUSALS[result], result)
        repo.log("C", result.id, "device", "", "enrollment", now_text(clock))
        return EnrollmentResponse(device_id=result.id, professional=professional(result))

    @app.post("/v1/device-certificate", response_model=DeviceCertificate)
    async def device_certificate(request: Request) -> DeviceCertificate:
        """The CJG's word that this device is enrolled, for the pseudonymisation service
        (which shares nothing else with the inbox); a week long, renewed at each sync."""
        device, _body = await admission.device(request)
        repo.log("R", device.id, "device", "", "device_certificate", now_text(clock))
        return issue_certificate(keys.receipt, device.id, device.public_key,
                                 device.professional, device.organisation,
                                 datetime.fromtimestamp(clock(), UTC))

    @app.post("/v1/lease", response_model=Lease)
    async def lease(request: Request) -> Lease:
        """Leave to go on queueing signals for the policy's lease length (renewed at each
        sync): a laptop the CJG has not seen for that long stops queueing."""
        device, _body = await admission.device(request)
        repo.log("R", device.id, "device", "", "lease", now_text(clock))
        return issue_lease(keys.receipt, device.id, datetime.fromtimestamp(clock(), UTC),
                           current_policy(profile_folder).lease_days)

    @app.post("/v1/envelopes", response_model=BatchResponse)
    async def envelopes(request: Request) -> Response:
        device, body = await admission.device(request)
        try:
            batch = BatchRequest.model_validate_json(body)
        except ValidationError as exc:
            admission.refused(request.scope, 422, "bad_batch")
            raise error(422, "bad_batch", str(exc.errors()[0]["msg"])) from None
        intake = BatchIntake(repo, keys, device, datetime.fromtimestamp(clock(), UTC),
                             allow_classic, people_per_day)
        results = intake.accept(batch.envelopes)
        # A batch is the heavy request: the laptop's next one comes on a new connection,
        # which the worker that is free accepts (a kept-alive connection would pin two
        # laptops to one busy worker while the other idles: bench/cjg.py).
        return Response(BatchResponse(results=results).model_dump_json(),
                        status_code=batch_status(results), media_type="application/json",
                        headers={"connection": "close"})

    notices = SignedNotices(keys.receipt)

    @app.get("/v1/matches", response_model=list[MatchNotice])
    async def matches(request: Request) -> list[MatchNotice]:
        device, _body = await admission.device(request)
        rows, roles = repo.matches_for_device(device.id, now_text(clock))
        return [notices.sign(notice_fields(
            replace(row, matched_at=utc_second_of(row.matched_at)), device, roles, rules))
            for row in rows]

    @app.get("/v1/profile-chain", response_model=ProfileChain)
    async def profile_chain(request: Request) -> ProfileChain:
        """Every change of the connection profile, each signed by the key before it."""
        device, _body = await admission.device(request)
        repo.log("R", device.id, "device", "", "profile_chain", now_text(clock))
        return chain(profile_folder) if profile_folder else ProfileChain()

    @app.get("/v1/kaart")
    async def kaart(request: Request, since: int = 0) -> Response:
        """The signed sociale kaart, when newer than the laptop's ``since`` version."""
        device, _body = await admission.device(request)
        if kaart_path is None or not kaart_path.exists():
            return Response(status_code=204)
        data = kaart_path.read_bytes()
        publication = KaartPublication.model_validate_json(data)
        repo.log("R", device.id, "device", "", f"kaart:{publication.body.version}",
                 now_text(clock))
        if publication.body.version <= since:
            return Response(status_code=204)
        return Response(content=data, media_type="application/json")

    install_handover_routes(app, repo, keys, admission, clock)
    install_openapi(app)
    app.state.repo = repo
    return app

