"""A real D-Bus session: the desktop's screen-lock signal reaches the app."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, child_env


@pytest.mark.skipif(not shutil.which("dbus-run-session") or not shutil.which("dbus-send"),
                    reason="needs the dbus package (dbus-run-session, dbus-send)")
def test_screensaver_signal_on_the_session_bus_locks() -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable,
         str(REPO / "tests/helpers/screensaver_signal.py")],
        capture_output=True, text=True, env=child_env(), timeout=60, check=False,
    )
    assert "listening screensaver" in result.stdout, result.stderr
    assert "locked" in result.stdout, result.stderr
