"""A Merkle tree as RFC 9162 (Certificate Transparency 2.0, section 2.1) defines it: the CJG
signs one tree of a batch's receipts, and each receipt carries the path that proves its
leaf is in that tree.

* leaf hash ``SHA-256(0x00 || data)``, node hash ``SHA-256(0x01 || left || right)``;
* a tree of n > 1 leaves splits at k, the largest power of two below n: the root is the
  node of the first k leaves' tree and the rest's;
* an inclusion path lists the sibling hashes from the leaf up; verification (section
  2.1.3.2) recomputes the root from the leaf, its index, the tree size and the path.
"""

from __future__ import annotations

import hashlib

HASH_SIZE = 32


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def tree_with_paths(leaves: list[bytes]) -> tuple[bytes, list[list[bytes]]]:
    """The root of ``leaves`` (leaf hashes, at least one) and each leaf's inclusion path."""
    if not leaves:
        raise ValueError("a tree needs at least one leaf")
    paths: list[list[bytes]] = [[] for _ in leaves]

    def subtree(low: int, high: int) -> bytes:
        if high - low == 1:
            return leaves[low]
        split = low + (1 << ((high - low - 1).bit_length() - 1))
        left, right = subtree(low, split), subtree(split, high)
        for index in range(low, split):
            paths[index].append(right)
        for index in range(split, high):
            paths[index].append(left)
        return node_hash(left, right)

    return subtree(0, len(leaves)), paths


def root_from_path(leaf: bytes, index: int, size: int, path: list[bytes]) -> bytes | None:
    """The root that ``path`` leads to from ``leaf`` at ``index`` of a tree of ``size``
    leaves, or None when the path cannot belong to such a tree (its length, an index
    outside the tree, a hash that is not 32 bytes)."""
    if not 0 <= index < size or any(len(step) != HASH_SIZE for step in path):
        return None
    position, last, root = index, size - 1, leaf
    for sibling in path:
        if last == 0:
            return None
        if position & 1 or position == last:
            root = node_hash(sibling, root)
            while not position & 1 and position:
                position >>= 1
                last >>= 1
        else:
            root = node_hash(root, sibling)
        position >>= 1
        last >>= 1
    return root if last == 0 else None
