"""Signals past their end date end by themselves inside ``serve``: at start, then every
few hours — not only when an operator remembers ``stap0-cjg purge``."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from sync.server.repository import Repository

EVERY_S = 6 * 3600
_log = logging.getLogger("stap0.cjg.expiry")


def start_expiry(repo: Repository, clock: Callable[[], float],
                 every_s: float = EVERY_S) -> threading.Event:
    """A daemon thread that expires ended signals; set the returned event to stop it."""
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                ended = repo.expire(datetime.fromtimestamp(clock(), UTC).date().isoformat())
                if ended:
                    _log.warning("expired %d signals", len(ended))  # counts, never content
            except Exception:  # the database may be away for a while: try again later
                _log.exception("expiry failed; trying again later")
            stop.wait(every_s)

    threading.Thread(target=run, name="stap0-cjg-expiry", daemon=True).start()
    return stop
