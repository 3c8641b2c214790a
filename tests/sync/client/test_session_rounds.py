"""The session's background rounds against the real CJG on loopback: the views hear what a
round changed, and a round that brought nothing new changes nothing — no view refreshed,
no notice rewritten or logged again."""

from __future__ import annotations

import queue
from pathlib import Path

from stap0_desktop.services.operations import ChangeSet
from stap0_desktop.services.session import RoundOutcome, Session
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client, queue_signals
from tests.conftest import FAST_KDF, OWNER, secret


def _rounds(session: Session) -> queue.Queue[RoundOutcome]:
    """The background worker started; each round's outcome comes out here."""
    outcomes: queue.Queue[RoundOutcome] = queue.Queue()
    session.on_round(outcomes.put)
    session.sync_worker.start()
    return outcomes


def _notice_writes(session: Session) -> int:
    events = session.runner.run(session.vault.read_access_log)
    return sum(e.object_type == "match_notice" for e in events)


def test_a_round_says_what_it_changed_and_an_idle_one_nothing(tmp_path: Path) -> None:
    server = LoopbackServer(tmp_path / "cjg").start()
    session = Session.create(tmp_path / "kluis", secret(), OWNER, kdf=FAST_KDF)
    try:
        enrolled_client(session.vault, server)
        queue_signals(session.vault, 2)
        heard: list[ChangeSet] = []
        session.changes.subscribe(heard.append)

        rounds = _rounds(session)
        first = rounds.get(timeout=20)
        assert first.error is None and first.summary is not None
        assert first.summary.received == 2
        assert [c.outbox for c in heard] == [True]        # the signals' states changed
        writes = _notice_writes(session)

        heard.clear()
        session.sync_worker.wake()
        idle = rounds.get(timeout=20)
        assert idle.error is None
        assert heard == []                                # nothing for any view
        assert _notice_writes(session) == writes          # the same notices: not rewritten
    finally:
        session.close()
        server.stop()


def test_a_failed_round_refreshes_no_view(
    tmp_path: Path,
) -> None:
    server = LoopbackServer(tmp_path / "cjg").start()
    session = Session.create(tmp_path / "kluis", secret(), OWNER, kdf=FAST_KDF)
    try:
        enrolled_client(session.vault, server, timeout=1.0)
        queue_signals(session.vault, 1)
        server.stop()                                     # offline from here on
        heard: list[ChangeSet] = []
        session.changes.subscribe(heard.append)
        assert _rounds(session).get(timeout=20).error is not None
        assert heard == []
    finally:
        session.close()
        server.stop()
