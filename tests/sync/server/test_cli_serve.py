"""``stap0-cjg``: init, invite, a real HTTPS server on loopback, inbox and revoke."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import b64, sign_request, unb64
from sync.protocol.envelopes import seal
from sync.protocol.models import ConnectionProfile, EnvelopeHeader, Receipt
from sync.protocol.receipts import verify_receipt
from sync.server.cli import main as cjg
from tests.conftest import child_env
from tests.sync.harness import Device, free_port, signal

pytestmark = pytest.mark.system


def _keep_alive_answer_ms(http: httpx.Client) -> float:
    """The median answer on one kept-alive connection. With Nagle's algorithm left on (as
    uvicorn < 0.55 did for several workers) every request after the first waits on the
    peer's delayed ACK, about 40 ms on Linux; with TCP_NODELAY it is about a millisecond."""
    times = []
    for _ in range(15):
        start = time.perf_counter()
        http.get("/openapi.json").raise_for_status()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2] * 1000


def test_init_writes_owner_only_keys_and_refuses_twice(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    for name in ("kem.json", "receipt.key", "tls.key"):
        assert (folder / name).stat().st_mode & 0o077 == 0, name
    assert not (folder / "person.key").exists()  # no key that could reverse a pseudonym
    profile = ConnectionProfile.model_validate_json((folder / "connection-profile.json").read_text())
    assert profile.server_url == "https://127.0.0.1:8443" and "BEGIN CERTIFICATE" in profile.tls_ca_pem
    assert cjg(["init", "--dir", str(folder)]) == 1
    assert cjg(["devices", "invite", "--dir", str(folder), "--org", "JGZ Demostad",
                "--name", "Tess Verpleeg", "--role", "jeugdverpleegkundige",
         "--phone", "0800-0000000"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(code) == 19 and code.count("-") == 3


@pytest.mark.parametrize(("workers", "engine"), [(1, "sqlite"), (2, "sqlite"), (2, "postgresql")])
def test_a_device_enrolls_and_pushes_over_https(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys, request: pytest.FixtureRequest, workers: int, engine: str
) -> None:
    """serve and every admin command use the database the folder records."""
    folder = tmp_path / "cjg"
    port = free_port()
    db = (str(request.getfixturevalue("postgres_url")) if engine == "postgresql"
          else "sqlite:cjg.db")
    assert cjg(["init", "--dir", str(folder), "--port", str(port), "--db", db]) == 0
    assert cjg(["database", "--dir", str(folder)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith(db.split(":")[0])
    cjg(["devices", "invite", "--dir", str(folder), "--org", "JGZ Demostad",
         "--name", "Tess Verpleeg", "--role", "jeugdverpleegkundige",
         "--phone", "0800-0000000"])
    code = capsys.readouterr().out.strip().splitlines()[-1]
    profile = ConnectionProfile.model_validate_json((folder / "connection-profile.json").read_text())
    server = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir",
                               str(folder), "--port", str(port), "--workers", str(workers)],
                              env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        context = ssl.create_default_context(cadata=profile.tls_ca_pem)
        with httpx.Client(base_url=profile.server_url, verify=context, timeout=5) as http:
            for _ in range(100):
                try:
                    http.get("/openapi.json")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            key = ed25519.Ed25519PrivateKey.generate()
            enrolled = http.post("/v1/enroll", json={
                "code": code, "device_public_key": b64(key.public_key().public_bytes_raw())})
            assert enrolled.status_code == 200, enrolled.text
            device = Device(enrolled.json()["device_id"], key, "Tess Verpleeg", "JGZ Demostad")
            header = EnvelopeHeader(id=uuid.uuid4().hex, device_id=device.id,
                                    created_at=utc_second(), suite=profile.hpke_suite)
            payload = canonical(signal([{"ref": "c", "role": "child", "bsn": "999990019"}],
                                       device).model_dump(mode="json"))
            envelope = seal(header, payload, key, unb64(profile.hpke_public_key))
            body = canonical({"envelopes": [envelope.model_dump(mode="json")]})
            headers = sign_request(key, device.id, "POST", "/v1/envelopes", body)
            response = http.post("/v1/envelopes", content=body,
                                 headers={**headers, "content-type": "application/json"})
            result = response.json()["results"][0]
            assert result["status"] == "accepted"
            assert response.headers["connection"] == "close"  # the next: to a free worker
            verify_receipt(Receipt.model_validate(result["receipt"]),
                           unb64(profile.receipt_public_key), envelope=envelope,
                           device_id=device.id)
            assert _keep_alive_answer_ms(http) < 20, "Nagle's algorithm is back on"
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert cjg(["inbox", "--dir", str(folder), "--json"]) == 0
    inbox = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in inbox] == [header.id]
    assert "people" not in inbox[0]
    assert cjg(["devices", "revoke", "--dir", str(folder), device.id]) == 0
    assert cjg(["devices", "revoke", "--dir", str(folder), device.id]) == 1
