"""A view's refresh, put off while the view is hidden.

A change elsewhere (a sync round's notices, a referral made from the kaart) used to make
every panel read the vault again at once — also the one on another tab, or the overview's
follow-ups behind an open family. A view that is not visible now only marks itself stale,
and reads again when it is shown (as Anki's hidden screens refresh when shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = False
        view.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the view can be seen; else when it is shown."""
        if self._view.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def done(self) -> None:
        """The view was filled by other means (a family's file read with its tabs)."""
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and self.stale and event.type() == QEvent.Type.Show:
            self.stale = False
            self._refresh()
        return False
