"""A word-wrapped label that is never cut off.

In a form layout a wrapped QLabel gets the height of its text at some other width (seen
at 150 % scaling: the second line of the enrolled identity was cut in half). This one
asks for the height its text needs at the width it was given, whenever either changes.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 hidden_when_empty: bool = False) -> None:
        super().__init__(text, parent)
        self._hidden_when_empty = hidden_when_empty   # a message row takes no room unused
        self.setWordWrap(True)
        if hidden_when_empty and not text:
            self.setVisible(False)
        # As tall as its lines, no taller: spare height in a form goes elsewhere.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def setText(self, text: str) -> None:
        super().setText(text)
        if self._hidden_when_empty:
            self.setVisible(bool(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        held = self.minimumHeight()
        self.setMinimumHeight(0)   # QLabel's heightForWidth never goes below the minimum
        need = self.heightForWidth(self.width())
        self.setMinimumHeight(need if need > 0 else held)
