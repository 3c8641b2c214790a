"""A tampered page is detected, and a damaged vault is not written to."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import pytest

from stap0_desktop.domain.models import Family, Note
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage.errors import NotAVault, VaultDamaged
from stap0_desktop.storage.vault import Vault
from tests.conftest import secret

PAGE = 4096


def _filled_vault(vault: Vault) -> int:
    service = CaseloadService(vault)
    family = service.create_family(Family(name="Gezin Prins")).value
    assert family.id is not None
    for index in range(60):
        service.save_note(Note(family_id=family.id, body=f"Notitie {index}. " + "tekst " * 500))
    return family.id


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_tampered_page_is_detected_and_nothing_is_written(vault: Vault, vault_dir: Path) -> None:
    family_id = _filled_vault(vault)
    vault.close()
    db = vault_dir / "vault.db"
    assert not (vault_dir / "vault.db-wal").exists()  # checkpointed on close
    pages = db.stat().st_size // PAGE
    _flip(db, (pages // 2) * PAGE + 700)
    tampered = _digest(db)

    reopened = Vault.open(vault_dir, secret())
    try:
        service = CaseloadService(reopened)
        with contextlib.suppress(VaultDamaged):  # a read may meet the bad page first
            service.open_family(family_id)
        report = reopened.check()
        assert not report.ok
        assert report.cipher_errors or report.integrity_errors
        assert reopened.db.damaged
        with pytest.raises(VaultDamaged):
            service.save_note(Note(family_id=family_id, body="mag niet weggeschreven worden"))
    finally:
        reopened.close()
    assert _digest(db) == tampered


def test_tampered_first_page_does_not_open(vault: Vault, vault_dir: Path) -> None:
    _filled_vault(vault)
    vault.close()
    db = vault_dir / "vault.db"
    _flip(db, 100)
    before = _digest(db)
    with pytest.raises(NotAVault):
        Vault.open(vault_dir, secret())
    assert _digest(db) == before


def test_a_read_that_meets_a_bad_page_reports_damage(vault: Vault, vault_dir: Path) -> None:
    _filled_vault(vault)
    vault.close()
    db = vault_dir / "vault.db"
    for page in range(1, db.stat().st_size // PAGE):  # every page but the first
        _flip(db, page * PAGE + 500)
    before = _digest(db)
    with pytest.raises((VaultDamaged, NotAVault)):  # the schema itself spans several pages
        Vault.open(vault_dir, secret())
    assert _digest(db) == before
