"""A laptop signs a batch of envelopes once (a Merkle tree of their header-bound bytes):
each envelope still opens and proves its sender on its own, the CJG verifies one
signature per batch, an envelope signed on its own (as laptops did before) still opens,
and no proof opens an envelope it was not made for."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical, utc_second
from sync.protocol.crypto import (
    KemKeyPair,
    ProtocolError,
    b64,
    envelope_info,
    header_bytes,
    open_inner,
    open_signed,
    seal_inner,
    seal_signed,
    signing_bytes,
)
from sync.protocol.envelopes import device_trees, open_envelope, seal_batch
from sync.protocol.models import Envelope, EnvelopeHeader, SignedPayload, SuiteName
from tests.sync.harness import Server, signal
from tests.sync.protocol.tree_signatures import counted

CHILD = [{"ref": "c", "role": "child", "bsn": "999990019"}]


def header(device_id: str, suite: SuiteName = SuiteName.HYBRID,
           created_at: str | None = None) -> EnvelopeHeader:
    return EnvelopeHeader(id=uuid.uuid4().hex, device_id=device_id,
                          created_at=created_at or utc_second(), suite=suite)


@pytest.fixture
def batch() -> SimpleNamespace:
    cjg = KemKeyPair.generate()
    key = ed25519.Ed25519PrivateKey.generate()
    items = [(header("a" * 32), canonical({"n": n})) for n in range(5)]
    return SimpleNamespace(cjg=cjg, key=key, public=key.public_key().public_bytes_raw(),
                           items=items, sealed=seal_batch(items, key, cjg.public_raw))


def test_each_envelope_of_a_batch_opens_on_its_own_and_a_batch_is_verified_once(
        batch: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = counted(monkeypatch)
    for envelope, (_header, payload) in zip(batch.sealed, batch.items, strict=True):
        assert open_envelope(envelope, batch.cjg, batch.public) == payload
    assert len(checked) == 5                 # alone: each checks the batch's signature
    trees = device_trees(batch.public)
    for envelope in batch.sealed:
        open_envelope(envelope, batch.cjg, batch.public, trees)
    assert len(checked) == 6                 # together: once
    inner = [open_inner(e.ciphertext, e.header.suite, batch.cjg,
                        envelope_info(header_bytes(e.header))) for e in batch.sealed]
    assert len({i.signature for i in inner}) == 1
    assert [i.tree.index for i in inner if i.tree] == [0, 1, 2, 3, 4]


def _resealed(batch: SimpleNamespace, index: int, **change: object) -> Envelope:
    """Envelope ``index`` sealed again with its inner content changed (as only its sender
    could: the seal is to the CJG's key)."""
    envelope = batch.sealed[index]
    info = envelope_info(header_bytes(envelope.header))
    inner = open_inner(envelope.ciphertext, envelope.header.suite, batch.cjg, info)
    changed = SignedPayload.model_validate(inner.model_dump(mode="json") | change)
    return envelope.model_copy(update={"ciphertext": seal_inner(
        envelope.header.suite, batch.cjg.public_raw, info, changed)})


def test_no_proof_opens_an_envelope_it_was_not_made_for(batch: SimpleNamespace) -> None:
    info = envelope_info(header_bytes(batch.sealed[1].header))
    second = open_inner(batch.sealed[1].ciphertext, batch.sealed[1].header.suite, batch.cjg,
                        info)
    assert second.tree is not None
    tree = second.tree.model_dump()
    stranger = ed25519.Ed25519PrivateKey.generate()
    others = seal_batch(batch.items, stranger, batch.cjg.public_raw)
    foreign = open_inner(others[0].ciphertext, others[0].header.suite, batch.cjg,
                         envelope_info(header_bytes(others[0].header)))
    cases = {
        "another index": _resealed(batch, 0, tree=tree | {"index": 0}),
        "another envelope's path": _resealed(batch, 0, tree=tree),
        "another size": _resealed(batch, 1, tree=tree | {"size": 4}),
        "a path cut short": _resealed(batch, 1, tree=tree | {"path": tree["path"][:-1]}),
        "another payload": _resealed(batch, 1, payload=b64(canonical({"n": 9}))),
        "another device's batch": _resealed(batch, 0, signature=foreign.signature,
                                           tree=foreign.tree.model_dump() if foreign.tree
                                           else None),
    }
    trees = device_trees(batch.public)
    open_envelope(batch.sealed[2], batch.cjg, batch.public, trees)   # the tree is known now
    for why, envelope in cases.items():
        with pytest.raises(ProtocolError) as caught:
            open_envelope(envelope, batch.cjg, batch.public, trees)
        assert caught.value.code == "bad_signature", why
    moved = batch.sealed[0].model_copy(update={"header": batch.sealed[1].header})
    with pytest.raises(ProtocolError) as caught:                     # HPKE info binds it
        open_envelope(moved, batch.cjg, batch.public, trees)
    assert caught.value.code == "cannot_open"


def test_an_envelope_signed_on_its_own_still_opens(batch: SimpleNamespace) -> None:
    """Envelopes a laptop sealed before batches were signed at once wait in its outbox
    and are sent again byte for byte."""
    head, payload = header("a" * 32), canonical({"n": 1})
    bound = header_bytes(head)
    old = Envelope(header=head, ciphertext=seal_signed(
        head.suite, batch.cjg.public_raw, envelope_info(bound), signing_bytes(bound, payload),
        payload, batch.key))
    assert open_envelope(old, batch.cjg, batch.public, device_trees(batch.public)) == payload
    stranger = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(ProtocolError) as caught:
        open_envelope(old, batch.cjg, stranger)
    assert caught.value.code == "bad_signature"


def test_a_tree_is_refused_where_one_signature_is_due(batch: SimpleNamespace) -> None:
    """Handover packages are signed one by one: a batch signature does not open them."""
    envelope = batch.sealed[0]
    info = envelope_info(header_bytes(envelope.header))
    with pytest.raises(ProtocolError) as caught:
        open_signed(envelope.ciphertext, envelope.header.suite, batch.cjg, info,
                    lambda payload: signing_bytes(header_bytes(envelope.header), payload),
                    batch.public)
    assert caught.value.code == "bad_inner"


def test_the_inbox_verifies_a_batchs_signature_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = Server(tmp_path)
    device = server.enroll()
    made = utc_second(datetime.fromtimestamp(server.clock(), UTC))
    items = [(header(device.id, server.keys.kem.suite, made),
              canonical(signal(CHILD, device).model_dump(mode="json"))) for _ in range(6)]
    sealed = seal_batch(items, device.key, server.keys.kem.public_raw)
    checked = counted(monkeypatch)
    answer = server.push(device, *sealed)
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * 6
    assert len(checked) == 1
