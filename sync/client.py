"""The laptop side of the protocol: import a profile, enroll, push the outbox.

Everything goes over HTTPS verified against the profile's trust anchor only — there is
no switch to turn that off. Receipts are verified before a signal counts as received; a
refused envelope is set aside (with the server's reason) so the rest still go.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

from stap0_desktop.domain.notices import Notice
from stap0_desktop.services.outbox import OutboxService
from sync.protocol.canonical import canonical
from sync.protocol.crypto import (
    ProtocolError,
    b64,
    seal,
    sign_request,
    unb64,
    verify_receipt,
)
from sync.protocol.models import (
    BatchResponse,
    ConnectionProfile,
    EnrollmentResponse,
    EnvelopeHeader,
    MatchNotice,
    Receipt,
)


class SyncError(Exception):
    """Something a person can act on; ``code`` names it for the UI."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class PushSummary:
    sent: int
    received: int
    refused: int
    waiting: int
    notices: int = 0


def parse_profile(text: str) -> ConnectionProfile:
    try:
        return ConnectionProfile.model_validate_json(text)
    except ValueError as exc:
        raise SyncError("bad_profile", str(exc).splitlines()[0]) from None


def _client(profile: ConnectionProfile, timeout: float) -> httpx.Client:
    context = ssl.create_default_context(cadata=profile.tls_ca_pem)  # only this anchor
    return httpx.Client(base_url=profile.server_url, verify=context, timeout=timeout)


class SyncClient:
    def __init__(self, outbox: OutboxService, timeout: float = 15.0) -> None:
        self._outbox = outbox
        self._timeout = timeout

    def import_profile(self, text: str) -> ConnectionProfile:
        profile = parse_profile(text)
        self._outbox.save_profile(profile.model_dump_json())
        return profile

    def _profile(self) -> tuple[ConnectionProfile, str | None, bytes | None]:
        connection = self._outbox.connection().value
        if connection is None:
            raise SyncError("no_profile", "import the CJG's connection profile first")
        return parse_profile(connection.profile_json), connection.device_id, connection.device_key

    def enroll(self, code: str) -> EnrollmentResponse:
        profile, _, _ = self._profile()
        key = ed25519.Ed25519PrivateKey.generate()
        try:
            with _client(profile, self._timeout) as http:
                response = http.post("/v1/enroll", json={
                    "code": code.strip().upper(),
                    "device_public_key": b64(key.public_key().public_bytes_raw())})
        except httpx.HTTPError as exc:
            raise SyncError("unreachable", str(exc)) from None
        if response.status_code != 200:
            raise SyncError("enroll_refused", _reason(response))
        enrolled = EnrollmentResponse.model_validate_json(response.content)
        self._outbox.save_enrollment(enrolled.device_id, key.private_bytes_raw())
        return enrolled

    def push(self, batch_size: int = 100) -> PushSummary:
        """Send what is waiting; states change only on a verified answer."""
        profile, device_id, raw_key = self._profile()
        if device_id is None or raw_key is None:
            raise SyncError("not_enrolled", "enroll with the one-time code first")
        key = ed25519.Ed25519PrivateKey.from_private_bytes(raw_key)
        receipt_key = unb64(profile.receipt_public_key)
        sent = received = refused = 0
        tried: set[str] = set()
        with _client(profile, self._timeout) as http:
            while rows := [r for r in self._outbox.pending(batch_size).value
                           if r.id not in tried]:
                tried.update(r.id for r in rows)
                envelopes = []
                for row in rows:
                    header = EnvelopeHeader(id=row.id, device_id=device_id,
                                            created_at=datetime.now(UTC).replace(microsecond=0),
                                            suite=profile.hpke_suite)
                    payload = canonical(row.payload.model_dump(mode="json"))
                    envelopes.append(seal(header, payload, key, unb64(profile.hpke_public_key)))
                    self._outbox.mark(row.id, "sending")
                body = canonical({"envelopes": [e.model_dump(mode="json") for e in envelopes]})
                headers = sign_request(key, device_id, "POST", "/v1/envelopes", body)
                try:
                    response = http.post("/v1/envelopes", content=body, headers={
                        **headers, "content-type": "application/json"})
                except httpx.HTTPError as exc:
                    raise SyncError("unreachable", str(exc)) from None
                if response.status_code not in (200, 409):
                    raise SyncError("server_error", _reason(response))
                sent += len(envelopes)
                for result in BatchResponse.model_validate_json(response.content).results:
                    if result.status in ("accepted", "duplicate") and result.receipt:
                        _check(result.receipt, result.envelope_id, receipt_key)
                        self._outbox.mark(result.envelope_id, "received",
                                          receipt=result.receipt.model_dump_json())
                        received += 1
                    else:
                        self._outbox.mark(result.envelope_id, "refused",
                                          error=result.error or "refused")
                        refused += 1
        return PushSummary(sent, received, refused, len(self._outbox.pending().value),
                           self.fetch_matches())

    def fetch_matches(self) -> int:
        """Ask the CJG which of our signals match another professional's; store them."""
        profile, device_id, raw_key = self._profile()
        if device_id is None or raw_key is None:
            raise SyncError("not_enrolled", "enroll with the one-time code first")
        key = ed25519.Ed25519PrivateKey.from_private_bytes(raw_key)
        headers = sign_request(key, device_id, "GET", "/v1/matches", b"")
        try:
            with _client(profile, self._timeout) as http:
                response = http.get("/v1/matches", headers=headers)
        except httpx.HTTPError as exc:
            raise SyncError("unreachable", str(exc)) from None
        if response.status_code != 200:
            raise SyncError("server_error", _reason(response))
        notices = [MatchNotice.model_validate(item) for item in response.json()]
        return self._outbox.replace_notices([
            Notice(n.envelope_id, n.other_envelope_id, n.other.name, n.other.organisation,
                   n.other.phone, n.other.email, n.matched_at.isoformat()) for n in notices
        ]).value


def _check(receipt: Receipt, envelope_id: str, receipt_key: bytes) -> None:
    if receipt.envelope_id != envelope_id:
        raise SyncError("bad_receipt", "receipt for another envelope")
    try:
        verify_receipt(receipt, receipt_key)
    except ProtocolError:
        raise SyncError("bad_receipt", "the receipt's signature does not verify") from None


def _reason(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", {})
        return str(detail.get("error", response.status_code))
    except ValueError:
        return str(response.status_code)
