"""Schema migrations: every earlier version upgrades; a newer one is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from stap0_desktop.storage import keyslots, migrations
from stap0_desktop.storage.connection import open_connection
from stap0_desktop.storage.errors import SchemaTooNew
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault, _write_meta
from tests.conftest import FAST_KDF, OWNER, file_bytes, secret


def _vault_at_version(folder: Path, version: int) -> None:
    """Build a vault whose schema stops at ``version``, with data valid at that version."""
    folder.mkdir(parents=True)
    key = SecretBytes.random()
    vault_id = keyslots.new_vault_id()
    slot = keyslots.wrap_with_passphrase(key, secret(), FAST_KDF, vault_id)
    keyslots.write_slot_file(folder / "keyslots.json", keyslots.new_slot_file(vault_id, slot))
    conn = open_connection(folder / "vault.db", key, create=True)
    migrations.migrate(conn, target=version)
    if version >= 1:
        _write_meta(conn, vault_id, OWNER)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO family (id, uid, name, created_at, updated_at)"
                     " VALUES (1, 'f1', 'Gezin Oud', '2024-01-01', '2024-01-01')")
        conn.execute("INSERT INTO note (family_id, body, created_at, updated_at)"
                     " VALUES (1, 'Notitie van vóór de upgrade over huisvesting',"
                     " '2024-01-01T10:00:00+00:00', '2024-01-01T10:00:00+00:00')")
        conn.execute("COMMIT")
    conn.close()
    key.wipe()


@pytest.mark.parametrize("start", range(1, migrations.LATEST_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    folder = tmp_path / f"v{start}"
    _vault_at_version(folder, start)
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
    _vault_at_version(folder, 1)
    broken = migrations.Migration(2, "broken", ("CREATE TABLE x (a)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(Exception, match="syntax"):
        Vault.open(folder, secret())
    monkeypatch.undo()
    with Vault.open(folder, secret()) as vault:  # the real migrations still apply cleanly
        assert migrations.schema_version(vault.db.conn) == migrations.LATEST_VERSION
