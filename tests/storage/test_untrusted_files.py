"""Files that are not what they claim: a damaged backup header, Argon2 parameters no slot
should ask for, a passphrase in another Unicode form, a lock file deleted under a holder,
a key pair on a full disk."""

from __future__ import annotations

import hashlib
import json
import time
import unicodedata
from pathlib import Path

import pytest

from stap0_desktop.i18n.messages import describe
from stap0_desktop.storage import backup, keyslots, recovery_keys
from stap0_desktop.storage.errors import BackupInvalid, KeySlotsDamaged, VaultInUse
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from tests.builders import fill_disk
from tests.conftest import FAST_KDF, OWNER, file_bytes, secret

PASSPHRASE_WITH_ACCENT = "één lange zin over de crèche"


def _rewrite_header(path: Path, change: object, *, fix_checksum: bool) -> None:
    data = path.read_bytes()
    start = len(backup.MAGIC)
    length = int.from_bytes(data[start:start + 4], "big")
    header = json.loads(data[start + 4:start + 4 + length])
    assert callable(change)
    change(header)
    new = json.dumps(header).encode()
    checksum = hashlib.sha256(new).digest() if fix_checksum else data[
        start + 4 + length:start + 4 + length + 32]
    path.write_bytes(data[:start] + len(new).to_bytes(4, "big") + new + checksum
                     + data[start + 4 + length + 32:])


def test_a_damaged_backup_header_is_called_damaged_not_a_wrong_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    dest = tmp_path / "b.stap0"
    backup.create_backup(vault, dest)

    def flip_salt(header: dict) -> None:  # type: ignore[type-arg]
        salt = header["keyslots"]["passphrase"]["salt"]
        header["keyslots"]["passphrase"]["salt"] = ("A" if salt[0] != "A" else "B") + salt[1:]

    _rewrite_header(dest, flip_salt, fix_checksum=False)
    with pytest.raises(BackupInvalid) as exc:
        backup.restore_backup(dest, tmp_path / "nieuw", secret())
    assert exc.value.params["reason"] == "header_damaged"
    assert "damaged" in describe(exc.value) and "passphrase" not in describe(exc.value)
    assert not (tmp_path / "nieuw" / "vault.db").exists()


def test_a_backup_header_cannot_demand_a_huge_kdf(vault: Vault, tmp_path: Path) -> None:
    dest = tmp_path / "b.stap0"
    backup.create_backup(vault, dest)

    def greedy(header: dict) -> None:  # type: ignore[type-arg]
        header["keyslots"]["passphrase"]["params"] = {
            "memory_kib": 4 * 1024 * 1024, "iterations": 64, "lanes": 1}

    _rewrite_header(dest, greedy, fix_checksum=True)  # a deliberate change, checksum redone
    started = time.monotonic()
    with pytest.raises(BackupInvalid):
        backup.restore_backup(dest, tmp_path / "nieuw", secret())
    assert time.monotonic() - started < 5  # refused before any derivation


@pytest.mark.parametrize("params", [
    {"memory_kib": 4 * 1024 * 1024, "iterations": 2, "lanes": 1},
    {"memory_kib": 64 * 1024, "iterations": 64, "lanes": 1},
])
def test_a_key_slot_file_cannot_demand_a_huge_kdf(
    vault: Vault, vault_dir: Path, params: dict[str, int]
) -> None:
    vault.close()
    slots = json.loads((vault_dir / "keyslots.json").read_text())
    slots["passphrase"]["params"] = params
    (vault_dir / "keyslots.json").write_text(json.dumps(slots))
    before = file_bytes(vault_dir)
    with pytest.raises(KeySlotsDamaged) as exc:
        Vault.open(vault_dir, secret())
    assert exc.value.params["field"].startswith("passphrase.params")
    assert file_bytes(vault_dir) == before


def test_calibration_stays_within_what_a_file_may_ask() -> None:
    params = keyslots.calibrate_argon2(target_seconds=30.0, memory_kib=8 * 1024)
    assert params.iterations <= keyslots.MAX_ITERATIONS


def test_a_passphrase_opens_whichever_unicode_form_it_is_typed_in(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", PASSPHRASE_WITH_ACCENT)
    nfc = unicodedata.normalize("NFC", PASSPHRASE_WITH_ACCENT)
    assert nfd != nfc
    Vault.create(tmp_path / "k", SecretBytes.from_text(nfd), OWNER, kdf=FAST_KDF).close()
    Vault.open(tmp_path / "k", SecretBytes.from_text(nfc)).close()
    Vault.open(tmp_path / "k", SecretBytes.from_text(nfd)).close()


def test_a_slot_made_before_nfc_still_opens_and_is_rewritten(tmp_path: Path) -> None:
    """A slot from before normalisation, made from the decomposed bytes as typed."""
    nfd = unicodedata.normalize("NFD", PASSPHRASE_WITH_ACCENT)
    folder = tmp_path / "oud"
    Vault.create(folder, secret(), OWNER, kdf=FAST_KDF).close()
    with Vault.open(folder, secret()) as vault, vault.data_key_copy() as key:
        legacy = keyslots.wrap_with_passphrase(
            key, SecretBytes(bytearray(nfd.encode())), FAST_KDF, vault.vault_id)
        legacy = legacy.model_copy(update={"text_form": None})
        keyslots.write_slot_file(folder / "keyslots.json", vault.slots.with_passphrase(legacy))
    with Vault.open(folder, SecretBytes.from_text(nfd)) as vault:
        assert vault.slots.passphrase.text_form == "nfc"
    assert keyslots.read_slot_file(folder / "keyslots.json").passphrase.text_form == "nfc"
    Vault.open(folder, SecretBytes.from_text(PASSPHRASE_WITH_ACCENT)).close()


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(
    vault: Vault, vault_dir: Path
) -> None:
    (vault_dir / "stap0.lock").unlink()
    with pytest.raises(VaultInUse):
        Vault.open(vault_dir, secret())
    vault.close()
    Vault.open(vault_dir, secret()).close()


@pytest.mark.needs_root
def test_recovery_keygen_on_a_full_disk_writes_both_or_neither(small_disk: Path) -> None:
    filler = fill_disk(small_disk)
    pair = recovery_keys.generate_recovery_pair("MLKEM768_X25519", "Gemeente Demostad")
    refused = 0
    for keep in range(0, 4 * 4096, 2048):  # free a little more room each round
        with open(filler, "r+b") as handle:
            handle.truncate(max(filler.stat().st_size - keep, 0))
        public, private = small_disk / "pub.json", small_disk / "priv.json"
        try:
            recovery_keys.write_recovery_pair(*pair, public, private)
        except OSError:
            assert not public.exists() and not private.exists()
            assert [p.name for p in small_disk.iterdir()] == ["vol"]
            refused += 1
            continue
        assert public.exists() and private.exists()
        assert refused >= 2  # a full disk, then room for only the first of the two
        return
    pytest.fail("the pair never fitted")
