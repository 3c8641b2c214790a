"""The CJG benchmark over real HTTPS: ``stap0-cjg serve`` in its own process on loopback,
PostgreSQL (fsync on), and this process as the laptops. See bench/cjg.py for the figures."""

from __future__ import annotations

import secrets
import ssl
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.client.pseudonymise import pseudonyms
from sync.client.transport import Transport
from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import sign_request, unb64
from sync.protocol.envelopes import seal_batch
from sync.protocol.models import ConnectionProfile, DeviceCertificate, EnvelopeHeader
from sync.protocol.pseudonyms import (
    MAX_BATCH,
    Blinding,
    PseudonymResponse,
    blind,
    finalize,
)
from sync.server.config import record_database
from sync.server.keys import init_folder
from sync.server.repository import Repository
from tests.sync.harness import Device, ServedPseudonymiser, free_port


@dataclass
class PseudonymRound:
    """One VOPRF request of a laptop: its BSNs blinded (the laptop's own CPU), the
    service's answer (the CJG's side), then unblinded (the laptop's own CPU again)."""

    bsns: list[str]
    blinding: Blinding
    blinded: list[str]
    answer: PseudonymResponse | None = None


def blinded_rounds(bsns: list[str]) -> list[PseudonymRound]:
    distinct = sorted(set(bsns))
    return [PseudonymRound(chunk, *blind(chunk))
            for chunk in (distinct[i:i + MAX_BATCH] for i in range(0, len(distinct), MAX_BATCH))]


class HttpInbox:
    """A running server and an HTTPS client that trusts only its profile's anchor."""

    def __init__(self, folder: Path, db_url: str, repo: Repository, workers: int = 1) -> None:
        port = free_port()
        init_folder(folder, "Gemeente Bench", port=port)
        # One "laptop" sends thousands of signals here: the oracle limits are lifted.
        record_database(folder, db_url, people_per_day=1_000_000)
        self.repo = repo
        self.service = ServedPseudonymiser(folder, per_device=100_000)  # links the profile
        self.profile: ConnectionProfile = ConnectionProfile.model_validate_json(
            (folder / "connection-profile.json").read_text())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir",
             str(folder), "--port", str(port), "--workers", str(workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._certificates: dict[str, DeviceCertificate] = {}
        context = ssl.create_default_context(cadata=self.profile.tls_ca_pem)
        self.http = httpx.Client(base_url=self.profile.server_url, verify=context, timeout=30)
        for _ in range(200):
            try:
                self.http.get("/openapi.json")
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def enroll(self, name: str, organisation: str) -> Device:
        """Enrolled in the database (setup, not measured; over HTTP the enroll rate limit
        would hold the bench back)."""
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        self.repo.add_invite(code, name, organisation, utc_second(), "0800-0000000")
        key = ed25519.Ed25519PrivateKey.generate()
        enrolled = self.repo.spend_invite(code, key.public_key().public_bytes_raw(),
                                          utc_second())
        assert not isinstance(enrolled, str), enrolled
        return Device(enrolled.id, key, name, organisation)

    def seal(self, device: Device, payloads: list[bytes]):  # type: ignore[no-untyped-def]
        """A batch sealed as a laptop seals it: signed at once."""
        return seal_batch([(EnvelopeHeader(id=uuid.uuid4().hex, device_id=device.id,
                                           created_at=utc_second(),
                                           suite=self.profile.hpke_suite), payload)
                           for payload in payloads],
                          device.key, unb64(self.profile.hpke_public_key))

    def pseudonyms(self, device: Device, bsns: list[str]) -> dict[str, str]:
        """One VOPRF round with the pseudonymisation service, as a laptop does it."""
        if not bsns:
            return {}
        return pseudonyms(self.profile, device.id, device.key, self._certificate(device),
                          bsns, timeout=30)

    def evaluate(self, device: Device, rounds: list[PseudonymRound]) -> None:
        """The pseudonymisation service's part of a laptop's rounds, over one HTTPS
        connection, as the laptop's sync round sends them."""
        certificate = self._certificate(device).model_dump(mode="json")
        with Transport(self.profile, 30, pseudonymiser=True) as service:
            for round_ in rounds:
                body = canonical({"certificate": certificate, "blinded": round_.blinded})
                response = service.signed(device.key, device.id, "POST", "/v1/pseudonyms",
                                          body)
                response.raise_for_status()
                round_.answer = PseudonymResponse.model_validate_json(response.content)

    def unblinded(self, rounds: list[PseudonymRound]) -> dict[str, str]:
        assert self.profile.pseudonymiser is not None
        public_key = unb64(self.profile.pseudonymiser.public_key)
        found: dict[str, str] = {}
        for round_ in rounds:
            assert round_.answer is not None
            found.update(zip(round_.bsns, finalize(round_.blinding, round_.answer, public_key),
                             strict=True))
        return found

    def _certificate(self, device: Device) -> DeviceCertificate:
        if device.id not in self._certificates:
            body = b"{}"
            headers = sign_request(device.key, device.id, "POST", "/v1/device-certificate",
                                   body)
            answer = self.http.post("/v1/device-certificate", content=body, headers={
                **headers, "content-type": "application/json"})
            answer.raise_for_status()
            self._certificates[device.id] = DeviceCertificate.model_validate_json(
                answer.content)
        return self._certificates[device.id]

    def push(self, device: Device, *envelopes) -> httpx.Response:  # type: ignore[no-untyped-def]
        body = canonical({"envelopes": [e.model_dump(mode="json") for e in envelopes]})
        headers = sign_request(device.key, device.id, "POST", "/v1/envelopes", body)
        return self.http.post("/v1/envelopes", content=body,
                              headers={**headers, "content-type": "application/json"})

    def matches(self, device: Device) -> httpx.Response:
        headers = sign_request(device.key, device.id, "GET", "/v1/matches", b"")
        return self.http.get("/v1/matches", headers=headers)

    def close(self) -> None:
        self.http.close()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.service.terminate()
        self.service.wait(timeout=10)
