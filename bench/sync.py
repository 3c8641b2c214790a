"""Sync benchmark: the laptop's outbox pushed to a CJG inbox over real HTTPS on loopback.

Prints, in one run:
* 10,000 queued signals pushed end-to-end (seal, store sealed, send in batches of 100,
  verify receipts, mark received): signals per second (target: >= 1,000);
* the sign-and-seal floor per signal alone (canonical JSON, Ed25519, HPKE), and the ratio
  end-to-end / floor (target: <= 4);
* the longest UI-thread stall while the app's background sync pushes (target: <= 50 ms).

The server (``stap0-cjg serve``, SQLite) runs in its own process; the app part runs in a
child process offscreen.

    python bench/sync.py [--signals 10000] [--ui-signals 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent

# This file is named like the `sync` package: the project root goes first, and this
# folder (which Python puts first for a script) last.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH),
               str(BENCH)]

from _report import at_least, at_most, ratio_at_most, report  # noqa: E402

PASSPHRASE = "benchmark wachtwoordzin voor de sync"
FAMILIES = 200


from tests.sync.harness import ServedCjg  # noqa: E402


def serve(folder: Path) -> ServedCjg:
    """``stap0-cjg serve`` and its pseudonymiser, each in a process of its own (``init``
    first if the folder is new)."""
    from sync.protocol.models import ConnectionProfile
    from sync.server.config import record_database
    from sync.server.keys import PROFILE_FILE, init_folder
    from sync.server.loopback import free_port

    if (folder / PROFILE_FILE).exists():
        url = ConnectionProfile.model_validate_json((folder / PROFILE_FILE).read_text())
        port = int(url.server_url.rsplit(":", 1)[1])
    else:
        port = free_port()
        init_folder(folder, "Gemeente Bench", port=port)
        # One laptop sends a whole caseload's signals at once here: no oracle limits.
        record_database(folder, "sqlite:cjg.db", people_per_day=1_000_000)
    # The CJG shares this machine's two cores with the app (in real life it is elsewhere).
    return ServedCjg(folder, port, per_device=100_000)


def build_vault(folder: Path, server_dir: Path, signals: int) -> None:
    """A demo caseload, enrolled with the server, with ``signals`` consented signals queued
    round-robin over the families judged raised or high."""
    from stap0_desktop.config.paths import checklists_dir
    from stap0_desktop.demo.caseload import DemoCaseload
    from stap0_desktop.demo.signals import queue_demo_signals
    from stap0_desktop.domain.models import Professional
    from stap0_desktop.services.checklists import load_library
    from stap0_desktop.services.outbox import OutboxService
    from stap0_desktop.services.signals import SignalService
    from stap0_desktop.storage.keyslots import Argon2Params
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.storage.vault import Vault
    from sync.client.sync_client import SyncClient
    from sync.protocol.canonical import utc_second
    from sync.server.keys import PROFILE_FILE
    from sync.server.repository import open_repository

    owner = Professional(user_id="bench", name="Bench Verpleeg", role="jeugdverpleegkundige",
                         organisation="JGZ Bench")
    kdf = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)  # not what is measured
    with Vault.create(folder, SecretBytes.from_text(PASSPHRASE), owner, kdf=kdf) as vault:
        DemoCaseload(seed=9, checklists=load_library(checklists_dir()).latest()).write(
            vault, FAMILIES, 1, batch=200)
        judged = queue_demo_signals(vault, FAMILIES)
        service = SignalService(vault)
        templates = service.outbox().value
        for index in range(signals - judged):
            row = templates[index % len(templates)]
            service.queue(row.basis_id, row.payload)
        repo = open_repository(None, server_dir / "cjg.db")
        code = "BENC-H000-0000-" + f"{len(list(folder.parent.iterdir())):04d}"
        repo.add_invite(code, owner.name, owner.organisation, utc_second(), "0800-0000012")
        repo.close()
        SyncClient(OutboxService(vault)).enroll(code, (server_dir / PROFILE_FILE).read_text())
        OutboxService(vault).confirm_enrollment()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux; 0 where /proc is missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def push_figures(folder: Path, server: ServedCjg) -> dict[str, object]:
    from stap0_desktop.services.outbox import OutboxService
    from stap0_desktop.storage.secret import SecretBytes
    from stap0_desktop.storage.vault import Vault
    from sync.client.sync_client import SyncClient

    with Vault.open(folder, SecretBytes.from_text(PASSPHRASE)) as vault:
        outbox = OutboxService(vault)
        waiting = len(outbox.pending(limit=1_000_000).value)
        floor_before = seal_floor(vault, outbox)
        before = vault.db.transactions
        processes = {"laptop": os.getpid(), "cjg": server.processes[1].pid,
                     "pseudonymiser": server.processes[0].process.pid}  # type: ignore[union-attr]
        cpu_before = {name: cpu_seconds(pid) for name, pid in processes.items()}
        start = time.perf_counter()
        summary = SyncClient(outbox, timeout=60).sync(batch_size=100)
        seconds = time.perf_counter() - start
        cpu = {name: round((cpu_seconds(pid) - cpu_before[name]) / waiting * 1000, 3)
               for name, pid in processes.items()}
        transactions = vault.db.transactions - before
        assert summary.received == waiting and summary.waiting == 0, summary
        floor_after = seal_floor(vault, outbox)
    # The floor just before and just after the push: a computer whose speed drifts (a
    # shared virtual machine) moves both alike, and the ratio compares like with like.
    floor = (floor_before + floor_after) / 2
    return {"signals": waiting, "push_s": seconds, "signals_per_s": waiting / seconds,
            "seal_floor_ms": floor * 1000,
            "seal_floor_before_after_ms": [round(floor_before * 1000, 3),
                                           round(floor_after * 1000, 3)],
            "e2e_per_signal_ms": seconds / waiting * 1000,
            # Where the two cores went, per signal: the laptop's process (its round and the
            # threads that post), the CJG and the pseudonymisation service.
            "cpu_ms_per_signal": cpu,
            "e2e_over_floor": (seconds / waiting) / floor,
            "oprf_per_person_ms": oprf_per_person() * 1000,
            "vault_transactions_per_batch_of_100": round(transactions / (waiting / 100), 1)}


def oprf_per_person() -> float:
    """Per person: blind, evaluate (the service's work) and finalise, in batches of 64."""
    from stap0_desktop.domain.bsn import bsns_in_test_range
    from sync.protocol.pseudonyms import Evaluator, blind, finalize

    service = Evaluator(bytes(32))
    people = bsns_in_test_range()[:64]
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        blinding, blinded = blind(people)
        finalize(blinding, service.evaluate(blinded), service.public_key)
    return (time.perf_counter() - start) / (rounds * len(people))


def seal_floor(vault, outbox) -> float:  # type: ignore[no-untyped-def]
    """Per signal: canonical JSON, the device's signature and the HPKE seal alone, in
    batches of 100 as the push seals them (one signature per batch), nothing else."""
    import uuid

    from cryptography.hazmat.primitives.asymmetric import ed25519

    from stap0_desktop.services.signals import SignalService
    from sync.protocol.canonical import canonical, utc_second
    from sync.protocol.crypto import unb64
    from sync.protocol.envelopes import seal_batch
    from sync.protocol.models import ConnectionProfile, EnvelopeHeader

    connection = outbox.connection(with_key=True).value
    profile = ConnectionProfile.model_validate_json(connection.profile_json)
    with connection.device_key as secret:  # as the client signs: from the buffer, wiped
        key = ed25519.Ed25519PrivateKey.from_private_bytes(secret.buffer)
    public = unb64(profile.hpke_public_key)
    waiting = outbox.pending(limit=2000).value    # before the push; after it, all sent
    payloads = [r.payload for r in waiting or SignalService(vault).outbox().value[:2000]]
    start = time.perf_counter()
    for offset in range(0, len(payloads), 100):
        batch = [(EnvelopeHeader(id=uuid.uuid4().hex, device_id=connection.device_id,
                                 created_at=utc_second(), suite=profile.hpke_suite),
                  canonical(payload.model_dump(mode="json")))
                 for payload in payloads[offset:offset + 100]]
        for envelope in seal_batch(batch, key, public):
            envelope.model_dump_json()
    return (time.perf_counter() - start) / len(payloads)


def run_event_loop_until(condition, timeout_s: float = 600.0) -> None:  # type: ignore[no-untyped-def]
    """Qt's own event loop, as in the app (``app.exec()``), checked every 50 ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    check = QTimer()
    check.setInterval(50)
    check.timeout.connect(lambda: loop.quit() if condition() or
                          time.perf_counter() > deadline else None)
    check.start()
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError


def ui_stall(folder: Path, server_dir: Path) -> dict[str, float]:
    """Unlock the app while the CJG is down; once the window has settled, start the
    server and let the background sync push the outbox, beating every 5 ms meanwhile."""
    from app import StallMeter, spin_until
    from PySide6.QtWidgets import QApplication

    from stap0_desktop.config.settings import Settings
    from stap0_desktop.i18n.translator import install_language
    from stap0_desktop.ui.shell.app import AppController

    app = QApplication.instance() or QApplication([])
    install_language("nl")
    controller = AppController(app, folder, Settings(folder.parent / "ui.ini"))
    controller.start()
    controller.window.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    controller.window._submit()  # type: ignore[union-attr]
    spin_until(lambda: controller.main_window is not None)
    session = controller.session
    assert session is not None
    sync = session.sync
    spin_until(lambda: sync.last is not None and not session.bridge.busy)  # unreachable
    assert sync.last is not None and sync.last.error == "unreachable", sync.last
    server = serve(server_dir)
    try:
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        sync.sync_now()
        run_event_loop_until(lambda: sync.last is not None and sync.last.error is None
                             and sync.status is not None and sync.status.waiting == 0)
        seconds = time.perf_counter() - start
        worst = meter.stop()
    finally:
        server.terminate()
        server.wait(timeout=10)
    controller.shutdown()
    return {"ui_push_s": seconds, "ui_stall_ms": worst * 1000}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=10_000)
    parser.add_argument("--ui-signals", type=int, default=2_000)
    parser.add_argument("--ui", type=Path, nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ui is not None:  # child: the app, offscreen
        print(json.dumps(ui_stall(*args.ui)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="stap0-syncbench-"))
    try:
        return run(work, args)
    finally:  # fictional vaults and a CJG folder: gone, also on failure
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, args: argparse.Namespace) -> int:
    server = serve(work / "cjg")
    try:
        print(f"Queuing {args.signals} signals in {work} …", flush=True)
        build_vault(work / "kluis", work / "cjg", args.signals)
        figures: dict[str, object] = dict(push_figures(work / "kluis", server))
        build_vault(work / "kluis-ui", work / "cjg", args.ui_signals)
    finally:
        server.terminate()
        server.wait(timeout=10)
    child = subprocess.run(
        [sys.executable, __file__, "--ui", str(work / "kluis-ui"), str(work / "cjg")],
        capture_output=True, text=True, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
    figures["ui_signals"] = args.ui_signals
    checks = [
        at_least("client push end to end", float(figures["signals_per_s"]), 1000,  # type: ignore[arg-type]
                 " signals/s"),
        ratio_at_most("client push per signal against the seal floor",
                      float(figures["e2e_per_signal_ms"]), float(figures["seal_floor_ms"]),  # type: ignore[arg-type]
                      4.0, " ms"),
        at_most("longest UI-thread stall during a push", float(figures["ui_stall_ms"]), 50,  # type: ignore[arg-type]
                " ms"),
    ]
    return report("sync", figures, checks)


if __name__ == "__main__":
    raise SystemExit(main())
