"""Locking when the operating system locks the screen or the session.

On Linux the desktop announces this on D-Bus: ``org.freedesktop.ScreenSaver``
``ActiveChanged(true)`` on the session bus and ``org.freedesktop.login1.Session``
``Lock`` on the system bus. Where neither bus is reachable (Windows, macOS, a bare test
machine) the watcher stays silent and the idle timer and suspend still lock the app.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot


class SessionLockWatcher(QObject):
    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected() and session.connect(  # type: ignore[call-overload]
            "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
            "ActiveChanged", self, SLOT("screensaver_active(bool)"),
        ):
            self.listening.append("screensaver")
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
            self, SLOT("login_session_lock()"),
        ):
            self.listening.append("login1")

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def login_session_lock(self) -> None:
        self.session_locked.emit()
