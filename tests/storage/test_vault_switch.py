"""Init and restore switch a whole vault in: a kill after any rename leaves the old vault or
the new one, never neither; interrupted work leaves nothing that lingers; a backup can
never be aimed at the vault it copies; an open that fails writes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from stap0_desktop.i18n.messages import describe
from stap0_desktop.storage import backup
from stap0_desktop.storage.errors import DestinationInVault, NotAVault, VaultAlreadyExists
from stap0_desktop.storage.layout import VaultPaths
from stap0_desktop.storage.vault import Vault
from tests.builders import canary_note_bodies, killed_at_rename, note_in_new_family
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE, REPO, secret

pytestmark = pytest.mark.system

HELPER = str(REPO / "tests/helpers/kill_at_rename.py")




def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != "stap0.lock"}


@pytest.fixture
def old_and_backup(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A vault holding "oud" and a backup holding "nieuw" (of the same vault)."""
    note_in_new_family(vault, "Kanarie nieuw")
    dest = tmp_path / "backup.stap0"
    backup.create_backup(vault, dest)
    note_in_new_family(vault, "Kanarie oud-erbij")
    vault.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(vault_dir, pristine)
    return pristine, dest


def test_restore_killed_after_every_rename_leaves_old_or_new(
    old_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    pristine, dest = old_and_backup
    whole = tmp_path / "whole"
    shutil.copytree(pristine, whole)
    done = killed_at_rename("restore", str(whole), str(dest), PASSPHRASE, "0")
    assert done.returncode == 0, done.stderr
    renames = int(done.stdout)
    assert renames >= 5  # staged slots, journal, vault files aside, slots, database
    outcomes = set()
    for k in range(1, renames + 1):
        folder = tmp_path / f"k{k}"
        shutil.copytree(pristine, folder)
        killed = killed_at_rename("restore", str(folder), str(dest), PASSPHRASE, str(k))
        assert killed.returncode == -9, (k, killed.stderr)
        assert VaultPaths(folder).exists()
        with Vault.open(folder, secret()) as vault:
            assert vault.check().ok
            finished = vault.housekeeping.finished_switch
        bodies = canary_note_bodies(folder, PASSPHRASE)
        assert len(bodies) in (1, 2), k  # the backup's one note, or the old vault's two
        outcomes.add(len(bodies))
        assert (finished == "restore") == (len(bodies) == 1), k
        leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")]
        assert leftovers == [], (k, leftovers)
    assert outcomes == {1, 2}


def test_init_killed_after_every_rename_is_all_or_nothing(tmp_path: Path) -> None:
    done = killed_at_rename("init", str(tmp_path / "whole"), PASSPHRASE, "0")
    assert done.returncode == 0, done.stderr
    for k in range(1, int(done.stdout) + 1):
        folder = tmp_path / f"k{k}"
        killed = killed_at_rename("init", str(folder), PASSPHRASE, str(k))
        assert killed.returncode == -9
        if VaultPaths(folder).exists():
            with Vault.open(folder, secret()) as vault:
                assert vault.check().ok
        else:
            Vault.create(folder, secret(), OWNER, kdf=FAST_KDF).close()  # init still works
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_a_killed_backup_leaves_nothing_after_the_next_open(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    note_in_new_family(vault, "Kanarie")
    vault.close()
    out = tmp_path / "uit"
    out.mkdir()
    killed = killed_at_rename("backup", str(vault_dir), PASSPHRASE, str(out / "b.stap0"), "99")
    assert killed.returncode == -9
    assert [p.name for p in out.iterdir()] != []  # the half-written output is there
    assert any(p.name.startswith(".backup.") for p in vault_dir.iterdir())
    with Vault.open(vault_dir, secret()) as reopened:
        assert reopened.housekeeping.stale_removed >= 2
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in vault_dir.iterdir()) == ["keyslots.json", "vault.db"]


def test_leftovers_of_older_versions_are_removed_and_counted(
    vault: Vault, vault_dir: Path
) -> None:
    vault.close()
    for name in (".vault.db.0123456789ab.restore", ".keyslots.json.0123456789ab.tmp",
                 ".vault.db.0123456789ab.staged"):
        (vault_dir / name).write_bytes(b"x" * 1000)
    keep = vault_dir / "mijn-notitie.txt"  # not ours: never touched
    keep.write_text("blijft")
    with Vault.open(vault_dir, secret()) as reopened:
        assert reopened.housekeeping.stale_removed == 3
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "keyslots.json", "mijn-notitie.txt", "vault.db"]


@pytest.mark.parametrize("name", ["vault.db", "keyslots.json", "sub/backup.stap0", "."])
def test_a_backup_into_the_vault_folder_is_refused(
    vault: Vault, vault_dir: Path, name: str
) -> None:
    note_in_new_family(vault, "Kanarie")
    (vault_dir / "sub").mkdir()
    before = _hashes(vault_dir)
    with pytest.raises(DestinationInVault) as exc:
        backup.create_backup(vault, vault_dir / name)
    assert "inside the vault's own data folder" in describe(exc.value)
    assert _hashes(vault_dir) == before
    vault.close()
    assert len(canary_note_bodies(vault_dir, PASSPHRASE)) == 1


def test_a_backup_through_a_link_into_the_vault_folder_is_refused(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "link").symlink_to(vault_dir / "vault.db")
    os.link(vault_dir / "keyslots.json", tmp_path / "hard")
    for dest in (tmp_path / "link", tmp_path / "hard"):
        with pytest.raises(DestinationInVault):
            backup.create_backup(vault, dest)


def test_an_open_that_fails_writes_nothing(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The vault file replaced by a backup (what "backup vault.db" used to do) while its
    WAL holds commits, as a crash leaves it: the open is refused and no file changes —
    the WAL is not checkpointed into the stranger, nor truncated."""
    note_in_new_family(vault, "Kanarie in de WAL")
    backup_file = tmp_path / "b.stap0"
    backup.create_backup(vault, backup_file)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json"):
        shutil.copy2(vault_dir / name, crashed / name)
    vault.close()
    assert (crashed / "vault.db-wal").stat().st_size > 0
    shutil.copy2(backup_file, crashed / "vault.db")
    before = _hashes(crashed)
    with pytest.raises(NotAVault):
        Vault.open(crashed, secret())
    assert _hashes(crashed) == before


def test_init_over_an_interrupted_restore_is_refused(
    old_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    pristine, dest = old_and_backup
    folder = tmp_path / "half"
    shutil.copytree(pristine, folder)
    killed = killed_at_rename("restore", str(folder), str(dest), PASSPHRASE, "3")  # vault.db aside
    assert killed.returncode == -9
    assert not (folder / "vault.db").exists()
    with pytest.raises(VaultAlreadyExists):
        Vault.create(folder, secret(), OWNER, kdf=FAST_KDF)
    with Vault.open(folder, secret()) as vault:
        assert vault.check().ok
