"""A lost laptop dies on its own (#16): the CJG's lease is renewed at each sync and, once
past, no new signal is queued until the laptop synced again; a revoked laptop, at its next
contact, forgets its enrollment and its passphrase slot on the CJG's signed word — after
that only the organisation's recovery key opens the vault. An unsigned word changes
nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stap0_desktop.domain.signal_draft import SignalRefused
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage import recovery_keys
from stap0_desktop.storage.errors import DeviceRevoked
from stap0_desktop.storage.vault import Vault
from sync.client.errors import SyncError
from sync.protocol.canonical import utc_second
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client, queue_signals, sharing_consent, signal_family
from tests.conftest import FAST_KDF, NEW_PASSPHRASE, secret


def test_the_lease_is_renewed_at_each_sync_and_an_expired_one_stops_new_signals(
    vault: Vault, tmp_path: Path
) -> None:
    with LoopbackServer(tmp_path / "cjg") as server:
        client = enrolled_client(vault, server)
        queue_signals(vault, 1)                       # enrolled, never synced: allowed
        client.sync()
        status = OutboxService(vault).status().value
        assert status.lease_expires_at is not None
        days = (status.lease_expires_at - datetime.now(UTC)).days
        assert 28 <= days <= 30                       # the policy's default: 30 days
        assert status.idle_lock_max_minutes == 30
        lease = json.loads(OutboxService(vault).connection().value.lease_json)  # type: ignore[union-attr]
        gone = datetime.now(UTC) - timedelta(days=1)  # as if a month passed unseen
        OutboxService(vault).save_lease(json.dumps({**lease, "expires_at": utc_second(gone)}))
        assert OutboxService(vault).status().value.lease_expired(datetime.now(UTC))
        family_id, member_ids, run_id = signal_family(vault)
        signals = SignalService(vault)
        basis = signals.record_basis(sharing_consent(family_id, member_ids)).value
        assert basis.id is not None
        payload = signals.compose(run_id, basis.id).value
        with pytest.raises(SignalRefused) as refused:
            signals.queue(basis.id, payload)
        assert refused.value.code == "lease_expired"
        client.sync()                                 # back online once: a new lease
        assert not OutboxService(vault).status().value.lease_expired(datetime.now(UTC))
        assert signals.queue(basis.id, payload).value


def test_a_revoked_laptop_removes_its_passphrase_slot_and_recovery_still_opens(
    make_vault: object, vault_dir: Path, tmp_path: Path
) -> None:
    pair = recovery_keys.generate_recovery_pair("X25519", "Gemeente Demostad")
    recovery_keys.write_recovery_pair(*pair, tmp_path / "pub.json", tmp_path / "priv.json")
    private = recovery_keys.load_recovery_private_key(tmp_path / "priv.json")
    assert callable(make_vault)
    vault = make_vault(recovery=recovery_keys.load_recovery_public_key(tmp_path / "pub.json"))
    with LoopbackServer(tmp_path / "cjg") as server:
        client = enrolled_client(vault, server)
        queue_signals(vault, 1)
        assert client.sync().received == 1
        device_id = OutboxService(vault).connection().value.device_id  # type: ignore[union-attr]
        assert server.repo.revoke(device_id, utc_second(datetime.now(UTC)))
        with pytest.raises(SyncError) as ended:
            client.sync()
        assert ended.value.code == "revoked_ended"
        assert OutboxService(vault).connection().value.device_id is None  # type: ignore[union-attr]
        log = [e.object_id for e in vault.read_access_log() if e.object_type == "keyslots"]
        assert log[-1] == "revoked"
    vault.close()
    with pytest.raises(DeviceRevoked) as revoked:
        Vault.open(vault_dir, secret())
    assert revoked.value.params["revoked_at"][:10] == datetime.now(UTC).date().isoformat()
    with Vault.recover(vault_dir, private, secret(NEW_PASSPHRASE), kdf=FAST_KDF) as again:
        assert again.slots.passphrase is not None and again.slots.revoked_at is None
    Vault.open(vault_dir, secret(NEW_PASSPHRASE)).close()   # a new passphrase, a new start


def test_an_unsigned_revocation_changes_nothing(vault: Vault, vault_dir: Path,
                                                 tmp_path: Path) -> None:
    def strip_signature(app):  # type: ignore[no-untyped-def]
        async def middle(scope, receive, send):  # type: ignore[no-untyped-def]
            held: list[dict] = []

            async def sending(message):  # type: ignore[no-untyped-def]
                if message["type"] == "http.response.start":
                    held.append(message)               # sent with the (changed) body
                    return
                body = message.get("body", b"")
                if b'"revocation"' in body:
                    changed = json.loads(body)
                    changed["detail"]["revocation"]["signature"] = "A" * 86 + "=="
                    body = json.dumps(changed).encode()
                start = held.pop()
                headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                await send({**start, "headers": [*headers,
                                                 (b"content-length", str(len(body)).encode())]})
                await send({**message, "body": body})
            await app(scope, receive, sending)
        return middle

    with LoopbackServer(tmp_path / "cjg", wrap=strip_signature) as server:
        client = enrolled_client(vault, server)
        client.sync()
        device_id = OutboxService(vault).connection().value.device_id  # type: ignore[union-attr]
        assert server.repo.revoke(device_id, utc_second(datetime.now(UTC)))
        with pytest.raises(SyncError) as refused:
            client.sync()
        assert refused.value.code == "revoked"          # said, but not on the CJG's word
    assert OutboxService(vault).connection().value.device_id == device_id  # type: ignore[union-attr]
    vault.close()
    Vault.open(vault_dir, secret()).close()             # the passphrase still opens it


def test_the_cjg_sets_the_policy_and_a_laptop_takes_it_at_its_next_sync(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sync.server.cli import main as cjg

    with LoopbackServer(tmp_path / "cjg") as server:
        client = enrolled_client(vault, server)
        assert cjg(["policy", "--dir", str(tmp_path / "cjg"), "--idle-lock-max-minutes", "10",
                    "--lease-days", "7"]) == 0
        assert "at most 10 minutes; a lease of 7 days" in capsys.readouterr().out
        assert cjg(["policy", "--dir", str(tmp_path / "cjg"), "--lease-days", "900"]) != 0
        assert "1-365 days" in capsys.readouterr().err
        client.sync()
        status = OutboxService(vault).status().value
    assert status.idle_lock_max_minutes == 10
    assert status.lease_expires_at is not None
    assert 6 <= (status.lease_expires_at - datetime.now(UTC)).days <= 7
