"""The inbox's warm-handover endpoints: a device's KEM key, the signed directory, sealed
packages relayed (and deleted once answered), the receivers' receipts, the senders' status.

Every request is signed by an enrolled device (``Admission``); a package names its sender
and receiver in its header, and only they may send or fetch it, only the receiver answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, ValidationError

from sync.protocol.canonical import canonical, sha256_hex
from sync.protocol.crypto import ProtocolError, b64, kem_public_key, key_id, unb64
from sync.protocol.handover import (
    Directory,
    HandoverKey,
    HandoverReceipt,
    HandoverStatus,
    SealedHandover,
    sealed_digest,
    sign_entry,
    sign_status,
    verify_handover_receipt,
)
from sync.protocol.models import Receipt
from sync.protocol.receipts import Receipted, sign_receipts
from sync.protocol.wire import Uuid
from sync.server.admission import Admission, now_text
from sync.server.guards import error
from sync.server.handover_store import HandoverStore
from sync.server.keys import ServerKeys
from sync.server.repository import Repository

CREATED_WINDOW = timedelta(days=1)
W = TypeVar("W", bound=BaseModel)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyRegistered(_Wire):
    status: str


class HandoverPost(_Wire):
    handover: SealedHandover


class HandoverPosted(_Wire):
    status: str                      # accepted | duplicate
    receipt: Receipt                 # the CJG's word that it holds these bytes


class HandoverInbox(_Wire):
    handovers: list[SealedHandover]
    withdrawn: list[HandoverStatus] = []     # signed: their senders took them back


class WithdrawalPost(_Wire):
    handover_id: Uuid


class WithdrawalPosted(_Wire):
    status: str                      # withdrawn | duplicate


class ReceiptPost(_Wire):
    receipt: HandoverReceipt


class ReceiptPosted(_Wire):
    status: str                      # accepted | duplicate


class StatusList(_Wire):
    statuses: list[HandoverStatus]


def install_handover_routes(app: FastAPI, repo: Repository, keys: ServerKeys,
                            admission: Admission, clock: Callable[[], float]) -> None:
    store = HandoverStore(repo)

    def parse(request: Request, model: type[W], body: bytes) -> W:
        try:
            return model.model_validate_json(body)
        except ValidationError as exc:
            admission.refused(request.scope, 422, "bad_request")
            raise error(422, "bad_request", str(exc.errors()[0]["msg"])) from None

    def refuse(request: Request, status: int, code: str, detail: str) -> Exception:
        admission.refused(request.scope, status, code)
        return error(status, code, detail)

    @app.post("/v1/handover-key", response_model=KeyRegistered)
    async def handover_key(request: Request) -> KeyRegistered:
        """This device's KEM key: packages for it are sealed to it."""
        device, body = await admission.device(request)
        key = parse(request, HandoverKey, body)
        try:
            kem_public_key(key.suite, unb64(key.public_key))
        except ProtocolError:
            raise refuse(request, 422, "bad_key", "not a public key of this suite") from None
        store.register_key(device.id, key.suite.value, key.public_key, now_text(clock))
        return KeyRegistered(status="registered")

    @app.get("/v1/directory", response_model=Directory)
    async def directory(request: Request, have: str = "") -> Response:
        """Every enrolled professional who can receive a package, each entry signed; 204
        when ``have`` is the digest of the directory the laptop holds already."""
        device, _body = await admission.device(request)
        cjg = key_id(keys.receipt.public_key().public_bytes_raw())
        listed = Directory(entries=[sign_entry(keys.receipt, {
            "device_id": held.device.id,
            "professional": {"name": held.device.professional,
                             "organisation": held.device.organisation,
                             "role": held.device.role, "phone": held.device.phone,
                             "email": held.device.email},
            "organisation_kind": held.device.organisation_kind,
            "signing_key": b64(held.device.public_key), "kem_suite": held.suite,
            "kem_public_key": held.public_key, "key_id": cjg})
            for held in store.directory(device.id, now_text(clock))])
        body = canonical(listed.model_dump(mode="json"))
        if have and have == sha256_hex(body):
            return Response(status_code=204)
        return Response(content=body, media_type="application/json")

    @app.post("/v1/handovers", response_model=HandoverPosted)
    async def post_handover(request: Request) -> HandoverPosted:
        device, body = await admission.device(request)
        post = parse(request, HandoverPost, body)
        header, now = post.handover.header, datetime.fromtimestamp(clock(), UTC)
        if header.from_device != device.id:
            raise refuse(request, 403, "device_mismatch", "the header names another sender")
        if abs(datetime.fromisoformat(header.created_at) - now) > CREATED_WINDOW:
            raise refuse(request, 422, "bad_time", "created_at is more than a day from the "
                                                   "CJG's clock: seal it anew")
        receiver = store.receiver_key(header.to_device)
        if receiver is None or header.to_device == device.id:
            raise refuse(request, 422, "unknown_receiver",
                         "no enrolled device with a handover key has this id")
        if receiver[0] != header.suite.value:
            raise refuse(request, 422, "wrong_suite", "sealed with another suite than the "
                                                      "receiver's key")
        digest = sealed_digest(post.handover)
        outcome = store.store(post.handover, digest, now)
        if outcome == "conflict":
            raise refuse(request, 409, "conflict", "this id was received with other bytes")
        status, received_at = outcome.split(":", 1)
        return HandoverPosted(
            status="duplicate" if status == "duplicate" else "accepted",
            receipt=sign_receipts(keys.receipt, [Receipted(
                header.id, device.id, "duplicate" if status == "duplicate" else "accepted",
                received_at, digest)])[0])

    @app.get("/v1/handover-inbox", response_model=HandoverInbox)
    async def waiting(request: Request) -> HandoverInbox:
        device, _body = await admission.device(request)
        now = now_text(clock)
        cjg = key_id(keys.receipt.public_key().public_bytes_raw())
        return HandoverInbox(
            handovers=[SealedHandover.model_validate_json(text)
                       for text in store.waiting_for(device.id, now)],
            withdrawn=[sign_status(keys.receipt, {
                "handover_id": held.id, "from_device": held.from_device,
                "state": "withdrawn", "key_id": cjg, "receipts": []})
                for held in store.withdrawn_for(device.id, now)])

    @app.post("/v1/handover-withdrawals", response_model=WithdrawalPosted)
    async def withdraw(request: Request) -> WithdrawalPosted:
        """The sender takes back a package not answered yet: the CJG deletes it."""
        device, body = await admission.device(request)
        post = parse(request, WithdrawalPost, body)
        outcome = store.withdraw(post.handover_id, device.id, now_text(clock))
        if outcome == "not_your_handover":
            raise refuse(request, 403, outcome, "no package of this device has this id")
        if outcome == "not_waiting":
            raise refuse(request, 409, outcome, "answered already, or expired")
        return WithdrawalPosted(status=outcome)

    @app.post("/v1/handover-receipts", response_model=ReceiptPosted)
    async def post_receipt(request: Request) -> JSONResponse:
        device, body = await admission.device(request)
        post = parse(request, ReceiptPost, body)
        receipt = post.receipt
        held = store.held(receipt.handover_id)
        if held is None or held.to_device != device.id or receipt.to_device != device.id:
            raise refuse(request, 403, "not_your_handover", "no package for this device has "
                                                           "this id")
        if receipt.from_device != held.from_device or (
                receipt.digest != held.digest
                and receipt.outcome not in ("declined", "unreadable")):
            # A receiver may decline what it got even when that is not what the CJG holds
            # (it did not verify: changed on the way); it cannot accept other bytes.
            raise refuse(request, 422, "other_package", "the receipt is for other bytes")
        try:
            verify_handover_receipt(receipt, device.public_key)
        except ProtocolError:
            raise refuse(request, 401, "bad_signature", "not signed by this device") from None
        outcome = store.answer(receipt, now_text(clock))
        if outcome in ("not_waiting", "not_accepted"):
            raise refuse(request, 409, outcome, "answered already, expired, or warm contact "
                                                "before acceptance")
        return JSONResponse(ReceiptPosted(
            status="duplicate" if outcome == "duplicate" else "accepted").model_dump())

    @app.get("/v1/handover-status", response_model=StatusList)
    async def status(request: Request) -> StatusList:
        device, _body = await admission.device(request)
        cjg = key_id(keys.receipt.public_key().public_bytes_raw())
        return StatusList(statuses=[sign_status(keys.receipt, {
            "handover_id": held.id, "from_device": held.from_device,
            "state": held.state, "key_id": cjg,
            "receipts": [HandoverReceipt.model_validate_json(r).model_dump(mode="json")
                         for r in receipts]})
            for held, receipts in store.sent_by(device.id, now_text(clock))])
