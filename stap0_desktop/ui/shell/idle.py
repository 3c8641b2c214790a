"""Locking after a period without keyboard or mouse input (clock injectable for tests).

In the last :data:`WARN_S` seconds :attr:`IdleWatcher.warning` counts down, so the
professional sees the lock coming; any key or mouse move cancels it (``warning(0)``).

Time asleep counts: ``time.monotonic`` stands still during suspend on Linux, so the idle
time is measured on ``CLOCK_BOOTTIME`` there, and the wall clock is a cross-check (the
larger of the two wins): a laptop that wakes after the idle time is locked at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


WARN_S = 30


def asleep_counting_clock() -> float:
    """Seconds on a clock that runs on while the laptop sleeps (Linux: CLOCK_BOOTTIME)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()   # Windows: counts sleep too; the wall clock checks it anyway


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when no input arrived for ``timeout_s`` seconds."""

    idle = Signal()
    warning = Signal(int)  # seconds left before the lock; 0: the countdown is off again

    def __init__(
        self, timeout_s: float, clock: Callable[[], float] = asleep_counting_clock,
        check_interval_ms: int = 1000, parent: QObject | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self._clock = clock
        self._wall = wall
        self._last_input = clock()
        self._last_input_wall = wall()
        self._armed = False
        self._warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._mark()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()
        self._cancel_warning()

    def touch(self) -> None:
        self._mark()
        self._cancel_warning()

    def _mark(self) -> None:
        self._last_input = self._clock()
        self._last_input_wall = self._wall()

    def idle_seconds(self) -> float:
        """Since the last input: the larger of the clock's and the wall clock's count (a
        wall clock set back counts as nothing)."""
        return max(self._clock() - self._last_input,
                   self._wall() - self._last_input_wall, 0.0)

    def check(self) -> None:
        if not self._armed:
            return
        left = self.timeout_s - self.idle_seconds()
        if left <= 0:
            self.stop()
            self.idle.emit()
        elif left <= WARN_S:
            self._warned = True
            self.warning.emit(max(1, round(left)))

    def _cancel_warning(self) -> None:
        if self._warned:
            self._warned = False
            self.warning.emit(0)

    EVENTS = tuple(_INPUT_EVENTS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(watched, event)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False
