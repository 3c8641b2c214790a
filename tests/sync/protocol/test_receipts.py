"""Receipts signed a batch at a time: the Merkle tree is RFC 9162's (its published vectors),
every receipt proves on its own what it says, and nothing about a receipt can change
without its check failing — also when its tree's signature was already checked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.crypto import KemKeyPair, ProtocolError, envelope_digest, key_id
from sync.protocol.merkle import leaf_hash, root_from_path, tree_with_paths
from sync.protocol.models import Envelope, Receipt
from sync.protocol.receipts import Receipted, ReceiptVerifier, sign_receipts, verify_receipt
from tests.sync.harness import Clock, Device, envelope, signal
from tests.sync.protocol.tree_signatures import counted

# RFC 6962 / 9162 reference data (as in Certificate Transparency's own tests).
LEAVES = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243",
                                     "5051525354555657", "606162636465666768696a6b6c6d6e6f")]
ROOTS = ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
         "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
         "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
         "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
         "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
         "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
         "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
         "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"]
INCLUSION = [  # (index, size, path)
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]
CHILD = [{"ref": "c", "role": "child", "bsn": "999990019"}]


def test_the_tree_is_rfc_9162s() -> None:
    hashes = [leaf_hash(data) for data in LEAVES]
    for size in range(1, 9):
        root, paths = tree_with_paths(hashes[:size])
        assert root.hex() == ROOTS[size - 1]
        for index in range(size):
            assert root_from_path(hashes[index], index, size, paths[index]) == root
    for index, size, path in INCLUSION:
        _root, paths = tree_with_paths(hashes[:size])
        assert [step.hex() for step in paths[index]] == path
        assert root_from_path(hashes[index], index, size,
                              [bytes.fromhex(h) for h in path]).hex() == ROOTS[size - 1]


def test_a_path_leads_to_the_root_only_from_its_own_place() -> None:
    for size in range(1, 41):
        hashes = [leaf_hash(bytes([i, size])) for i in range(size)]
        root, paths = tree_with_paths(hashes)
        for index in range(size):
            path = paths[index]
            assert root_from_path(hashes[index], index, size, path) == root
            if size > 1:
                other = (index + 1) % size
                assert root_from_path(hashes[index], other, size, path) != root
                assert root_from_path(hashes[other], index, size, path) != root
                assert root_from_path(hashes[index], index, size, path[:-1]) != root
            assert root_from_path(hashes[index], index, size, [*path, root]) is None
            assert root_from_path(hashes[index], size, size, path) is None
    with pytest.raises(ValueError):
        tree_with_paths([])


@pytest.fixture
def batch() -> SimpleNamespace:
    """A CJG key, a device and five envelopes of it receipted as one tree."""
    cjg = SimpleNamespace(keys=SimpleNamespace(kem=KemKeyPair.generate()), clock=Clock())
    key = ed25519.Ed25519PrivateKey.generate()
    device = Device("a" * 32, ed25519.Ed25519PrivateKey.generate(), "T", "O")
    sent = [envelope(cjg, device, signal(CHILD, device)) for _ in range(5)]  # type: ignore[arg-type]
    made = sign_receipts(key, [
        Receipted(e.header.id, device.id, "duplicate" if i == 3 else "accepted",
                  "2026-11-28T12:00:00Z", envelope_digest(e)) for i, e in enumerate(sent)])
    return SimpleNamespace(key=key, public=key.public_key().public_bytes_raw(),
                           device=device, sent=sent, receipts=made)


def test_every_receipt_of_a_batch_proves_its_envelope_under_one_signature(
        batch: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len({r.signature for r in batch.receipts}) == 1
    assert [r.tree.index for r in batch.receipts] == [0, 1, 2, 3, 4]
    assert batch.receipts[0].key_id == key_id(batch.public)
    checked = counted(monkeypatch)
    verifier = ReceiptVerifier(batch.public, batch.device.id)
    for receipt, sent in zip(batch.receipts, batch.sent, strict=True):
        verifier.check_envelope(receipt, sent)
    assert len(checked) == 1  # the tree's signature, once for the five
    for receipt, sent in zip(batch.receipts, batch.sent, strict=True):  # each on its own
        verify_receipt(Receipt.model_validate_json(receipt.model_dump_json()), batch.public,
                       envelope=sent, device_id=batch.device.id)
    assert len(checked) == 6


def _changed(receipt: Receipt, **change: object) -> Receipt:
    return Receipt.model_validate(receipt.model_dump(mode="json") | change)


def test_nothing_in_a_receipt_changes_unnoticed(batch: SimpleNamespace) -> None:
    """Changed after signing, moved within its tree or given another's path: refused, also
    by a verifier that has already checked the tree's signature."""
    first, second = batch.receipts[0], batch.receipts[1]
    sent: Envelope = batch.sent[0]
    tree = first.tree.model_dump()
    cases = {
        "receipt_other_envelope": (first, batch.sent[1]),
        "receipt_other_device": (_changed(first, device_id="b" * 32), sent),
        "receipt_other_bytes": (_changed(first, digest=envelope_digest(batch.sent[1])), sent),
        "bad_receipt": (_changed(first, status="duplicate"), sent),
    }
    moved = {
        "another index": _changed(first, tree=tree | {"index": 1}),
        "another size": _changed(first, tree=tree | {"size": 4}),
        "another's path": _changed(first, tree=second.tree.model_dump() | {"index": 0}),
        "a path cut short": _changed(first, tree=tree | {"path": tree["path"][:-1]}),
        "another time": _changed(first, received_at="2026-11-28T12:00:01Z"),
        "another signature": _changed(first, signature=sign_receipts(batch.key, [Receipted(
            sent.header.id, batch.device.id, "accepted", "2026-11-28T12:00:00Z",
            envelope_digest(sent))])[0].signature),
    }
    verifier = ReceiptVerifier(batch.public, batch.device.id)
    verifier.check_envelope(second, batch.sent[1])  # the tree's signature is now known
    for code, (receipt, against) in cases.items():
        with pytest.raises(ProtocolError) as caught:
            verifier.check_envelope(receipt, against)
        assert caught.value.code == code
    for why, receipt in moved.items():
        with pytest.raises(ProtocolError) as caught:
            verifier.check_envelope(receipt, sent)
        assert caught.value.code == "bad_receipt", why
    stranger = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(ProtocolError) as caught:
        verify_receipt(first, stranger, envelope=sent, device_id=batch.device.id)
    assert caught.value.code == "receipt_other_key"
    impostor = ed25519.Ed25519PrivateKey.generate()
    forged = _changed(first, signature=sign_receipts(impostor, [Receipted(
        sent.header.id, batch.device.id, "accepted", "2026-11-28T12:00:00Z",
        envelope_digest(sent))])[0].signature, tree={"size": 1, "index": 0, "path": []})
    with pytest.raises(ProtocolError) as caught:
        verifier.check_envelope(forged, sent)
    assert caught.value.code == "bad_receipt"


def test_a_receipt_tree_is_bounded() -> None:
    good = {"size": 1, "index": 0, "path": []}
    base = {"envelope_id": "a" * 32, "device_id": "b" * 32, "status": "accepted",
            "received_at": "2026-11-28T12:00:00Z", "digest": "c" * 64,
            "key_id": "d" * 16, "signature": "A" * 86 + "=="}
    Receipt.model_validate(base | {"tree": good})
    for bad in ({"size": 0}, {"size": 1025}, {"index": -1}, {"path": ["e" * 64] * 11},
                {"path": ["E" * 64]}, {"extra": 1}):
        with pytest.raises(ValueError):
            Receipt.model_validate(base | {"tree": good | bad})
