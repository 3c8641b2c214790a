"""Locking when the operating system locks the session or the laptop goes to sleep.

Linux, on D-Bus: ``org.freedesktop.ScreenSaver`` ``ActiveChanged(true)`` (session bus),
``org.freedesktop.login1.Session`` ``Lock`` and ``org.freedesktop.login1.Manager``
``PrepareForSleep(true)`` (system bus). Before sleep, logind waits for the app: it holds a
*delay* inhibitor, locks, then lets go (and takes a new one after waking).

Windows, through a native event filter: ``WM_WTSSESSION_CHANGE`` with
``WTS_SESSION_LOCK`` (registered with ``WTSRegisterSessionNotification``) and
``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``.

Where none of this is reachable the watcher stays silent; the idle timer, which counts
time asleep too (:mod:`stap0_desktop.ui.shell.idle`), still locks a laptop that wakes late.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Signal, Slot

# Windows message numbers and their parameters (winuser.h, wtsapi32.h).
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
_LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1",
           "org.freedesktop.login1.Manager")


class Msg(ctypes.Structure):
    """Windows' MSG, laid out with portable types (so tests can build one anywhere)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t),
                ("time", ctypes.c_uint32), ("pt_x", ctypes.c_long), ("pt_y", ctypes.c_long)]


def locks_the_vault(message: int, wparam: int) -> bool:
    """Whether a Windows message means: lock now (session locked or away, or suspend)."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT)
    return message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND


class WindowsMessages(QAbstractNativeEventFilter):
    """Sees every native message of the app's windows; reports the ones that lock."""

    def __init__(self, watcher: SessionLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG" and message:
            msg = Msg.from_address(int(message))
            if locks_the_vault(int(msg.message), int(msg.wParam)):
                self._watcher.session_locked.emit()
        return False, 0


class SessionLockWatcher(QObject):
    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        self._sleep_delay: Any = None   # logind's delay inhibitor (a file descriptor)
        self._system: Any = None
        self.windows_filter: WindowsMessages | None = None
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":
            self.windows_filter = WindowsMessages(self)
            self.listening.append("windows")

    def install(self, app: Any) -> None:
        """Put the Windows message filter on the application (nothing elsewhere)."""
        if self.windows_filter is not None:
            app.installNativeEventFilter(self.windows_filter)

    def watch_window(self, window: Any) -> None:
        """Windows sends session changes only to a window that asked for them."""
        if sys.platform == "win32":
            wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(int(window.winId())),
                                                    NOTIFY_FOR_THIS_SESSION)

    def _connect_dbus(self) -> None:
        try:
            from PySide6 import QtDBus
        except ImportError:  # a Qt build without D-Bus
            return
        # Connecting moves Qt's D-Bus objects to their thread, and the application's event
        # filter sees them go: PySide 6.11, making QtDBus's Python types lazily at that
        # moment, crashed the process (a segfault in Shiboken's lazy type lookup, in the
        # test suite). Its few types are made first.
        for name in dir(QtDBus):
            getattr(QtDBus, name)
        session = QtDBus.QDBusConnection.sessionBus()
        if session.isConnected() and session.connect(  # type: ignore[call-overload]
            "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
            "ActiveChanged", self, SLOT("screensaver_active(bool)"),
        ):
            self.listening.append("screensaver")
        system = QtDBus.QDBusConnection.systemBus()
        if not system.isConnected():
            return
        self._system = system
        if system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
            self, SLOT("login_session_lock()"),
        ):
            self.listening.append("login1")
        # Any sender: a false "sleep" only locks, which is always safe.
        if system.connect(  # type: ignore[call-overload]
            "", _LOGIN1[1], _LOGIN1[2], "PrepareForSleep", self,
            SLOT("prepare_for_sleep(bool)"),
        ):
            self.listening.append("sleep")
            self._take_sleep_delay()

    def _take_sleep_delay(self) -> None:
        """Ask logind to wait for us before sleep (up to its InhibitDelayMaxSec) — without
        waiting for its answer on the UI thread."""
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        if self._system is None or self._sleep_delay is not None:
            return
        call = QDBusMessage.createMethodCall(*_LOGIN1, "Inhibit")
        call.setArguments(["sleep", "Stap 0", "Lock the vault before the laptop sleeps",
                           "delay"])
        pending = QDBusPendingCallWatcher(self._system.asyncCall(call, 5000), self)
        pending.finished.connect(self._got_sleep_delay)

    def _got_sleep_delay(self, pending: Any) -> None:
        from PySide6.QtDBus import QDBusMessage

        reply = pending.reply()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            # Held until the lock is done; the descriptor is close-on-exec, so a lock
            # that re-executes the app lets go of it too.
            self._sleep_delay = reply.arguments()[0]
        pending.deleteLater()

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def login_session_lock(self) -> None:
        self.session_locked.emit()

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.session_locked.emit()   # the lock runs in this call: then let sleep go on
            self._sleep_delay = None
        else:
            self._take_sleep_delay()
