"""``stap0`` without a command starts the window (offscreen here) and exits cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import child_env

pytestmark = pytest.mark.system


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


def test_the_demo_shows_a_window_at_once_while_it_is_prepared(qapp) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QApplication, QSplashScreen

    from stap0_desktop.ui.shell.demo_splash import with_splash

    seen: list[bool] = []
    release = threading.Event()

    def work() -> int:
        release.wait(5)
        return 42

    def look() -> None:   # runs on the UI thread while the work is still going on
        seen.append(any(isinstance(w, QSplashScreen) and w.isVisible()
                        for w in QApplication.topLevelWidgets()))
        release.set()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, look)
    assert with_splash(work, "Demo…") == 42
    assert seen == [True]
    assert not any(isinstance(w, QSplashScreen) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    def fails() -> int:
        raise SystemExit("no server")

    with pytest.raises(SystemExit, match="no server"):
        with_splash(fails, "Demo…")
