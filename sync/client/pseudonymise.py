"""The laptop's side of pseudonymisation: a device certificate from the CJG, then one
VOPRF round with the pseudonymisation service for the BSNs of the signals to send.

What leaves the laptop for the service is blinded elements only; what the laptop keeps
is the pseudonyms, which it then puts in the signals instead of BSNs (protocol v2)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from sync.client.errors import SyncError
from sync.client.transport import Transport, reason_code, refusal
from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, unb64
from sync.protocol.models import ConnectionProfile, DeviceCertificate
from sync.protocol.pseudonyms import MAX_BATCH, PseudonymResponse, blind, finalize

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


def pseudonyms(profile: ConnectionProfile, device_id: str, key: ed25519.Ed25519PrivateKey,
               certificate: DeviceCertificate, bsns: list[str],
               timeout: float = 15.0, service: Transport | None = None) -> dict[str, str]:
    """Each distinct BSN's pseudonym, in rounds of at most ``MAX_BATCH``; over
    ``service`` when given (a sync round keeps one connection for all its batches)."""
    if profile.pseudonymiser is None:
        raise SyncError("no_pseudonymiser", "the profile names no pseudonymiser")
    public_key = unb64(profile.pseudonymiser.public_key)
    distinct = sorted(set(bsns))
    found: dict[str, str] = {}
    with contextlib.ExitStack() as stack:
        if service is None:
            service = stack.enter_context(Transport(profile, timeout, pseudonymiser=True))
        for start in range(0, len(distinct), MAX_BATCH):
            chunk = distinct[start:start + MAX_BATCH]
            blinding, blinded = blind(chunk)
            body = canonical({"certificate": certificate.model_dump(mode="json"),
                              "blinded": blinded})
            response = service.signed(key, device_id, "POST", "/v1/pseudonyms", body)
            if response.status_code != 200:
                raise _refused(response)
            try:
                answer = PseudonymResponse.model_validate_json(response.content)
                found.update(zip(chunk, finalize(blinding, answer, public_key), strict=True))
            except ValidationError:
                raise SyncError("bad_reply", "not a pseudonym answer") from None
            except ProtocolError as exc:
                raise SyncError(exc.code, exc.detail) from None
    return found


def _refused(response: httpx.Response) -> SyncError:
    reason = reason_code(response)
    if reason in _REFUSALS:
        return SyncError(_REFUSALS[reason], reason)
    return refusal(response)
