"""``stap0 --demo-cjg``: a loopback CJG and a simulated colleague; the demo's own signals
go out and match notices come back, with the colleague's contact and nothing else."""

from __future__ import annotations

from pathlib import Path

from stap0_desktop.demo.cjg import COLLEAGUE
from stap0_desktop.demo.vault import DEMO_PASSPHRASE, make_demo_vault
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.services.signals import SignalService
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient


def test_the_demo_sees_a_signal_go_out_and_a_match_come_back(tmp_path: Path) -> None:
    server = make_demo_vault(tmp_path / "kluis", families=20, with_cjg=True)
    assert server is not None
    try:
        with Vault.open(tmp_path / "kluis", SecretBytes.from_text(DEMO_PASSPHRASE)) as vault:
            client = SyncClient(OutboxService(vault))
            summary = client.sync()
            assert summary.received == 2 and summary.notices >= 1
            assert summary.matches_changed                  # the family list must show them
            assert not client.sync().matches_changed        # the same matches: no refresh
            families = {row.family_id for row in SignalService(vault).outbox().value}
            notices = [n for f in families for n in OutboxService(vault).notices(f).value]
    finally:
        server.close()
    assert {(n.name, n.organisation) for n in notices} == {(COLLEAGUE.name,
                                                            COLLEAGUE.organisation)}
