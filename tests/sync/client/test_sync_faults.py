"""Faults between the laptop and the real CJG server over HTTPS on loopback: down, 500s, a
reply lost after the store, time-outs, slow answers, receipts that do not verify. In every
case, after recovery: each signal stored exactly once on the server, none lost, every
receipt verified."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from sync.client import envelope_round
from sync.client.envelope_round import EnvelopeRound, _Batch
from sync.client.sync_client import SyncError
from sync.server.loopback import LoopbackServer
from tests.builders import (
    assert_exactly_once,
    enrolled_client,
    queue_signals,
)
from tests.sync.faults import Faults

R = TypeVar("R")

pytestmark = pytest.mark.system

SIGNALS = 7
BATCH = 3


@pytest.fixture
def server(faulty_server: LoopbackServer) -> LoopbackServer:
    return faulty_server








@pytest.mark.parametrize(("mode", "code"), [
    ("error_500", "server_error"),
    ("drop_after_store", "connection_lost"),
    ("timeout", "timeout"),
])
def test_a_failed_round_then_recovery_stores_each_signal_once(
    vault: Vault, server: LoopbackServer, faults: Faults, mode: str, code: str,
) -> None:
    client = enrolled_client(vault, server, timeout=1.0)
    ids = queue_signals(vault, SIGNALS)
    if mode == "timeout":
        faults.set("slow", times=1, delay_s=2.5)     # stored, then answered too late
    else:
        faults.set(mode, times=-1 if mode == "error_500" else 1)
    with pytest.raises(SyncError) as exc:
        client.sync(batch_size=BATCH)
    assert exc.value.code == code and exc.value.retry
    status = OutboxService(vault).status().value
    kept = len(server.repo.inbox())
    assert status.last_error == code
    if mode == "error_500":
        assert kept == 0 and status.waiting == SIGNALS
        with pytest.raises(SyncError):
            client.sync(batch_size=BATCH)            # a second round of 500s
        faults.set(None)
    else:
        # The server kept the first batch (and maybe the one on its way after it): what
        # was answered is recorded as received, the first batch waits to go again.
        assert BATCH <= kept <= 2 * BATCH
        assert status.waiting == SIGNALS - (kept - BATCH)
    summary = client.sync(batch_size=BATCH)
    assert summary.waiting == 0 and summary.refused == 0
    assert summary.received == SIGNALS - (0 if mode == "error_500" else kept - BATCH)
    assert OutboxService(vault).status().value.last_error is None
    assert_exactly_once(vault, server, ids)


def test_a_slow_answer_within_the_timeout_is_just_slow(
    vault: Vault, server: LoopbackServer, faults: Faults,
) -> None:
    client = enrolled_client(vault, server, timeout=5.0)
    ids = queue_signals(vault, SIGNALS)
    faults.set("slow", times=-1, delay_s=0.3)
    assert client.sync(batch_size=BATCH).received == SIGNALS
    assert_exactly_once(vault, server, ids)


def test_a_server_that_is_down_loses_nothing(
    vault: Vault, server: LoopbackServer,
) -> None:
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    server.stop()
    with pytest.raises(SyncError) as exc:
        client.sync(batch_size=BATCH)
    assert exc.value.code == "unreachable"
    assert len(OutboxService(vault).pending().value) == SIGNALS
    server.start()
    assert client.sync(batch_size=BATCH).received == SIGNALS
    assert_exactly_once(vault, server, ids)


def test_receipts_that_do_not_verify_are_resent_until_one_does(
    vault: Vault, server: LoopbackServer, faults: Faults,
) -> None:
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    faults.set("bad_receipt", times=-1)
    summary = client.sync(batch_size=BATCH)
    assert summary.unverified == SIGNALS and summary.received == 0
    assert {r.state for r in SignalService(vault).outbox().value} == {SignalState.SENDING}
    assert OutboxService(vault).status().value.last_error == "bad_receipt"
    faults.set(None)
    summary = client.sync(batch_size=BATCH)
    assert summary.received == SIGNALS and summary.unverified == 0
    assert_exactly_once(vault, server, ids)


def test_a_server_refusal_sets_one_envelope_aside_and_the_rest_go(
    vault: Vault, server: LoopbackServer,
) -> None:
    from datetime import timedelta

    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    signals = SignalService(vault)
    good = signals.outbox().value[0]
    # An end date three years away: the CJG refuses it (at most two years), the rest go.
    too_long = good.payload.model_copy(
        update={"ends_on": good.payload.signalled_on + timedelta(days=3 * 365)})
    bad = signals.queue(good.basis_id, too_long).value
    summary = client.sync(batch_size=BATCH)
    assert summary.received == SIGNALS and summary.refused == 1
    rows = {r.id: r for r in signals.outbox().value}
    assert rows[bad].state is SignalState.REFUSED and rows[bad].error == "bad_payload"
    assert OutboxService(vault).status().value.refused == 1
    assert client.sync(batch_size=BATCH).sent == 0          # set aside, not retried
    rows.pop(bad)
    assert all(r.state is SignalState.RECEIVED for r in rows.values())
    assert sorted(rows) == sorted(ids)


def test_a_server_with_another_certificate_is_not_trusted(
    vault: Vault, server: LoopbackServer, tmp_path: Path,
) -> None:
    """Only the profile's anchor counts: a server that cannot show it gets nothing."""
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, 1)
    impostor = LoopbackServer(tmp_path / "impostor", port=server.port)   # its own CA
    server.stop()
    impostor.start()
    try:
        with pytest.raises(SyncError) as exc:
            client.sync()
        assert exc.value.code == "untrusted_server" and not exc.value.retry
        assert impostor.repo.inbox() == []
    finally:
        impostor.close()
    server.start()                                  # the real CJG again
    assert client.sync().received == 1
    assert_exactly_once(vault, server, ids)


def test_the_next_batch_is_made_ready_while_two_are_on_their_way(
    vault: Vault, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sealing and pseudonyms of the next batch overlap the CJG's work; at most two
    batches are on their way, their answers recorded in the order they went (batch n's
    before n+2 is sent); and when making a batch ready fails, what was on its way is not
    lost and not stored twice."""
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    steps: list[str] = []
    real_wire = _Batch.wire
    real_post, real_record = EnvelopeRound._post, EnvelopeRound._record

    def ready(batch):  # type: ignore[no-untyped-def]
        steps.append("ready")
        if steps.count("ready") == 3 and "recovered" not in steps:
            raise SyncError("pseudonymiser_busy")     # the third batch's pseudonyms fail
        return real_wire(batch)

    def post(round_, envelopes):  # type: ignore[no-untyped-def]
        steps.append(f"post {sorted(e.header.id for e in envelopes)[0]}")
        return real_post(round_, envelopes)

    def record(round_, batch, pushed):  # type: ignore[no-untyped-def]
        answers = batch.answers.result() if batch.answers is not None else None
        first = sorted(i for i, _ in answers.good + answers.bad)[0] if answers else ""
        steps.append(f"record {first}")
        return real_record(round_, batch, pushed)

    monkeypatch.setattr(_Batch, "wire", ready)
    monkeypatch.setattr(EnvelopeRound, "_post", post)
    monkeypatch.setattr(EnvelopeRound, "_record", record)
    with pytest.raises(SyncError):
        client.sync(batch_size=BATCH)
    kinds = [s.split()[0] for s in steps]   # posts run on their own threads
    assert [k for k in kinds if k != "post"] == ["ready"] * 3 + ["record"] * 2, steps
    assert kinds.count("post") == 2, steps  # both went (the second may still be on its
    #                                         way when the third batch fails)
    posted = [s.split()[1] for s in steps if s.startswith("post")]
    assert [s.split()[1] for s in steps if s.startswith("record")] == posted  # in order
    assert len([e for e in server.repo.inbox() if e.kind == "signal"]) == 2 * BATCH
    steps.append("recovered")
    summary = client.sync(batch_size=BATCH)
    assert summary.waiting == 0 and summary.received == SIGNALS - 2 * BATCH  # only the rest
    assert_exactly_once(vault, server, ids)


def noted(steps: list[str], step: str, call: Callable[..., R]) -> Callable[..., R]:
    """``call``, each call noted in ``steps`` first."""
    def noting(*args: object, **kwargs: object) -> R:
        steps.append(step)
        return call(*args, **kwargs)
    return noting


def test_the_next_batchs_pseudonyms_are_asked_for_before_this_one_is_sealed(
    vault: Vault, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pseudonymiser evaluates batch n+1 while batch n is sealed and stored: its
    request goes (on a thread of its own) before batch n's sealing starts."""
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    steps: list[str] = []
    monkeypatch.setattr(envelope_round, "ask_pseudonyms",
                        noted(steps, "ask", envelope_round.ask_pseudonyms))
    monkeypatch.setattr(EnvelopeRound, "_sealed", noted(steps, "seal", EnvelopeRound._sealed))
    assert client.sync(batch_size=2).received == SIGNALS            # four batches
    assert steps == ["ask", "ask", "seal", "ask", "seal", "ask", "seal", "seal"], steps
    assert_exactly_once(vault, server, ids)


def test_at_most_two_batches_are_on_their_way(
    vault: Vault, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    steps: list[str] = []
    monkeypatch.setattr(EnvelopeRound, "_post", noted(steps, "post", EnvelopeRound._post))
    monkeypatch.setattr(EnvelopeRound, "_record", noted(steps, "record", EnvelopeRound._record))
    assert client.sync(batch_size=2).received == SIGNALS            # four batches
    on_the_way = [steps[:i + 1].count("post") - steps[:i + 1].count("record")
                  for i in range(len(steps))]
    assert max(on_the_way) == 2 and on_the_way[-1] == 0, steps
    assert steps.count("post") == steps.count("record") == 4
    assert_exactly_once(vault, server, ids)
