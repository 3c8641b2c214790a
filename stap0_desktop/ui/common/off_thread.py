"""Work that may take seconds and must neither block the window nor wait behind the vault's
thread — opening a vault (the key derivation), enrolling over the network — on a thread of
its own, with its answer or its error back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class OffThread(QObject):
    _answer = Signal(object, object)      # (callback, value)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answer.connect(lambda callback, value: callback(value),
                             Qt.ConnectionType.QueuedConnection)

    def run(self, name: str, work: Callable[[], T], on_done: Callable[[T], Any],
            on_error: Callable[[BaseException], Any]) -> None:
        def target() -> None:
            try:
                value = work()
            except Exception as exc:  # shown to the user, never lost
                self._answer.emit(on_error, exc)
                return
            self._answer.emit(on_done, value)

        threading.Thread(target=target, name=name, daemon=True).start()
