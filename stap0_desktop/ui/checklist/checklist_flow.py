"""Answering a checklist with the keyboard alone, at the kitchen table.

From the moment the checklist opens the first question has the focus; 1–4 answer it and
move on, and after a domain's questions its two "need for support" ratings take 0–3 the
same way. The view scrolls so that the current question stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QScrollArea, QWidget

from stap0_desktop.ui.checklist.checklist_items import ItemRow

_DIGITS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
MARGIN = 60  # pixels of context kept above and below the current question


class RatingBox(QComboBox):
    """A rating choice (— not rated —, 1 no need, 2 some, 3 much) that takes a digit."""

    chosen = Signal()  # the keyboard picked a rating: go on

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = _DIGITS.get(Qt.Key(event.key()))
        if index is None or index >= self.count():
            super().keyPressEvent(event)
            return
        self.setCurrentIndex(index)
        self.activated.emit(index)
        self.chosen.emit()


class KeyboardFlow(QObject):
    """The questions and ratings in reading order; each keyboard answer moves to the next."""

    def __init__(self, scroll: QScrollArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scroll = scroll
        self.stops: list[QWidget] = []

    def add(self, stop: ItemRow | RatingBox) -> None:
        self.stops.append(stop)
        signal = stop.advance if isinstance(stop, ItemRow) else stop.chosen
        signal.connect(lambda: self.advance_from(stop))

    def start(self) -> None:
        if self.stops:
            self.focus(self.stops[0])

    def advance_from(self, stop: QWidget) -> None:
        index = self.stops.index(stop)
        if index + 1 < len(self.stops):
            self.focus(self.stops[index + 1])

    def focus(self, stop: QWidget) -> None:
        if isinstance(stop, ItemRow):
            stop.focus_first()
        else:
            stop.setFocus(Qt.FocusReason.TabFocusReason)
        self._scroll.ensureWidgetVisible(stop, 0, MARGIN)
