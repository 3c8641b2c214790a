"""The main window's passing message, shown whole.

``QStatusBar.showMessage`` draws one line in whatever room the permanent widgets (match
notice, sync state) leave, and cuts the rest off: at 1366 pixels "… is overgedragen aan
Bram Schuldhulp (demo): het gaat bij de vol" was all a professional saw. This label takes
that room too, but wraps onto a second line instead, and clears itself after its time.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

MAX_LINES = 3


class StatusMessage(QLabel):
    """It puts itself into ``bar``; ``show_message`` replaces what it showed."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("statusMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)   # a family's name is never markup
        self.setWordWrap(True)
        # Never wider than the room left (the permanent widgets keep theirs), and exactly
        # as high as the text needs at the width it got (see _fit).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.clear)
        bar.addWidget(self, 1)

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """Show ``text``; it goes after ``timeout_ms`` (0: until the next message)."""
        self.setText(text)
        self.setAccessibleDescription(text)
        self._fit()
        if timeout_ms > 0:
            self._clear.start(timeout_ms)
        else:
            self._clear.stop()

    def clear(self) -> None:
        super().clear()
        self.setAccessibleDescription("")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """One line when it fits, more when it wraps (up to MAX_LINES): a label that wraps
        would otherwise ask for the height of its narrowest layout."""
        metrics, line = self.fontMetrics(), self.fontMetrics().lineSpacing()
        # Measured from the text, not with heightForWidth (which keeps to the fixed height).
        room = self.contentsRect().width() - 2 * self.margin()
        wanted = metrics.boundingRect(QRect(0, 0, max(room, 1), line * MAX_LINES * 4),
                                      Qt.TextFlag.TextWordWrap, self.text()).height()
        height = max(line, min(wanted, line * MAX_LINES)) + (
            self.height() - self.contentsRect().height()) + 2 * self.margin()
        if height != self.height():
            self.setFixedHeight(height)
