"""A quiet line after a removal — "Notitie verwijderd. Ongedaan maken" — for a short while.

Where undoing is cheap (a note's text, a closed file) the professional gets it back with
one click on the bar's button (reachable by Tab).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

SHOWN_MS = 20_000


class UndoBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel()
        self.label.setWordWrap(True)  # a long name never widens the window's side
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self.tr("Undo"))
        self.button.clicked.connect(self._undo)
        self._action: Callable[[], Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setStyleSheet("#undoBar { background: #fff6d5; }")
        self.hide()

    def offer(self, text: str, undo: Callable[[], Any]) -> None:
        self.label.setText(text)
        self._action = undo
        self.show()
        self._timer.start()

    def dismiss(self) -> None:
        self._action = None  # what it held (a note's text) is let go
        self.label.clear()
        self.hide()

    def _undo(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()
