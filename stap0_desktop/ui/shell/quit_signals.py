"""A termination signal ends the app the way its own Quit does.

SIGTERM (a shutdown or logout, ``kill``), SIGHUP (the terminal closed) and SIGINT (Ctrl+C)
would otherwise end the process on the spot: what is being typed unsaved, the vault not
closed, the demo's throwaway folder left in the temp folder. Python runs a signal handler
only between bytecodes, and Qt's event loop runs none while it waits; so the handler does
nothing itself — the signal's number arrives on a socket (``signal.set_wakeup_fd``) that
the event loop watches, and there the application is asked to quit.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK")
                if hasattr(signal, name))


def _nothing(signum: int, frame: Any) -> None:
    """The wake-up socket carries the signal; Python need not do anything with it here."""


class QuitOnSignal(QObject):
    """Emits ``received`` on the UI thread for each termination signal; ``requested`` stays
    true after the first, for a signal that came before the event loop was running."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requested = False
        self._pair: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._previous_fd = -1
        self._previous: dict[int, Callable[..., Any] | int | None] = {}

    def install(self) -> None:
        """Call on the main thread, once."""
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._pair = (reader, writer)
        self._previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        for signum in SIGNALS:
            self._previous[signum] = signal.signal(signum, _nothing)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def remove(self) -> None:
        if self._pair is None:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for end in self._pair:
            end.close()
        self._pair = None

    def _read(self) -> None:
        assert self._pair is not None
        with contextlib.suppress(BlockingIOError, InterruptedError):
            for signum in self._pair[0].recv(64):
                self.requested = True
                self.received.emit(signum)
