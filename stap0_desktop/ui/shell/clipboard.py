"""Client text copied to the clipboard is removed again after a short time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication


class ClipboardGuard(QObject):
    """Clears the clipboard ``seconds`` after a copy, if it still holds what we copied."""

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self.clear_now)
        self._copied: str | None = None
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if not (self._clipboard.ownsClipboard() or QApplication.focusWidget() is not None):
            return  # a copy made in another program is not ours to clear
        text = self._clipboard.text()
        if text and text != self._copied:
            self._copied = text
            self._timer.start()

    def clear_now(self) -> None:
        """Remove our text (on the timer, on lock and on quit)."""
        if self._copied is not None and self._clipboard.text() == self._copied:
            self._clipboard.clear()
        self._copied = None
        self._timer.stop()
