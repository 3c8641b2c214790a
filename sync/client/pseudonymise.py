"""The laptop's side of pseudonymisation: a device certificate from the CJG, then one
VOPRF round with the pseudonymisation service for the BSNs of the signals to send.

What leaves the laptop for the service is blinded elements only; what the laptop keeps
is the pseudonyms, which it then puts in the signals instead of BSNs (protocol v2)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Executor, Future
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from sync.client.errors import SyncError
from sync.client.transport import Transport, reason_code, refusal
from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, unb64
from sync.protocol.models import ConnectionProfile, DeviceCertificate
from sync.protocol.pseudonyms import MAX_BATCH, Blinding, PseudonymResponse, blind, finalize

if TYPE_CHECKING:
    import httpx

_REFUSALS = {"pseudonym_limit": "pseudonym_limit", "pseudonymiser_busy": "pseudonymiser_busy",
             "bad_certificate": "bad_certificate", "expired_certificate": "bad_certificate"}
RENEW_BEFORE = timedelta(days=1)


def fetch_certificate(inbox: Transport, device_id: str,
                      key: ed25519.Ed25519PrivateKey) -> DeviceCertificate:
    response = inbox.signed(key, device_id, "POST", "/v1/device-certificate", b"{}")
    if response.status_code != 200:
        raise refusal(response)
    try:
        return DeviceCertificate.model_validate_json(response.content)
    except ValidationError:
        raise SyncError("bad_reply", "not a device certificate") from None


def needs_renewal(certificate: DeviceCertificate | None, now: datetime | None = None) -> bool:
    moment = now or datetime.now(UTC)
    return certificate is None or certificate.expires_at - RENEW_BEFORE <= moment


Send = Callable[[bytes], "Future[httpx.Response]"]


def ask_pseudonyms(profile: ConnectionProfile, device_id: str,
                   key: ed25519.Ed25519PrivateKey, certificate: DeviceCertificate,
                   bsns: list[str], send: Send) -> Callable[[], dict[str, str]]:
    """Each distinct BSN blinded, in rounds of at most ``MAX_BATCH`` handed to ``send``
    (which posts a signed request body to the service and may do so on another thread);
    the returned call waits for the answers and unblinds them: each BSN's pseudonym."""
    if profile.pseudonymiser is None:
        raise SyncError("no_pseudonymiser", "the profile names no pseudonymiser")
    public_key = unb64(profile.pseudonymiser.public_key)
    distinct = sorted(set(bsns))
    asked = []
    for start in range(0, len(distinct), MAX_BATCH):
        chunk = distinct[start:start + MAX_BATCH]
        blinding, blinded = blind(chunk)
        asked.append((chunk, blinding, send(canonical(
            {"certificate": certificate.model_dump(mode="json"), "blinded": blinded}))))

    def answered() -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            for chunk, blinding, response in asked:
                found.update(zip(chunk, _unblinded(response.result(), blinding, public_key),
                                 strict=True))
        except BaseException:
            for _chunk, _blinding, response in asked:  # what has not gone yet stays here
                response.cancel()
            raise
        return found

    return answered


def _unblinded(reply: httpx.Response, blinding: Blinding, public_key: bytes) -> list[str]:
    if reply.status_code != 200:
        raise _refused(reply)
    try:
        return finalize(blinding, PseudonymResponse.model_validate_json(reply.content),
                        public_key)
    except ValidationError:
        raise SyncError("bad_reply", "not a pseudonym answer") from None
    except ProtocolError as exc:
        raise SyncError(exc.code, exc.detail) from None


def pseudonym_sender(service: Transport, device_id: str, key: ed25519.Ed25519PrivateKey,
                     on: Executor | None = None) -> Send:
    """Posts a pseudonym request over ``service``: on the executor ``on``, or here."""
    def post(body: bytes) -> httpx.Response:
        return service.signed(key, device_id, "POST", "/v1/pseudonyms", body)

    def here(body: bytes) -> Future[httpx.Response]:
        done: Future[httpx.Response] = Future()
        done.set_result(post(body))
        return done

    def there(body: bytes) -> Future[httpx.Response]:
        assert on is not None
        return on.submit(post, body)

    return here if on is None else there


def pseudonyms(profile: ConnectionProfile, device_id: str, key: ed25519.Ed25519PrivateKey,
               certificate: DeviceCertificate, bsns: list[str],
               timeout: float = 15.0, service: Transport | None = None) -> dict[str, str]:
    """Each distinct BSN's pseudonym, asked and awaited here; over ``service`` when given
    (a sync round keeps one connection for all its batches)."""
    with contextlib.ExitStack() as stack:
        if service is None:
            service = stack.enter_context(Transport(profile, timeout, pseudonymiser=True))
        return ask_pseudonyms(profile, device_id, key, certificate, bsns,
                              pseudonym_sender(service, device_id, key))()


def _refused(response: httpx.Response) -> SyncError:
    reason = reason_code(response)
    if reason in _REFUSALS:
        return SyncError(_REFUSALS[reason], reason)
    return refusal(response)
