"""Faults between the laptop and the real CJG server over HTTPS on loopback: down, 500s, a
reply lost after the store, time-outs, slow answers, receipts that do not verify. In every
case, after recovery: each signal stored exactly once on the server, none lost, every
receipt verified."""

from __future__ import annotations

from pathlib import Path

import pytest

from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from sync.client.envelope_round import EnvelopeRound
from sync.client.sync_client import SyncError
from sync.server.loopback import LoopbackServer
from tests.builders import (
    assert_exactly_once,
    enrolled_client,
    queue_signals,
)
from tests.sync.faults import Faults

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
        faults.set(mode, times=2 if mode == "error_500" else 1)
    with pytest.raises(SyncError) as exc:
        client.sync(batch_size=BATCH)
    assert exc.value.code == code and exc.value.retry
    status = OutboxService(vault).status().value
    assert status.last_error == code and status.waiting == SIGNALS
    if mode != "error_500":
        assert len(server.repo.inbox()) == BATCH     # the server kept the first batch
    if mode == "error_500":
        with pytest.raises(SyncError):
            client.sync(batch_size=BATCH)            # the second 500
    summary = client.sync(batch_size=BATCH)
    assert summary.received == SIGNALS and summary.waiting == 0 and summary.refused == 0
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


def test_the_next_batch_is_made_ready_while_one_is_on_its_way(
    vault: Vault, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sealing and pseudonyms of batch n+1 overlap the CJG's work on batch n, but batch
    n's answer is recorded before n+1 is sent; and when making n+1 ready fails, what was
    on its way is not lost and not stored twice."""
    client = enrolled_client(vault, server)
    ids = queue_signals(vault, SIGNALS)
    steps: list[str] = []
    real_ready = EnvelopeRound._ready
    real_post, real_record = EnvelopeRound._post, EnvelopeRound._record

    def ready(*args):  # type: ignore[no-untyped-def]
        steps.append("ready")
        if steps.count("ready") == 3 and steps.count("recovered") == 0:
            raise SyncError("pseudonymiser_busy")     # the third batch cannot be made
        return real_ready(*args)

    def post(*args):  # type: ignore[no-untyped-def]
        steps.append("post")
        return real_post(*args)

    def record(*args):  # type: ignore[no-untyped-def]
        steps.append("record")
        return real_record(*args)

    monkeypatch.setattr(EnvelopeRound, "_ready", ready)
    monkeypatch.setattr(EnvelopeRound, "_post", post)
    monkeypatch.setattr(EnvelopeRound, "_record", record)
    with pytest.raises(SyncError):
        client.sync(batch_size=BATCH)
    def nth(step: str, n: int) -> int:
        return [i for i, s in enumerate(steps) if s == step][n - 1]

    # batch 2 made ready while batch 1 is away; 1's answer recorded before 2 is sent
    assert nth("post", 1) < nth("record", 1) and nth("ready", 2) < nth("record", 1), steps
    assert nth("record", 1) < nth("post", 2), steps
    assert steps.count("ready") == 3 and steps.count("record") == 2, steps  # 2 answered
    assert len([e for e in server.repo.inbox() if e.kind == "signal"]) == 2 * BATCH
    steps.append("recovered")
    summary = client.sync(batch_size=BATCH)
    assert summary.waiting == 0 and summary.received == SIGNALS - 2 * BATCH  # only the rest
    assert_exactly_once(vault, server, ids)
