"""A list that says, while it is empty, what would be in it and how to start it —
"Nog geen huisbezoeken. Nieuw huisbezoek… (Ctrl+Shift+N)" instead of a blank box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QListWidget, QWidget

MARGIN = 8


class HintedList(QListWidget):
    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint

    @property
    def hint(self) -> str:
        return self._hint

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self._hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                                   | Qt.TextFlag.TextWordWrap), self._hint)
        painter.end()
