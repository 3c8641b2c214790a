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


def test_an_unsent_answer_to_a_package_that_did_not_open_becomes_unreadable(
        tmp_path: Path) -> None:
    """Migration 23: the receiver's laptop answers "unreadable" (not a plain "declined")
    when a handed-over package did not open; what it had not sent yet is answered so."""
    from stap0_desktop.storage.connection import open_connection
    from stap0_desktop.storage.secret import SecretBytes

    conn = open_connection(tmp_path / "vault.db", SecretBytes.random(), create=True)
    migrations.migrate(conn, target=22)
    conn.execute("BEGIN")
    for handover_id, state in (("h1", "refused"), ("h2", "declined"), ("h3", "refused")):
        conn.execute("INSERT INTO handover_in (id, from_device, from_name, digest, state,"
                     " received_at) VALUES (?, 'd', 'Bram', 'x', ?, '2026-12-07')",
                     (handover_id, state))
    conn.execute("INSERT INTO handover_answer (handover_id, outcome, at, sent_at) VALUES"
                 " ('h1', 'declined', '2026-12-07', NULL),"
                 " ('h2', 'declined', '2026-12-07', NULL),"
                 " ('h3', 'declined', '2026-12-07', '2026-12-07')")
    conn.execute("COMMIT")
    assert migrations.migrate(conn) == list(range(23, migrations.LATEST_VERSION + 1))
    assert conn.execute("SELECT handover_id, outcome FROM handover_answer ORDER BY 1"
                        ).fetchall() == [("h1", "unreadable"), ("h2", "declined"),
                                         ("h3", "declined")]   # sent already: as it went
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO handover_answer (handover_id, outcome, at)"
                     " VALUES ('h2', 'maybe', '2026-12-07')")
    conn.close()
