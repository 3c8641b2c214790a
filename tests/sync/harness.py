"""A CJG server in memory (SQLite in a temp folder) and enrolled fictional devices."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient

from sync.protocol.canonical import canonical
from sync.protocol.crypto import KemKeyPair, b64, seal, sign_request
from sync.protocol.models import Envelope, EnvelopeHeader, SignalPayload, SuiteName
from sync.server.app import ServerKeys, create_app
from sync.server.loopback import free_port
from sync.server.repository import open_repository

__all__ = ["free_port"]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now


@dataclass
class Device:
    id: str
    key: ed25519.Ed25519PrivateKey
    name: str
    organisation: str


class Server:
    def __init__(self, folder: Path, suite: SuiteName = SuiteName.HYBRID,
                 url: str | None = None) -> None:
        self.clock = Clock()
        self.repo = open_repository(url, folder / "cjg.db")
        self.keys = ServerKeys(kem=KemKeyPair.generate(suite),
                               receipt=ed25519.Ed25519PrivateKey.generate(),
                               person_secret=secrets.token_bytes(32))
        self.app = create_app(self.repo, self.keys, clock=self.clock)
        self.http = TestClient(self.app)

    def invite(self, name: str, organisation: str) -> str:
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        self.repo.add_invite(code, name, organisation, "2026-11-28T12:00:00+00:00")
        return code

    def enroll(self, name: str = "Tess Verpleeg", organisation: str = "JGZ Demostad") -> Device:
        key = ed25519.Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        response = self.http.post("/v1/enroll", json={
            "code": self.invite(name, organisation), "device_public_key": b64(public)})
        assert response.status_code == 200, response.text
        return Device(response.json()["device_id"], key, name, organisation)

    def signed(self, device: Device, method: str, path: str, body: bytes = b"",
               now: float | None = None):  # type: ignore[no-untyped-def]
        headers = sign_request(device.key, device.id, method, path, body,
                               now=self.clock() if now is None else now)
        headers["content-type"] = "application/json"
        return self.http.request(method, path, content=body, headers=headers)

    def push(self, device: Device, *envelopes: Envelope):  # type: ignore[no-untyped-def]
        body = canonical({"envelopes": [e.model_dump(mode="json") for e in envelopes]})
        return self.signed(device, "POST", "/v1/envelopes", body)


def signal(people: list[dict[str, object]], device: Device, judgement: str = "raised",
           ends_in_days: int = 365) -> SignalPayload:
    today = date(2026, 11, 28)
    return SignalPayload.model_validate({
        "people": people,
        "professional": {"name": device.name, "organisation": device.organisation,
                         "phone": "0800-0000000"},
        "signalled_on": today.isoformat(), "domains": ["ouder_gezin"],
        "judgement": judgement, "ends_on": (today + timedelta(days=ends_in_days)).isoformat(),
        "consent_ref": uuid.uuid4().hex,
    })


def envelope(server: Server, device: Device, payload: SignalPayload | bytes,
             kind: str = "signal", envelope_id: str | None = None,
             public_raw: bytes | None = None) -> Envelope:
    header = EnvelopeHeader(id=envelope_id or uuid.uuid4().hex, device_id=device.id,
                            created_at=datetime(2026, 11, 28, 12, tzinfo=UTC),
                            suite=server.keys.kem.suite, kind=kind)  # type: ignore[arg-type]
    data = payload if isinstance(payload, bytes) else canonical(payload.model_dump(mode="json"))
    return seal(header, data, device.key, public_raw or server.keys.kem.public_raw)
