"""Encrypted backup and restore; recovery through the organisation's key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stap0_desktop.storage import backup, recovery_keys
from stap0_desktop.storage.errors import (
    BackupInvalid,
    InputFileProblem,
    NoRecoverySlot,
    PassphraseTooShort,
    RecoveryFailed,
    RecoveryKeyInvalid,
    WrongPassphrase,
)
from stap0_desktop.storage.vault import Vault
from tests.builders import canary_note_bodies, note_in_new_family
from tests.conftest import FAST_KDF, NEW_PASSPHRASE, OWNER, file_bytes, secret

CANARY = "Kanarie-7f3a-backup"






def test_backup_round_trip_into_an_empty_folder(vault: Vault, tmp_path: Path) -> None:
    note_in_new_family(vault, f"{CANARY} in de notitie")
    dest = tmp_path / "backup.stap0"
    header = backup.create_backup(vault, dest)
    assert header.vault_id == vault.vault_id
    assert CANARY.encode() not in dest.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    events = vault.read_access_log()
    assert any(e.action.value == "E" and e.object_type == "vault_backup" for e in events)
    vault.close()
    target = tmp_path / "elders"
    assert backup.restore_backup(dest, target, secret()) is None
    assert len(canary_note_bodies(target, "een lange testzin voor de kluis")) == 1


def test_restore_over_a_vault_keeps_the_old_one_aside(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    note_in_new_family(vault, f"{CANARY} eerste versie")
    dest = tmp_path / "backup.stap0"
    backup.create_backup(vault, dest)
    note_in_new_family(vault, f"{CANARY} na de backup")
    vault.close()
    aside = backup.restore_backup(dest, vault_dir, secret())
    assert aside is not None and (aside / "vault.db").exists()
    assert len(canary_note_bodies(vault_dir, "een lange testzin voor de kluis")) == 1
    assert len(canary_note_bodies(aside, "een lange testzin voor de kluis")) == 2  # nothing lost


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"geen backup" + data,
        lambda data: data[:-100],
        lambda data: data[:-5000] + bytes(5000),
        lambda data: data[:40] + b"{" + data[41:],
        lambda data: data + b"extra",
    ],
)
def test_a_damaged_backup_restores_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path, damage: object
) -> None:
    note_in_new_family(vault, f"{CANARY} huidig")
    dest = tmp_path / "backup.stap0"
    backup.create_backup(vault, dest)
    vault.close()
    assert callable(damage)
    dest.write_bytes(damage(dest.read_bytes()))
    before = file_bytes(vault_dir)
    with pytest.raises(BackupInvalid):
        backup.restore_backup(dest, vault_dir, secret())
    assert file_bytes(vault_dir) == before
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted(before)  # nothing left over


def test_restore_with_the_wrong_passphrase_changes_nothing(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "backup.stap0"
    backup.create_backup(vault, dest)
    vault.close()
    before = file_bytes(vault_dir)
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(dest, vault_dir, secret("een verkeerde lange zin"))
    assert file_bytes(vault_dir) == before


def test_restore_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileProblem) as exc:
        backup.restore_backup(tmp_path / "bestaat-niet", tmp_path / "k", secret())
    assert exc.value.params["reason"] == "missing"
    assert not (tmp_path / "k").exists()


@pytest.mark.parametrize("kem", ["MLKEM768_X25519", "X25519"])
def test_recovery_sets_a_new_passphrase(make_vault: object, vault_dir: Path, tmp_path: Path,
                                        kem: recovery_keys.KemName) -> None:
    public, private = recovery_keys.generate_recovery_pair(kem, "Gemeente Demostad")
    recovery_keys.write_recovery_pair(public, private, tmp_path / "pub.json", tmp_path / "priv.json")
    assert (tmp_path / "priv.json").stat().st_mode & 0o077 == 0
    pub = recovery_keys.load_recovery_public_key(tmp_path / "pub.json")
    assert callable(make_vault)
    vault = make_vault(recovery=pub)
    note_in_new_family(vault, f"{CANARY} voor herstel")
    vault.close()
    priv = recovery_keys.load_recovery_private_key(tmp_path / "priv.json")
    with pytest.raises(PassphraseTooShort):
        Vault.recover(vault_dir, priv, secret("kort"), kdf=FAST_KDF)
    Vault.recover(vault_dir, priv, secret(NEW_PASSPHRASE), kdf=FAST_KDF).close()
    assert len(canary_note_bodies(vault_dir, NEW_PASSPHRASE)) == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret())


def test_recovery_with_another_organisations_key(make_vault: object, vault_dir: Path) -> None:
    ours, _ = recovery_keys.generate_recovery_pair()
    _, theirs = recovery_keys.generate_recovery_pair()
    assert callable(make_vault)
    make_vault(recovery=recovery_keys.RecoveryPublicKey(ours)).close()
    with pytest.raises(RecoveryFailed):
        Vault.recover(vault_dir, recovery_keys.RecoveryPrivateKey(theirs),
                      secret(NEW_PASSPHRASE), kdf=FAST_KDF)
    with Vault.open(vault_dir, secret()):  # the old passphrase still works
        pass


def test_recovery_without_a_recovery_slot(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    _, private = recovery_keys.generate_recovery_pair()
    with pytest.raises(NoRecoverySlot):
        Vault.recover(vault_dir, recovery_keys.RecoveryPrivateKey(private),
                      secret(NEW_PASSPHRASE), kdf=FAST_KDF)


def test_recovery_slot_can_be_added_later(vault: Vault, vault_dir: Path) -> None:
    public, private = recovery_keys.generate_recovery_pair("X25519")
    vault.set_recovery_key(recovery_keys.RecoveryPublicKey(public))
    vault.close()
    Vault.recover(vault_dir, recovery_keys.RecoveryPrivateKey(private), secret(NEW_PASSPHRASE),
                  kdf=FAST_KDF).close()


@pytest.mark.parametrize(
    "content",
    ["niet json", json.dumps({"type": "iets anders"}),
     json.dumps({"type": "stap0-recovery-public-key", "kem": "X25519", "x25519": "AAAA"})],
)
def test_bad_recovery_key_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "key.json"
    path.write_text(content)
    with pytest.raises(RecoveryKeyInvalid):
        recovery_keys.load_recovery_public_key(path)


def test_owner_is_kept_through_restore(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "b.stap0"
    backup.create_backup(vault, dest)
    vault.close()
    backup.restore_backup(dest, tmp_path / "nieuw", secret())
    with Vault.open(tmp_path / "nieuw", secret()) as restored:
        assert restored.owner == OWNER
