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
from typing import Any

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


def tree_of(leaves: list[bytes]) -> tuple[bytes, list[list[bytes]]]:
    """A tree's root and each leaf's path (lowest sibling first), built top-down."""
    if len(leaves) == 1:
        return leaves[0], [[]]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)
    left, left_paths = tree_of(leaves[:split])
    right, right_paths = tree_of(leaves[split:])
    return (hashlib.sha256(b"\1" + left + right).digest(),
            [[*p, right] for p in left_paths] + [[*p, left] for p in right_paths])


def subtree_root(leaf: bytes, index: int, size: int, path: list[bytes]) -> bytes:
    """The root of a tree of ``size`` leaves from one leaf and its path (lowest sibling
    first), top-down: a tree splits after the largest power of two below its size."""
    if size == 1:
        assert not path, "a path longer than the tree"
        return leaf
    assert path, "a path shorter than the tree"
    split = 1 << ((size - 1).bit_length() - 1)
    top = path[-1]
    if index < split:
        return hashlib.sha256(b"\1" + subtree_root(leaf, index, split, path[:-1])
                              + top).digest()
    return hashlib.sha256(b"\1" + top + subtree_root(leaf, index - split, size - split,
                                                     path[:-1])).digest()


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

    @staticmethod
    def signal_content(people: list[dict[str, object]]) -> tuple[str, dict[str, object]]:
        today = datetime.now(UTC).date()
        return "signal", {
            "version": 2, "signalled_on": today.isoformat(), "domains": ["ouder_gezin"],
            "judgement": "raised", "ends_on": today.replace(year=today.year + 1).isoformat(),
            "consent_ref": secrets.token_hex(16), "people": people}

    def send_signal(self, people: list[dict[str, object]]) -> dict[str, str]:
        return self.send(*self.signal_content(people))

    def send(self, kind: str, content: dict[str, object]) -> dict[str, str]:
        return self.send_batch([(kind, content)])[0]

    def send_batch(self, items: list[tuple[str, dict[str, object]]]) -> list[dict[str, str]]:
        """One envelope per (kind, content) in one batch, signed at once as a tree; each
        receipt checked."""
        headers, payloads = [], []
        for kind, content in items:
            headers.append({"id": secrets.token_hex(16), "device_id": self.device_id,
                            "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "suite": self.profile["hpke_suite"], "kind": kind})
            payloads.append(canonical(content))
        root, paths = tree_of([hashlib.sha256(
            b"\0" + b"stap0-signal-v1\n" + canonical(header) + b"\n" + payload).digest()
            for header, payload in zip(headers, payloads, strict=True)])
        signature = b64(self.key.sign(b"stap0-signal-tree-v1\n" + canonical(
            {"root": root.hex(), "size": len(items)})))
        suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                           hpke.AEAD.CHACHA20_POLY1305)
        envelopes = []
        for index, (header, payload, path) in enumerate(zip(headers, payloads, paths,
                                                            strict=True)):
            inner = canonical({"payload": b64(payload), "signature": signature, "tree": {
                "size": len(items), "index": index, "path": [h.hex() for h in path]}})
            ciphertext = suite.encrypt(inner, kem_public(self.profile),  # type: ignore[arg-type]
                                       info=b"stap0-envelope-v1|" + canonical(header))
            envelopes.append({"header": header, "ciphertext": b64(ciphertext)})
        pushed = self.signed("POST", "/v1/envelopes", canonical({"envelopes": envelopes}))
        assert pushed.status_code == 200, pushed.text
        results = pushed.json()["results"]
        for envelope, result in zip(envelopes, results, strict=True):
            assert result["status"] == "accepted", result
            self.check_receipt(result["receipt"], envelope)
        assert {r["receipt"]["tree"]["size"] for r in results} == {len(envelopes)}  # one tree
        return headers

    def check_receipt(self, receipt: dict[str, Any], envelope: dict[str, Any]) -> None:
        """A receipt as the document says: a leaf of a Merkle tree whose root the CJG signs."""
        assert receipt["envelope_id"] == envelope["header"]["id"]
        assert receipt["device_id"] == self.device_id
        assert receipt["digest"] == hashlib.sha256(canonical(envelope)).hexdigest()
        assert receipt["key_id"] == self.key_id
        leaf = hashlib.sha256(b"\0" + b"stap0-receipt-v3\n" + canonical(
            {k: receipt[k] for k in ("envelope_id", "device_id", "status", "received_at",
                                     "digest")})).digest()
        tree = receipt["tree"]
        root = subtree_root(leaf, tree["index"], tree["size"],
                            [bytes.fromhex(h) for h in tree["path"]])
        self.cjg_key.verify(base64.b64decode(receipt["signature"]), b"stap0-receipt-tree-v3\n"
                            + canonical({"key_id": self.key_id, "root": root.hex(),
                                         "size": tree["size"]}))

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
        bsns = ["999990019", "999990032", "999990044", "999990056"]
        pseudonym = nurse.pseudonyms(bsns)
        mine, *_others = nurse.send_batch([nurse.signal_content([
            {"ref": "c", "role": "child", "pseudonym": pseudonym[bsns[0]], "parent_refs": ["m"]},
            {"ref": "m", "role": "parent", "pseudonym": pseudonym[bsns[1]], "parent_refs": []}]),
            *(nurse.signal_content([{"ref": "c", "role": "child", "pseudonym": pseudonym[b],
                                     "parent_refs": []}]) for b in bsns[2:])])
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
