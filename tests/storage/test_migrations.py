"""Schema migrations: every earlier version upgrades; a newer one is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from stap0_desktop.storage import migrations
from stap0_desktop.storage.errors import SchemaTooNew
from stap0_desktop.storage.vault import Vault
from tests.builders import vault_at_version
from tests.conftest import file_bytes, secret


@pytest.mark.parametrize("start", range(1, migrations.LATEST_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    folder = tmp_path / f"v{start}"
    vault_at_version(folder, start)
    with Vault.open(folder, secret()) as vault:
        assert migrations.schema_version(vault.db.conn) == migrations.LATEST_VERSION
        with vault.transaction() as tx:
            from stap0_desktop.storage.notes import search_notes

            hits = search_notes(tx, "voor huisvesting")
        assert [h.family_name for h in hits] == ["Gezin Oud"]  # old notes are searchable
        assert vault.check().ok


def test_every_migration_is_listed_once_in_order() -> None:
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_vault_from_a_newer_stap0_is_refused_and_untouched(vault: Vault, vault_dir: Path) -> None:
    vault.db.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    vault.close()
    before = {k: hashlib.sha256(v).hexdigest() for k, v in file_bytes(vault_dir).items()}
    with pytest.raises(SchemaTooNew) as exc:
        Vault.open(vault_dir, secret())
    assert exc.value.params == {"found": migrations.LATEST_VERSION + 1,
                                "known": migrations.LATEST_VERSION}
    after = {k: hashlib.sha256(v).hexdigest() for k, v in file_bytes(vault_dir).items()}
    assert after == before


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "v1"
    vault_at_version(folder, 1)
    broken = migrations.Migration(2, "broken", ("CREATE TABLE x (a)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(Exception, match="syntax"):
        Vault.open(folder, secret())
    monkeypatch.undo()
    with Vault.open(folder, secret()) as vault:  # the real migrations still apply cleanly
        assert migrations.schema_version(vault.db.conn) == migrations.LATEST_VERSION
