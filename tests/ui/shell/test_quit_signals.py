"""A termination signal (shutdown, logout, ``kill``, Ctrl+C) quits as the menu does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stap0_desktop.ui.shell.quit_signals import QuitOnSignal
from tests.conftest import child_env

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@posix_only
def test_a_signal_reaches_the_event_loop_and_the_old_handlers_come_back(qtbot: QtBot) -> None:
    before = signal.getsignal(signal.SIGTERM)
    quit_signals = QuitOnSignal()
    quit_signals.install()
    try:
        with qtbot.waitSignal(quit_signals.received, timeout=5_000) as blocker:
            os.kill(os.getpid(), signal.SIGTERM)   # would end pytest without the handler
        assert blocker.args == [signal.SIGTERM]
        assert quit_signals.requested
    finally:
        quit_signals.remove()
    assert signal.getsignal(signal.SIGTERM) == before


def _demo_folder(tmp: Path, timeout: float, done: str) -> Path | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for folder in tmp.glob("stap0-demo-*"):
            if (folder / done).exists():
                return folder
        time.sleep(0.05)
    return None


@posix_only
@pytest.mark.system
@pytest.mark.parametrize("when", ["while-preparing", "window-shown"])
def test_the_demo_ended_by_sigterm_leaves_nothing_in_the_temp_folder(
    tmp_path: Path, when: str
) -> None:
    env = child_env(STAP0_SETTINGS_FILE=str(tmp_path / "settings.ini"), TMPDIR=str(tmp_path))
    child = subprocess.Popen([sys.executable, "-m", "stap0_desktop", "--demo"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The demo folder appears at once; its vault's key slots once the vault is made.
        folder = _demo_folder(tmp_path, 60, "." if when == "while-preparing"
                              else "kluis/keyslots.json")
        assert folder is not None, child.communicate(timeout=5)
        if when == "window-shown":
            time.sleep(2)   # the families are written; the unlock window comes up
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not list(tmp_path.glob("stap0-demo-*"))
