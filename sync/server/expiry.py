"""Inside ``serve``, at start and then every few hours — not only when an operator
remembers ``stap0-cjg purge``: signals past their end date end, and matches that stall
past the policy's terms are escalated (once each; both laptops are told)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sync.protocol.canonical import utc_second
from sync.server.coordination_store import terms_of
from sync.server.handover_store import HandoverStore
from sync.server.profile_chain import current_policy
from sync.server.repository import Repository

EVERY_S = 6 * 3600
_log = logging.getLogger("stap0.cjg.expiry")


def start_expiry(repo: Repository, clock: Callable[[], float], folder: Path | None = None,
                 every_s: float = EVERY_S) -> threading.Event:
    """A daemon thread that expires ended signals and escalates stalled matches (terms
    from ``folder``'s profile); set the returned event to stop it."""
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                now = datetime.fromtimestamp(clock(), UTC)
                ended = repo.expire(now.date().isoformat())
                if ended:
                    _log.warning("expired %d signals", len(ended))  # counts, never content
                escalated = repo.escalate(now.date(), terms_of(current_policy(folder)),
                                          utc_second(now))
                if escalated:
                    _log.warning("escalated %d stalled matches", len(escalated))
                deleted = HandoverStore(repo).expire(utc_second(now))
                if deleted:
                    _log.warning("deleted %d handovers not answered in time", len(deleted))
            except Exception:  # the database may be away for a while: try again later
                _log.exception("expiry failed; trying again later")
            stop.wait(every_s)

    threading.Thread(target=run, name="stap0-cjg-expiry", daemon=True).start()
    return stop
