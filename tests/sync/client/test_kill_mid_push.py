"""``stap0 sync`` killed with SIGKILL at random moments of a push — while sealing, with
the batch in flight, after the server stored it — and then a clean round: each signal is
on the server exactly once, none is lost, every receipt verifies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stap0_desktop.storage.vault import Vault
from sync.server.loopback import LoopbackServer
from tests.builders import assert_exactly_once, enrolled_client, queue_signals
from tests.conftest import PASSPHRASE, child_env, secret
from tests.sync.faults import Faults

KILLS = 8


@pytest.fixture
def server(faulty_server: LoopbackServer) -> LoopbackServer:
    return faulty_server


@pytest.mark.slow
def test_sigkill_in_the_middle_of_a_push(
    vault: Vault, vault_dir: Path, server: LoopbackServer, faults: Faults,
) -> None:
    enrolled_client(vault, server)
    ids = queue_signals(vault, 4)
    vault.close()
    # Every answer comes late, so the kill often lands after the store, before the reply.
    faults.set("slow", times=-1, delay_s=0.4)
    rng = random.Random(7)
    env = child_env(STAP0_PASSPHRASE=PASSPHRASE)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "stap0_desktop", "--data-dir", str(vault_dir), "sync"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 3.5))  # the first push follows a pseudonym round
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        with Vault.open(vault_dir, secret()) as again:     # and more while it was down
            ids += queue_signals(again, 1)
    assert faults.spoiled > 0, "some pushes reached the server before the kill"
    faults.set(None)
    with Vault.open(vault_dir, secret()) as again:
        from stap0_desktop.services.outbox import OutboxService
        from sync.client.sync_client import SyncClient

        SyncClient(OutboxService(again)).sync()
        assert_exactly_once(again, server, ids)
