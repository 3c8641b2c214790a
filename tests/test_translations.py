"""Every visible string has a Dutch translation, and the compiled file is used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stap0_desktop.cli.main import main
from tests.conftest import REPO

TS = REPO / "resources/translations/stap0_nl.ts"


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate is part of PySide6; install the dev environment"
        tool = Path(found)
    return tool


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "check.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (REPO / "stap0_desktop").rglob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(fresh), "-no-obsolete", "-silent"],
                   check=True, capture_output=True)
    untranslated = [
        message.findtext("source")
        for message in ET.parse(fresh).iter("message")
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run `make translations-update` and translate these"


def test_placeholders_survive_translation() -> None:
    import re

    for message in ET.parse(TS).iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"{\w+}", source)) == sorted(re.findall(r"{\w+}", translation)), source


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "De wachtwoordzin klopt niet"),
    ("en", "The passphrase is not correct"),
])
def test_cli_speaks_the_chosen_language(
    lang: str, expected: str, vault_dir: Path, make_vault: object,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    assert (REPO / "resources/translations/stap0_nl.qm").exists(), "run `make translations`"
    assert callable(make_vault)
    make_vault().close()
    monkeypatch.setenv("STAP0_PASSPHRASE", "een verkeerde maar lange zin")
    assert main(["--data-dir", str(vault_dir), "--lang", lang, "vault", "check"]) == 1
    assert expected in capsys.readouterr().err
