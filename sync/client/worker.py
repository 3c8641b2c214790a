"""The background sync: a thread of its own that runs a sync round whenever there may be
something to do, and backs off — exponentially, with jitter — while the CJG cannot be
reached. It never touches widgets or the vault directly: the round's client reaches the
vault through the vault's own worker thread.

What is waiting lives in the outbox, not here, so a restart simply resumes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sync.client.errors import SyncError
from sync.client.sync_client import PushSummary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    """Delay after the n-th failure in a row: base·2ⁿ⁻¹ capped, the upper half jittered."""

    base_s: float = 5.0
    cap_s: float = 15 * 60.0

    def delay(self, failures: int, unit: float) -> float:
        """``unit`` is a uniform random number in [0, 1): half fixed, half random, so
        that laptops that lost the network together do not return together."""
        if failures <= 0:
            return 0.0
        ceiling = min(self.cap_s, self.base_s * float(2 ** min(failures - 1, 30)))
        return ceiling / 2 + unit * ceiling / 2


@dataclass(frozen=True)
class RoundOutcome:
    """What one round did, for the status line: a summary or the problem's code."""

    summary: PushSummary | None
    error: str | None
    failures: int          # failures in a row, 0 after a good round
    next_in_s: float | None  # None: waits to be woken (nothing can be done by waiting)


class SyncWorker:
    def __init__(
        self, run_round: Callable[[], PushSummary], *,
        report: Callable[[RoundOutcome], None] = lambda outcome: None,
        interval_s: float = 120.0, backoff: Backoff | None = None,
        unit: Callable[[], float] = random.random, answer_soon_s: float = 10.0,
    ) -> None:
        """``answer_soon_s``: after a round that sent what the other professional may answer
        right now (a coordination step, a handed-over file), the next comes this soon."""
        self._run_round = run_round
        self._report = report
        self._interval_s = interval_s
        self._answer_soon_s = answer_soon_s
        self._backoff = backoff or Backoff()
        self._unit = unit
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="stap0-sync", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Something new to send, or a new connection: try now instead of later."""
        self._wake.set()

    def stop(self, wait_s: float = 0.0) -> None:
        """Stop after the current round (which may still be waiting for the network)."""
        self._stopped.set()
        self._wake.set()
        if self._thread is not None and wait_s > 0:
            self._thread.join(wait_s)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run_once(self) -> RoundOutcome:
        """One round and the delay until the next (also what the loop does)."""
        try:
            summary = self._run_round()
        except SyncError as exc:
            if not exc.retry:
                self.failures = 0
                return RoundOutcome(None, exc.code, 0, None)
            self.failures += 1
            return RoundOutcome(None, exc.code, self.failures,
                                self._backoff.delay(self.failures, self._unit()))
        if summary.unverified:
            self.failures += 1
            return RoundOutcome(summary, "bad_receipt", self.failures,
                                self._backoff.delay(self.failures, self._unit()))
        self.failures = 0
        soon = summary.awaits_answer and self._answer_soon_s < self._interval_s
        return RoundOutcome(summary, None, 0,
                            self._answer_soon_s if soon else self._interval_s)

    def _loop(self) -> None:
        _lower_priority()
        while not self._stopped.is_set():
            self._wake.clear()
            try:
                outcome = self.run_once()
            except Exception:  # a bug, or the vault locked under us (then stopped is set)
                if self._stopped.is_set():
                    return
                log.warning("a sync round failed unexpectedly", exc_info=True)
                self.failures += 1  # told in the status line; tried again, backing off
                outcome = RoundOutcome(None, "internal_error", self.failures,
                                       self._backoff.delay(self.failures, self._unit()))
            if self._stopped.is_set():
                return
            try:
                self._report(outcome)
            except RuntimeError:  # whoever listened is gone
                return
            self._wake.wait(outcome.next_in_s)


def _lower_priority() -> None:
    """Let the window win the processor: sealing thousands of signals is background work.
    (Linux: this thread's own nice value; elsewhere a no-op.)"""
    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
