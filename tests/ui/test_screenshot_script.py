"""docs/make_screenshots.py still renders every screen it shows the reader (it broke once
unnoticed when a dialog moved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, child_env

pytestmark = [pytest.mark.system, pytest.mark.slow]


def test_the_screenshot_script_renders_every_screen(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, str(REPO / "docs" / "make_screenshots.py")],
        env=child_env(STAP0_SCREENSHOTS=str(out), TMPDIR=str(tmp_path),
                      STAP0_SETTINGS_FILE=str(tmp_path / "settings.ini")),
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    made = {p.name for p in out.glob("*.png")}
    documented = {p.name for p in (REPO / "docs" / "screenshots").glob("*.png")}
    assert made == documented   # every screen of docs/screenshots, and no other
    assert not list(tmp_path.glob("stap0-demo-*"))
