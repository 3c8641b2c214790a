"""SIGKILL at random moments: every acknowledged commit survives, integrity holds."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from stap0_desktop.storage.errors import WrongPassphrase
from stap0_desktop.storage.vault import Vault
from tests.builders import signal_family
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, REPO, child_env, secret

KILLS = 50
SEED = 7513


def _run_and_kill(args: list[str], delay: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=child_env(),
    )
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            first.set()
        first.set()  # the child ended without being killed: let the test see it

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    first.wait(timeout=30)
    time.sleep(delay)
    if child.poll() is not None:
        pytest.fail(f"child ended by itself with {child.returncode}: {lines[-3:]}")
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    return lines


@pytest.mark.slow
def test_acknowledged_notes_survive_sigkill(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    rng = random.Random(SEED)
    acknowledged: dict[int, str] = {}
    for run in range(KILLS):
        lines = _run_and_kill(
            [str(REPO / "tests/helpers/commit_notes.py"), str(vault_dir), PASSPHRASE, str(run)],
            delay=rng.uniform(0.0, 0.25),
        )
        for line in lines:
            _, run_id, index, note_id = line.split()
            acknowledged[int(note_id)] = f"run {run_id} note {index} "
    assert len(acknowledged) > KILLS  # the children really committed between kills
    with Vault.open(vault_dir, secret()) as reopened:
        report = reopened.check()
        assert report.ok, report
        rows = dict(reopened.db.conn.execute("SELECT id, body FROM note").fetchall())
    missing = [nid for nid, text in acknowledged.items() if not str(rows.get(nid, "")).startswith(text)]
    assert missing == []


@pytest.mark.slow
def test_passphrase_change_killed_at_any_moment_opens_with_old_or_new(
    vault: Vault, vault_dir: Path
) -> None:
    vault.close()
    rng = random.Random(SEED)
    for _ in range(15):
        lines = _run_and_kill(
            [str(REPO / "tests/helpers/change_passphrase.py"), str(vault_dir), PASSPHRASE,
             NEW_PASSPHRASE],
            delay=rng.uniform(0.0, 0.1),
        )
        assert lines and lines[0] == "open"
        opened = 0
        for candidate in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                Vault.open(vault_dir, secret(candidate)).close()
                opened += 1
            except WrongPassphrase:
                pass
        assert opened == 1


def test_stale_temp_slot_files_are_cleared_on_open(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    stale = vault_dir / ".keyslots.json.abcdef.tmp"
    stale.write_text("{half")
    with Vault.open(vault_dir, secret()):
        assert not stale.exists()


@pytest.mark.slow
def test_no_outbox_row_without_a_valid_basis_whenever_the_process_dies(
    vault: Vault, vault_dir: Path
) -> None:

    family_id, member_ids, run_id = signal_family(vault)
    vault.close()
    rng = random.Random(SEED)
    rounds = 0
    for _ in range(15):
        lines = _run_and_kill(
            [str(REPO / "tests/helpers/consent_loop.py"), str(vault_dir), PASSPHRASE,
             str(family_id), str(run_id), ",".join(map(str, member_ids))],
            delay=rng.uniform(0.0, 0.3))
        rounds += len(lines)
    assert rounds > 15
    with Vault.open(vault_dir, secret()) as reopened:
        assert reopened.check().ok
        orphans = reopened.db.conn.execute(
            "SELECT count(*) FROM outbox o JOIN sharing_basis b ON b.id = o.basis_id"
            " WHERE o.state = 'waiting' AND b.withdrawn_at IS NOT NULL").fetchone()[0]
        missing = reopened.db.conn.execute(
            "SELECT count(*) FROM outbox o LEFT JOIN sharing_basis b ON b.id = o.basis_id"
            " WHERE b.id IS NULL").fetchone()[0]
    assert orphans == 0 and missing == 0
