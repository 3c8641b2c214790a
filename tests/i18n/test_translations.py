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
TS_EN = REPO / "resources/translations/stap0_en.ts"


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
        if not _translated(message)
    ]
    assert untranslated == [], "run `make translations-update` and translate these"


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return all(f.strip() for f in forms) if message.get("numerus") == "yes" \
        else bool((translation.text or "").strip())


def test_every_plural_has_its_english_forms(tmp_path: Path) -> None:
    """English is the source language, but "1 note(s)" is not English: its plural forms
    live in stap0_en.ts."""
    fresh = tmp_path / "check_en.ts"
    shutil.copy(TS_EN, fresh)
    sources = sorted(str(p) for p in (REPO / "stap0_desktop").rglob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(fresh), "-no-obsolete", "-silent",
                    "-pluralonly"], check=True, capture_output=True)
    messages = list(ET.parse(fresh).iter("message"))
    assert messages and all(_translated(m) for m in messages)


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "1 offer", "2 offers"), ("nl", "1 resultaat", "2 resultaten")])
def test_counts_are_said_in_the_right_plural(lang: str, one: str, two: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from stap0_desktop.i18n.translator import install_language

    install_language(lang)
    assert QCoreApplication.translate("KaartWindow", "%n offer(s)", "", 1) == one
    assert QCoreApplication.translate("KaartWindow", "%n offer(s)", "", 2) == two


def test_placeholders_survive_translation() -> None:
    import re

    for path in (TS, TS_EN):
        for message in ET.parse(path).iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None \
                else []
            for translation in forms or [message.findtext("translation") or ""]:
                assert sorted(re.findall(r"{\w+}", source)) == sorted(
                    re.findall(r"{\w+}", translation)), source


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
