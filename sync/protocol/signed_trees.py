"""Many statements under one Ed25519 signature: the statements are the leaves of a Merkle
tree (``merkle``, RFC 9162) and the key signs the tree's root and size once. Each
statement travels with its inclusion proof and the signature, so it still proves on its
own what it says; a verifier checks a tree's signature once for all its leaves.

The CJG signs an answer's receipts this way, a laptop a batch's envelopes.

Signed: ``context + canonical({**fields, "root": hex, "size": n})``; the leaves are the
statements' own bytes (each ``SHA-256(0x00 || bytes)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical
from sync.protocol.crypto import ProtocolError, b64, verify_signature
from sync.protocol.merkle import leaf_hash, root_from_path, tree_with_paths
from sync.protocol.models import InclusionProof


def _signed_body(context: bytes, fields: Mapping[str, object], root: bytes, size: int) -> bytes:
    return context + canonical({**fields, "root": root.hex(), "size": size})


def sign_tree(key: ed25519.Ed25519PrivateKey, context: bytes, statements: Sequence[bytes],
              fields: Mapping[str, object] | None = None) -> tuple[str, list[InclusionProof]]:
    """One signature (base64) over the tree of ``statements`` and each one's proof."""
    root, paths = tree_with_paths([leaf_hash(data) for data in statements])
    size = len(statements)
    signature = b64(key.sign(_signed_body(context, fields or {}, root, size)))
    return signature, [InclusionProof(size=size, index=index, path=[h.hex() for h in path])
                       for index, path in enumerate(paths)]


class TreeVerifier:
    """Checks statements against one public key's signed trees; each tree's signature is
    verified once. ``ProtocolError(code)`` when a statement is not in a tree the key
    signed."""

    def __init__(self, public_raw: bytes, context: bytes, code: str,
                 fields: Mapping[str, object] | None = None) -> None:
        self._public, self._context, self._code = bytes(public_raw), context, code
        self._fields = dict(fields or {})
        self._verified: set[tuple[bytes, str]] = set()

    def check(self, statement: bytes, proof: InclusionProof, signature: str) -> None:
        root = root_from_path(leaf_hash(statement), proof.index, proof.size,
                              [bytes.fromhex(step) for step in proof.path])
        if root is None:
            raise ProtocolError(self._code, "the inclusion path does not fit the tree")
        signed = (_signed_body(self._context, self._fields, root, proof.size), signature)
        if signed not in self._verified:
            verify_signature(self._public, signature, signed[0], self._code)
            self._verified.add(signed)
