"""Envelopes: a device's signed payloads, each sealed to the CJG on its own.

A laptop seals a batch at once: the batch's header-bound bytes (``crypto.signing_bytes``)
are the leaves of a tree its device key signs once (``signed_trees``), and each envelope
carries, inside its seal, the signature and its own inclusion proof — so each envelope
still opens and proves its sender on its own, and the CJG checks the signature of a batch
once. An envelope sealed with a signature of its own (without a tree, as laptops did
before) opens as well.

Signed for a tree: ``"stap0-signal-tree-v1\\n" + canonical({root, size})``.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import (
    KemKeyPair,
    b64,
    envelope_info,
    header_bytes,
    open_inner,
    seal_inner,
    signing_bytes,
    unb64,
    verify_signature,
)
from sync.protocol.models import Envelope, EnvelopeHeader, SignedPayload
from sync.protocol.signed_trees import TreeVerifier, sign_tree

TREE_CONTEXT = b"stap0-signal-tree-v1\n"


def seal_batch(items: Sequence[tuple[EnvelopeHeader, bytes]],
               device_key: ed25519.Ed25519PrivateKey, cjg_public_raw: bytes) -> list[Envelope]:
    """Each (header, payload) sealed to the CJG, all signed under one signature."""
    if not items:
        return []
    bound = [(header, header_bytes(header), payload) for header, payload in items]
    signature, proofs = sign_tree(device_key, TREE_CONTEXT,
                                  [signing_bytes(hb, payload) for _h, hb, payload in bound])
    return [Envelope(header=header, ciphertext=seal_inner(
        header.suite, cjg_public_raw, envelope_info(hb),
        SignedPayload(payload=b64(payload), signature=signature, tree=proof)))
        for (header, hb, payload), proof in zip(bound, proofs, strict=True)]


def seal(header: EnvelopeHeader, payload: bytes, device_key: ed25519.Ed25519PrivateKey,
         cjg_public_raw: bytes) -> Envelope:
    """One envelope (a batch of one)."""
    return seal_batch([(header, payload)], device_key, cjg_public_raw)[0]


def device_trees(device_public_raw: bytes) -> TreeVerifier:
    """What checks one device's batch signatures, each once (one per request at the CJG)."""
    return TreeVerifier(device_public_raw, TREE_CONTEXT, "bad_signature")


def open_envelope(envelope: Envelope, pair: KemKeyPair, device_public_raw: bytes,
                  trees: TreeVerifier | None = None) -> bytes:
    """Decrypt, check the device's signature (of the envelope, or of its batch's tree, by
    ``trees`` when given); the payload bytes, not yet parsed. ProtocolError says which
    check failed."""
    bound = header_bytes(envelope.header)
    signed = open_inner(envelope.ciphertext, envelope.header.suite, pair, envelope_info(bound))
    payload = unb64(signed.payload)
    if signed.tree is None:
        verify_signature(device_public_raw, signed.signature, signing_bytes(bound, payload),
                         "bad_signature", "not signed by this device")
    else:
        (trees or device_trees(device_public_raw)).check(
            signing_bytes(bound, payload), signed.tree, signed.signature)
    return payload
