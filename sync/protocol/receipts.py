"""Receipts: the CJG's signed word that it holds an envelope (or a handover) as sent.

The CJG signs the receipts of one answer at once: each receipt is a leaf of a Merkle tree
(``merkle``) and one Ed25519 signature covers the tree's root, its size and the key's id.
A receipt carries its leaf's index and inclusion path, so it proves on its own what it
says; a laptop checks the signature of a tree once, however many of its receipts it holds.

* leaf data: ``"stap0-receipt-v3\\n" + canonical({envelope_id, device_id, status,
  received_at, digest})``;
* signed: ``"stap0-receipt-tree-v3\\n" + canonical({key_id, root (hex), size})``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, b64, envelope_digest, key_id, verify_signature
from sync.protocol.merkle import leaf_hash, root_from_path, tree_with_paths
from sync.protocol.models import Envelope, Receipt

LEAF_CONTEXT = b"stap0-receipt-v3\n"
TREE_CONTEXT = b"stap0-receipt-tree-v3\n"


class Receipted(NamedTuple):
    """What one receipt says: this envelope, from this device, held as these bytes."""

    envelope_id: str
    device_id: str
    status: str               # accepted | duplicate
    received_at: str
    digest: str

    def leaf(self) -> bytes:
        return leaf_hash(LEAF_CONTEXT + canonical(self._asdict()))


def _tree_body(key: str, root: bytes, size: int) -> bytes:
    return TREE_CONTEXT + canonical({"key_id": key, "root": root.hex(), "size": size})


def sign_receipts(receipt_key: ed25519.Ed25519PrivateKey,
                  receipted: Sequence[Receipted]) -> list[Receipt]:
    """One receipt per item, in order, all under one signature."""
    key = key_id(receipt_key.public_key().public_bytes_raw())
    root, paths = tree_with_paths([item.leaf() for item in receipted])
    signature = b64(receipt_key.sign(_tree_body(key, root, len(receipted))))
    return [Receipt.model_validate({
        **item._asdict(), "key_id": key, "signature": signature,
        "tree": {"size": len(receipted), "index": index, "path": [h.hex() for h in path]}})
        for index, (item, path) in enumerate(zip(receipted, paths, strict=True))]


class ReceiptVerifier:
    """Checks receipts for one device against the profile's receipt key; a tree's
    signature is verified once (the receipts of one answer share it)."""

    def __init__(self, receipt_public_raw: bytes, device_id: str) -> None:
        self._public = bytes(receipt_public_raw)
        self._key_id = key_id(self._public)
        self._device_id = device_id
        self._verified: set[tuple[bytes, str]] = set()

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
        leaf = Receipted(receipt.envelope_id, receipt.device_id, receipt.status,
                         receipt.received_at, receipt.digest).leaf()
        tree = receipt.tree
        root = root_from_path(leaf, tree.index, tree.size,
                              [bytes.fromhex(step) for step in tree.path])
        if root is None:
            raise ProtocolError("bad_receipt", "the inclusion path does not fit the tree")
        signed = (_tree_body(self._key_id, root, tree.size), receipt.signature)
        if signed not in self._verified:
            verify_signature(self._public, receipt.signature, signed[0], "bad_receipt")
            self._verified.add(signed)

    def check_envelope(self, receipt: Receipt, envelope: Envelope) -> None:
        self.check(receipt, envelope.header.id, envelope_digest(envelope))


def verify_receipt(receipt: Receipt, receipt_public_raw: bytes, *, envelope: Envelope,
                   device_id: str) -> None:
    """One receipt checked on its own (see ``ReceiptVerifier``)."""
    ReceiptVerifier(receipt_public_raw, device_id).check_envelope(receipt, envelope)
