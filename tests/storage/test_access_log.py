"""The NEN 7513 log is append-only and a changed or removed row is found."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from stap0_desktop.cli.main import main
from stap0_desktop.domain.models import Family, Note
from stap0_desktop.services.caseload import CaseloadService
from stap0_desktop.storage import access_log
from stap0_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, secret


def _fill(vault: Vault) -> None:
    service = CaseloadService(vault)
    family = service.create_family(Family(name="Gezin Bos")).value
    assert family.id is not None
    for index in range(5):
        service.save_note(Note(family_id=family.id, body=f"notitie {index}"))


def test_update_and_delete_are_refused_by_triggers(vault: Vault) -> None:
    _fill(vault)
    conn = vault.db.conn
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE access_log SET user_name = 'iemand anders' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM access_log WHERE seq = 2")
    assert access_log.verify(conn).ok


def _drop_guards(conn: object) -> None:
    for trigger in ("access_log_no_update", "access_log_no_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tamper", "problem", "seq"),
    [
        ("UPDATE access_log SET client_id = 'ander-gezin' WHERE seq = 3", "changed", 3),
        ("DELETE FROM access_log WHERE seq = 4", "missing", 4),
        ("UPDATE access_log SET occurred_at = '2020-01-01T00:00:00Z' WHERE seq = 1",
         "changed", 1),
    ],
)
def test_changed_or_removed_rows_are_found(
    vault: Vault, tamper: str, problem: str, seq: int
) -> None:
    _fill(vault)
    conn = vault.db.conn
    _drop_guards(conn)
    conn.execute(tamper)
    verdict = access_log.verify(conn)
    assert not verdict.ok
    assert verdict.problem == problem
    assert verdict.first_bad_seq == seq


def test_a_removed_tail_is_found(vault: Vault) -> None:
    _fill(vault)
    conn = vault.db.conn
    _drop_guards(conn)
    last = conn.execute("SELECT max(seq) FROM access_log").fetchone()[0]
    conn.execute("DELETE FROM access_log WHERE seq = ?", (last,))
    verdict = access_log.verify(conn)
    assert not verdict.ok and verdict.first_bad_seq == last


def test_cli_verify_log_exit_codes(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(vault)
    vault.close()
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(vault_dir), "--lang", "en", "vault", "verify-log"]) == 0
    assert "intact" in capsys.readouterr().out
    with Vault.open(vault_dir, secret()) as again:
        _drop_guards(again.db.conn)
        again.db.conn.execute("UPDATE access_log SET user_role = 'beheerder' WHERE seq = 2")
    assert main(["--data-dir", str(vault_dir), "--lang", "en", "vault", "verify-log"]) == 1
    assert "entry 2" in capsys.readouterr().out
    assert main(["--data-dir", str(vault_dir), "--lang", "en", "vault", "check"]) == 1
