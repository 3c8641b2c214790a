"""Every file-taking command × every kind of bad file: one clear message naming the file, a
non-zero exit, no traceback, no hang, and the vault exactly as it was."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from stap0_desktop.cli.main import main
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.system

BadPath = Callable[[Path, Path], Path]  # (scratch folder, data folder) -> the path to give


def _missing(tmp: Path, _data: Path) -> Path:
    return tmp / "bestaat-niet.json"


def _folder(tmp: Path, _data: Path) -> Path:
    (tmp / "een-map").mkdir()
    return tmp / "een-map"


def _loop(tmp: Path, _data: Path) -> Path:
    (tmp / "a").symlink_to(tmp / "b")
    (tmp / "b").symlink_to(tmp / "a")
    return tmp / "a"


def _fifo(tmp: Path, _data: Path) -> Path:
    os.mkfifo(tmp / "pijp")
    return tmp / "pijp"


def _device(_tmp: Path, _data: Path) -> Path:
    return Path("/dev/zero")


def _under_a_file(tmp: Path, _data: Path) -> Path:
    (tmp / "gewoon.txt").write_text("x")
    return tmp / "gewoon.txt" / "binnen.json"


def _nested(tmp: Path, _data: Path) -> Path:
    (tmp / "diep.json").write_text("[" * 200_000 + "]" * 200_000)
    return tmp / "diep.json"


def _nested_toml(tmp: Path, _data: Path) -> Path:
    (tmp / "diep.toml").write_text("a = " + "[" * 200_000 + "]" * 200_000)
    return tmp / "diep.toml"


def _huge(tmp: Path, _data: Path) -> Path:
    with open(tmp / "groot.json", "wb") as handle:
        handle.truncate(40 * 1024 * 1024)  # sparse: 40 MB to read, nothing on disk
    return tmp / "groot.json"


def _inside_vault(_tmp: Path, data: Path) -> Path:
    return data / "vault.db"


def _vault_keyslots(_tmp: Path, data: Path) -> Path:
    return data / "keyslots.json"


def _no_parent(tmp: Path, _data: Path) -> Path:
    return tmp / "bestaat-niet" / "uit.stap0"


def _full_device(_tmp: Path, _data: Path) -> Path:
    return Path("/dev/full")


BAD_INPUTS: dict[str, BadPath] = {
    "missing": _missing, "folder": _folder, "loop": _loop, "fifo": _fifo, "device": _device,
    "under_a_file": _under_a_file, "nested": _nested, "huge": _huge,
}
BAD_OUTPUTS: dict[str, BadPath] = {
    "no_parent": _no_parent, "folder": _folder, "loop": _loop, "fifo": _fifo,
    "device": _full_device, "under_a_file": _under_a_file, "inside_vault": _inside_vault,
    "onto_keyslots": _vault_keyslots,
}
INPUT_COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "init --recovery-key": lambda p: ["vault", "init", "--recovery-key", p],
    "recover": lambda p: ["vault", "recover", "--recovery-key", p],
    "set-recovery": lambda p: ["vault", "set-recovery", p],
    "restore": lambda p: ["vault", "restore", p],
    "kaart import": lambda p: ["kaart", "import", p],
    "checklists validate": lambda p: ["checklists", "validate", p],
    "cjg enroll": lambda p: ["cjg", "enroll", "--profile", p, "--code", "ABCD-EF01"],
}
OUTPUT_COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "backup": lambda p: ["vault", "backup", p],
    "recovery-keygen": lambda p: ["vault", "recovery-keygen", "--out", p],
}


def _hashes(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != "stap0.lock"}


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("STAP0_NEW_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "vault", "init"], kdf=FAST_KDF) == 0
    capsys.readouterr()

    def go(args: list[str], *, fresh: bool = False) -> tuple[int, str, dict[str, str]]:
        folder = tmp_path / "leeg" if fresh else data
        before = _hashes(folder)
        code = main(["--data-dir", str(folder), "--lang", "en", *args], kdf=FAST_KDF)
        err = capsys.readouterr().err
        assert _hashes(folder) == before, "the vault changed"
        return code, err, before

    go.data = data  # type: ignore[attr-defined]
    return go


def _assert_clear_refusal(code: int, err: str, path: Path) -> None:
    assert code != 0
    assert "Traceback" not in err and "Error:" not in err
    assert err.strip(), "no message"
    shown = err.replace("\n", " ")
    assert str(path) in shown or path.name in shown, err


@pytest.mark.timeout(60)
@pytest.mark.parametrize("bad", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", sorted(INPUT_COMMANDS))
def test_every_input_command_refuses_every_bad_file(
    run, tmp_path: Path, command: str, bad: str
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    path = BAD_INPUTS[bad](scratch, run.data)
    code, err, _ = run(INPUT_COMMANDS[command](str(path)), fresh=command.startswith("init"))
    _assert_clear_refusal(code, err, path)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("bad", sorted(BAD_OUTPUTS))
@pytest.mark.parametrize("command", sorted(OUTPUT_COMMANDS))
def test_every_output_command_refuses_every_bad_destination(
    run, tmp_path: Path, command: str, bad: str
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    path = BAD_OUTPUTS[bad](scratch, run.data)
    if command == "recovery-keygen" and bad in ("folder", "no_parent"):
        pytest.skip("the key files go into this folder, made when missing")
    code, err, _ = run(OUTPUT_COMMANDS[command](str(path)))
    _assert_clear_refusal(code, err, path)
    assert not [p for p in scratch.rglob("*") if p.name.startswith(".")], "temp files left"


def test_deeply_nested_checklist_toml_is_reported(run, tmp_path: Path) -> None:
    path = _nested_toml(tmp_path, run.data)
    code, err, _ = run(["checklists", "validate", str(path)])
    _assert_clear_refusal(code, err, path)
    assert "nested" in err


def test_a_data_folder_that_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STAP0_PASSPHRASE", PASSPHRASE)
    (tmp_path / "data").write_text("geen map")
    for args in (["vault", "init"], ["vault", "check"], ["search", "x"]):
        code = main(["--data-dir", str(tmp_path / "data"), "--lang", "en", *args], kdf=FAST_KDF)
        err = capsys.readouterr().err
        _assert_clear_refusal(code, err, tmp_path / "data")
    assert (tmp_path / "data").read_text() == "geen map"


@pytest.mark.parametrize("args", [
    ["search", "x", "--limit", "99999999999999999999"],
    ["search", "x", "--limit", "-1"],
    ["search", "x", "--limit", "0"],
    ["demo", "--signals", "-5"],
    ["demo", "--families", "99999999999999999999"],
    ["demo", "--notes-per-family", "-1"],
    ["kaart", "search", "--age", "-3"],
])
def test_numbers_out_of_range_are_refused(run, args: list[str]) -> None:
    code, err, _ = run(args)
    assert code == 2
    assert "must be a whole number from" in err and "nothing was done" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", sorted(INPUT_COMMANDS))
def test_a_file_without_read_permission(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """As root (CI) nothing is unreadable, so the kernel's answer for another user is
    given here: EACCES when this one file is opened, or stat'ed for access."""
    locked = tmp_path / "afgeschermd.json"
    locked.write_text("{}")
    real_open, real_access = os.open, os.access

    def refusing_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def refusing_access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        return False if Path(path) == locked else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    monkeypatch.setattr(os, "access", refusing_access)
    code, err, _ = run(INPUT_COMMANDS[command](str(locked)), fresh=command.startswith("init"))
    _assert_clear_refusal(code, err, locked)
    assert "permission" in err
