"""The CJG changes its connection profile — a kaart key added, the receipt key rotated —
and every laptop takes the new one at its next sync, signed by the key it already trusts,
without re-enrolling. A link in the chain that does not verify is not taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from stap0_desktop.services.kaart import KaartService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.protocol.crypto import sign_profile, unb64
from sync.protocol.models import ConnectionProfile, Envelope, ProfileChain, Receipt
from sync.protocol.receipts import verify_receipt
from sync.server.cli import main as cjg
from sync.server.keys import RECEIPT_FILE, STAGED_RECEIPT, load_keys
from sync.server.loopback import LoopbackServer
from sync.server.profile_chain import CHAIN_FILE
from tests.builders import DEMO_KAART, enrolled_client, queue_signals


def _held(vault: Vault) -> tuple[ConnectionProfile, str | None]:
    connection = OutboxService(vault).connection().value
    assert connection is not None
    return ConnectionProfile.model_validate_json(connection.profile_json), connection.device_id


def test_a_kaart_key_added_later_reaches_the_enrolled_laptop(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAP0_KAART_PASSPHRASE", "kaartsleutel van de proef")
    with LoopbackServer(tmp_path / "cjg") as server:
        enrolled_client(vault, server)
        client = SyncClient(OutboxService(vault), kaart=KaartService(vault))
        before, device = _held(vault)
        assert before.kaart_public_key is None
        key = tmp_path / "kaart.key"
        assert cjg(["kaart", "keygen", "--dir", str(server.folder), "--out", str(key)]) == 0
        assert cjg(["kaart", "publish", "--dir", str(server.folder), str(DEMO_KAART),
                    "--key", str(key)]) == 0
        summary = client.sync()
        after, same_device = _held(vault)
        assert after.kaart_public_key is not None and same_device == device
        assert summary.kaart_version == 1                       # in the same round
        assert KaartService(vault).count().value == 20


def test_a_rotated_receipt_key_is_taken_and_receipts_verify(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cjg"
    with LoopbackServer(folder) as server:
        client = enrolled_client(vault, server)
        ids = queue_signals(vault, 1)
        assert client.sync().received == 1
        old_key = load_keys(folder).receipt.public_key().public_bytes_raw()
    capsys.readouterr()
    assert cjg(["rotate-receipt-key", "--dir", str(folder)]) == 0
    assert "New receipt key" in capsys.readouterr().out
    assert load_keys(folder).receipt.public_key().public_bytes_raw() != old_key
    pseudonymiser = tmp_path / "cjg-pseudonymiser"       # the other party is told
    assert cjg(["pseudonymiser", "follow", "--dir", str(pseudonymiser),
                str(folder / CHAIN_FILE)]) == 0
    assert "now trusts the CJG's new key" in capsys.readouterr().out
    with LoopbackServer(folder) as server:                      # serve restarted
        ids += queue_signals(vault, 2)
        summary = client.sync()
        assert summary.received == 2 and summary.unverified == 0, summary
        held, _device = _held(vault)
        profile = ConnectionProfile.model_validate_json(server.profile_path.read_text())
        assert held.receipt_public_key == profile.receipt_public_key
        new_key = unb64(profile.receipt_public_key)
        for envelope_id in ids[1:]:                   # the new receipts, by the new key
            receipt, sealed = vault.db.conn.execute(
                "SELECT receipt, sealed FROM outbox WHERE id = ?", (envelope_id,)).fetchone()
            verify_receipt(Receipt.model_validate_json(receipt), new_key,
                           envelope=Envelope.model_validate_json(sealed),
                           device_id=str(_device))
        assert sorted(e.id for e in server.repo.inbox()) == sorted(ids)   # each once
        assert cjg(["fingerprint", "--dir", str(folder)]) == 0
        printed = capsys.readouterr().out.split()
        assert len(printed) == 4 and all(len(part) == 4 for part in printed)


def test_a_forged_link_is_not_taken(vault: Vault, tmp_path: Path) -> None:
    with LoopbackServer(tmp_path / "cjg") as server:
        client = enrolled_client(vault, server)
        held, _device = _held(vault)
        stranger = ed25519.Ed25519PrivateKey.generate()
        moved = held.model_copy(update={"server_url": "https://elders.example:8443"})
        forged = sign_profile(stranger, moved).model_copy(
            update={"signed_by": sign_profile(server.keys.receipt, moved).signed_by})
        path = server.folder / CHAIN_FILE
        chain = ProfileChain.model_validate_json(path.read_bytes()) if path.exists() else (
            ProfileChain())
        path.write_text(ProfileChain(updates=[*chain.updates, forged]).model_dump_json())
        client.sync()
        assert _held(vault)[0] == held                          # kept as it was
        assert OutboxService(vault).status().value.last_error == "bad_profile_update"


def test_a_rotation_stopped_half_way_is_finished_or_undone(tmp_path: Path) -> None:
    from sync.protocol.crypto import b64
    from sync.server.profile_chain import write_profile

    folder = tmp_path / "cjg"
    assert cjg(["init", "--dir", str(folder)]) == 0
    original = (folder / RECEIPT_FILE).read_text()
    staged = ed25519.Ed25519PrivateKey.generate()
    (folder / STAGED_RECEIPT).write_text(b64(staged.private_bytes_raw()))
    load_keys(folder)                    # stopped before the profile: the staged key goes
    assert not (folder / STAGED_RECEIPT).exists()
    assert (folder / RECEIPT_FILE).read_text() == original
    old = load_keys(folder).receipt
    (folder / STAGED_RECEIPT).write_text(b64(staged.private_bytes_raw()))
    profile = ConnectionProfile.model_validate_json(
        (folder / "connection-profile.json").read_bytes())
    write_profile(folder, profile.model_copy(update={
        "receipt_public_key": b64(staged.public_key().public_bytes_raw())}), old)
    # stopped after the new profile, before the key's rename: the next start finishes it
    assert load_keys(folder).receipt.private_bytes_raw() == staged.private_bytes_raw()
    assert not (folder / STAGED_RECEIPT).exists()
