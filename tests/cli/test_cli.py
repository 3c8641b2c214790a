"""The ``stap0`` command line, as scripts and tests use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stap0_desktop.cli.main import main
from stap0_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, NEW_PASSPHRASE, PASSPHRASE, child_env, secret

pytestmark = pytest.mark.system


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("STAP0_NEW_PASSPHRASE", raising=False)
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), "--lang", "en", *args], kdf=FAST_KDF)
        out = capsys.readouterr()
        return code, out.out, out.err

    run.data = data  # type: ignore[attr-defined]
    return run


def test_init_demo_search_check(cli) -> None:
    code, out, _ = cli("vault", "init", "--name", "Tess Verpleeg")
    assert code == 0 and "Vault created" in out
    code, out, _ = cli("demo", "--families", "12", "--notes-per-family", "4", "--seed", "3")
    assert code == 0 and "12 families" in out and "48 notes" in out
    code, out, _ = cli("search", "huur")
    lines = out.strip().splitlines()
    assert code == 0 and lines
    assert all(line.count("\t") == 2 and "«" in line for line in lines)
    code, out, _ = cli("vault", "check")
    assert code == 0 and "Vault OK" in out


def test_data_dir_and_lang_also_after_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    elsewhere = tmp_path / "elders"
    assert main(["vault", "init", "--data-dir", str(elsewhere), "--lang", "en"],
                kdf=FAST_KDF) == 0
    assert (elsewhere / "vault.db").exists()
    assert "Vault created" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "nergens"), "--lang", "nl", "vault", "check",
                 "--data-dir", str(elsewhere), "--lang", "en"]) == 0   # the later one counts
    assert "Vault OK" in capsys.readouterr().out


def test_wrong_passphrases_on_the_command_line_back_off_as_in_the_window(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stap0_desktop.storage.unlock_attempts import FREE_ATTEMPTS, UnlockAttempts

    assert cli("vault", "init")[0] == 0
    monkeypatch.setenv("STAP0_PASSPHRASE", "dit is niet de goede zin")
    for _ in range(FREE_ATTEMPTS):
        code, _out, err = cli("vault", "check")
        assert code != 0 and "not correct" in err
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)   # even the right one has to wait
    code, _out, err = cli("vault", "check")
    assert code != 0 and "Too many wrong passphrases" in err
    assert UnlockAttempts(cli.data).state().failures == FREE_ATTEMPTS   # the window's count
    assert UnlockAttempts(cli.data).wait_remaining() > 0


def test_init_refuses_a_short_passphrase(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAP0_PASSPHRASE", "kort")
    code, _, err = cli("vault", "init")
    assert code == 1 and "at least 12 characters" in err
    assert not (cli.data / "vault.db").exists()


def test_passwd_with_environment(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("vault", "init")
    monkeypatch.setenv("STAP0_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = cli("vault", "passwd")
    assert code == 0 and "changed" in out
    with Vault.open(cli.data, secret(NEW_PASSPHRASE)):
        pass


def test_backup_and_restore(cli, tmp_path: Path) -> None:
    cli("vault", "init")
    cli("demo", "--families", "2", "--notes-per-family", "1")
    dest = tmp_path / "kluis.stap0backup"
    code, out, _ = cli("vault", "backup", str(dest))
    assert code == 0 and dest.exists()
    code, out, _ = cli("vault", "restore", str(dest))
    assert code == 0 and "kept in" in out
    code, out, err = cli("vault", "restore", str(tmp_path / "nope"))
    assert code == 1 and "no such file" in err and "Nothing was changed" in err


def test_recovery_route(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("vault", "recovery-keygen", "--out", str(tmp_path / "org"),
                       "--organisation", "Gemeente Demostad")
    assert code == 0
    cli("vault", "init", "--recovery-key", str(tmp_path / "org/stap0-recovery-public.json"))
    monkeypatch.setenv("STAP0_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, _ = cli("vault", "recover", "--recovery-key",
                       str(tmp_path / "org/stap0-recovery-private.json"))
    assert code == 0 and "Recovered" in out


def test_missing_vault_and_missing_passphrase(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = cli("vault", "check")
    assert code == 1 and "There is no vault" in err
    monkeypatch.delenv("STAP0_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115
    code, _, err = cli("search", "x")
    assert code == 2 and "STAP0_PASSPHRASE" in err


def test_demo_is_deterministic_per_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    names = []
    for folder in ("a", "b"):
        main(["--data-dir", str(tmp_path / folder), "demo", "--families", "5", "--seed", "9"],
             kdf=FAST_KDF)
        with Vault.open(tmp_path / folder, secret()) as vault:
            names.append([(n, b) for n, b in vault.db.conn.execute(
                "SELECT f.name, m.bsn FROM family f JOIN member m ON m.family_id = f.id ORDER BY m.id")])
    assert names[0] == names[1]
    assert all(bsn is None or bsn.startswith("99999") for _, bsn in names[0])


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "stap0_desktop", "--version"],
                            capture_output=True, text=True, env=child_env(), check=False)
    assert result.returncode == 0 and result.stdout.startswith("Stap 0 ")
    env = child_env(STAP0_DATA_DIR=str(tmp_path / "env-data"), STAP0_PASSPHRASE=PASSPHRASE)
    result = subprocess.run([sys.executable, "-m", "stap0_desktop", "vault", "init"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "Kluis aangemaakt" in result.stdout  # Dutch by default
    assert (tmp_path / "env-data" / "vault.db").exists()


def test_demo_signals_are_the_same_in_two_vaults_with_one_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from stap0_desktop.services.signals import SignalService

    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    people = []
    for folder in ("a", "b"):
        assert main(["--data-dir", str(tmp_path / folder), "--lang", "en", "demo",
                     "--families", "30", "--notes-per-family", "1", "--seed", "4",
                     "--signals", "3"], kdf=FAST_KDF) == 0
        assert "3 fictional consented signals" in capsys.readouterr().out
        with Vault.open(tmp_path / folder, secret()) as vault:
            rows = SignalService(vault).outbox().value
        assert [r.state for r in rows] == ["waiting"] * 3
        people.append([[(p.role.value, p.bsn) for p in r.payload.people] for r in rows])
    assert people[0] == people[1]
