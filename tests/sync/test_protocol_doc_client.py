"""A laptop written from docs/protocol.md alone — plain JSON, httpx, cryptography and voprf,
none of sync.protocol — enrolls, gets pseudonyms, sends a v2 signal, verifies its receipt
and reads its matches against the real services on loopback. If the document leaves
something out, this client cannot work."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from voprf import ristretto

from sync.server.loopback import LoopbackServer


def canonical(value: object) -> bytes:
    """Sorted keys, no insignificant white space, UTF-8 (the document's definition)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def signed_headers(key: ed25519.Ed25519PrivateKey, device_id: str, method: str, path: str,
                   body: bytes) -> dict[str, str]:
    stamp, nonce = str(int(time.time())), secrets.token_hex(16)
    text = "\n".join(("stap0-request-v1", method, path, stamp, nonce,
                      hashlib.sha256(body).hexdigest())).encode("ascii")
    return {"X-Stap0-Device": device_id, "X-Stap0-Time": stamp, "X-Stap0-Nonce": nonce,
            "X-Stap0-Signature": b64(key.sign(text)), "content-type": "application/json"}


def kem_public(profile: dict[str, object]) -> object:
    raw = base64.b64decode(str(profile["hpke_public_key"]))
    return hpke.MLKEM768X25519PublicKey(  # hybrid: ML-KEM-768 public ‖ X25519 public
        mlkem.MLKEM768PublicKey.from_public_bytes(raw[:-32]),
        x25519.X25519PublicKey.from_public_bytes(raw[-32:]))


def test_a_client_from_the_document_alone(tmp_path: Path) -> None:
    with LoopbackServer(tmp_path / "cjg") as server:
        profile = json.loads(server.profile_path.read_text())
        assert profile["hpke_suite"] == "MLKEM768X25519-HKDFSHA256-CHACHA20POLY1305"
        code = server.invite("Doc Client", "JGZ Demostad", phone="0800-0000123")
        inbox = httpx.Client(base_url=profile["server_url"], timeout=10, verify=__import__(
            "ssl").create_default_context(cadata=profile["tls_ca_pem"]))
        key = ed25519.Ed25519PrivateKey.generate()
        enrolled = inbox.post("/v1/enroll", json={
            "code": code, "device_public_key": b64(key.public_key().public_bytes_raw())})
        assert enrolled.status_code == 200, enrolled.text
        device_id = enrolled.json()["device_id"]

        body = b"{}"
        answer = inbox.post("/v1/device-certificate", content=body, headers=signed_headers(
            key, device_id, "POST", "/v1/device-certificate", body))
        assert answer.status_code == 200, answer.text
        certificate = answer.json()

        service = profile["pseudonymiser"]
        assert service["suite"] == "VOPRF(ristretto255, SHA-512)"
        bsns = ["999990019", "999990032"]
        clients, blinded = [], []
        for bsn in bsns:
            client, element = ristretto.Client.blind(b"stap0-person-v2\x00" + bsn.encode())
            clients.append(client)
            blinded.append(b64(bytes(element.serialize())))
        body = canonical({"certificate": certificate, "blinded": blinded})
        with httpx.Client(base_url=service["url"], timeout=10, verify=__import__(
                "ssl").create_default_context(cadata=service["tls_ca_pem"])) as pseudonymiser:
            evaluated = pseudonymiser.post("/v1/pseudonyms", content=body, headers=signed_headers(
                key, device_id, "POST", "/v1/pseudonyms", body))
        assert evaluated.status_code == 200, evaluated.text
        outputs = ristretto.Client.finalize_batch(
            clients, ristretto.VerifiableBatchOutput.deserialize(
                base64.b64decode(evaluated.json()["evaluated"])),
            ristretto.PublicKey.deserialize(base64.b64decode(service["public_key"])))
        pseudonym = {bsn: bytes(out[:32]).hex() for bsn, out in zip(bsns, outputs, strict=True)}

        today = datetime.now(UTC).date()
        payload = canonical({
            "version": 2, "signalled_on": today.isoformat(), "domains": ["ouder_gezin"],
            "judgement": "raised", "ends_on": today.replace(year=today.year + 1).isoformat(),
            "consent_ref": secrets.token_hex(16),
            "people": [{"ref": "c", "role": "child", "pseudonym": pseudonym[bsns[0]],
                        "parent_refs": ["m"]},
                       {"ref": "m", "role": "parent", "pseudonym": pseudonym[bsns[1]],
                        "parent_refs": []}]})
        header = {"id": secrets.token_hex(16), "device_id": device_id,
                  "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "suite": profile["hpke_suite"], "kind": "signal"}
        signature = key.sign(b"stap0-signal-v1\n" + canonical(header) + b"\n" + payload)
        inner = canonical({"payload": b64(payload), "signature": b64(signature)})
        suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                           hpke.AEAD.CHACHA20_POLY1305)
        ciphertext = suite.encrypt(inner, kem_public(profile),  # type: ignore[arg-type]
                                   info=b"stap0-envelope-v1|" + canonical(header))
        envelope = {"header": header, "ciphertext": b64(ciphertext)}
        body = canonical({"envelopes": [envelope]})
        pushed = inbox.post("/v1/envelopes", content=body, headers=signed_headers(
            key, device_id, "POST", "/v1/envelopes", body))
        assert pushed.status_code == 200, pushed.text
        result = pushed.json()["results"][0]
        assert result["status"] == "accepted", result
        receipt = result["receipt"]
        assert receipt["digest"] == hashlib.sha256(canonical(envelope)).hexdigest()
        ed25519.Ed25519PublicKey.from_public_bytes(
            base64.b64decode(profile["receipt_public_key"])).verify(
            base64.b64decode(receipt["signature"]), b"stap0-receipt-v1\n" + canonical(
                {k: receipt[k] for k in ("envelope_id", "received_at", "digest")}))

        matches = inbox.get("/v1/matches", headers=signed_headers(
            key, device_id, "GET", "/v1/matches", b""))
        assert matches.status_code == 200 and matches.json() == []
        inbox.close()
