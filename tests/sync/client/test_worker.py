"""The background sync: backoff with jitter while the CJG is away, an interval when all is
well, waiting to be woken when only the professional can help; and the real thing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.operations import OperationRunner
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from sync.client.errors import SyncError
from sync.client.sync_client import PushSummary, SyncClient
from sync.client.worker import Backoff, RoundOutcome, SyncWorker
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client, queue_signals


def test_backoff_doubles_up_to_its_cap_with_the_upper_half_jittered() -> None:
    backoff = Backoff(base_s=5, cap_s=300)
    assert backoff.delay(0, 0.5) == 0
    assert [backoff.delay(n, 0.0) for n in range(1, 9)] == [2.5, 5, 10, 20, 40, 80, 150, 150]
    assert [backoff.delay(n, 0.999) for n in (1, 4)] == pytest.approx([4.9975, 39.98])
    assert backoff.delay(10_000, 0.5) == 225          # no overflow, capped


class Rounds:
    def __init__(self, *results: PushSummary | SyncError) -> None:
        self.results = list(results)

    def __call__(self) -> PushSummary:
        result = self.results.pop(0)
        if isinstance(result, SyncError):
            raise result
        return result


def test_failures_back_off_and_a_good_round_resets() -> None:
    worker = SyncWorker(Rounds(SyncError("unreachable"), SyncError("timeout"),
                               SyncError("server_error"), PushSummary(sent=2, received=2)),
                        interval_s=60, backoff=Backoff(base_s=4, cap_s=100), unit=lambda: 0.5)
    delays = [worker.run_once().next_in_s for _ in range(4)]
    assert delays == [3.0, 6.0, 12.0, 60]
    assert worker.failures == 0


def test_after_sending_coordination_steps_the_next_round_comes_soon() -> None:
    worker = SyncWorker(Rounds(PushSummary(coordinated=1), PushSummary(), PushSummary()),
                        interval_s=120, answer_soon_s=10)
    assert [worker.run_once().next_in_s for _ in range(3)] == [10, 120, 120]


def test_only_the_professional_can_mend_some_problems() -> None:
    worker = SyncWorker(Rounds(SyncError("not_enrolled"), SyncError("revoked")))
    assert worker.run_once() == RoundOutcome(None, "not_enrolled", 0, None)
    assert worker.run_once().next_in_s is None


def test_receipts_that_do_not_verify_count_as_a_failure() -> None:
    worker = SyncWorker(Rounds(PushSummary(sent=1, unverified=1)), unit=lambda: 0.0)
    outcome = worker.run_once()
    assert outcome.error == "bad_receipt" and outcome.failures == 1 and outcome.next_in_s


def test_the_thread_reports_each_round_and_wakes_on_request() -> None:
    reports: list[RoundOutcome] = []
    reported = threading.Event()

    def report(outcome: RoundOutcome) -> None:
        reports.append(outcome)
        reported.set()

    worker = SyncWorker(Rounds(SyncError("unreachable"), PushSummary(sent=1, received=1)),
                        report=report, interval_s=3600,
                        backoff=Backoff(base_s=3600, cap_s=3600))
    worker.start()
    assert reported.wait(5)
    reported.clear()
    worker.wake()                                    # the network is back: try now
    assert reported.wait(5)
    worker.stop(wait_s=5)
    assert not worker.running
    assert [r.error for r in reports] == ["unreachable", None]


def test_an_unexpected_error_is_told_and_the_worker_goes_on() -> None:
    """A bug in a round does not end the background sync behind a status line that keeps
    showing the last good round: the round says ``internal_error``, the next is tried."""
    reports: list[RoundOutcome] = []
    reported = threading.Event()
    calls = iter([KeyError("a bug"), PushSummary(sent=1, received=1)])

    def round_() -> PushSummary:
        result = next(calls)
        if isinstance(result, Exception):
            raise result
        return result

    def report(outcome: RoundOutcome) -> None:
        reports.append(outcome)
        reported.set()

    worker = SyncWorker(round_, report=report, interval_s=3600,
                        backoff=Backoff(base_s=3600, cap_s=3600), unit=lambda: 0.0)
    worker.start()
    assert reported.wait(5)
    assert reports[0].error == "internal_error" and reports[0].failures == 1
    assert reports[0].next_in_s == 1800               # backs off, as for an absent CJG
    reported.clear()
    worker.wake()
    assert reported.wait(5)
    worker.stop(wait_s=5)
    assert [r.error for r in reports] == ["internal_error", None] and worker.failures == 0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LoopbackServer]:
    server = LoopbackServer(tmp_path / "cjg")
    yield server
    server.close()


def test_the_worker_sends_through_the_vault_thread_once_the_cjg_is_back(
    vault: Vault, server: LoopbackServer,
) -> None:
    server.start()
    enrolled_client(vault, server)
    ids = queue_signals(vault, 3)
    server.stop()
    runner = OperationRunner()
    vault_threads: set[str] = set()

    def on_vault_thread(operation):  # type: ignore[no-untyped-def]
        def traced():  # type: ignore[no-untyped-def]
            vault_threads.add(threading.current_thread().name)
            return operation()
        return runner.run(traced)

    client = SyncClient(OutboxService(vault), timeout=2, run=on_vault_thread)
    outcomes: list[RoundOutcome] = []
    done = threading.Event()

    def report(outcome: RoundOutcome) -> None:
        outcomes.append(outcome)
        if outcome.error is None:
            done.set()
        elif len(outcomes) == 1:
            server.start()                           # back online after the first failure

    worker = SyncWorker(client.sync, report=report, interval_s=3600,
                        backoff=Backoff(base_s=0.2, cap_s=1))
    worker.start()
    try:
        assert done.wait(30)
    finally:
        worker.stop(wait_s=5)
        runner.shutdown()
    assert outcomes[0].error == "unreachable" and outcomes[-1].summary is not None
    assert outcomes[-1].summary.received == 3
    assert vault_threads == {n for n in vault_threads if n.startswith("stap0-vault")}
    states = {r.id: r.state for r in SignalService(vault).outbox().value}
    assert states == dict.fromkeys(ids, SignalState.RECEIVED)
