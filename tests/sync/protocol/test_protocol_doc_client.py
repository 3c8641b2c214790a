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


class DocLaptop:
    """One laptop: enrolled with a code, sending signals, reading its matches."""

    def __init__(self, profile: dict, code: str) -> None:  # type: ignore[type-arg]
        self.profile = profile
        self.inbox = httpx.Client(base_url=profile["server_url"], timeout=10, verify=__import__(
            "ssl").create_default_context(cadata=profile["tls_ca_pem"]))
        self.key = ed25519.Ed25519PrivateKey.generate()
        enrolled = self.inbox.post("/v1/enroll", json={
            "code": code, "device_public_key": b64(self.key.public_key().public_bytes_raw())})
        assert enrolled.status_code == 200, enrolled.text
        self.device_id = enrolled.json()["device_id"]
        self.professional = enrolled.json()["professional"]
        self.cjg_key = ed25519.Ed25519PublicKey.from_public_bytes(
            base64.b64decode(profile["receipt_public_key"]))
        self.key_id = hashlib.sha256(base64.b64decode(
            profile["receipt_public_key"])).hexdigest()[:16]

    def signed(self, method: str, path: str, body: bytes = b"") -> httpx.Response:
        return self.inbox.request(method, path, content=body, headers=signed_headers(
            self.key, self.device_id, method, path, body))

    def pseudonyms(self, bsns: list[str]) -> dict[str, str]:
        answer = self.signed("POST", "/v1/device-certificate", b"{}")
        assert answer.status_code == 200, answer.text
        service = self.profile["pseudonymiser"]
        assert service["suite"] == "VOPRF(ristretto255, SHA-512)"
        clients, blinded = [], []
        for bsn in bsns:
            client, element = ristretto.Client.blind(b"stap0-person-v2\x00" + bsn.encode())
            clients.append(client)
            blinded.append(b64(bytes(element.serialize())))
        body = canonical({"certificate": answer.json(), "blinded": blinded})
        with httpx.Client(base_url=service["url"], timeout=10, verify=__import__(
                "ssl").create_default_context(cadata=service["tls_ca_pem"])) as pseudonymiser:
            evaluated = pseudonymiser.post("/v1/pseudonyms", content=body, headers=signed_headers(
                self.key, self.device_id, "POST", "/v1/pseudonyms", body))
        assert evaluated.status_code == 200, evaluated.text
        outputs = ristretto.Client.finalize_batch(
            clients, ristretto.VerifiableBatchOutput.deserialize(
                base64.b64decode(evaluated.json()["evaluated"])),
            ristretto.PublicKey.deserialize(base64.b64decode(service["public_key"])))
        return {bsn: bytes(out[:32]).hex() for bsn, out in zip(bsns, outputs, strict=True)}

    def send_signal(self, people: list[dict[str, object]]) -> dict[str, str]:
        today = datetime.now(UTC).date()
        return self.send("signal", {
            "version": 2, "signalled_on": today.isoformat(), "domains": ["ouder_gezin"],
            "judgement": "raised", "ends_on": today.replace(year=today.year + 1).isoformat(),
            "consent_ref": secrets.token_hex(16), "people": people})

    def send(self, kind: str, content: dict[str, object]) -> dict[str, str]:
        """One envelope of ``kind`` with ``content`` as its payload; its receipt checked."""
        payload = canonical(content)
        header = {"id": secrets.token_hex(16), "device_id": self.device_id,
                  "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "suite": self.profile["hpke_suite"], "kind": kind}
        signature = self.key.sign(b"stap0-signal-v1\n" + canonical(header) + b"\n" + payload)
        inner = canonical({"payload": b64(payload), "signature": b64(signature)})
        suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                           hpke.AEAD.CHACHA20_POLY1305)
        ciphertext = suite.encrypt(inner, kem_public(self.profile),  # type: ignore[arg-type]
                                   info=b"stap0-envelope-v1|" + canonical(header))
        envelope = {"header": header, "ciphertext": b64(ciphertext)}
        pushed = self.signed("POST", "/v1/envelopes", canonical({"envelopes": [envelope]}))
        assert pushed.status_code == 200, pushed.text
        result = pushed.json()["results"][0]
        assert result["status"] == "accepted", result
        receipt = result["receipt"]
        assert receipt["envelope_id"] == header["id"]
        assert receipt["device_id"] == self.device_id and receipt["status"] == "accepted"
        assert receipt["digest"] == hashlib.sha256(canonical(envelope)).hexdigest()
        assert receipt["key_id"] == self.key_id
        self.cjg_key.verify(base64.b64decode(receipt["signature"]), b"stap0-receipt-v2\n"
                            + canonical({k: v for k, v in receipt.items() if k != "signature"}))
        return header

    def matches(self) -> list[dict[str, object]]:
        answer = self.signed("GET", "/v1/matches")
        assert answer.status_code == 200, answer.text
        notices = answer.json()
        for notice in notices:
            assert notice["device_id"] == self.device_id and notice["key_id"] == self.key_id
            self.cjg_key.verify(base64.b64decode(notice["signature"]),
                                b"stap0-match-notice-v2\n" + canonical(
                                    {k: v for k, v in notice.items() if k != "signature"}))
        return notices  # type: ignore[no-any-return]


def test_a_client_from_the_document_alone(tmp_path: Path) -> None:
    with LoopbackServer(tmp_path / "cjg") as server:
        profile = json.loads(server.profile_path.read_text())
        assert profile["hpke_suite"] == "MLKEM768X25519-HKDFSHA256-CHACHA20POLY1305"
        nurse = DocLaptop(profile, server.invite("Doc Client", "JGZ Demostad",
                                                  phone="0800-0000123"))
        assert nurse.professional["name"] == "Doc Client"
        counsellor = DocLaptop(profile, server.invite("Doc Tweede", "Schuldhulp Demostad",
                                                       email="doc@schuldhulp.example"))
        bsns = ["999990019", "999990032"]
        pseudonym = nurse.pseudonyms(bsns)
        mine = nurse.send_signal([
            {"ref": "c", "role": "child", "pseudonym": pseudonym[bsns[0]], "parent_refs": ["m"]},
            {"ref": "m", "role": "parent", "pseudonym": pseudonym[bsns[1]], "parent_refs": []}])
        assert nurse.matches() == []
        other = counsellor.pseudonyms(bsns[:1])
        assert other == {bsns[0]: pseudonym[bsns[0]]}   # the same child, the same pseudonym
        counsellor.send_signal([{"ref": "k", "role": "child", "pseudonym": other[bsns[0]],
                                 "parent_refs": []}])
        [notice] = nurse.matches()
        assert notice["envelope_id"] == mine["id"] and notice["how"] == "same_child"
        assert notice["other"] == {"name": "Doc Tweede", "organisation": "Schuldhulp Demostad",
                                   "role": "", "phone": "", "email": "doc@schuldhulp.example"}
        # After the match: contact, a proposal for a third organisation, accepted.
        today = datetime.now(UTC).date()
        until = today.replace(year=today.year + 1).isoformat()
        match_id, proposal_id = notice["match_id"], secrets.token_hex(16)
        nurse.send("coordination", {"version": 1, "match_id": match_id, "step": "contact",
                                    "on": today.isoformat()})
        nurse.send("coordination", {
            "version": 1, "match_id": match_id, "step": "propose", "on": today.isoformat(),
            "proposal_id": proposal_id, "until": until,
            "regisseur": {"side": "third", "organisation": "Wijkteam Demostad Noord"}})
        [seen] = counsellor.matches()
        assert seen["coordination"]["contact_theirs"] == today.isoformat()
        assert seen["coordination"]["proposal"]["by"] == "other"
        assert seen["coordination"]["proposal"]["regisseur"]["organisation"] == (
            "Wijkteam Demostad Noord")
        counsellor.send("coordination", {"version": 1, "match_id": match_id, "step": "accept",
                                         "on": today.isoformat(), "proposal_id": proposal_id})
        [agreed] = nurse.matches()
        assert agreed["coordination"]["agreed"] == {
            "agreed_on": today.isoformat(), "regisseur": {
                "side": "third", "organisation": "Wijkteam Demostad Noord", "kaart_key": None,
                "until": until}}
        nurse.inbox.close()
        counsellor.inbox.close()
