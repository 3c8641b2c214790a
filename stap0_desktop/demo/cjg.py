"""The demo's CJG: a reference inbox on loopback, and a simulated second professional who
has already signalled some of the same fictional families — so that a newcomer sees a
signal go out and a match notice come back.

Everything here is fictional and throwaway: it lives in the demo's temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from stap0_desktop.demo.caseload import DemoCaseload
from stap0_desktop.demo.signals import queue_demo_signals
from stap0_desktop.domain.checklists import ChecklistDefinition
from stap0_desktop.domain.models import Professional
from stap0_desktop.services.outbox import OutboxService
from stap0_desktop.storage.keyslots import Argon2Params
from stap0_desktop.storage.secret import SecretBytes
from stap0_desktop.storage.vault import Vault
from sync.client.sync_client import SyncClient
from sync.server.loopback import LoopbackServer

COLLEAGUE = Professional(user_id="demo-collega", name="Bram Schuldhulp (demo)",
                         role="schuldhulpverlener", organisation="Schuldhulp Demostad")
_THROWAWAY_KDF = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)


def start_demo_cjg(folder: Path, vault: Vault, *, families: int, seed: int,
                   notes_per_family: int, checklists: list[ChecklistDefinition],
                   colleague_signals: int = 4, own_signals: int = 2,
                   db_url: str | None = None) -> LoopbackServer:
    """Start the inbox, let the colleague send, enroll ``vault`` and queue its signals.

    ``vault`` must hold the demo caseload made with the same ``families``, ``seed`` and
    ``notes_per_family`` (the colleague's vault is made the same way, so it holds the same
    fictional families).
    The app's own background sync then sends them and brings the match notices back.
    """
    server = LoopbackServer(folder / "cjg", db_url=db_url).start()
    passphrase = SecretBytes.from_text("demo collega kluis, weggooien")
    with Vault.create(folder / "collega", passphrase, COLLEAGUE, kdf=_THROWAWAY_KDF) as other:
        DemoCaseload(seed=seed, checklists=checklists).write(other, families, notes_per_family)
        queue_demo_signals(other, colleague_signals)
        colleague = SyncClient(OutboxService(other))
        colleague.enroll(server.invite(COLLEAGUE.name, COLLEAGUE.organisation,
                                       "0800-0000099", "bram@schuldhulp.demostad.example",
                                       role=COLLEAGUE.role),
                         server.profile_path.read_text())
        OutboxService(other).confirm_enrollment()
        colleague.sync()
    mine = SyncClient(OutboxService(vault))
    mine.enroll(server.invite(vault.owner.name, vault.owner.organisation, "0800-0000012",
                              role=vault.owner.role), server.profile_path.read_text())
    OutboxService(vault).confirm_enrollment()   # the demo's own setup: nothing to check
    queue_demo_signals(vault, own_signals)
    return server
