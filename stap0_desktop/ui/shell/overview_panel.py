"""What the overview's lists have in common (follow-ups, matches, handovers): a title, a
list with a hint when empty, a row of actions for the chosen line, and a read that is put
off while the overview is hidden and asked for only by the changes that concern it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stap0_desktop.services.operations import ChangeSet, OpResult
from stap0_desktop.ui.common.hinted_list import HintedList
from stap0_desktop.ui.common.refresh_when_shown import RefreshWhenShown
from stap0_desktop.ui.shell.session import QtSession

OVERDUE = QColor("#8a1c1c")     # a line past its date, or waiting for the professional


class OverviewPanel(QWidget):
    family_chosen = Signal(int)
    error = Signal(object)

    def __init__(self, session: QtSession, name: str, title: str, hint: str,
                 accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._session = session
        self.title = QLabel(title)
        self.list = HintedList(hint)
        self.list.setAccessibleName(accessible_name)
        self.list.setWordWrap(True)
        self.action_row = QHBoxLayout()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.title)
        self.column.addWidget(self.list, 1)
        self._later = RefreshWhenShown(self, self.refresh)
        session.bridge.changed.connect(self._on_changed)

    # -- what a panel says ----------------------------------------------------------------
    def _read(self) -> OpResult[Any]:
        """The panel's one query (run on the vault's thread)."""
        raise NotImplementedError

    def _fill(self, value: Any) -> None:
        raise NotImplementedError

    def _concerns(self, changes: ChangeSet) -> bool:
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._session.bridge.run(self._read, self._fill, self.error.emit)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._concerns(changes):
            self._later.request()

    def _set_actions(self, actions: Sequence[tuple[str, Callable[[], object]]]) -> None:
        """The buttons for the chosen line (none: the row is emptied)."""
        while self.action_row.count():
            taken = self.action_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.action_row.addWidget(button)
        if actions:
            self.action_row.addStretch(1)


__all__ = ["OVERDUE", "OverviewPanel"]
