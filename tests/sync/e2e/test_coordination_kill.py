"""Coordination steps survive a CJG killed with SIGKILL in the middle of a push: after the
server comes back, every step the laptop queued is at the CJG exactly once, none lost, and
every receipt the laptop kept verifies for the envelope it sent."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from stap0_desktop.domain.coordination import Regisseur
from stap0_desktop.domain.models import Professional
from stap0_desktop.services.coordination import CoordinationService
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.vault import Vault
from sync.client.errors import SyncError
from sync.client.sync_client import SyncClient
from sync.protocol.crypto import unb64
from sync.protocol.models import ConnectionProfile, Envelope, Receipt
from sync.protocol.receipts import verify_receipt
from sync.server.cli import main as cjg
from sync.server.config import open_folder_repository
from sync.server.loopback import LoopbackServer, free_port, wait_for_port
from tests.builders import matched_laptop, queue_signals
from tests.conftest import FAST_KDF, child_env, secret
from tests.sync.harness import ServedPseudonymiser

pytestmark = [pytest.mark.system, pytest.mark.slow]

KILLS = 6
TODAY = date.today()


def _serve(folder: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--allow-plain-keys", "--dir",
         str(folder), "--port", str(port)], env=child_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, timeout_s=30)
    return process


def _laptop(folder: Path, server_dir: Path, name: str, organisation: str,
            capsys: pytest.CaptureFixture[str]) -> tuple[Vault, SyncClient]:
    assert cjg(["devices", "invite", "--dir", str(server_dir), "--org", organisation,
                "--name", name, "--role", "professional", "--phone", "0800-0000000"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    vault = Vault.create(folder, secret(), Professional(
        user_id=name, name=name, role="professional", organisation=organisation),
        kdf=FAST_KDF)
    client = SyncClient(OutboxService(vault), timeout=5)
    client.enroll(code, (server_dir / "connection-profile.json").read_text())
    assert OutboxService(vault).confirm_enrollment().value
    queue_signals(vault, 1)
    return vault, client


def _queue_steps(vault: Vault, count: int, rng: random.Random) -> list[str]:
    regie = CoordinationService(vault)
    [match] = regie.overview(TODAY).value
    notice, ids = match.notice, []
    for _ in range(count):
        if rng.random() < 0.5:
            ids.append(regie.record_contact(notice.envelope_id, notice.match_id, TODAY).value)
        else:
            ids.append(regie.propose(notice.envelope_id, notice.match_id, Regisseur(
                side="third", organisation=f"Wijkteam {uuid.uuid4().hex[:4]}"),
                TODAY + timedelta(days=90), TODAY).value)
    return ids


def _push(client: SyncClient) -> None:
    """Many small batches, so that a kill lands in the middle of the push."""
    with contextlib.suppress(SyncError):      # the server is killed under it
        client.sync(batch_size=4)


def test_coordination_steps_survive_a_server_killed_mid_push(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server_dir, port = tmp_path / "cjg", free_port()
    assert cjg(["init", "--dir", str(server_dir), "--port", str(port)]) == 0
    pseudonymiser = ServedPseudonymiser(server_dir)
    server = _serve(server_dir, port)
    nurse, nurse_client = _laptop(tmp_path / "tess", server_dir, "Tess", "JGZ", capsys)
    other, other_client = _laptop(tmp_path / "bram", server_dir, "Bram", "Schuldhulp", capsys)
    try:
        for client in (nurse_client, other_client, nurse_client):
            client.sync()
        rng, caught_sending = random.Random(17), 0
        ids: list[str] = []
        for _ in range(KILLS):
            ids += _queue_steps(nurse, 40, rng)
            pushing = threading.Thread(target=_push, args=(nurse_client,))
            pushing.start()
            time.sleep(rng.uniform(0.05, 0.8))
            os.kill(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
            pushing.join(timeout=30)
            caught_sending += nurse.db.conn.execute(
                "SELECT count(*) FROM coordination_step WHERE state = 'sending'").fetchone()[0]
            server = _serve(server_dir, port)
        assert caught_sending > 0, "some pushes were cut off with steps on their way"
        nurse_client.sync()
        rows = nurse.db.conn.execute(
            "SELECT id, state, sealed, receipt FROM coordination_step").fetchall()
    finally:
        server.kill()
        server.wait(timeout=10)
        pseudonymiser.terminate()
        pseudonymiser.wait(timeout=10)
        nurse.close()
        other.close()
    assert sorted(r[0] for r in rows) == sorted(ids)                        # none lost
    assert {r[1] for r in rows} == {"received"}
    repo = open_folder_repository(server_dir)
    try:
        held = [e for e in repo.envelopes(ids).values() if e.kind == "coordination"]
    finally:
        repo.close()
    assert sorted(e.id for e in held) == sorted(ids)                        # exactly once
    profile = ConnectionProfile.model_validate_json(
        (server_dir / "connection-profile.json").read_text())
    digests = {e.id: e.digest for e in held}
    for step_id, _state, sealed, receipt_text in rows:
        receipt = Receipt.model_validate_json(receipt_text)
        verify_receipt(receipt, unb64(profile.receipt_public_key),
                       envelope=Envelope.model_validate_json(sealed),
                       device_id=receipt.device_id)
        assert receipt.digest == digests[step_id]


def test_a_reply_lost_after_the_store_is_answered_duplicate_and_counted_once(
        tmp_path: Path) -> None:
    from tests.sync.faults import Faults

    faults = Faults(app=None)

    def wrap(app: object) -> Faults:
        faults.app = app
        return faults

    with LoopbackServer(tmp_path / "cjg", wrap=wrap) as server:
        nurse, nurse_client, _ = matched_laptop(tmp_path / "tess", server, "Tess", "JGZ")
        other, other_client, _ = matched_laptop(tmp_path / "bram", server, "Bram", "Schuldhulp")
        try:
            for client in (nurse_client, other_client, nurse_client):
                client.sync()
            ids = _queue_steps(nurse, 3, random.Random(3))
            faults.set("drop_after_store")      # the CJG stores, the reply never comes
            with pytest.raises(SyncError):
                nurse_client.sync()
            states = {r[0] for r in nurse.db.conn.execute(
                "SELECT state FROM coordination_step").fetchall()}
            assert states == {"sending"}         # sealed and sent, not yet confirmed
            assert nurse_client.sync().coordinated == 3
            receipts = [Receipt.model_validate_json(r[0]) for r in nurse.db.conn.execute(
                "SELECT receipt FROM coordination_step").fetchall()]
            held = [e for e in server.repo.envelopes(ids).values()
                    if e.kind == "coordination"]
        finally:
            nurse.close()
            other.close()
    assert {r.status for r in receipts} == {"duplicate"}
    assert sorted(e.id for e in held) == sorted(ids)
