"""A real D-Bus session: the desktop's screen lock and logind's sleep reach the app;
Windows' session and power messages, built by hand, do too."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, child_env


@pytest.mark.skipif(not shutil.which("dbus-run-session") or not shutil.which("dbus-send"),
                    reason="needs the dbus package (dbus-run-session, dbus-send)")
@pytest.mark.parametrize("signal", ["screensaver", "sleep"])
def test_a_desktop_lock_or_logind_sleep_signal_on_a_real_bus_locks(signal: str) -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(REPO / "tests/helpers/lock_signal.py"),
         signal], capture_output=True, text=True, env=child_env(), timeout=60, check=False,
    )
    listening = result.stdout.split("\n")[0].split()
    assert listening[0] == "listening" and signal in listening, result.stdout + result.stderr
    assert "locked" in result.stdout, result.stderr


def test_windows_session_lock_and_suspend_messages_lock(qapp) -> None:  # type: ignore[no-untyped-def]
    import ctypes

    from PySide6.QtCore import QByteArray

    from stap0_desktop.ui.shell.session_watch import (
        PBT_APMSUSPEND,
        WM_POWERBROADCAST,
        WM_WTSSESSION_CHANGE,
        WTS_SESSION_LOCK,
        Msg,
        SessionLockWatcher,
        WindowsMessages,
    )

    watcher = SessionLockWatcher()
    seen: list[str] = []
    watcher.session_locked.connect(lambda: seen.append("locked"))
    messages = WindowsMessages(watcher)

    def send(message: int, wparam: int, kind: bytes = b"windows_generic_MSG") -> None:
        msg = Msg(hwnd=None, message=message, wParam=wparam, lParam=0)
        assert messages.nativeEventFilter(QByteArray(kind), ctypes.addressof(msg)) == (False, 0)

    send(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert seen == ["locked"]
    send(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert seen == ["locked", "locked"]
    send(WM_WTSSESSION_CHANGE, 0x8)            # WTS_SESSION_UNLOCK: nothing to do
    send(WM_POWERBROADCAST, 0x12)              # PBT_APMRESUMEAUTOMATIC: nothing to do
    send(0x0100, WTS_SESSION_LOCK)             # a key press that happens to carry 7
    send(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"xcb_generic_event_t")  # not Windows'
    assert seen == ["locked", "locked"]
