"""An envelope's canonical bytes (what its digest and a receipt are over) are made
without encoding its ciphertext again: they must equal the protocol's canonical JSON."""

from __future__ import annotations

import json
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical, sha256_hex
from sync.protocol.crypto import KemKeyPair, envelope_bytes, envelope_digest
from sync.protocol.envelopes import seal
from sync.protocol.models import EnvelopeHeader, SuiteName


@pytest.mark.parametrize("suite", list(SuiteName))
@pytest.mark.parametrize("kind", ["signal", "withdrawal", "coordination"])
def test_envelope_bytes_are_its_canonical_json(suite: SuiteName, kind: str) -> None:
    pair = KemKeyPair.generate(suite)
    key = ed25519.Ed25519PrivateKey.generate()
    for size in (0, 1, 2, 3, 700):
        header = EnvelopeHeader.model_validate({
            "id": uuid.uuid4().hex, "device_id": uuid.uuid4().hex,
            "created_at": "2026-12-07T09:30:00Z", "suite": suite.value, "kind": kind})
        sealed = seal(header, bytes(range(256))[:size % 256] * (size // 256 + 1), key,
                      pair.public_raw)
        expected = canonical(sealed.model_dump(mode="json"))
        assert envelope_bytes(sealed) == expected
        assert json.loads(expected) == sealed.model_dump(mode="json")
        assert envelope_digest(sealed) == sha256_hex(expected)
