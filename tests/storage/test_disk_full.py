"""A full disk during a write: a clear error, and everything saved before is intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stap0_desktop.domain.models import Family, Note
from stap0_desktop.i18n.messages import describe
from stap0_desktop.i18n.translator import install_language
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage.errors import DiskFull
from stap0_desktop.storage.vault import Vault
from tests.builders import fill_disk
from tests.conftest import FAST_KDF, OWNER, secret


@pytest.mark.needs_root
def test_disk_full_keeps_earlier_data(small_disk: Path, tmp_path: Path, qapp: object) -> None:
    folder = small_disk / "kluis"
    vault = Vault.create(folder, secret(), OWNER, kdf=FAST_KDF)
    service = CaseloadService(vault)
    family = service.create_family(Family(name="Gezin Koster")).value
    assert family.id is not None
    saved: dict[int, str] = {}
    with pytest.raises(DiskFull) as exc:
        for index in range(10_000):
            body = f"notitie {index} " + "x" * 20_000
            note = service.save_note(Note(family_id=family.id, body=body)).value
            assert note.id is not None
            saved[note.id] = body
    assert len(saved) > 10
    assert "disk is full" in describe(exc.value)
    install_language("nl")
    assert describe(exc.value).startswith("De schijf is vol.")
    # Still usable for reading while the disk is full, with everything saved before:
    assert vault.check().ok
    vault.close()
    copy = tmp_path / "kopie"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("stap0.lock"))
    with Vault.open(copy, secret()) as reopened:
        assert reopened.check().ok
        rows = dict(reopened.db.conn.execute("SELECT id, body FROM note").fetchall())
    assert all(rows.get(nid) == body for nid, body in saved.items())


@pytest.mark.needs_root
def test_init_on_a_full_disk_is_all_or_nothing(small_disk: Path) -> None:
    filler = fill_disk(small_disk)
    folder = small_disk / "kluis"
    folder.mkdir()
    for keep in range(0, 400 * 1024, 16 * 1024):  # more room each round, until it fits
        with open(filler, "r+b") as handle:
            handle.truncate(max(filler.stat().st_size - keep, 0))
        try:
            Vault.create(folder, secret(), OWNER, kdf=FAST_KDF).close()
        except (DiskFull, OSError):
            assert sorted(p.name for p in folder.iterdir()) == []  # nothing half-made
            continue
        with Vault.open(folder, secret()) as vault:
            assert vault.check().ok
        assert keep > 0  # at least one attempt failed first
        return
    pytest.fail("the vault never fitted")


@pytest.mark.needs_root
def test_passwd_restore_and_backup_on_a_full_disk(
    small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stap0_desktop.cli.main import main
    from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

    folder = small_disk / "kluis"
    with Vault.create(folder, secret(), OWNER, kdf=FAST_KDF) as vault:
        CaseloadService(vault).create_family(Family(name="Gezin Vol"))
        good_backup = tmp_path / "goed.stap0"
        from stap0_desktop.storage import backup

        backup.create_backup(vault, good_backup)
    fill_disk(small_disk)
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("STAP0_NEW_PASSPHRASE", NEW_PASSPHRASE)

    def cli(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(folder), "--lang", "en", *args], kdf=FAST_KDF)
        return code, capsys.readouterr().err

    for args in (["vault", "passwd"], ["vault", "restore", str(good_backup)],
                 ["vault", "backup", str(small_disk / "b.stap0")]):
        code, err = cli(*args)
        assert code == 1, (args, err)
        assert "disk is full" in err and "Traceback" not in err, (args, err)
        assert not [p for p in small_disk.rglob(".*") if p.is_file()], "temp files left"
    (small_disk / "vol").unlink()
    with Vault.open(folder, secret()) as vault:  # the old passphrase, the old vault
        assert vault.check().ok
        assert len(CaseloadService(vault).list_families().value) == 1


@pytest.mark.needs_root
def test_a_backup_that_fails_is_logged_as_failed(
    small_disk: Path, vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    from stap0_desktop.storage import backup

    service = CaseloadService(vault)
    family = service.create_family(Family(name="Gezin Groot")).value
    assert family.id is not None
    for index in range(40):  # a vault larger than the little disk
        service.save_note(Note(family_id=family.id, body=f"{index} " + "y" * 100_000))
    with pytest.raises(DiskFull):
        backup.create_backup(vault, small_disk / "b.stap0")
    assert [p.name for p in small_disk.iterdir()] == []  # no half backup left
    outcomes = [e.outcome for e in vault.read_access_log() if e.object_type == "vault_backup"]
    assert outcomes == ["failure:disk_full"]
