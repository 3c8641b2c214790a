"""The one handler for errors nobody caught: written to the local error log (no client
data, see config/error_log.py) and told in plain words, at most once a minute."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from stap0_desktop.config.error_log import ErrorLog
from stap0_desktop.i18n.translator import translate

QUIET_S = 60.0


def plain_message(log: ErrorLog) -> str:
    return translate(
        "ErrorHook", "Stap 0 ran into an unexpected error. What you entered is kept as you "
        "go; if something looks wrong, lock Stap 0 (Ctrl+L) and unlock it again. The error "
        "was written to the local error log, without any family's data: {path}").format(
            path=str(log.path))


def show_in_a_box(text: str) -> None:
    parent = QApplication.activeWindow()
    QMessageBox.warning(parent, translate("ErrorHook", "Unexpected error"), text)


class ErrorHook(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``; a thread's error is
    told on the UI thread (a queued signal)."""

    _tell = Signal(str)

    def __init__(self, log: ErrorLog, show: Callable[[str], None] = show_in_a_box,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.log = log
        self._show = show
        self._clock = clock
        self._last_told = -QUIET_S
        self._tell.connect(self._told, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.on_error
        threading.excepthook = self.on_thread_error

    def on_error(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.log.record(error.with_traceback(tb), "uncaught")
        self._tell.emit(plain_message(self.log))

    def on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        self.log.record(args.exc_value.with_traceback(args.exc_traceback),
                        f"thread {args.thread.name if args.thread else '?'}")
        self._tell.emit(plain_message(self.log))

    def _told(self, text: str) -> None:
        now = self._clock()
        if now - self._last_told < QUIET_S:
            return
        self._last_told = now
        self._show(text)
