"""``stap0`` without a command starts the window (offscreen here) and exits cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import child_env


@pytest.mark.parametrize("extra", [[], ["--demo"]])
def test_window_starts_and_exits_cleanly(tmp_path: Path, extra: list[str]) -> None:
    env = child_env(STAP0_SETTINGS_FILE=str(tmp_path / "settings.ini"), TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "stap0_desktop", "--data-dir", str(tmp_path / "data"),
         "--exit-after-start", *extra],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if extra:  # the throwaway demo vault is gone again
        assert not list(tmp_path.glob("stap0-demo-*"))
    else:  # first run creates nothing until the professional chooses a passphrase
        assert not (tmp_path / "data" / "vault.db").exists()
