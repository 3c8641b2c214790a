"""Failed unlock attempts, counted per data folder so that a restart does not reset them.

After ``FREE_ATTEMPTS`` failures each further try waits longer (doubling, capped). The
file holds only a count and a time, never anything about clients.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync.protocol.files import write_atomically

FILE_NAME = "unlock-attempts.json"
FREE_ATTEMPTS = 5
BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0


@dataclass(frozen=True)
class AttemptState:
    failures: int
    last_failure: float

    def delay(self) -> float:
        """Seconds to wait after the last failure before the next try is allowed."""
        if self.failures < FREE_ATTEMPTS:
            return 0.0
        return float(min(MAX_DELAY_S, BASE_DELAY_S * 2.0 ** (self.failures - FREE_ATTEMPTS)))

    def wait_remaining(self, now: float) -> float:
        return max(0.0, self.last_failure + self.delay() - now)


class UnlockAttempts:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = folder / FILE_NAME
        self._clock = clock

    def _now(self) -> float:
        return self._clock()

    def state(self) -> AttemptState:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            return AttemptState(int(data["failures"]), float(data["last_failure"]))
        except (OSError, ValueError, KeyError, TypeError):
            return AttemptState(0, 0.0)

    def wait_remaining(self) -> float:
        return self.state().wait_remaining(self._now())

    def record_failure(self) -> AttemptState:
        state = AttemptState(self.state().failures + 1, self._now())
        if self._path.parent.exists():
            write_atomically(self._path, json.dumps(
                {"failures": state.failures, "last_failure": state.last_failure}).encode())
        return state

    def reset(self) -> None:
        self._path.unlink(missing_ok=True)
