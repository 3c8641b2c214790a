"""Withdrawing consent, ending a signal, and its end date: unsent signals never leave,
those the CJG holds get a signed withdrawal, and the CJG's matches go with them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from stap0_desktop.domain.outbox import SignalState
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.server.loopback import LoopbackServer
from tests.builders import enrolled_client, queue_signals


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LoopbackServer]:
    with LoopbackServer(tmp_path / "cjg") as server:
        yield server


def _server_status(server: LoopbackServer) -> dict[str, str]:
    return {e.id: e.status for e in server.repo.inbox() if e.kind == "signal"}


def test_withdrawing_consent_removes_unsent_and_withdraws_received(
    vault: Vault, server: LoopbackServer,
) -> None:
    client = enrolled_client(vault, server)
    sent = queue_signals(vault, 2)
    client.sync()
    signals = SignalService(vault)
    basis_id = signals.outbox().value[0].basis_id
    later = signals.queue(basis_id, signals.outbox().value[0].payload).value   # not sent yet
    removed, to_withdraw = signals.withdraw(basis_id, "Saar Verhoeven").value
    assert (removed, to_withdraw) == (1, 2)
    assert later not in {r.id for r in signals.outbox().value}                 # gone locally
    assert {r.state for r in signals.outbox().value} == {SignalState.WITHDRAWAL_WAITING}
    summary = client.sync()
    assert summary.withdrawn == 2 and summary.sent == 0
    assert {r.state for r in signals.outbox().value} == {SignalState.WITHDRAWN}
    assert _server_status(server) == dict.fromkeys(sent, "withdrawn")
    assert later not in _server_status(server)
    assert client.sync().withdrawn == 0                                        # once


def test_ending_one_signal_by_hand(vault: Vault, server: LoopbackServer) -> None:
    client = enrolled_client(vault, server)
    first, second = queue_signals(vault, 2)
    client.sync()
    signals = SignalService(vault)
    assert signals.withdraw_signal(first).value is SignalState.WITHDRAWAL_WAITING
    assert client.sync().withdrawn == 1
    assert _server_status(server) == {first: "withdrawn", second: "active"}


def test_the_end_date_withdraws_by_itself(vault: Vault, server: LoopbackServer) -> None:
    client = enrolled_client(vault, server)
    held = queue_signals(vault, 2)
    client.sync()
    signals = SignalService(vault)
    unsent = signals.queue(signals.outbox().value[0].basis_id,
                           signals.outbox().value[0].payload).value
    ends_on = signals.outbox().value[0].ends_on
    after_the_end = SyncClient(OutboxService(vault), today=lambda: ends_on + timedelta(days=1))
    summary = after_the_end.sync()
    assert summary.sent == 0 and summary.withdrawn == 2
    states = {r.id: r.state for r in signals.outbox().value}
    assert states == {held[0]: SignalState.EXPIRED, held[1]: SignalState.EXPIRED,
                      unsent: SignalState.EXPIRED}
    assert _server_status(server) == dict.fromkeys(held, "withdrawn")


def test_a_lapsed_consent_stops_what_has_not_gone_yet(
    vault: Vault, server: LoopbackServer,
) -> None:
    enrolled_client(vault, server)
    queue_signals(vault, 1)
    basis = SignalService(vault).outbox().value[0]
    valid_until = date.fromisoformat(vault.db.conn.execute(
        "SELECT valid_until FROM sharing_basis WHERE id = ?", (basis.basis_id,)).fetchone()[0])
    later = SyncClient(OutboxService(vault), today=lambda: valid_until + timedelta(days=1))
    assert later.sync().sent == 0
    assert SignalService(vault).outbox().value[0].state is SignalState.EXPIRED
    assert server.repo.inbox() == []
