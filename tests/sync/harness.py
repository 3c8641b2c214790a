"""A CJG server in memory (SQLite in a temp folder) and enrolled fictional devices."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient

from sync.protocol.canonical import canonical, utc_second
from sync.protocol.coordination import Coordination
from sync.protocol.crypto import KemKeyPair, b64, sign_request
from sync.protocol.envelopes import seal
from sync.protocol.models import Envelope, EnvelopeHeader, Signal, SuiteName
from sync.protocol.pseudonyms import Evaluator
from sync.server.app import ServerKeys, create_app
from sync.server.cli import main as cjg
from sync.server.loopback import free_port, wait_for_port
from sync.server.regie_rules import RegieRules
from sync.server.repository import open_repository
from tests.conftest import child_env

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
                 url: str | None = None, rules: RegieRules | None = None) -> None:
        self.clock = Clock()
        self.repo = open_repository(url, folder / "cjg.db")
        self.keys = ServerKeys(kem=KemKeyPair.generate(suite),
                               receipt=ed25519.Ed25519PrivateKey.generate())
        self.app = create_app(self.repo, self.keys, clock=self.clock, rules=rules)
        self.http = TestClient(self.app)

    def invite(self, name: str, organisation: str, organisation_kind: str = "") -> str:
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        self.repo.add_invite(code, name, organisation, "2026-11-28T12:00:00+00:00",
                             phone="0800-0000000", organisation_kind=organisation_kind)
        return code

    def enroll(self, name: str = "Tess Verpleeg", organisation: str = "JGZ Demostad",
               organisation_kind: str = "") -> Device:
        key = ed25519.Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        response = self.http.post("/v1/enroll", json={
            "code": self.invite(name, organisation, organisation_kind),
            "device_public_key": b64(public)})
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


class HttpsServer:
    """The same as ``Server`` (enroll, signed, push), but the real inbox over HTTPS on
    loopback, at the real time — for what must hold on the wire."""

    def __init__(self, folder: Path, url: str | None = None, wrap=None,  # type: ignore[no-untyped-def]
                 limits=None) -> None:
        import ssl
        import time

        import httpx

        from sync.protocol.models import ConnectionProfile
        from sync.server.loopback import LoopbackServer

        self.loopback = LoopbackServer(folder, db_url=url, wrap=wrap, limits=limits).start()
        self.repo, self.keys, self.clock = self.loopback.repo, self.loopback.keys, time.time
        self.profile = ConnectionProfile.model_validate_json(
            self.loopback.profile_path.read_text())
        self.http = httpx.Client(base_url=self.profile.server_url, timeout=20,
                                 verify=ssl.create_default_context(
                                     cadata=self.profile.tls_ca_pem))

    def close(self) -> None:
        self.http.close()
        self.loopback.close()

    def enroll(self, name: str = "Tess Verpleeg", organisation: str = "JGZ Demostad",
               phone: str = "0800-0000000", role: str = "") -> Device:
        key = ed25519.Ed25519PrivateKey.generate()
        response = self.http.post("/v1/enroll", json={
            "code": self.loopback.invite(name, organisation, phone, role=role),
            "device_public_key": b64(key.public_key().public_bytes_raw())})
        assert response.status_code == 200, response.text
        return Device(response.json()["device_id"], key, name, organisation)

    signed = Server.signed
    push = Server.push


# The tests' pseudonymisation key: the pseudonym of a test BSN, as a laptop would get it.
PSEUDONYMS = Evaluator(b"stap0 test pseudonymiser seed 32")


def pseudonym(bsn: str) -> str:
    return PSEUDONYMS.pseudonym(bsn)


def signal(people: list[dict[str, object]], device: Device, judgement: str = "raised",
           ends_in_days: int = 365, pseudonym_of: dict[str, str] | None = None,
           today: date = date(2026, 11, 28)) -> Signal:
    """A v2 signal; a person given with ``bsn`` gets that BSN's pseudonym instead (from
    ``pseudonym_of`` when given, else from the tests' own key)."""

    def named(bsn: str) -> str:
        return pseudonym_of[bsn] if pseudonym_of is not None else pseudonym(bsn)

    wire_people = [{k: v for k, v in {**p, "pseudonym": named(str(p["bsn"]))
                                      if p.get("bsn") else None}.items()
                    if k not in ("bsn", "birth_year", "expected_date")} for p in people]
    return Signal.model_validate({
        "people": wire_people,
        "signalled_on": today.isoformat(), "domains": ["ouder_gezin"],
        "judgement": judgement, "ends_on": (today + timedelta(days=ends_in_days)).isoformat(),
        "consent_ref": uuid.uuid4().hex,
    })


def envelope(server: Server | HttpsServer, device: Device, payload: Signal | bytes,
             kind: str = "signal", envelope_id: str | None = None,
             public_raw: bytes | None = None, created_at: str | None = None) -> Envelope:
    """Sealed to the server's key, made at the server's time (unless ``created_at``)."""
    made = created_at or utc_second(datetime.fromtimestamp(server.clock(), UTC))
    header = EnvelopeHeader(id=envelope_id or uuid.uuid4().hex, device_id=device.id,
                            created_at=made,
                            suite=server.keys.kem.suite, kind=kind)  # type: ignore[arg-type]
    data = payload if isinstance(payload, bytes) else canonical(payload.model_dump(mode="json"))
    return seal(header, data, device.key, public_raw or server.keys.kem.public_raw)


def link_pseudonymiser(folder: Path, per_device: int = 300) -> Path:
    """A pseudonymiser folder beside the inbox's, named in its profile (once)."""
    service_dir = folder.parent / f"{folder.name}-pseudonymiser"
    info = service_dir / "pseudonymiser.json"
    if not info.exists():
        assert cjg(["pseudonymiser", "init", "--dir", str(service_dir), "--port",
                    str(free_port()), "--profile", str(folder / "connection-profile.json"),
                    "--per-device", str(per_device),
                    "--all-devices", str(max(per_device, 20_000))]) == 0
        assert cjg(["link-pseudonymiser", "--dir", str(folder), str(info)]) == 0
    return service_dir


class ServedPseudonymiser:
    """``stap0-cjg pseudonymiser serve`` in a process, its folder beside the inbox's and
    named in the inbox's connection profile (``init`` and ``link`` on first use)."""

    def __init__(self, folder: Path, certificate_key: str | None = None,
                 per_device: int = 300) -> None:
        service_dir = link_pseudonymiser(folder, per_device)
        info = service_dir / "pseudonymiser.json"
        if certificate_key is not None:  # the CJG signs certificates with another key
            config = service_dir / "pseudonymiser-config.json"
            data = json.loads(config.read_text())
            config.write_text(json.dumps({**data, "cjg_certificate_key": certificate_key}))
        self.port = int(json.loads(info.read_text())["url"].rsplit(":", 1)[1])
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "pseudonymiser", "serve", "--dir",
             str(service_dir), "--port", str(self.port)], env=child_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def terminate(self) -> None:
        self.process.terminate()

    def wait(self, timeout: float) -> None:
        self.process.wait(timeout=timeout)


class ServedCjg:
    """``stap0-cjg serve`` and, beside it, its pseudonymiser: two processes, as they run."""

    def __init__(self, folder: Path, port: int, certificate_key: str | None = None,
                 per_device: int = 300) -> None:
        self.processes: list[ServedPseudonymiser | subprocess.Popen[bytes]] = [
            ServedPseudonymiser(folder, certificate_key, per_device)]
        self.processes.append(subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir", str(folder),
             "--port", str(port)], env=child_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for_port(port)

    def terminate(self) -> None:
        for process in self.processes:
            process.terminate()

    def wait(self, timeout: float) -> None:
        for process in self.processes:
            process.wait(timeout=timeout)


# -- after a match (coordination steps straight to the inbox) ------------------------------
def notices(inbox: Server, device: Device) -> list[dict[str, Any]]:
    """The match notices the inbox gives ``device`` (as JSON)."""
    response = inbox.signed(device, "GET", "/v1/matches")
    assert response.status_code == 200, response.text
    return list(response.json())


def step(inbox: Server, device: Device, match_id: str, kind: str,
         envelope_id: str | None = None, on: date = date(2026, 11, 28),
         **fields: Any) -> dict[str, Any]:
    """A coordination step sealed and pushed: the envelope's result with the HTTP status
    (``http``), its id and the sealed envelope (to push again)."""
    payload = Coordination.model_validate({"match_id": match_id, "step": kind,
                                           "on": on.isoformat(), **fields})
    sealed = envelope(inbox, device, canonical(payload.model_dump(mode="json")),
                      kind="coordination", envelope_id=envelope_id)
    response = inbox.push(device, sealed)
    [result] = response.json()["results"]
    return {**result, "http": response.status_code, "id": sealed.header.id, "sealed": sealed}


def matched_family(inbox: Server, nurse: Device, counsellor: Device, index: int) -> str:
    """Both signal another fictional child: one more match between them; its id."""
    from stap0_desktop.domain.bsn import bsns_in_test_range

    bsn = bsns_in_test_range()[10 + index]
    before = {n["match_id"] for n in notices(inbox, nurse)}
    for device in (nurse, counsellor):
        inbox.push(device, envelope(inbox, device, signal(
            [{"ref": "c", "role": "child", "bsn": bsn}], device)))
    [new] = {n["match_id"] for n in notices(inbox, nurse)} - before
    return str(new)


