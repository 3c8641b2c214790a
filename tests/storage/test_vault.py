"""The vault: keys, pinned settings, opening faults. Each fault leaves the files untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from stap0_desktop.storage import keyslots
from stap0_desktop.storage.connection import PINNED, read_pinned
from stap0_desktop.storage.errors import (
    KeySlotsDamaged,
    KeySlotsMissing,
    NotAVault,
    PassphraseTooShort,
    VaultAlreadyExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from tests.conftest import (
    FAST_KDF,
    NEW_PASSPHRASE,
    OWNER,
    PASSPHRASE,
    REPO,
    child_env,
    file_bytes,
    secret,
)


def test_create_close_and_open_again(vault: Vault, vault_dir: Path) -> None:
    assert vault.owner == OWNER
    vault.close()
    assert not vault.is_open
    with Vault.open(vault_dir, secret()) as again:
        assert again.vault_id == vault.vault_id
        assert again.owner.name == "Tess Verpleeg"


def test_every_connection_has_the_pinned_settings(vault: Vault, vault_dir: Path) -> None:
    assert read_pinned(vault.db.conn) == PINNED
    vault.close()
    with Vault.open(vault_dir, secret()) as again:
        assert read_pinned(again.db.conn) == PINNED


def test_database_is_keyed_with_a_random_raw_key_not_the_passphrase(
    vault: Vault, vault_dir: Path
) -> None:
    vault.close()
    header = (vault_dir / "vault.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    conn = sqlcipher3.connect(str(vault_dir / "vault.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = 'een lange testzin voor de kluis'")  # the passphrase itself
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_key_is_wiped_on_close(vault: Vault) -> None:
    key_buffer = vault._key._buf  # the very bytearray the vault held
    vault.close()
    assert len(key_buffer) == 0


def test_wipe_zeroes_the_buffer_in_place() -> None:
    buf = bytearray(b"geheim-geheim")
    view = memoryview(buf)  # a live view: the buffer cannot shrink, but must be zeroed
    held = SecretBytes(buf)
    held.wipe()
    assert bytes(view) == bytes(13)
    assert held.wiped
    with pytest.raises(ValueError):
        _ = held.buffer
    view.release()
    other = bytearray(b"nog een geheim")
    SecretBytes(other).wipe()
    assert other == bytearray()


def test_raw_key_literal_is_sqlciphers_hex_form() -> None:
    key = SecretBytes(bytearray(range(32)))
    with key.raw_key_literal() as literal:
        assert bytes(literal.buffer) == b"x'" + bytes(range(32)).hex().encode() + b"'"


def test_short_passphrase_is_refused_and_nothing_is_created(vault_dir: Path) -> None:
    with pytest.raises(PassphraseTooShort) as exc:
        Vault.create(vault_dir, secret("kort"), OWNER, kdf=FAST_KDF)
    assert exc.value.params["minimum"] == 12
    assert not (vault_dir / "vault.db").exists()


def test_twelve_characters_counted_as_characters_not_bytes(vault_dir: Path) -> None:
    with pytest.raises(PassphraseTooShort):
        Vault.create(vault_dir, secret("ëëëëëëëëëëë"), OWNER, kdf=FAST_KDF)  # 11 chars, 22 bytes


def test_create_refuses_an_existing_vault(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = file_bytes(vault_dir)
    with pytest.raises(VaultAlreadyExists):
        Vault.create(vault_dir, secret(), OWNER, kdf=FAST_KDF)
    assert file_bytes(vault_dir) == before


def test_wrong_passphrase_leaves_every_file_byte_for_byte(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    before = file_bytes(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret("dit is niet de goede zin"))
    assert file_bytes(vault_dir) == before


def test_open_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nergens", secret())


def test_missing_key_slot_file(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    (vault_dir / "keyslots.json").unlink()
    with pytest.raises(KeySlotsMissing):
        Vault.open(vault_dir, secret())


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda text: text[: len(text) // 2], "(file)"),
        (lambda text: json.dumps({**json.loads(text), "vault_id": "xyz"}), "vault_id"),
        (
            lambda text: json.dumps({**json.loads(text), "passphrase": {
                **json.loads(text)["passphrase"], "salt": "!!!"}}),
            "passphrase.salt",
        ),
        (lambda text: "\udcff", "(file)"),
    ],
)
def test_damaged_key_slot_file_names_the_field(
    vault: Vault, vault_dir: Path, damage: object, field: str
) -> None:
    vault.close()
    slots = vault_dir / "keyslots.json"
    assert callable(damage)
    slots.write_bytes(damage(slots.read_text()).encode("utf-8", "surrogateescape"))
    before = file_bytes(vault_dir)
    with pytest.raises(KeySlotsDamaged) as exc:
        Vault.open(vault_dir, secret())
    assert exc.value.params["field"] == field
    assert file_bytes(vault_dir) == before


def test_weakened_kdf_parameters_make_the_slot_fail(vault: Vault, vault_dir: Path) -> None:
    """Parameters are bound to the slot: lowering them does not open the vault."""
    vault.close()
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    data["passphrase"]["params"]["memory_kib"] = 16 * 1024
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret())


def test_a_file_that_is_no_database(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    (vault_dir / "vault.db").write_bytes(b"Dit is een boodschappenlijst, geen database.\n" * 100)
    for extra in ("vault.db-wal", "vault.db-shm"):
        (vault_dir / extra).unlink(missing_ok=True)
    before = file_bytes(vault_dir)
    with pytest.raises(NotAVault):
        Vault.open(vault_dir, secret())
    assert file_bytes(vault_dir) == before


def test_database_of_another_vault_is_refused(tmp_path: Path) -> None:
    first = Vault.create(tmp_path / "a", secret(), OWNER, kdf=FAST_KDF)
    second = Vault.create(tmp_path / "b", secret(), OWNER, kdf=FAST_KDF)
    first.close()
    second.close()
    (tmp_path / "a" / "keyslots.json").write_bytes((tmp_path / "b" / "keyslots.json").read_bytes())
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "a", secret())


def test_second_process_on_the_same_folder_is_told_who_holds_it(
    vault: Vault, vault_dir: Path
) -> None:
    vault.close()
    child = subprocess.Popen(
        [sys.executable, str(REPO / "tests/helpers/hold_vault.py"), str(vault_dir), PASSPHRASE],
        stdout=subprocess.PIPE, text=True, env=child_env(),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse) as exc:
            Vault.open(vault_dir, secret())
        assert exc.value.params["pid"] == str(child.pid)
    finally:
        child.kill()
        child.wait()
    with Vault.open(vault_dir, secret()):  # the lock died with its holder
        pass


def test_same_process_cannot_open_twice(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(vault_dir, secret())


def test_change_passphrase_rewrites_only_the_slots(vault: Vault, vault_dir: Path) -> None:
    salt_before = (vault_dir / "vault.db").read_bytes()[:16]
    with vault.data_key_copy() as key:
        key_before = bytes(key.buffer)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(secret("niet de huidige zin hoor"), secret(NEW_PASSPHRASE))
    with pytest.raises(PassphraseTooShort):
        vault.change_passphrase(secret(), secret("te kort"))
    vault.change_passphrase(secret(), secret(NEW_PASSPHRASE))
    vault.close()
    assert (vault_dir / "vault.db").read_bytes()[:16] == salt_before  # not re-encrypted
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, secret())
    with Vault.open(vault_dir, secret(NEW_PASSPHRASE)) as again, again.data_key_copy() as key:
        assert bytes(key.buffer) == key_before


def test_slot_file_write_failure_keeps_the_old_passphrase(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sync.protocol.files.os.replace", crash)
    with pytest.raises(OSError):
        vault.change_passphrase(secret(), secret(NEW_PASSPHRASE))
    monkeypatch.undo()
    vault.close()
    assert [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")] == []
    with Vault.open(vault_dir, secret()):
        pass


def test_calibration_only_adds_to_the_floor() -> None:
    """However busy the computer is while a vault is made (here: a target no derivation
    can meet), the vault gets at least 64 MiB and three passes (RFC 9106, option 2)."""
    hurried = keyslots.calibrate_argon2(target_seconds=0.001, memory_kib=8 * 1024)
    assert (hurried.memory_kib, hurried.iterations) == (64 * 1024, 3)
    slow = keyslots.calibrate_argon2(target_seconds=1.0)
    assert slow.iterations >= hurried.iterations and slow.memory_kib == 64 * 1024


def test_files_are_readable_by_the_owner_only(vault: Vault, vault_dir: Path) -> None:
    from stap0_desktop.domain.models import Family
    from stap0_desktop.services.caseload import CaseloadService

    CaseloadService(vault).create_family(Family(name="Gezin Meijer"))
    for path in vault_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_the_program_cannot_dump_its_memory(tmp_path: Path) -> None:
    """RLIMIT_CORE 0 and not dumpable, in the process that runs ``stap0``."""
    import subprocess
    import sys

    from tests.conftest import child_env

    probe = ("import resource, sys\n"
             "from stap0_desktop.config.process_guard import forbid_core_dumps, is_dumpable\n"
             "applied = forbid_core_dumps()\n"
             "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), applied)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=child_env(), timeout=60, check=True)
    assert result.stdout.strip() == "(0, 0) False ['rlimit_core', 'not_dumpable']"
