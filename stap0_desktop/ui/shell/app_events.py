"""The one application-wide event filter.

A filter on the application sees every event of every widget. Three of them in Python —
the idle watch, the wheel guard and the screen fit — made building the main window two to
five times slower (19–30 ms without them, 45–144 ms with; bench/app.py's first screenful)
and taxed every event after. Here each event's type is read once, and the event goes only
to whoever asked for that type. While a big window is built (no event loop runs, so no
input can come and nothing is shown), the filter steps aside: ``paused()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]   # True: the event is taken


class AppEvents(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: dict[QEvent.Type, tuple[Handler, ...]] = {}
        self._app: QCoreApplication | None = None

    def add(self, types: Iterable[QEvent.Type], handler: Handler) -> None:
        for kind in types:
            self._wanted[kind] = (*self._wanted.get(kind, ()), handler)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._wanted.get(event.type())
        if handlers is None:
            return False
        return any(handler(watched, event) for handler in handlers)

    def install(self, app: QCoreApplication) -> None:
        self._app = app
        app.installEventFilter(self)

    def remove(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Building a window sends thousands of events (a child added, a parent changed)
        that none of the guards wants: 15 ms of the main window's 40."""
        app = self._app
        if app is None:
            yield
            return
        app.removeEventFilter(self)
        try:
            yield
        finally:
            app.installEventFilter(self)
