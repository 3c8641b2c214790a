"""The bridge between service operations (on the worker thread) and widgets (UI thread).

``run`` submits an operation to the :class:`OperationRunner`; its result comes back on
the UI thread through a queued signal, to the callbacks given, and the operation's
change set is broadcast through :attr:`changed` so that every view can refresh what it
shows. Nothing here blocks the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from stap0_desktop.services.operations import ChangeSet, OperationRunner, OpResult

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class OperationBridge(QObject):
    changed = Signal(object)      # ChangeSet
    failed = Signal(object)       # an exception nobody handled
    busy_changed = Signal(bool)
    _deliver = Signal(object, object)

    def __init__(self, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending: dict[int, tuple[Done | None, Failed | None, object]] = {}
        self._next = 0
        self._initiator: object = None
        self._closed = False
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        operation: Callable[[], OpResult[T]],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
        initiator: object = None,
    ) -> Future[OpResult[T]] | None:
        """Submit; ``None`` when the session is closed (locked): nothing runs then.
        ``initiator``: the view that started it and shows its result itself."""
        if self._closed:
            return None
        token = self._next
        self._next += 1
        was_busy = self.busy
        self._pending[token] = (on_done, on_error, initiator)
        if not was_busy:
            self.busy_changed.emit(True)
        future = self._runner.submit(operation)
        future.add_done_callback(lambda done: self._deliver.emit(token, done))
        return future

    def cancel_all(self) -> None:
        """Forget every callback (on lock): late results are dropped, never shown, and
        nothing more is accepted (a window's timer that fires after the lock)."""
        self._closed = True
        self._pending.clear()
        self.busy_changed.emit(False)

    def _on_deliver(self, token: int, future: Future[OpResult[Any]]) -> None:
        callbacks = self._pending.pop(token, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        on_done, on_error, initiator = callbacks
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(error)
            return
        result = future.result()
        if on_done is not None:
            on_done(result.value)
        if isinstance(result.changes, ChangeSet) and not result.changes.empty:
            self._initiator = initiator
            try:
                self.changed.emit(result.changes)
            finally:
                self._initiator = None

    def initiated_by(self, view: object) -> bool:
        """Inside a ``changed`` handler: whether ``view`` made this change (and has shown
        it already)."""
        return view is not None and self._initiator is view
