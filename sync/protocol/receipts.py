"""Receipts: the CJG's signed word that it holds an envelope (or a handover) as sent.

The CJG signs the receipts of one answer at once (``signed_trees``): each receipt is a
leaf of a Merkle tree and one Ed25519 signature covers the tree's root, its size and the
key's id. A receipt carries its leaf's index and inclusion path, so it proves on its own
what it says; a laptop checks the signature of a tree once, however many it holds.

* leaf data: ``"stap0-receipt-v3\\n" + canonical({envelope_id, device_id, status,
  received_at, digest})``;
* signed: ``"stap0-receipt-tree-v3\\n" + canonical({key_id, root (hex), size})``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, envelope_digest, key_id
from sync.protocol.models import Envelope, Receipt
from sync.protocol.signed_trees import TreeVerifier, sign_tree

LEAF_CONTEXT = b"stap0-receipt-v3\n"
TREE_CONTEXT = b"stap0-receipt-tree-v3\n"


class Receipted(NamedTuple):
    """What one receipt says: this envelope, from this device, held as these bytes."""

    envelope_id: str
    device_id: str
    status: str               # accepted | duplicate
    received_at: str
    digest: str

    def statement(self) -> bytes:
        return LEAF_CONTEXT + canonical(self._asdict())


def sign_receipts(receipt_key: ed25519.Ed25519PrivateKey,
                  receipted: Sequence[Receipted]) -> list[Receipt]:
    """One receipt per item, in order, all under one signature."""
    key = key_id(receipt_key.public_key().public_bytes_raw())
    signature, proofs = sign_tree(receipt_key, TREE_CONTEXT,
                                  [item.statement() for item in receipted], {"key_id": key})
    return [Receipt(**item._asdict(), key_id=key, tree=proof, signature=signature)
            for item, proof in zip(receipted, proofs, strict=True)]


class ReceiptVerifier:
    """Checks receipts for one device against the profile's receipt key; a tree's
    signature is verified once (the receipts of one answer share it)."""

    def __init__(self, receipt_public_raw: bytes, device_id: str) -> None:
        self._key_id = key_id(bytes(receipt_public_raw))
        self._device_id = device_id
        self._trees = TreeVerifier(receipt_public_raw, TREE_CONTEXT, "bad_receipt",
                                   {"key_id": self._key_id})

    def check(self, receipt: Receipt, envelope_id: str, digest: str) -> None:
        """ProtocolError unless ``receipt`` is the CJG's for exactly these bytes (their
        digest) under this id, from this device, by the profile's key."""
        if receipt.envelope_id != envelope_id:
            raise ProtocolError("receipt_other_envelope")
        if receipt.device_id != self._device_id:
            raise ProtocolError("receipt_other_device")
        if receipt.key_id != self._key_id:
            raise ProtocolError("receipt_other_key")
        if receipt.digest != digest:
            raise ProtocolError("receipt_other_bytes", "the digest is not of the bytes sent")
        self._trees.check(Receipted(receipt.envelope_id, receipt.device_id, receipt.status,
                                    receipt.received_at, receipt.digest).statement(),
                          receipt.tree, receipt.signature)

    def check_envelope(self, receipt: Receipt, envelope: Envelope) -> None:
        self.check(receipt, envelope.header.id, envelope_digest(envelope))


def verify_receipt(receipt: Receipt, receipt_public_raw: bytes, *, envelope: Envelope,
                   device_id: str) -> None:
    """One receipt checked on its own (see ``ReceiptVerifier``)."""
    ReceiptVerifier(receipt_public_raw, device_id).check_envelope(receipt, envelope)
